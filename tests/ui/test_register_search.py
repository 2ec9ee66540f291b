"""The household register (issue 15): substring search on names, sortable columns, and a model
that knows its row count, so Ctrl+End or the scroll bar reaches the last household at once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.context import AppContext
from app.pinyin import name_keys
from app.services import households as hh
from app.services.demo import fill_demo
from tests.ui.helpers import press
from ui.household_model import WINDOW, HouseholdTableModel
from ui.main_window import MainWindow


def _window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_character_anywhere_in_the_name_finds_the_household(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=60, months=1, seed=3)
    wang = hh.add_household(village, hh.HouseholdInput(head_name="王秀英", group_number=2))
    ou = hh.add_household(village, hh.HouseholdInput(head_name="欧阳秀", group_number=5))
    window = _window(qtbot, village)
    page = window.households
    page.search.setText("秀")
    qtbot.waitUntil(lambda: page.model._filter.text == "秀", timeout=3000)
    assert wang in page.model.ids()
    names = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert "王秀英" in names and "欧阳秀" in names and ou in page.model.ids()
    assert all("秀" in n for n in names)
    # the middle character, and the last one
    page.search.setText("英")
    qtbot.waitUntil(lambda: page.model._filter.text == "英", timeout=3000)
    assert "王秀英" in [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert page.count.text() == f"共 {page.model.rowCount()} 户"


def test_the_model_knows_its_row_count_and_reads_only_the_window_shown(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=900, months=1, seed=9)
    model = HouseholdTableModel(village)
    with qtbot.waitSignal(model.total_known, timeout=3000) as blocker:
        model.set_filter(hh.HouseholdFilter())
    assert blocker.args == [900] and model.rowCount() == 900 and not model.canFetchMore(QModelIndex())
    expected = hh.register_ids(village, hh.HouseholdFilter())
    assert model.household_id(899) == expected[-1]
    assert list(model._windows) == [899 // WINDOW]  # the last window only, nothing before it
    assert [model.household_id(r) for r in range(900)] == expected


def test_ctrl_end_reaches_the_last_household_at_once(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=700, months=1, seed=4)
    window = _window(qtbot, village)
    window.show_page("households")
    page = window.households
    assert page.model.rowCount() == 700  # the scroll bar is the whole register from the start
    page.table.setFocus()
    press(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = hh.register_ids(village, hh.HouseholdFilter())[-1]
    assert page.table.currentIndex().row() == 699
    assert page.selected_id() == last
    assert page.detail.household_id == last
    page.model.refresh_rows()  # forget what was read
    bar = page.table.verticalScrollBar()
    bar.setValue(0)
    qtbot.wait(20)
    bar.setValue(bar.maximum())  # dragging the bar to the bottom
    qtbot.wait(50)
    page.table.viewport().repaint()
    assert page.table.rowAt(page.table.viewport().height() - 2) == 699
    # only the first and the last windows were read, nothing in between
    assert 1 not in page.model._windows and 699 // WINDOW in page.model._windows


def test_columns_sort_when_their_header_is_clicked(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=120, months=1, seed=5)
    window = _window(qtbot, village)
    page = window.households
    model = page.model
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    members = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert members == sorted(members, reverse=True) and members[0] > members[-1]
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # 户主 in pinyin order
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    keys = [name_keys(n)[1] for n in names]
    assert keys == sorted(keys)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 1).data() for r in range(model.rowCount())][0] == names[-1]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # back to the register order
    assert model.ids() == hh.register_ids(village, hh.HouseholdFilter())
