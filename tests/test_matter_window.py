"""The matters list read in windows (issue 11): ``matter_count`` + ``matter_rows`` give every
matter of a filter in one order — overdue first, then open, then resolved, each by deadline —
the same order a single ORDER BY gives, whichever window is asked for and from which end it is
read; ``matter_position`` finds a matter's row; the window at the end uses the list's index."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app.context import AppContext
from app.services import matters as ms
from app.services.demo import fill_demo
from tests.matter_bulk import multiply_matters
from tests.test_query_plans import captured, full_scans

TODAY = date(2026, 11, 20)


@pytest.fixture
def many(township: AppContext) -> AppContext:
    fill_demo(township, households=300, months=6, seed=3, today=TODAY)
    multiply_matters(township, 60)
    return township


def _whole(ctx: AppContext, flt: ms.MatterFilter) -> list[ms.MatterRow]:
    with ctx.read() as s:
        return ms.list_matters(s, status=flt.status, category=flt.category,
                               owner_id=flt.owner_id, village_code=flt.village_code,
                               overdue_only=flt.overdue_only, as_of=flt.as_of, limit=None)


def _key(r: ms.MatterRow) -> tuple[int, date, date, str]:
    rank = 2 if r.status == "resolved" else (0 if r.deadline < TODAY else 1)
    return rank, r.deadline, r.received_date, r.id


def test_windows_make_the_whole_list_in_the_services_order(many: AppContext) -> None:
    flt = ms.MatterFilter(as_of=TODAY)
    count = ms.matter_count(many, flt)
    whole = _whole(many, flt)
    assert count.total == len(whole) > 1000 and all(count.by_rank)
    assert [_key(r) for r in whole] == sorted(_key(r) for r in whole)  # overdue, open, resolved
    window = 97  # odd, so windows straddle the rank boundaries and the middle of a rank
    read = [r for off in range(0, count.total, window)
            for r in ms.matter_rows(many, flt, off, window, count)]
    assert [r.id for r in read] == [r.id for r in whole]
    # The last window alone, read from the end, is the list's end.
    assert [r.id for r in ms.matter_rows(many, flt, count.total - 5, 5, count)] == \
        [r.id for r in whole[-5:]]


@pytest.mark.parametrize("flt", [
    ms.MatterFilter(as_of=TODAY, village_code="430525101201"),
    ms.MatterFilter(as_of=TODAY, status="resolved"),
    ms.MatterFilter(as_of=TODAY, overdue_only=True),
    ms.MatterFilter(as_of=TODAY, category="hardship"),
])
def test_filters_count_and_read_the_same_matters(many: AppContext, flt: ms.MatterFilter) -> None:
    count = ms.matter_count(many, flt)
    whole = _whole(many, flt)
    assert count.total == len(whole) > 0
    read = [r for off in range(0, count.total, 150)
            for r in ms.matter_rows(many, flt, off, 150, count)]
    assert [r.id for r in read] == [r.id for r in whole]


def test_the_home_views_are_filters_in_the_service(many: AppContext) -> None:
    from app.services.dashboard import due_this_week_ids, unresolved_ids

    with many.read() as s:
        due, open_ = set(due_this_week_ids(s, TODAY)), set(unresolved_ids(s))
    for view, expected in (("due_week", due), ("unresolved", open_)):
        flt = ms.MatterFilter(as_of=TODAY, view=view)
        count = ms.matter_count(many, flt)
        assert {r.id for r in ms.matter_rows(many, flt, 0, count.total + 1, count)} == expected


def test_position_of_a_matter_is_its_row(many: AppContext) -> None:
    flt = ms.MatterFilter(as_of=TODAY)
    count = ms.matter_count(many, flt)
    whole = _whole(many, flt)
    for row in (0, 1, count.by_rank[0], count.by_rank[0] + count.by_rank[1],
                len(whole) // 2, len(whole) - 1):
        assert ms.matter_position(many, flt, whole[row].id, count) == row
    resolved = next(r for r in whole if r.status == "resolved")
    assert ms.matter_position(many, ms.MatterFilter(as_of=TODAY, overdue_only=True),
                              resolved.id) == -1  # not in that list


def test_the_window_at_the_end_of_the_list_uses_its_index(many: AppContext) -> None:
    flt = ms.MatterFilter(as_of=TODAY)
    count = ms.matter_count(many, flt)
    with captured(many) as seen:
        ms.matter_count(many, flt)
        ms.matter_rows(many, flt, count.total - 50, 50, count)
        ms.matter_rows(many, ms.MatterFilter(as_of=TODAY, village_code="430525101202"), 0, 50)
    assert seen and full_scans(many, seen) == []
    conn = sqlite3.connect(many.store.path)
    try:
        windows = [(sql, p) for sql, p in seen
                   if " ".join(sql.split()).startswith("SELECT matter.id FROM matter")]
        assert windows
        for sql, params in windows:
            plan = " ".join(r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            # read along ix_matter_list in the list's order: no sorting of the matters
            assert "ix_matter_list" in plan and "TEMP B-TREE" not in plan, plan
    finally:
        conn.close()


def test_the_cards_actions_are_decided_in_the_service(many: AppContext) -> None:
    """Which status changes a matter allows, per station kind and owner (issue 10)."""
    rows = _whole(many, ms.MatterFilter(as_of=TODAY))
    own = ms.matter_actions(many, None)
    assert not own.note and not own.resolve and own.show_answer and not own.show_escalate
    escalated = next(r for r in rows if r.status == "escalated"
                     and r.origin_code not in ("", many.station_code))
    act = ms.matter_actions(many, escalated)
    # A township answers an escalated matter; a village's matter is not its to work on.
    assert act.answer and act.show_answer and not act.show_escalate
    assert act.refusal is not None and not act.note and not act.resolve and not act.reassign
    resolved = next(r for r in rows if r.status == "resolved")
    act = ms.matter_actions(many, resolved)
    assert act.show_reopen and not act.resolve and not act.reassign and not act.extend
    assert act.print_card


def test_a_village_escalates_its_own_open_matter(village: AppContext) -> None:
    mid = ms.create_matter(village, ms.MatterInput(category="dispute", title="宅基地纠纷"))
    act = ms.matter_actions(village, ms.get_matter(village, mid))
    assert act.show_escalate and act.escalate and act.resolve and act.note
    assert act.reassign and act.extend and not act.show_answer and act.refusal is None
