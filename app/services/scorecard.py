"""The cadre scorecard and the payout proposal (考核, 绩酬挂钩; W11).

Per cadre, for a month or a quarter: households assigned, their coverage this year, matters
received / resolved on time / overdue, satisfaction of resolved matters, the villagers' rating,
plan items and the closure rate (销号率), and a rank within the cadre's unit (village, or the
township's own staff) with the bottom of the ranking flagged 末位 as the seed does.

Every rate is a fraction 0–1, or ``None`` when there is nothing to rate: a cadre with no plan
items has no closure rate, not a closure rate of 0.

The payout (绩酬挂钩): a pool is shared among the cadres who had plan items in the quarter, by
closure rate — in proportion to it, or, when that leaves the highest and lowest closer than the
minimum spread (the seed: 300 yuan), on the straight line through the rates that gives exactly
that spread. Money is counted in integer fen; the amounts add up to the pool to the fen, a
higher closure rate never gets less, and a pool too small for the spread is refused with the
smallest pool that would do. The station only proposes; people decide.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError, ValidationError
from app.services.plans import Quarter
from app.services.reviews import ReviewCounts, counts_by_cadre
from app.services.station import get_station, list_villages
from app.services.stats import Month
from models import Assignment, Cadre, Household, Matter, PayoutRule, PlanItem, Visit
from models.base import utcnow
from models.vocab import MatterStatus, PlanStatus, Satisfaction, StationKind

DEFAULT_MIN_SPREAD_FEN = 30000  # 300 yuan, the seed's rule
JSON_KEYS = ("cadre_id", "name", "households", "coverage_ytd", "matters_received",
             "resolved_on_time", "overdue", "satisfaction_rate", "review_rate", "reviews",
             "plan_items", "plan_closed", "closure_rate", "rank")


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass(frozen=True)
class CadreScore:
    cadre_id: str | None
    name: str
    village_code: str
    title: str
    households: int
    visited_ytd: int
    matters_received: int
    resolved_on_time: int
    overdue: int
    rated: int
    satisfied_or_basic: int
    reviews: ReviewCounts
    plan_items: int
    plan_closed: int
    rank: int | None = None
    bottom: bool = False  # 末位: the lowest rank of its unit

    @property
    def coverage_ytd(self) -> float | None:
        return _rate(self.visited_ytd, self.households)

    @property
    def satisfaction_rate(self) -> float | None:
        return _rate(self.satisfied_or_basic, self.rated)

    @property
    def review_rate(self) -> float | None:
        r = self.reviews.rate
        return round(r, 4) if r is not None else None

    @property
    def closure_rate(self) -> float | None:
        return _rate(self.plan_closed, self.plan_items)

    def as_json(self) -> dict[str, Any]:
        values = {"cadre_id": self.cadre_id, "name": self.name, "households": self.households,
                  "coverage_ytd": self.coverage_ytd, "matters_received": self.matters_received,
                  "resolved_on_time": self.resolved_on_time, "overdue": self.overdue,
                  "satisfaction_rate": self.satisfaction_rate, "review_rate": self.review_rate,
                  "reviews": self.reviews.total, "plan_items": self.plan_items,
                  "plan_closed": self.plan_closed, "closure_rate": self.closure_rate,
                  "rank": self.rank}
        return {k: values[k] for k in JSON_KEYS}

    def rank_key(self) -> tuple[float, float, float, float] | None:
        """Plan completion first (the practice pays by it), then the villagers' rating,
        coverage and satisfaction of resolved matters; None when there is nothing to rank."""
        rates = (self.closure_rate, self.review_rate, self.coverage_ytd, self.satisfaction_rate)
        if all(r is None for r in rates):
            return None
        a, b, c, d = (-1.0 if r is None else r for r in rates)
        return (a, b, c, d)


@dataclass(frozen=True)
class Scorecard:
    station: dict[str, str]
    period: str
    first: date
    last: date
    cadres: list[CadreScore]
    totals: CadreScore
    villages: list[CadreScore] = field(default_factory=list)  # township: one line per unit

    def as_json(self) -> dict[str, Any]:
        return {"station": self.station, "period": self.period,
                "cadres": [c.as_json() for c in self.cadres], "totals": self.totals.as_json()}


def _sum(name: str, code: str, parts: list[CadreScore]) -> CadreScore:
    return CadreScore(
        cadre_id=None, name=name, village_code=code, title="",
        households=sum(p.households for p in parts),
        visited_ytd=sum(p.visited_ytd for p in parts),
        matters_received=sum(p.matters_received for p in parts),
        resolved_on_time=sum(p.resolved_on_time for p in parts),
        overdue=sum(p.overdue for p in parts), rated=sum(p.rated for p in parts),
        satisfied_or_basic=sum(p.satisfied_or_basic for p in parts),
        reviews=ReviewCounts(sum(p.reviews.satisfied for p in parts),
                             sum(p.reviews.fair for p in parts),
                             sum(p.reviews.unsatisfied for p in parts)),
        plan_items=sum(p.plan_items for p in parts),
        plan_closed=sum(p.plan_closed for p in parts))


def _ranked(rows: list[CadreScore]) -> list[CadreScore]:
    """Competition ranking (1, 2, 2, 4) within each unit; the last rank of a unit with more
    than one rank is flagged 末位."""
    out: dict[str | None, CadreScore] = {}
    units: dict[str, list[CadreScore]] = {}
    for r in rows:
        units.setdefault(r.village_code, []).append(r)
    for members in units.values():
        keyed = [(r.rank_key(), r) for r in members]
        scored = sorted(((k, r) for k, r in keyed if k is not None),
                        key=lambda kr: kr[0], reverse=True)  # type: ignore[arg-type,return-value]
        ranks: dict[str | None, int] = {}
        prev: Any = None
        for i, (k, r) in enumerate(scored, start=1):
            if k != prev:
                rank = i
                prev = k
            ranks[r.cadre_id] = rank
        worst = max(ranks.values(), default=0)
        distinct = len(set(ranks.values()))
        for r in members:
            rk = ranks.get(r.cadre_id)
            out[r.cadre_id] = replace(r, rank=rk,
                                      bottom=rk is not None and distinct > 1 and rk == worst)
    return [out[r.cadre_id] for r in rows]


def compute(session: Session, month: Month, quarter: Quarter | None = None,
            as_of: date | None = None) -> Scorecard:
    """The scorecard for ``quarter`` if given, else for ``month``."""
    station = get_station(session)
    assert station is not None
    first, last = (quarter.first, quarter.last) if quarter else (month.first, month.last)
    months = [str(m) for m in quarter.months] if quarter else [str(month)]
    as_of_eff = min(as_of or date.today(), last)
    ystart = date(last.year, 1, 1)
    s = session
    live_assign = and_(Assignment.deleted.is_(False), Assignment.start_date <= last,
                       or_(Assignment.end_date.is_(None), Assignment.end_date > last))
    households = dict(s.execute(
        select(Assignment.cadre_id, func.count(func.distinct(Assignment.household_id)))
        .join(Household, Household.id == Assignment.household_id)
        .where(live_assign, Household.deleted.is_(False))
        .group_by(Assignment.cadre_id)).all())
    visited_hh = (select(Visit.household_id).where(
        Visit.deleted.is_(False), Visit.visit_date >= ystart, Visit.visit_date <= last,
        Visit.household_id.is_not(None)))
    visited = dict(s.execute(
        select(Assignment.cadre_id, func.count(func.distinct(Assignment.household_id)))
        .join(Household, Household.id == Assignment.household_id)
        .where(live_assign, Household.deleted.is_(False),
               Assignment.household_id.in_(visited_hh))
        .group_by(Assignment.cadre_id)).all())
    live = [Matter.deleted.is_(False), Matter.owner_cadre_id.is_not(None)]
    received = dict(s.execute(select(Matter.owner_cadre_id, func.count()).where(
        *live, Matter.received_date >= first, Matter.received_date <= last)
        .group_by(Matter.owner_cadre_id)).all())
    resolved_in = [*live, Matter.status == MatterStatus.RESOLVED.value,
                   Matter.resolved_date >= first, Matter.resolved_date <= last]
    on_time = dict(s.execute(select(Matter.owner_cadre_id, func.count()).where(
        *resolved_in, Matter.resolved_date <= Matter.deadline)
        .group_by(Matter.owner_cadre_id)).all())
    overdue = dict(s.execute(select(Matter.owner_cadre_id, func.count()).where(
        *live, Matter.received_date <= as_of_eff, Matter.deadline < as_of_eff,
        or_(Matter.status != MatterStatus.RESOLVED.value, Matter.resolved_date > as_of_eff))
        .group_by(Matter.owner_cadre_id)).all())
    rated: dict[str, list[int]] = {}
    for cid, satisfaction, n in s.execute(
            select(Matter.owner_cadre_id, Matter.satisfaction, func.count())
            .where(*resolved_in, Matter.satisfaction != "")
            .group_by(Matter.owner_cadre_id, Matter.satisfaction)):
        tr = rated.setdefault(str(cid), [0, 0])
        tr[0] += n
        if satisfaction in (Satisfaction.SATISFIED.value, Satisfaction.BASIC.value):
            tr[1] += n
    plans: dict[str, list[int]] = {}
    for cid, status, n in s.execute(
            select(PlanItem.cadre_id, PlanItem.status, func.count())
            .where(PlanItem.deleted.is_(False), PlanItem.month.in_(months),
                   PlanItem.status != PlanStatus.DROPPED.value)
            .group_by(PlanItem.cadre_id, PlanItem.status)):
        t = plans.setdefault(cid, [0, 0])
        t[0] += n
        if status == PlanStatus.DONE.value:
            t[1] += n
    reviews = counts_by_cadre(s, first, last)
    rows: list[CadreScore] = []
    for c in s.execute(select(Cadre).where(Cadre.deleted.is_(False)).order_by(
            Cadre.village_code, Cadre.is_leader.desc(), Cadre.name, Cadre.id)).scalars():
        p = plans.get(c.id, [0, 0])
        sat: list[int] = rated.get(c.id, [0, 0])
        score = CadreScore(
            cadre_id=c.id, name=c.name, village_code=c.village_code, title=c.title,
            households=households.get(c.id, 0), visited_ytd=visited.get(c.id, 0),
            matters_received=received.get(c.id, 0), resolved_on_time=on_time.get(c.id, 0),
            overdue=overdue.get(c.id, 0), rated=sat[0], satisfied_or_basic=sat[1],
            reviews=reviews.get(c.id, ReviewCounts()), plan_items=p[0], plan_closed=p[1])
        has_any = (score.households or score.matters_received or score.overdue
                   or score.plan_items or score.reviews.total or score.rated)
        if c.active or has_any:
            rows.append(score)
    rows = _ranked(rows)
    total_name = "合计"
    totals = _sum(total_name, station.code, rows)
    villages: list[CadreScore] = []
    if station.kind == StationKind.TOWNSHIP:
        names = {v.code: v.name for v in list_villages(s)}
        names.setdefault(station.code, station.name)
        for code in sorted({r.village_code for r in rows}):
            villages.append(_sum(names.get(code, code), code,
                                 [r for r in rows if r.village_code == code]))
    return Scorecard({"code": station.code, "name": station.name, "kind": station.kind},
                     str(quarter) if quarter else str(month), first, last, rows, totals, villages)


def scorecard(ctx: AppContext, month: Month | str, quarter: Quarter | str | None = None,
              as_of: date | None = None) -> Scorecard:
    m = Month.parse(month) if isinstance(month, str) else month
    q = Quarter.parse(quarter) if isinstance(quarter, str) else quarter
    with ctx.read() as s:
        return compute(s, m, q, as_of)


# --- payout (绩酬挂钩) ---------------------------------------------------------------------


def parse_yuan(text: str | int | float | Decimal, field_name: str) -> int:
    """An amount in yuan ("2000", "1999.50") as integer fen; refuses negatives and fractions
    of a fen."""
    try:
        d = Decimal(str(text).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        raise ValidationError(field_name, "amount_invalid", value=str(text)) from None
    if not d.is_finite() or d < 0 or d != d.quantize(Decimal("0.01")) or d > 10 ** 9:
        raise ValidationError(field_name, "amount_invalid", value=str(text))
    return int(d * 100)


def fen_to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class PayoutLine:
    cadre_id: str
    name: str
    plan_items: int
    plan_closed: int
    amount_fen: int

    @property
    def closure_rate(self) -> float:
        return round(self.plan_closed / self.plan_items, 4)

    @property
    def amount(self) -> Decimal:
        return fen_to_yuan(self.amount_fen)


@dataclass(frozen=True)
class Payout:
    quarter: str
    pool_fen: int
    min_spread_fen: int
    method: str  # "proportional" | "spread" | "single"
    lines: list[PayoutLine]

    @property
    def spread_fen(self) -> int:
        amounts = [ln.amount_fen for ln in self.lines]
        return max(amounts) - min(amounts) if amounts else 0

    def as_json(self) -> dict[str, Any]:
        return {"quarter": self.quarter, "pool": float(fen_to_yuan(self.pool_fen)),
                "min_spread": float(fen_to_yuan(self.min_spread_fen)),
                "payouts": [{"cadre_id": ln.cadre_id, "name": ln.name,
                             "closure_rate": ln.closure_rate, "amount": float(ln.amount)}
                            for ln in self.lines]}


def split_pool(rates: list[Fraction], pool_fen: int, spread_fen: int) -> tuple[list[int], str]:
    """Amounts in fen for ``rates`` (same order). Raises ``MinqingError`` when impossible."""
    n = len(rates)
    if n == 1:
        return [pool_fen], "single"
    hi, lo = max(rates), min(rates)
    if hi == lo:
        raise MinqingError("payout_all_equal", spread=fen_to_yuan(spread_fen))
    total = sum(rates, Fraction(0))
    if pool_fen * (hi - lo) / total >= spread_fen + 1:
        exact = [pool_fen * r / total for r in rates]
        method = "proportional"
    else:
        slope = Fraction(spread_fen) / (hi - lo)
        base = (pool_fen - slope * total) / n
        if base + slope * lo < 0:
            need = math.ceil(Fraction(spread_fen) * (total - n * lo) / (hi - lo))
            raise MinqingError("payout_pool_too_small", pool=fen_to_yuan(pool_fen),
                               spread=fen_to_yuan(spread_fen), need=fen_to_yuan(need), n=n)
        exact = [base + slope * r for r in rates]
        method = "spread"
    amounts = [math.floor(x) for x in exact]
    left = pool_fen - sum(amounts)
    # The fen left by rounding down go one each to the highest rates first: order is kept,
    # and the spread can only grow.
    order = sorted(range(n), key=lambda i: (-rates[i], i))
    for i in order[:left]:
        amounts[i] += 1
    return amounts, method


def propose_payout(ctx: AppContext, quarter: Quarter | str, pool: str | int | Decimal,
                   min_spread: str | int | Decimal | None = None) -> Payout:
    """The quarter's payout proposal for the cadres whose plans this station keeps."""
    q = Quarter.parse(quarter) if isinstance(quarter, str) else quarter
    pool_fen = parse_yuan(pool, "pool")
    if pool_fen <= 0:
        raise ValidationError("pool", "amount_invalid", value=str(pool))
    with ctx.read() as s:
        if min_spread is None:
            rule = s.get(PayoutRule, "")
            spread_fen = rule.min_spread_fen if rule is not None else DEFAULT_MIN_SPREAD_FEN
        else:
            spread_fen = parse_yuan(min_spread, "min_spread")
        code = ctx.station_code
        rows = s.execute(
            select(Cadre.id, Cadre.name, PlanItem.status, func.count())
            .join(Cadre, Cadre.id == PlanItem.cadre_id)
            .where(PlanItem.deleted.is_(False), PlanItem.village_code == code,
                   PlanItem.month.in_([str(m) for m in q.months]),
                   PlanItem.status != PlanStatus.DROPPED.value)
            .group_by(Cadre.id, Cadre.name, PlanItem.status)).all()
    tally: dict[str, list[Any]] = {}
    for cid, name, status, n in rows:
        t = tally.setdefault(cid, [name, 0, 0])
        t[1] += n
        if status == PlanStatus.DONE.value:
            t[2] += n
    if not tally:
        raise MinqingError("payout_no_plans", quarter=str(q))
    people = sorted(tally.items(), key=lambda kv: (-Fraction(kv[1][2], kv[1][1]), kv[1][0],
                                                  kv[0]))
    rates = [Fraction(t[2], t[1]) for _, t in people]
    amounts, method = split_pool(rates, pool_fen, spread_fen)
    lines = [PayoutLine(cid, t[0], t[1], t[2], a)
             for (cid, t), a in zip(people, amounts, strict=True)]
    return Payout(str(q), pool_fen, spread_fen, method, lines)


