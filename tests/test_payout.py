"""The payout proposal (绩酬挂钩): only cadres with plan items share the pool; the amounts add
up to the pool to the fen; highest − lowest ≥ the spread; a higher closure rate never gets
less; a pool too small for the spread is refused."""

from __future__ import annotations

import json
import random
from fractions import Fraction
from pathlib import Path

import pytest

from app.cli import main
from app.context import AppContext
from app.errors import MinqingError, ValidationError
from app.services import plans
from app.services.cadres import CadreInput, add_cadre
from app.services.scorecard import propose_payout, save_payout_rule, split_pool


def _check(rates: list[Fraction], amounts: list[int], pool: int, spread: int) -> None:
    assert sum(amounts) == pool
    assert min(amounts) >= 0
    if len(set(rates)) > 1:
        assert max(amounts) - min(amounts) >= spread
    for i in range(len(rates)):
        for j in range(len(rates)):
            if rates[i] > rates[j]:
                assert amounts[i] >= amounts[j]


def test_proportional_when_that_keeps_the_spread() -> None:
    rates = [Fraction(1), Fraction(1, 2)]
    amounts, method = split_pool(rates, 300000, 30000)  # 3,000 yuan
    assert method == "proportional" and amounts == [200000, 100000]


def test_stretched_to_the_minimum_spread_when_rates_are_close() -> None:
    rates = [Fraction(1), Fraction(9, 10), Fraction(9, 10)]
    amounts, method = split_pool(rates, 600000, 30000)
    assert method == "spread"
    assert amounts[0] - amounts[1] == 30000 and amounts[1] == amounts[2]
    _check(rates, amounts, 600000, 30000)


def test_the_fen_add_up_and_order_holds_on_random_rates() -> None:
    rnd = random.Random(7)
    for _ in range(300):
        n = rnd.randint(2, 9)
        rates = [Fraction(rnd.randint(0, 10), 10) for _ in range(n)]
        if len(set(rates)) == 1:
            continue
        pool, spread = rnd.randint(50000, 2000000) + rnd.randint(0, 99), rnd.randint(0, 60000)
        try:
            amounts, _ = split_pool(rates, pool, spread)
        except MinqingError as e:
            assert e.code == "payout_pool_too_small"
            continue
        _check(rates, amounts, pool, spread)


def test_pool_too_small_names_the_pool_that_would_do() -> None:
    with pytest.raises(MinqingError) as e:
        split_pool([Fraction(1), Fraction(0)], 20000, 30000)
    assert e.value.code == "payout_pool_too_small"
    assert "300.00" in e.value.message("zh_CN") and "at least" in e.value.message("en")


def _station(ctx: AppContext) -> dict[str, str]:
    """Three cadres with plans in 2026-Q4 (1.0, 0.5, 0.5) and one without any."""
    ids = {n: add_cadre(ctx, CadreInput(name=n)) for n in ("甲", "乙", "丙", "丁")}
    for name, done, total in (("甲", 2, 2), ("乙", 1, 2), ("丙", 2, 4)):
        items = plans.add_items(ctx, ids[name], "2026-11", [f"事{i}" for i in range(total)])
        for k, iid in enumerate(items):
            plans.close_item(ctx, iid, k < done)
    return ids


def test_only_cadres_with_plan_items_share(village: AppContext) -> None:
    ids = _station(village)
    p = propose_payout(village, "2026-Q4", "6000")
    by = {ln.cadre_id: ln for ln in p.lines}
    assert ids["丁"] not in by
    assert sum(ln.amount_fen for ln in p.lines) == 600000
    assert by[ids["甲"]].amount_fen == 300000  # 1.0 / (1.0 + 0.5 + 0.5) of the pool
    assert by[ids["乙"]].amount_fen == by[ids["丙"]].amount_fen == 150000
    assert p.spread_fen >= 30000


def test_refusals(village: AppContext) -> None:
    _station(village)
    with pytest.raises(MinqingError) as e:
        propose_payout(village, "2026-Q4", "200")
    assert e.value.code == "payout_pool_too_small"
    with pytest.raises(MinqingError) as e:
        propose_payout(village, "2026-Q1", "6000")
    assert e.value.code == "payout_no_plans"
    for bad in ("-5", "abc", "10.001", "0"):
        with pytest.raises(ValidationError):
            propose_payout(village, "2026-Q4", bad)


def test_stored_rule_gives_the_default_spread(village: AppContext) -> None:
    _station(village)
    save_payout_rule(village, "6000", "1600")
    p = propose_payout(village, "2026-Q4", "6000")
    assert p.min_spread_fen == 160000 and p.spread_fen >= 160000


def test_cli_payout(village: AppContext, db_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    _station(village)
    village.store.close()
    assert main(["payout", "--db", str(db_path), "--quarter", "2026-Q4", "--pool", "2000.01",
                 "--min-spread", "300", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"quarter", "pool", "min_spread", "payouts"}
    assert out["quarter"] == "2026-Q4" and out["pool"] == 2000.01 and out["min_spread"] == 300
    assert all(set(p) == {"cadre_id", "name", "closure_rate", "amount"} for p in out["payouts"])
    assert round(sum(p["amount"] for p in out["payouts"]) * 100) == 200001
    amounts = [p["amount"] for p in out["payouts"]]
    assert max(amounts) - min(amounts) >= 300
    assert main(["payout", "--db", str(db_path), "--quarter", "2026-Q4", "--pool", "100"]) == 1
    assert "太少" in capsys.readouterr().err
