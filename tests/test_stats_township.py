"""A township's per-village figures come from grouped queries: they must equal what each
village's own figures are, and the township totals their sums."""

from __future__ import annotations

from datetime import date

from app.context import AppContext
from app.services.demo import fill_demo
from app.services.stats import Month, month_stats, village_figures


def test_grouped_township_figures_equal_each_village_alone(township: AppContext) -> None:
    fill_demo(township, households=300, months=14, seed=3, today=date(2026, 11, 20))
    month = Month(2026, 10)
    with township.read() as s:
        figures = month_stats(s, month, as_of=date(2026, 11, 20))
        assert len(figures["villages"]) == 2
        for v in figures["villages"]:
            alone = village_figures(s, month, v["code"], as_of=date(2026, 11, 20))
            assert {k: v[k] for k in alone} == alone
        assert figures["households"] == sum(v["households"] for v in figures["villages"]) > 0
        assert figures["matters"]["received"] == sum(
            v["matters"]["received"] for v in figures["villages"])
        assert figures["households_visited_ytd"] > 0 and figures["visits"] > 0
        # the gatherings are read for all villages at once too: compared above, and not empty
        assert any(v["events"]["held"] for v in figures["villages"])
        assert figures["events"]["held"] == sum(v["events"]["held"] for v in figures["villages"])


def test_a_village_without_records_gets_zeros_not_a_missing_row(township: AppContext) -> None:
    with township.read() as s:
        figures = month_stats(s, Month(2026, 10))
    assert [v["households"] for v in figures["villages"]] == [0, 0]
    assert figures["villages"][0]["satisfaction_rate"] is None
    assert figures["villages"][0]["matters"]["by_category"]
