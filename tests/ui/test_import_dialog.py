"""W2 through the window: a messy sheet read, an unknown column mapped by the clerk, the dry
run writing nothing, Apply storing the valid rows, refused rows listed and saved with their
reasons; Cancel during Apply writes nothing; the wizard's "import my roster" choice."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QDialog, QPushButton
from sqlalchemy import func, select

from app.context import AppContext
from app.store import open_store
from models import Household
from tests.paper.test_roster_import import ID1, ID2, ID3, make_id
from tests.ui.helpers import type_text
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.wizard import SetupWizard


def messy(path: Path) -> Path:
    """A title and a merged line above the header; "联络号码" (not a header we know) holds the
    phones; "是否党员" is of no use; a blank and a subtotal row; Excel-damaged and bad rows."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["石江村农户花名册"])
    ws.merge_cells("A1:G1")
    ws.append(["填报单位：石江村村委会"])
    ws.append(["序号", "组别", "户主姓名", "身份证号码", "联络号码", "家庭人口", "是否党员"])
    ws.append([1, "第三组", "张 三", ID1, "13800138000", 4, "否"])
    ws.append([2, "3组", "李四", ID2, "１３９００１３９０００", "３", "是"])
    ws.append([None] * 7)
    ws.append([3, "4组", "王五", 4.30525196508E+17, "13700137000", 2, ""])  # row 7: destroyed
    ws.append([4, "4组", "钱七", ID3, "12345", 2, ""])  # row 8: bad phone
    ws.append([5, "4组", "张三", ID1, "13800138000", 4, ""])  # row 9: duplicate of row 4
    ws.append(["合计", None, None, None, None, 12, None])
    ws.append([6, "5组", "周九", "", "", 1, ""])
    wb.save(path)
    return path


def households(ctx: AppContext) -> dict[str, Household]:
    with ctx.read() as s:
        return {h.head_name: h for h in s.execute(
            select(Household).where(Household.deleted.is_(False))).scalars()}


def _dialog(qtbot, ctx: AppContext, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load(path)
    qtbot.waitUntil(lambda: dlg.step == "columns", timeout=10000)
    return dlg


def test_messy_sheet_mapped_checked_applied_and_refusals_saved(  # type: ignore[no-untyped-def]
        qtbot, village: AppContext, tmp_path: Path) -> None:
    dlg = _dialog(qtbot, village, messy(tmp_path / "花名册.xlsx"))
    p = dlg.preview
    assert p is not None and p.header_row == 3
    # detected columns are pre-set; the two it does not know are left out and said so
    assert [c.currentData() for c in dlg.combos] == [
        "", "group", "head_name", "id_number", "", "members_count", ""]
    assert "2 列未能识别" in dlg.columns_intro.text()
    assert dlg.columns.item(4, 1).text() == "联络号码"
    assert dlg.columns.item(4, 2).text() == "13800138000"  # first value, to recognise it by
    # two columns as one field: said plainly, nothing run
    dlg.set_column(4, "id_number")
    dlg.next()
    assert dlg.step == "columns" and dlg.error.isVisible()
    assert "D" in dlg.error.text() and "E" in dlg.error.text()
    # the clerk maps the unknown column to the phone
    dlg.set_column(4, "phone")
    assert dlg.mapping()["phone"] == 4
    dlg.next()
    qtbot.waitUntil(lambda: dlg.step == "check", timeout=10000)
    assert dlg.dry_run is not None
    assert (dlg.dry_run.inserted, dlg.dry_run.updated, dlg.dry_run.unchanged) == (3, 0, 0)
    assert "尚未写入" in dlg.counts.text()
    assert households(village) == {}  # the check wrote nothing
    assert dlg.apply_button.isVisible() and dlg.apply_button.isEnabled()

    dlg.apply_button.click()
    qtbot.waitUntil(lambda: dlg.step == "done", timeout=10000)
    stored = households(village)
    assert set(stored) == {"张三", "李四", "周九"}
    assert stored["李四"].phone == "13900139000"  # from the column the clerk mapped
    assert stored["张三"].members_count == 4
    # refused rows listed with the Excel row, the column and the reason
    rows = [(dlg.refusals.index(r, 0).data(), dlg.refusals.index(r, 1).data(),
             dlg.refusals.index(r, 2).data()) for r in range(dlg.refusals.rowCount())]
    assert [r[0] for r in rows] == ["7", "8", "9"]
    assert rows[0][1].startswith("D") and "E+17" in rows[0][2]
    assert rows[1][1] == "E（联络号码）"
    assert "第 4 行" in rows[2][2]
    assert dlg.close_button.text() == "关闭"

    out = tmp_path / "refused.xlsx"
    dlg.save_refusal_report(out)
    assert "3" in dlg.saved_label.text()
    ws = load_workbook(out).active
    assert ws is not None
    table = [list(r) for r in ws.iter_rows(values_only=True)]
    assert table[0][0] == "原行号" and table[0][-1] == "未导入原因"
    assert [r[0] for r in table[1:]] == [7, 8, 9]
    assert "E+17" in str(table[1][-1])

    # the same file again changes nothing
    again = _dialog(qtbot, village, tmp_path / "花名册.xlsx")
    again.set_column(4, "phone")
    again.next()
    qtbot.waitUntil(lambda: again.step == "check", timeout=10000)
    assert again.dry_run is not None
    assert (again.dry_run.inserted, again.dry_run.unchanged) == (0, 3)
    assert not again.apply_button.isEnabled()  # nothing to import


def test_cancel_during_import_writes_nothing(qtbot, village: AppContext,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["户主姓名", "身份证号", "组"])
        for i in range(450):
            w.writerow([f"农户{i}", make_id(f"43052519700101{i:03d}"), 1 + i % 5])
    dlg = _dialog(qtbot, village, path)
    dlg.next()
    qtbot.waitUntil(lambda: dlg.step == "check", timeout=20000)
    assert dlg.dry_run is not None and dlg.dry_run.inserted == 450
    dlg.apply()
    assert dlg.task is not None
    dlg.task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: not dlg.busy, timeout=20000)
    assert dlg.error.text() == "已停止，未写入任何数据。"
    assert dlg.step == "check"
    with village.read() as s:
        assert s.execute(select(func.count()).select_from(Household)).scalar_one() == 0


