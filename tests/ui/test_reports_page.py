"""W7/W9 through the window: the month's figures on the page, the ledger saved and reopened
with openpyxl (masked unless asked), coverage and archive saved, Cancel leaves no file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QPushButton

from app.context import AppContext
from app.services.demo import fill_demo
from app.services.households import HouseholdInput, add_household
from app.services.stats import month_stats
from ui.pages.reports import ReportsPage, last_month

ID = "430525198001011256"
PHONE = "13812345678"


def _cells(path: Path) -> list[str]:
    wb = load_workbook(path)
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.value is not None]


def _page(qtbot, ctx: AppContext) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10000)
    return page


def test_figures_and_ledger_saved_masked(qtbot, village: AppContext,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    fill_demo(village, households=40, months=3, seed=5)
    add_household(village, HouseholdInput(head_name="张三", group_number=1, id_number=ID,
                                          phone=PHONE))
    page = _page(qtbot, village)
    month = last_month()
    assert page.chosen_month() == month
    assert page.default_name("ledger") == f"民情台账_石江村_{month}.xlsx"
    with village.read() as s:
        f = month_stats(s, month)
    shown = {page.model.rows[i][0]: page.model.rows[i][1] for i in range(page.model.rowCount())}
    assert shown["农户总数（户）"] == str(f["households"]) == "40"  # at the end of last month
    assert shown["本月走访次数"] == str(f["visits"])
    assert not page.full.isChecked()

    out = tmp_path / page.default_name("ledger")
    page.save_ledger(out)
    qtbot.waitUntil(lambda: page.saved_path == out, timeout=30000)
    assert str(out) in page.result.text() and page.open_folder.isVisible()
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "汇总"
    summary = {r[0]: r[1] for r in wb["汇总"].iter_rows(min_row=4, values_only=True) if r[0]}
    assert summary["本月走访次数"] == f["visits"]
    cells = _cells(out)
    assert not any(ID in c or PHONE in c for c in cells)
    assert any("430525********1256" in c for c in cells)

    # the full numbers only when ticked
    page.full.setChecked(True)
    full = tmp_path / "full.xlsx"
    page.save_ledger(full)
    qtbot.waitUntil(lambda: page.saved_path == full, timeout=30000)
    assert any(ID in c for c in _cells(full))


def test_other_month_coverage_and_archive(qtbot, village: AppContext,  # type: ignore[no-untyped-def]
                                          tmp_path: Path) -> None:
    fill_demo(village, households=30, months=3, seed=6)
    page = _page(qtbot, village)
    first = page.figures
    page.month.setDate(page.month.date().addMonths(-1))
    qtbot.waitUntil(lambda: page.figures is not None and page.figures is not first,
                    timeout=10000)
    assert page.figures["month"] == str(page.chosen_month())
    year = page.year.value()
    cov = tmp_path / page.default_name("coverage")
    assert cov.name == f"走访覆盖_石江村_{year}.xlsx"
    page.save_coverage(cov)
    qtbot.waitUntil(lambda: page.saved_path == cov, timeout=30000)
    assert load_workbook(cov).sheetnames
    arc = tmp_path / page.default_name("archive")
    page.save_archive(arc)
    qtbot.waitUntil(lambda: page.saved_path == arc, timeout=30000)
    assert len(load_workbook(arc).sheetnames) >= 3


def test_cancel_writes_nothing(qtbot, village: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=40, months=3, seed=5)
    page = _page(qtbot, village)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "ledger.xlsx"
    page.save_ledger(out)
    assert page.task is not None
    page.task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert page.result.text() == "已停止，未写入任何文件。"
    assert list(folder.iterdir()) == []  # no workbook, no temporary file left behind
    assert page.ledger_button.isEnabled()


def test_month_cannot_be_in_the_future(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, village)
    page.month.setDate(QDate.currentDate().addMonths(3))
    assert page.month.date() <= QDate.currentDate()
