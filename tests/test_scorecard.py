"""The scorecard's figures against a small station computed by hand, including empty months
(rates are null, never 0, when there is nothing to rate)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.context import AppContext
from app.services import households as hh
from app.services import matters as ms
from app.services import plans, reviews
from app.services.cadres import CadreInput, add_cadre, assign
from app.services.scorecard import JSON_KEYS, scorecard
from app.services.visits import VisitInput, record_visit


@dataclass
class Station:
    ctx: AppContext
    a: str
    b: str
    c: str
    h1: str
    h2: str
    h3: str


def build(ctx: AppContext) -> Station:
    """A: households H1, H2; B: H3; C: none. October 2026 is the month computed by hand."""
    a = add_cadre(ctx, CadreInput(name="甲书记", phone="13800000001", is_leader=True))
    b = add_cadre(ctx, CadreInput(name="乙主任", phone="13800000002"))
    c = add_cadre(ctx, CadreInput(name="丙文书", phone="13800000003"))
    h1 = hh.add_household(ctx, hh.HouseholdInput(head_name="张一", group_number=1))
    h2 = hh.add_household(ctx, hh.HouseholdInput(head_name="张二", group_number=1))
    h3 = hh.add_household(ctx, hh.HouseholdInput(head_name="张三", group_number=2))
    assign(ctx, a, [h1, h2], start=date(2025, 1, 1))
    assign(ctx, b, [h3], start=date(2025, 1, 1))
    # coverage: H1 visited this year, H3 only last year, H2 never
    record_visit(ctx, VisitInput(cadre_id=a, household_id=h1, visit_date=date(2026, 3, 2)))
    record_visit(ctx, VisitInput(cadre_id=b, household_id=h3, visit_date=date(2025, 12, 1)))
    # matters: A resolves one on time (satisfied), one late (unsatisfied); B has one overdue
    m1 = ms.create_matter(ctx, ms.MatterInput("hardship", "漏雨", owner_cadre_id=a,
                                              household_id=h1, received_date=date(2026, 10, 5),
                                              deadline=date(2026, 10, 15)))
    ms.resolve(ctx, m1, "已维修", on=date(2026, 10, 10), satisfaction="satisfied")
    m2 = ms.create_matter(ctx, ms.MatterInput("dispute", "排水", owner_cadre_id=a,
                                              household_id=h2, received_date=date(2026, 10, 2),
                                              deadline=date(2026, 10, 8)))
    ms.resolve(ctx, m2, "已调解", on=date(2026, 10, 20), satisfaction="unsatisfied")
    ms.create_matter(ctx, ms.MatterInput("hardship", "饮水", owner_cadre_id=b, household_id=h3,
                                         received_date=date(2026, 9, 1),
                                         deadline=date(2026, 9, 10)))
    # villagers' ratings in October: A satisfied, unsatisfied, fair; B fair
    reviews.add_review(ctx, h1, a, "satisfied", on=date(2026, 10, 3))
    reviews.add_review(ctx, h2, a, "unsatisfied", on=date(2026, 10, 4))
    reviews.add_review(ctx, h2, a, "fair", on=date(2026, 10, 28), occasion="meeting")
    reviews.add_review(ctx, h3, b, "fair", on=date(2026, 10, 9))
    # plans for October: A 2 done of 3 (+1 dropped, not counted); B 2 of 2
    ids = plans.add_items(ctx, a, "2026-10", ["走访", "调解", "修路", "开会"])
    plans.close_item(ctx, ids[0], True)
    plans.close_item(ctx, ids[1], True)
    plans.close_item(ctx, ids[2], False, "资金未到位")
    plans.drop_item(ctx, ids[3], "上级取消")
    for i in plans.add_items(ctx, b, "2026-10", ["走访", "发卡"], assigned=True):
        plans.close_item(ctx, i, True)
    return Station(ctx, a, b, c, h1, h2, h3)


@pytest.fixture
def station(village: AppContext) -> Station:
    return build(village)


def test_october_by_hand(station: Station) -> None:
    card = scorecard(station.ctx, "2026-10", as_of=date(2026, 10, 31))
    rows = {r.cadre_id: r.as_json() for r in card.cadres}
    assert card.period == "2026-10"
    assert rows[station.a] == {
        "cadre_id": station.a, "name": "甲书记", "households": 2, "coverage_ytd": 0.5,
        "matters_received": 2, "resolved_on_time": 1, "overdue": 0, "satisfaction_rate": 0.5,
        "review_rate": 0.6667, "reviews": 3, "plan_items": 3, "plan_closed": 2,
        "closure_rate": 0.6667, "rank": 2}
    assert rows[station.b] == {
        "cadre_id": station.b, "name": "乙主任", "households": 1, "coverage_ytd": 0.0,
        "matters_received": 0, "resolved_on_time": 0, "overdue": 1, "satisfaction_rate": None,
        "review_rate": 1.0, "reviews": 1, "plan_items": 2, "plan_closed": 2,
        "closure_rate": 1.0, "rank": 1}
    # C has nothing to rate: every rate is null and C takes no rank
    assert rows[station.c]["coverage_ytd"] is None
    assert rows[station.c]["closure_rate"] is None and rows[station.c]["review_rate"] is None
    assert rows[station.c]["rank"] is None
    assert card.totals.as_json() == {
        "cadre_id": None, "name": "合计", "households": 3, "coverage_ytd": 0.3333,
        "matters_received": 2, "resolved_on_time": 1, "overdue": 1, "satisfaction_rate": 0.5,
        "review_rate": 0.75, "reviews": 4, "plan_items": 5, "plan_closed": 4,
        "closure_rate": 0.8, "rank": None}
    bottom = [r.name for r in card.cadres if r.bottom]
    assert bottom == ["甲书记"]  # the seed's 末位


def test_empty_month_gives_null_rates_not_zero(station: Station) -> None:
    card = scorecard(station.ctx, "2026-08", as_of=date(2026, 8, 31))
    a = next(r for r in card.cadres if r.cadre_id == station.a)
    assert a.plan_items == 0 and a.closure_rate is None
    assert a.reviews.total == 0 and a.review_rate is None
    assert a.satisfaction_rate is None
    assert a.coverage_ytd == 0.5  # H1 was visited in March
    t = card.totals.as_json()
    assert t["closure_rate"] is None and t["review_rate"] is None
    assert t["satisfaction_rate"] is None


def test_a_station_without_cadres(village: AppContext) -> None:
    card = scorecard(village, "2026-10")
    assert card.cadres == []
    t = card.totals.as_json()
    assert t["households"] == 0 and t["coverage_ytd"] is None and t["closure_rate"] is None


def test_quarter_adds_up_the_months(station: Station) -> None:
    i = plans.add_item(station.ctx, station.b, "2026-11", "年底走访")
    plans.close_item(station.ctx, i, False, "未完成")
    card = scorecard(station.ctx, "2026-11", "2026-Q4", as_of=date(2026, 12, 31))
    b = next(r for r in card.cadres if r.cadre_id == station.b)
    assert card.period == "2026-Q4"
    assert (b.plan_items, b.plan_closed, b.closure_rate) == (3, 2, 0.6667)


def test_cli_scorecard_json_has_exactly_the_contract_keys(
        station: Station, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    station.ctx.store.close()
    assert main(["scorecard", "--db", str(db_path), "--month", "2026-10", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"station", "period", "cadres", "totals"}
    assert out["station"]["code"] == "430525101201"
    assert all(tuple(c) == JSON_KEYS for c in out["cadres"])
    assert tuple(out["totals"]) == JSON_KEYS
    assert out["totals"]["plan_items"] == 5 and out["totals"]["closure_rate"] == 0.8
    assert main(["scorecard", "--db", str(db_path), "--month", "2026-10", "--quarter",
                 "2026-Q4", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["period"] == "2026-Q4"
    assert main(["scorecard", "--db", str(db_path), "--month", "2026-13"]) == 1
    assert main(["--lang", "en", "scorecard", "--db", str(db_path), "--month", "2026-10",
                 "--quarter", "2026-Q5"]) == 1
    assert "quarter" in capsys.readouterr().err
