"""The lazy register model: a page at a time, in register order, total counted in a worker."""

from __future__ import annotations

from app.context import AppContext
from app.services import households as hh
from app.services.demo import fill_demo
from ui.household_model import PAGE, HouseholdTableModel


def test_pages_follow_register_order_and_total_arrives(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=450, months=1, seed=9)
    model = HouseholdTableModel(village)
    with qtbot.waitSignal(model.total_known, timeout=5000) as blocker:
        model.set_filter(hh.HouseholdFilter())
        assert model.rowCount() == PAGE  # only the first page is read
        assert model.canFetchMore()
    assert blocker.args == [450] and model.total == 450
    with village.read() as s:
        expected = hh.search_ids(s, hh.HouseholdFilter(), limit=10_000)
    assert model.fetch_all() == expected
    assert model.rowCount() == 450 and not model.canFetchMore()
    # Search pages too; digits find by the last digits of ID or phone.
    model.set_filter(hh.HouseholdFilter(text="z"), count_in_background=False)
    with village.read() as s:
        assert model.total == hh.count(s, hh.HouseholdFilter(text="z"))
    names = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert names and model.rowCount() == min(PAGE, model.total or 0)
    # A group filter reads only that group.
    with village.read() as s:
        group = hh.register_segments(s, hh.HouseholdFilter())[1].group_id
        assert group is not None
        in_group = hh.search_ids(s, hh.HouseholdFilter(group_id=group), limit=10_000)
    model.set_filter(hh.HouseholdFilter(group_id=group), count_in_background=False)
    assert model.fetch_all() == in_group and model.total == len(in_group)
