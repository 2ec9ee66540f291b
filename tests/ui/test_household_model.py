"""The windowed register model: the row count first, rows a window at a time, in register
order; filters count and read the same households."""

from __future__ import annotations

from app.context import AppContext
from app.services import households as hh
from app.services.demo import fill_demo
from ui.household_model import WINDOW, HouseholdTableModel


def test_windows_follow_register_order_and_count(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=450, months=1, seed=9)
    model = HouseholdTableModel(village)
    with qtbot.waitSignal(model.total_known, timeout=5000) as blocker:
        model.set_filter(hh.HouseholdFilter())
    assert blocker.args == [450] and model.total == 450 == model.rowCount()
    assert model._windows == {}  # nothing read before it is painted
    model.index(0, 1).data()
    assert list(model._windows) == [0]
    with village.read() as s:
        expected = hh.search_ids(s, hh.HouseholdFilter(), limit=10_000)
    assert model.fetch_all() == expected
    assert [model.household_id(r) for r in range(450)] == expected
    assert sorted(model._windows) == list(range(-(-450 // WINDOW)))
    # Search: pinyin letters, and the same count as the service's.
    model.set_filter(hh.HouseholdFilter(text="z"))
    with village.read() as s:
        assert model.total == hh.count(s, hh.HouseholdFilter(text="z"))
    names = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert names and None not in names
    # A group filter reads only that group.
    with village.read() as s:
        group = hh.register_segments(s, hh.HouseholdFilter())[1].group_id
        assert group is not None
        in_group = hh.search_ids(s, hh.HouseholdFilter(group_id=group), limit=10_000)
    model.set_filter(hh.HouseholdFilter(group_id=group))
    assert model.fetch_all() == in_group and model.total == len(in_group)
