"""The register's windows in its default order (issue 11): counted per village and group in one
query, each window read along the register index from the nearer end of its stretch — the same
households in the same order as one sorted query, whichever window is asked for; households
without a group come last in their village; the last window uses the index."""

from __future__ import annotations

from sqlalchemy import update

from app.context import AppContext
from app.services import households as hh
from app.services.demo import fill_demo
from models import Household
from tests.test_query_plans import captured, full_scans


def _windows(ctx: AppContext, flt: hh.HouseholdFilter, size: int) -> list[str]:
    count = hh.register_parts(ctx, flt)
    return [r.id for off in range(0, count.total, size)
            for r in hh.register_rows(ctx, flt, offset=off, limit=size, count=count)]


def test_windows_read_by_stretch_make_the_register_order(township: AppContext) -> None:
    fill_demo(township, households=700, months=1, seed=5)
    lone = hh.add_household(township, hh.HouseholdInput(head_name="无组户",
                                                        village_code="430525101201"))
    with township.store.session() as s:  # a household whose group was never set up here
        s.execute(update(Household).where(Household.id == lone).values(group_id=None))
        s.commit()
    for flt in (hh.HouseholdFilter(), hh.HouseholdFilter(text="z"),
                hh.HouseholdFilter(village_code="430525101201")):
        expected = hh.register_ids(township, flt)
        count = hh.register_parts(township, flt)
        assert count.total == hh.register_count(township, flt) == len(expected)
        assert _windows(township, flt, 37) == expected  # windows straddle the stretches
        assert _windows(township, flt, 200) == expected
        count = hh.register_parts(township, flt)  # groups in reverse order, by the stretches
        assert [r.id for off in range(0, count.total, 53) for r in hh.register_rows(
            township, flt, "group", True, offset=off, limit=53, count=count)] == \
            hh.register_ids(township, flt, "group", True)
    in_village = hh.register_ids(township, hh.HouseholdFilter(village_code="430525101201"))
    assert in_village[-1] == lone  # no group: last in its village


def test_the_last_window_of_the_register_uses_its_index(township: AppContext) -> None:
    fill_demo(township, households=800, months=1, seed=3)
    flt = hh.HouseholdFilter()
    count = hh.register_parts(township, flt)
    with captured(township) as seen:
        hh.register_parts(township, flt)
        rows = hh.register_rows(township, flt, offset=count.total - 50, limit=50, count=count)
    assert [r.id for r in rows] == hh.register_ids(township, flt)[-50:]
    assert seen and full_scans(township, seen) == []


def test_the_row_of_a_household_comes_from_the_service(qtbot, township: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.household_model import HouseholdTableModel

    fill_demo(township, households=400, months=1, seed=8)
    for sort, desc in (("group", False), ("members", True), ("head_name", False)):
        ids = hh.register_ids(township, hh.HouseholdFilter(), sort, desc)
        for row in (0, 1, 199, 200, len(ids) - 1):
            assert hh.register_position(township, hh.HouseholdFilter(), ids[row], sort,
                                        desc) == row
    model = HouseholdTableModel(township)
    model.set_filter(hh.HouseholdFilter(text="z"))
    some = model.household_id(model.rowCount() - 1)
    assert model.row_of(some) == model.rowCount() - 1
    other = next(i for i in hh.register_ids(township, hh.HouseholdFilter()) if i not in
                 model.ids())
    assert model.row_of(other) == -1  # not listed under this filter
