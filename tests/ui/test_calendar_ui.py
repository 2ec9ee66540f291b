"""Holiday table in the window: Home warns from 1 November while next year's table is missing;
Settings imports it from a file or from the typed notice (a bad line keeps the dialog open and
names the line); a provisional deadline is marked 暂定 in the matters list and card."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app import workdays
from app.context import AppContext
from app.services import calendar
from app.services import matters as ms
from tests.ui.modal import answer_modal, no_stale_modal_answers  # noqa: F401
from ui.main_window import MainWindow
from ui.pages.calendar_box import CalendarBox, NoticeDialog


@pytest.fixture(autouse=True)
def fresh_table() -> Iterator[None]:
    yield
    calendar._cache.clear()
    workdays.set_table(None)


def test_home_warns_from_1_november(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(village)
    qtbot.addWidget(window)
    home = window.home
    home.today = lambda: date(2026, 10, 31)
    home.refresh()
    qtbot.waitUntil(lambda: home.figures is not None, timeout=5000)
    assert home.calendar_warning.isHidden()

    home.today = lambda: date(2026, 11, 1)
    home.refresh()
    assert not home.calendar_warning.isHidden()
    text = home.calendar_warning.text()
    assert "2027 年节假日安排尚未导入" in text and "暂定" in text
    window.resize(1366, 768)
    window.show_page("home")
    window.grab().save("/tmp/calendar_home_warning.png")

    calendar.import_notice(village, "2027-01-01,休,元旦")
    home.refresh()
    assert home.calendar_warning.isHidden()


def test_notice_dialog_refuses_a_bad_line_then_imports(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(village)
    qtbot.addWidget(window)
    box = window.settings_page.calendar_box
    assert "2027 年：尚未导入" in box.state.text()
    seen: dict[str, object] = {}

    def act(w: QWidget) -> None:
        assert isinstance(w, NoticeDialog)
        ok = w.buttons.button(QDialogButtonBox.StandardButton.Ok)
        w.text.setPlainText("2027-01-01,休,元旦\n2027-01-32,休,元旦")
        ok.click()
        seen["error"] = w.error.text()
        seen["still_open"] = w.isVisible()
        seen["written"] = calendar.year_info(village, 2027).known
        w.text.setPlainText("2027-01-01,休,元旦\n2027-01-02,休,元旦\n2027-02-13,班,春节")
        ok.click()

    dialogs = answer_modal(act)
    box.notice_button.click()
    assert dialogs and isinstance(dialogs[0], NoticeDialog)
    assert "第 2 行" in str(seen["error"]) and "2027-01-32" in str(seen["error"])
    assert seen["still_open"] is True and seen["written"] is False
    info = calendar.year_info(village, 2027)
    assert info.source == "notice" and [d.isoformat() for d in info.workdays] == ["2027-02-13"]
    assert "已导入 2027 年节假日安排" in box.result.text()
    assert "2027 年：已有（按通知录入）" in box.state.text()


def test_file_import_and_who_may(qtbot, village: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "2027.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["日期", "类型", "名称"], ["2027-01-01", "休", "元旦"], ["2027-02-13", "班", "春节"]):
        ws.append(row)
    wb.save(good)
    bad = tmp_path / "bad.csv"
    bad.write_bytes("日期,类型,名称\n2027-01-01,放假吗,元旦\n".encode("gbk"))
    picked = [str(bad)]
    box = CalendarBox(village, choose_file=lambda _w: picked[0])
    qtbot.addWidget(box)
    box.file_button.click()
    assert not box.error.isHidden() and "第 2 行" in box.error.text()
    assert "放假吗" in box.error.text()
    assert not calendar.year_info(village, 2027).known
    picked[0] = str(good)
    box.file_button.click()
    assert box.error.isHidden()
    assert calendar.year_info(village, 2027).source == "file"
    assert "2027 年：已有（从文件导入）" in box.state.text()

    clerk = CalendarBox(AppContext(village.store, actor="li", role="clerk"))
    qtbot.addWidget(clerk)
    assert not clerk.file_button.isEnabled() and not clerk.notice_button.isEnabled()
    assert "管理员" in clerk.file_button.toolTip()


def test_matters_list_marks_a_provisional_deadline(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    ms.create_matter(village, ms.MatterInput("petition", "宅基地信访",
                                             received_date=date(2026, 12, 1)))
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show_page("matters")
    model = window.matters.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    col = model.COLUMNS.index("deadline")
    shown = model.data(model.index(0, col), Qt.ItemDataRole.DisplayRole)
    assert "暂定" in shown
    window.matters.card.show_matter(model.rows[0])
    assert "暂定" in window.matters.card.view.toPlainText()
    calendar.import_notice(village, "2027-01-01,休,元旦")
    window.matters.refresh()
    qtbot.waitUntil(lambda: "暂定" not in str(model.data(model.index(0, col))), timeout=5000)
    assert "2027年1月27日" in str(model.data(model.index(0, col)))
