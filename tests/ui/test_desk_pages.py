"""The leader's desk in the window: supervision and villages compared on a township only,
filters and sorting through the proxy, a notice issued from the page, the village's Home and
matter card showing what it received."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from app.context import AppContext
from app.services import supervision as sv
from app.services.stats import Month
from tests.desk_data import V1, V2, build_desk
from ui.main_window import MainWindow
from ui.pages.compare import ComparePage
from ui.pages.supervision import OverdueModel, SupervisionPage


def test_supervision_page_filters_sorts_and_issues_a_notice(qtbot, township: AppContext,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    d = build_desk(township)
    page = SupervisionPage(township)
    qtbot.addWidget(page)
    page.as_of.setMaximumDate(QDate(2030, 1, 1))
    page.as_of.setDate(QDate(2025, 10, 10))
    page.show()
    assert page.proxy.rowCount() == 3
    days = OverdueModel.COLUMNS.index("days")
    shown = [page.proxy.index(r, days).data() for r in range(3)]
    assert shown == ["14", "10", "1"]  # longest overdue first
    page.table.sortByColumn(days, Qt.SortOrder.AscendingOrder)
    assert [page.proxy.index(r, days).data() for r in range(3)] == ["1", "10", "14"]
    page.village.setCurrentIndex(page.village.findData(V2))
    assert page.proxy.rowCount() == 1 and page.waiting_proxy.rowCount() == 0
    page.village.setCurrentIndex(page.village.findData(V1))
    assert page.proxy.rowCount() == 2 and page.waiting_proxy.rowCount() == 1
    page.waiting_only.setChecked(True)
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 1).data() == "饮水管道老化"
    assert "9" in page.proxy.index(0, OverdueModel.COLUMNS.index("escalation")).data()
    page.waiting_only.setChecked(False)
    assert "3" in page.summary.text() or "2" in page.summary.text()
    n = page.issue_notice(tmp_path / "n.pdf")
    assert n is not None and n.matter_count == 2 and (tmp_path / "n.pdf").exists()
    assert n.notice_no in page.message.text()
    assert sv.notices_count(township) == 1
    # nothing overdue then: the reason is shown, nothing recorded
    page.as_of.setDate(QDate(2025, 9, 1))
    page.village.setCurrentIndex(page.village.findData(V1))
    assert page.issue_notice(tmp_path / "m.pdf") is None
    assert page.error.isVisibleTo(page) and "没有超期" in page.error.text()
    assert sv.notices_count(township) == 1
    _ = d


def test_compare_page_ranks_flags_and_draws_a_trend(qtbot, township: AppContext) -> None:  # type: ignore[no-untyped-def]
    build_desk(township)
    page = ComparePage(township)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.set_month(Month(2025, 10))
    assert page.proxy.rowCount() == 2
    assert page.proxy.index(1, 0).data().endswith("▼")  # bottom flagged
    cov = page.model.columns.index("coverage_ytd")
    text = {page.proxy.index(r, 1).data(): page.proxy.index(r, cov).data() for r in range(2)}
    assert any("↑" in t for t in text.values())
    page.attention.setChecked(True)
    assert page.proxy.rowCount() == 2  # the bottom one, and 黄桥村 sent no batch in October
    page.search.setText("黄桥")
    assert page.proxy.rowCount() == 1
    page.search.setText("")
    page.attention.setChecked(False)
    page.table.selectRow(0)
    page.measure.setCurrentIndex(page.measure.findData("coverage_ytd"))
    assert len(page.chart.values) == 12 and len(page.chart.points()) == 12
    assert page.chart.values[-1] is not None
    img = page.grab()
    assert img.width() > 0


def test_desk_pages_only_on_a_township(qtbot, township: AppContext,  # type: ignore[no-untyped-def]
                                       village: AppContext) -> None:
    tw = MainWindow(township)
    qtbot.addWidget(tw)
    keys = [tw.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tw.nav.count())]
    assert keys[-2:] == ["supervision", "compare"]
    assert tw.nav.item(tw.nav.count() - 2).text() == "督办"
    tw.show_page("supervision")
    assert tw.stack.currentWidget() is tw.supervision
    vw = MainWindow(village)
    qtbot.addWidget(vw)
    vkeys = [vw.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(vw.nav.count())]
    assert "supervision" not in vkeys and "compare" not in vkeys


def test_village_home_and_matter_card_show_supervision(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from app.services import matters as ms
    from models import SupervisionItem, SupervisionNotice

    mid = ms.create_matter(village, ms.MatterInput(category="dispute", title="排水纠纷",
                                                   received_date=date(2025, 9, 1),
                                                   deadline=date(2025, 9, 10)))
    with village.uow() as uow:  # as the township's reply batch would bring it
        n = SupervisionNotice(village_code=village.station_code, notice_no="督2026-007",
                              issue_date=date.today(), as_of=date.today(),
                              reply_by=date(2020, 1, 1), matter_count=1, origin_code="430525101")
        uow.add_record(n, "supervision_notice")
        uow.add_record(SupervisionItem(notice_id=n.id, matter_id=mid, days_overdue=3,
                                       origin_code="430525101"), "supervision_item")
        uow.commit()
    w = MainWindow(village)
    qtbot.addWidget(w)
    w.show()
    box = w.home.notices
    assert box.isVisibleTo(w.home)
    assert "督2026-007" in box.body.text() and "逾期" in box.body.text()
    w.show_page("matters")
    w.matters.refresh()
    assert w.matters.select_matter(mid)
    assert "督办中" in w.matters.card.view.toPlainText()


def test_compare_keeps_rank_and_village_in_view_when_scrolled(qtbot, township: AppContext,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    """At 1024×600 the fourteen columns scroll sideways; the rank and village must not."""
    build_desk(township)
    page = ComparePage(township)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.set_month(Month(2025, 10))
    table = page.table
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0  # the columns do not fit
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    front = table.front
    assert front.isVisible() and front.width() == table.frozen_width() > 0
    assert not front.isColumnHidden(1) and front.isColumnHidden(2)
    village = front.visualRect(page.proxy.index(0, 1))
    assert village.isValid() and village.right() <= front.width()
    # the main view has scrolled the village column out, the frozen one still paints it
    assert table.columnViewportPosition(1) < 0
    assert front.columnViewportPosition(1) >= 0
    front.selectionModel()  # shared: selecting in the main view selects in the frozen one
    table.selectRow(1)
    assert front.selectionModel() is table.selectionModel()
    assert front.selectionModel().isRowSelected(1)
    page.grab().save(str(tmp_path / "compare.png"))
