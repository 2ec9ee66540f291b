"""The Matters page shows every matter (issue 11): the true total, the last matter at the end
of the scroll bar in the service's order, and a matter far down the list selected with its card
— read a window at a time (WINDOW is set small here so 2,500 matters make many windows)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.context import AppContext
from app.services import matters as ms
from app.services.demo import fill_demo
from tests.matter_bulk import multiply_matters
from tests.ui.helpers import press
from ui.pages.matters import MattersPage, MatterTableModel


@pytest.fixture
def page(qtbot, township: AppContext, monkeypatch) -> MattersPage:  # type: ignore[no-untyped-def]
    fill_demo(township, households=300, months=6, seed=3)
    total = multiply_matters(township, 160)
    assert total > 2500
    monkeypatch.setattr(MatterTableModel, "WINDOW", 50)
    monkeypatch.setattr(MatterTableModel, "KEEP_WINDOWS", 6)
    p = MattersPage(township)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def _all(ctx: AppContext) -> list[ms.MatterRow]:
    with ctx.read() as s:
        return ms.list_matters(s, limit=None)


def test_the_table_shows_the_true_total_and_reads_only_what_is_painted(
        page: MattersPage, township: AppContext) -> None:
    everything = _all(township)
    assert page.model.rowCount() == len(everything) > 2500  # no 2,000 cap
    assert page.count.text() == f"共 {len(everything)} 件事项"
    assert len(page.model._windows) <= 2  # the first screen, not the list
    assert page.current() is not None and page.current().id == everything[0].id  # type: ignore[union-attr]
    # The township's village column and filter are still there.
    assert page.model.COLUMNS[0] == "village" and page.village.isVisibleTo(page)
    page.village.setCurrentIndex(page.village.findData("430525101202"))
    with township.read() as s:
        in_village = ms.list_matters(s, village_code="430525101202", limit=None)
    assert page.model.rowCount() == len(in_village) > 0
    assert page.count.text() == f"共 {len(in_village)} 件事项"


def test_ctrl_end_shows_the_last_matter_in_the_services_order(
        page: MattersPage, township: AppContext) -> None:
    last = _all(township)[-1]
    n = page.model.rowCount()
    page.table.setFocus()
    press(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.table.currentIndex().row() == n - 1
    assert page.current() is not None and page.current().id == last.id  # type: ignore[union-attr]
    assert page.card.matter is not None and page.card.matter.id == last.id
    assert last.title in page.card.view.toPlainText()
    page.table.viewport().repaint()
    assert page.table.rowAt(page.table.viewport().height() - 2) == n - 1
    # Only the windows at the two ends were read, nothing in between.
    windows = set(page.model._windows)
    assert windows <= {0, 1, (n - 1) // 50 - 1, (n - 1) // 50} and (n - 1) // 50 in windows
    assert page.model.index(n - 1, 4).data() == last.title  # column 4: the title (village first)


def test_selecting_a_matter_far_down_opens_its_card_and_survives_a_change(
        page: MattersPage, township: AppContext) -> None:
    everything = _all(township)
    target = everything[2100]
    assert page.select_matter(target.id)
    assert page.table.currentIndex().row() == 2100
    assert page.card.matter is not None and page.card.matter.id == target.id
    assert target.title in page.card.view.toPlainText()
    assert len(page.model._windows) <= MatterTableModel.KEEP_WINDOWS
    # After a change (refresh keeping the matter) the same matter is still selected.
    page.refresh(keep=target.id)
    assert page.current() is not None and page.current().id == target.id  # type: ignore[union-attr]
    # A matter the filter does not list is not selected.
    page.status.setCurrentIndex(page.status.findData("resolved" if target.status != "resolved"
                                                     else "open"))
    assert not page.select_matter(target.id)


def test_a_large_list_is_counted_in_a_worker_thread(qtbot, page: MattersPage,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    monkeypatch.setattr(MatterTableModel, "BACKGROUND_COUNT_FROM", 1000)
    expected = page.model.rowCount()
    with qtbot.waitSignal(page.model.total_known, timeout=10000) as blocker:
        page.refresh()
        # While counting: the first window is there to work with, the count not yet.
        assert page.model.rowCount() == 50 and page.count.text() == "正在统计…"
        assert page.model.total is None and page.model.index(0, 4).data()
    assert blocker.args == [expected] and page.model.rowCount() == expected
    assert page.count.text() == f"共 {expected} 件事项" and page.current() is not None


def test_a_search_in_a_big_register_shows_its_first_window_before_its_count(  # type: ignore[no-untyped-def]
        qtbot, village: AppContext, monkeypatch) -> None:
    from app.services import households as hh
    from ui.household_model import HouseholdTableModel
    from ui.pages.households import HouseholdsPage

    fill_demo(village, households=700, months=1, seed=2)
    monkeypatch.setattr(HouseholdTableModel, "BACKGROUND_SEARCH_FROM", 500)
    monkeypatch.setattr(HouseholdTableModel, "WINDOW", 20)
    page = HouseholdsPage(village)
    qtbot.addWidget(page)
    page.show()
    assert page.model.total == 700  # the register itself: counted at once
    expected = hh.register_ids(village, hh.HouseholdFilter(text="z"))
    assert len(expected) > 20
    page.search.setText("z")
    page._debounce.stop()  # the refresh below is the one the typing pause would start
    with qtbot.waitSignal(page.model.total_known, timeout=10000):
        page.refresh()
        assert page.model.total is None and page.model.rowCount() == 20
        assert page.count.text() == "正在统计…"
        assert page.selected_id() == expected[0]  # the first match selected at once
    assert page.model.rowCount() == len(expected)
    assert page.count.text() == f"共 {len(expected)} 户"
    assert page.selected_id() == expected[0]  # still selected after the rows grew
    assert [page.model.household_id(r) for r in range(len(expected))] == expected