def save_payout_rule(ctx: AppContext, pool: str | int | Decimal,
                     min_spread: str | int | Decimal, role: str = "") -> None:
    """Keep this laptop's pool and minimum spread (per role; "" for everyone)."""
    pool_fen = parse_yuan(pool, "pool")
    spread_fen = parse_yuan(min_spread, "min_spread")
    with ctx.uow() as uow:
        rule = uow.session.get(PayoutRule, role)
        old = (rule.pool_fen, rule.min_spread_fen) if rule is not None else None
        if rule is None:
            rule = PayoutRule(role=role)
            uow.session.add(rule)
        rule.pool_fen = pool_fen
        rule.min_spread_fen = spread_fen
        rule.updated_at = utcnow()
        uow.session.flush()
        uow.audit("update", "payout_rule", role or "*",
                  {"pool_fen": [old[0] if old else None, pool_fen],
                   "min_spread_fen": [old[1] if old else None, spread_fen]})
        uow.commit()


@dataclass(frozen=True)
class PayoutRuleInfo:
    role: str
    pool_fen: int
    min_spread_fen: int


def payout_rule(ctx: AppContext, role: str = "") -> PayoutRuleInfo:
    with ctx.read() as s:
        rule = s.get(PayoutRule, role)
        if rule is None:
            return PayoutRuleInfo(role, 0, DEFAULT_MIN_SPREAD_FEN)
        return PayoutRuleInfo(rule.role, rule.pool_fen, rule.min_spread_fen)