def test_unreadable_file_is_said_plainly(qtbot, village: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    dlg = ImportDialog(village)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load(bad)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    assert dlg.step == "file" and dlg.error.isVisible() and ".xlsx" in dlg.error.text()


def test_households_page_button_imports_and_register_reloads(  # type: ignore[no-untyped-def]
        qtbot, village: AppContext, tmp_path: Path) -> None:
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    dlg = window.households.import_roster()
    assert isinstance(dlg, ImportDialog)
    dlg.load(messy(tmp_path / "花名册.xlsx"))
    qtbot.waitUntil(lambda: dlg.step == "columns", timeout=10000)
    dlg.next()
    qtbot.waitUntil(lambda: dlg.step == "check", timeout=10000)
    dlg.apply()
    qtbot.waitUntil(lambda: dlg.step == "done", timeout=10000)
    # column E left out: 钱七's bad phone is not read, so four households go in
    qtbot.waitUntil(lambda: window.households.model.total == 4, timeout=10000)
    dlg.close_dialog()
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_wizard_import_choice_opens_the_import_after_setup(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "new.sqlite3")
    wiz = SetupWizard(store)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    type_text(wiz.code_page.code, "430525101201")
    type_text(wiz.code_page.name, "石江村")
    type_text(wiz.code_page.admin, "刘文书")
    wiz.next()
    wiz.start_page.roster.setChecked(True)
    wiz.accept()
    dlg = wiz.import_dialog
    assert isinstance(dlg, ImportDialog) and dlg.isVisible()
    assert wiz.ctx is not None
    dlg.load(messy(tmp_path / "花名册.xlsx"))
    qtbot.waitUntil(lambda: dlg.step == "columns", timeout=10000)
    dlg.next()
    qtbot.waitUntil(lambda: dlg.step == "check", timeout=10000)
    dlg.apply()
    qtbot.waitUntil(lambda: dlg.step == "done", timeout=10000)
    dlg.close_dialog()
    qtbot.waitUntil(lambda: wiz.result() == QDialog.DialogCode.Accepted, timeout=5000)
    assert set(households(wiz.ctx)) == {"张三", "李四", "钱七", "周九"}
    store.close()


def test_township_imports_into_the_chosen_village(qtbot, township: AppContext,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path) -> None:
    dlg = ImportDialog(township)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.village.count() == 2
    dlg.village.setCurrentIndex(dlg.village.findData("430525101202"))
    dlg.load(messy(tmp_path / "花名册.xlsx"))
    qtbot.waitUntil(lambda: dlg.step == "columns", timeout=10000)
    dlg.next()
    qtbot.waitUntil(lambda: dlg.step == "check", timeout=10000)
    dlg.apply()
    qtbot.waitUntil(lambda: dlg.step == "done", timeout=10000)
    assert {h.village_code for h in households(township).values()} == {"430525101202"}


def test_language_switch_reaches_the_open_dialog(qtbot, village: AppContext,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    from ui.i18n import set_language

    dlg = _dialog(qtbot, village, messy(tmp_path / "花名册.xlsx"))
    assert dlg.title.text() == "第二步：核对各列"
    assert dlg.combos[0].currentText() == "— 不导入 —"
    set_language("en")
    qtbot.waitUntil(lambda: dlg.title.text() == "2. Check the columns", timeout=5000)
    assert dlg.combos[0].currentText() == "— leave out —"
    assert dlg.next_button.text() == "Next"
