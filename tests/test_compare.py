"""Villages compared: this month against last month and the same month last year, ranked with
the bottom flagged, batches received, and the ``compare --json`` contract."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.context import AppContext
from app.services.compare import MEASURES, compare_villages
from app.services.stats import Month, month_stats
from tests.desk_data import AS_OF, V1, V2, add_ratings_and_plans, build_desk

OCT = Month(2025, 10)


def test_measures_this_month_last_month_and_last_year(township: AppContext) -> None:
    build_desk(township)
    cmp = compare_villages(township, OCT, as_of=AS_OF)
    v = {x.code: x for x in cmp.villages}
    v1, v2 = v[V1], v[V2]
    hv = v1.measure("households_visited")
    assert (hv.value, hv.prev, hv.delta) == (1, 1, 0)  # 王一 twice in Oct; 王二 in Sep
    cov = v1.measure("coverage_ytd")
    assert cov.value == pytest.approx(2 / 4) and cov.prev == pytest.approx(1 / 4)
    assert cov.delta == pytest.approx(0.25) and cov.direction == 1
    hv2 = v2.measure("households_visited")
    assert (hv2.value, hv2.last_year, hv2.delta_year) == (0, 1, -1)
    od = v1.measure("matters_overdue")
    assert (od.value, od.prev) == (2, 0)  # m1, m2 on 10 Oct; on 30 Sep m1 was due that day
    assert od.direction == -1  # more overdue is worse
    rec = v1.measure("matters_received")
    assert (rec.value, rec.prev) == (1, 2)
    sat = v2.measure("satisfaction")
    assert sat.value is None and sat.prev == 1.0
    ot = v2.measure("on_time_rate")
    assert ot.prev == 1.0 and ot.value is None
    for later in ("rating", "plan_closure"):
        assert v1.measure(later).value is None  # no ratings, no plan items: no figure
    # September's report went up on 3 October (inside its window); October's is not yet due
    duties = v1.measure("duties_met")
    assert (duties.value, duties.prev, duties.delta) == (0, 1, -1)
    assert duties.trend[:10] == (None,) * 10  # computed for three months only
    assert len(hv.trend) == 12


def test_rating_and_plan_closure_with_prev_and_delta(township: AppContext) -> None:
    add_ratings_and_plans(township, build_desk(township))
    cmp = compare_villages(township, OCT, as_of=AS_OF)
    v = {x.code: x for x in cmp.villages}
    r = v[V1].measure("rating")
    assert r.value == pytest.approx(1 / 3) and r.prev == 1.0
    assert r.delta == pytest.approx(-2 / 3) and r.direction == -1
    p = v[V1].measure("plan_closure")
    assert p.value == pytest.approx(0.5) and p.prev is None and p.delta is None
    for key in ("rating", "plan_closure"):
        assert v[V2].measure(key).value is None  # no data: "—", never 0
    # the rates enter the score: V1 (0.5 + 1/3 + 0.5) / 3 stays below V2's 0.5
    assert v[V1].score == pytest.approx((0.5 + 1 / 3 + 0.5) / 3)
    assert [x.code for x in cmp.villages] == [V2, V1] and v[V1].bottom
    out = cmp.as_json()
    j = {x["code"]: x for x in out["villages"]}
    assert j[V1]["rating"]["prev"] == 1.0 and j[V1]["rating"]["delta"] == pytest.approx(
        -0.6667, abs=1e-4)
    assert j[V2]["plan_closure"] == {"value": None, "prev": None, "delta": None,
                                     "last_year": None, "delta_year": None}


def test_overdue_agrees_with_the_month_statistics(township: AppContext) -> None:
    build_desk(township)
    cmp = compare_villages(township, Month(2025, 9), as_of=AS_OF)
    with township.read() as s:
        stats = month_stats(s, Month(2025, 9), as_of=AS_OF)
    by_code = {x["code"]: x for x in stats["villages"]}
    for v in cmp.villages:
        assert v.measure("matters_overdue").value == by_code[v.code]["matters"]["overdue"]
        assert v.measure("matters_received").value == by_code[v.code]["matters"]["received"]
        assert v.measure("households_visited").value == by_code[v.code]["households_visited"]


def test_ranked_bottom_flagged_and_batches(township: AppContext) -> None:
    build_desk(township)
    cmp = compare_villages(township, OCT, as_of=AS_OF)
    assert [x.rank for x in cmp.villages] == [1, 2]
    assert [x.bottom for x in cmp.villages] == [False, True]
    v = {x.code: x for x in cmp.villages}
    # both covered half their register so far; V2 has fewer overdue matters (1 against 2)
    assert cmp.villages[0].code == V2 and cmp.villages[0].score == pytest.approx(0.5)
    assert v[V1].sent_this_month and v[V1].last_batch is not None
    assert v[V1].batch_age_days == 7  # batch of 3 Oct, as of 10 Oct
    assert not v[V2].sent_this_month and v[V2].batch_age_days == 35


def test_cli_compare_json(township: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    build_desk(township)
    assert main(["compare", "--db", str(township.store.path), "--month", "2025-10",
                 "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["station"] == township.station_code and out["month"] == "2025-10"
    codes = [x["code"] for x in out["villages"]]
    assert sorted(codes) == [V1, V2]
    for x in out["villages"]:
        assert {"code", "name", "rank"} <= set(x)
        for key in MEASURES:
            assert {"prev", "delta"} <= set(x[key]), key
    assert main(["compare", "--db", str(township.store.path), "--month", "2025-13"]) == 1



def test_comparison_is_read_again_after_any_change(township: AppContext) -> None:
    from datetime import date

    from models import Matter

    d = build_desk(township)
    first = compare_villages(township, OCT, as_of=AS_OF)
    assert compare_villages(township, OCT, as_of=AS_OF) is first  # unchanged: kept
    received = {v.code: v.measure("matters_received").value for v in first.villages}
    assert received[V1] == 1
    with township.uow() as uow:  # a change (as a merged batch or a local edit makes it)
        m = uow.session.get(Matter, d.m6)
        assert m is not None
        m.origin_code = township.station_code  # so this store may edit it in the test
        uow.update_record(m, "matter", received_date=date(2025, 9, 20))
        uow.commit()
    again = compare_villages(township, OCT, as_of=AS_OF)
    assert again is not first
    assert {v.code: v.measure("matters_received").value for v in again.villages}[V1] == 0


def test_duties_met_agrees_with_the_duties_calendar(township: AppContext) -> None:
    from datetime import date

    from app.services.duties import MET, month_duties
    from models import Event

    build_desk(township)
    with township.uow() as uow:  # V1's gatherings, as its batch brings them
        for kind, a, b in (("joint_office", date(2025, 9, 1), date(2025, 9, 12)),
                           ("joint_office", date(2025, 10, 8), date(2025, 10, 9)),
                           ("analysis", date(2025, 9, 20), date(2025, 9, 20)),
                           ("representatives", date(2025, 3, 2), date(2025, 3, 2))):
            ev = Event(village_code=V1, kind=kind, start_date=a, end_date=b, title=kind)
            ev.origin_code = V1
            uow.add_record(ev, "event")
        uow.commit()
    seen = set()
    for month in (Month(2025, 9), OCT, Month(2024, 10)):
        cmp = compare_villages(township, month, as_of=AS_OF)
        report = month_duties(township, month, as_of=AS_OF)
        want = {v.code: sum(1 for d in v.duties if d.state == MET) for v in report.villages}
        assert {v.code: v.measure("duties_met").value for v in cmp.villages} == want, month
        seen.add(want[V1])
    assert len(seen) > 1  # the months differ: the test can tell a wrong count
