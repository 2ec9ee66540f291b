"""Villages compared (村务比较, W13): each village this month against last month and against the
same month last year, ranked, the bottom flagged, with a twelve-month trend of every measure.

Every figure comes from one GROUP BY over the thirteen months ending with the month asked
for (village × year × month), so the cost grows with the data, not with villages × months:
a township of 30 villages is the same seven queries as one of two. The month's own figures
follow ``stats.village_figures`` (households visited, coverage so far this year, received,
resolved, overdue at the month's end or ``as_of`` in the running month, satisfaction).

Measure keys (also the ``minqing compare --json`` keys; see README):

- ``households_visited`` households visited at least once in the month
- ``coverage_ytd`` share of the register visited since 1 January, at the month's end
- ``matters_received`` / ``matters_resolved`` matters received / resolved in the month
- ``matters_overdue`` matters overdue at the month's end (lower is better)
- ``on_time_rate`` share of the month's resolved matters resolved by their deadline
- ``satisfaction`` share of rated resolved matters rated 满意 or 基本满意
- ``rating`` villagers' rating of the village's cadres (群众评议): share of the month's ratings
  that are 满意 or 基本满意; ``None`` (shown "—") when nobody rated that month
- ``plan_closure`` closure rate of the month's plan items (预安销号): items checked off as done
  over the month's items not dropped (as the scorecard counts it); ``None`` with no plan items
- ``duties_met`` how many of the station's active duties (``app.services.duties``) the village
  met in the month; computed for the month, last month and the same month last year only (the
  twelve-month trend leaves the other months as gaps: each month costs a few queries per
  village); ``None`` when the station has no active duty

The rank orders villages by their score, the mean of the rates the village has (coverage,
on-time rate, satisfaction, and later rating and plan closure), ties broken by fewer overdue
matters; the bottom tenth (at least one village, 末位) is flagged.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, extract, func, literal, or_, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.services import duties
from app.services.station import get_station, list_villages
from app.services.stats import Month
from models import BoxOpening, Event, Group, Household, Matter, OpinionBox, PlanItem, Review, SyncBatch, Visit
from models.event import EventKind
from models.vocab import MatterStatus, PlanStatus, ReviewRating, Satisfaction

MEASURES: tuple[str, ...] = ("households_visited", "coverage_ytd", "matters_received",
                             "matters_resolved", "matters_overdue", "on_time_rate",
                             "satisfaction", "rating", "plan_closure", "duties_met")
RATES: tuple[str, ...] = ("coverage_ytd", "on_time_rate", "satisfaction", "rating",
                          "plan_closure")
LOWER_IS_BETTER = frozenset({"matters_overdue"})
TREND_MONTHS = 12


def month_add(m: Month, n: int) -> Month:
    k = m.year * 12 + (m.month - 1) + n
    return Month(k // 12, k % 12 + 1)


@dataclass(frozen=True)
class VillageMonth:
    """One village's figures for one month."""

    households: int = 0
    households_visited: int = 0
    coverage_ytd: float | None = None
    matters_received: int = 0
    matters_resolved: int = 0
    matters_overdue: int = 0
    on_time_rate: float | None = None
    satisfaction: float | None = None
    rating: float | None = None  # 群众评议: None when nobody rated in the month
    plan_closure: float | None = None  # 预安销号: None when the month has no plan items
    duties_met: int | None = None  # duties met; None outside the three months computed
    households_visited_ytd: int = 0  # households visited since 1 January (for duties)

    def values(self) -> dict[str, float | None]:
        """Every measure by its key (``MEASURES``)."""
        return {"households_visited": self.households_visited,
                "coverage_ytd": self.coverage_ytd, "matters_received": self.matters_received,
                "matters_resolved": self.matters_resolved,
                "matters_overdue": self.matters_overdue, "on_time_rate": self.on_time_rate,
                "satisfaction": self.satisfaction, "rating": self.rating,
                "plan_closure": self.plan_closure, "duties_met": self.duties_met}

    def get(self, key: str) -> float | None:
        return self.values()[key]

    @property
    def score(self) -> float | None:
        rates = [r for r in (self.get(k) for k in RATES) if r is not None]
        return sum(rates) / len(rates) if rates else None


@dataclass(frozen=True)
class MeasureCompared:
    key: str
    value: float | None
    prev: float | None
    delta: float | None
    last_year: float | None
    delta_year: float | None
    trend: tuple[float | None, ...]

    @property
    def direction(self) -> int:
        """+1 better than last month, -1 worse, 0 same or unknown (overdue: fewer is better)."""
        if self.delta is None or abs(self.delta) < 1e-9:
            return 0
        up = self.delta > 0
        return (-1 if up else 1) if self.key in LOWER_IS_BETTER else (1 if up else -1)


@dataclass(frozen=True)
class VillageCompared:
    code: str
    name: str
    rank: int
    bottom: bool
    score: float | None
    measures: tuple[MeasureCompared, ...]
    last_batch: date | None
    batch_age_days: int | None
    sent_this_month: bool

    def measure(self, key: str) -> MeasureCompared:
        for m in self.measures:
            if m.key == key:
                return m
        raise KeyError(key)


@dataclass(frozen=True)
class Comparison:
    station_code: str
    station_name: str
    month: Month
    as_of: date
    trend_months: tuple[Month, ...]
    villages: tuple[VillageCompared, ...]

    def as_json(self) -> dict[str, Any]:
        """The ``minqing compare --json`` contract."""
        out = []
        for v in self.villages:
            item: dict[str, Any] = {"code": v.code, "name": v.name, "rank": v.rank,
                                    "bottom": v.bottom, "score": _r(v.score),
                                    "last_batch": v.last_batch.isoformat() if v.last_batch
                                    else None,
                                    "batch_age_days": v.batch_age_days,
                                    "sent_this_month": v.sent_this_month}
            for m in v.measures:
                item[m.key] = {"value": _r(m.value), "prev": _r(m.prev), "delta": _r(m.delta),
                               "last_year": _r(m.last_year), "delta_year": _r(m.delta_year)}
            out.append(item)
        return {"station": self.station_code, "month": str(self.month),
                "as_of": self.as_of.isoformat(), "villages": out}


def _r(x: float | None) -> float | None:
    if x is None:
        return None
    return round(x, 4) if isinstance(x, float) else x


def _delta(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _ym(col: Any) -> tuple[Any, Any]:
    return extract("year", col), extract("month", col)


def _end_dt(d: date) -> datetime:
    return datetime.combine(d + timedelta(days=1), time())


def village_months(s: Session, months: list[Month], as_of: date
                   ) -> dict[tuple[str, Month], VillageMonth]:
    """Figures for every (village, month) of ``months`` (consecutive, oldest first)."""
    first, last = months[0].first, months[-1].last
    keys = {(m.year, m.month) for m in months}
    ends = {(m.year, m.month): min(m.last, as_of) for m in months}
    acc: dict[tuple[str, int, int], dict[str, float]] = defaultdict(lambda: defaultdict(float))

    # 1. households visited in each month
    vy, vm = _ym(Visit.visit_date)
    for code, y, mo, n in s.execute(
            select(Visit.village_code, vy, vm, func.count(func.distinct(Visit.household_id)))
            .where(Visit.deleted.is_(False), Visit.household_id.is_not(None),
                   Visit.visit_date >= first, Visit.visit_date <= last)
            .group_by(Visit.village_code, vy, vm)):
        acc[(code, int(y), int(mo))]["households_visited"] = n
    # 2. coverage so far this year: each household's first visit of its year, counted by month.
    # Read from the covering index ix_visit_date_household alone: households struck off the
    # register (a handful) are left out with NOT IN over their ids rather than by joining
    # every visit to its household (150,000 look-ups: most of the first opening's time).
    year0 = date(first.year, 1, 1)
    fy = extract("year", Visit.visit_date)
    live = [Visit.deleted.is_(False), Visit.household_id.is_not(None),
            Visit.visit_date >= year0, Visit.visit_date <= last]
    if s.execute(select(func.count()).where(Household.deleted.is_(True))).scalar():
        # the ids are not in any index: the table is read only when some household is gone
        live.append(Visit.household_id.not_in(
            select(Household.id).where(Household.deleted.is_(True))))
    firsts = (select(Visit.household_id.label("h"), Visit.village_code.label("v"),
                     fy.label("y"), func.min(Visit.visit_date).label("d"))
              .where(*live)
              .group_by(Visit.household_id, Visit.village_code, fy).subquery())
    first_by: dict[tuple[str, int], dict[int, int]] = defaultdict(dict)
    fm = extract("month", firsts.c.d)
    for code, y, mo, n in s.execute(select(firsts.c.v, firsts.c.y, fm, func.count())
                                    .group_by(firsts.c.v, firsts.c.y, fm)):
        first_by[(code, int(y))][int(mo)] = n
    # 3. households on the register at each month's end
    cy, cm = _ym(Household.created_at)
    uy, um = _ym(Household.updated_at)
    gone_y = case((Household.deleted.is_(True), uy), else_=literal(None))
    gone_m = case((Household.deleted.is_(True), um), else_=literal(None))
    reg: dict[str, list[tuple[int, int | None, int]]] = defaultdict(list)
    for code, y, mo, gy, gm, n in s.execute(
            select(Household.village_code, cy, cm, gone_y, gone_m, func.count())
            .where(Household.created_at < _end_dt(last))
            .group_by(Household.village_code, cy, cm, gone_y, gone_m)):
        reg[code].append((int(y) * 12 + int(mo),
                          None if gy is None else int(gy) * 12 + int(gm), n))
    # 4. matters received
    ry, rm = _ym(Matter.received_date)
    for code, y, mo, n in s.execute(
            select(Matter.village_code, ry, rm, func.count())
            .where(Matter.deleted.is_(False), Matter.received_date >= first,
                   Matter.received_date <= last)
            .group_by(Matter.village_code, ry, rm)):
        acc[(code, int(y), int(mo))]["matters_received"] = n
    # 5. resolved, on time, satisfaction
    dy, dm = _ym(Matter.resolved_date)
    pleased = (Satisfaction.SATISFIED.value, Satisfaction.BASIC.value)
    for code, y, mo, n, on_time, rated, happy in s.execute(
            select(Matter.village_code, dy, dm, func.count(),
                   func.sum(case((Matter.resolved_date <= Matter.deadline, 1), else_=0)),
                   func.sum(case((Matter.satisfaction != "", 1), else_=0)),
                   func.sum(case((Matter.satisfaction.in_(pleased), 1), else_=0)))
            .where(Matter.deleted.is_(False), Matter.status == MatterStatus.RESOLVED.value,
                   Matter.resolved_date >= first, Matter.resolved_date <= last)
            .group_by(Matter.village_code, dy, dm)):
        a = acc[(code, int(y), int(mo))]
        a["matters_resolved"] = n
        a["_on_time"] = on_time or 0
        a["_rated"] = rated or 0
        a["_happy"] = happy or 0
    # 6. overdue at each month's end: one pass, one sum per month
    sums = []
    for ym in sorted(keys):
        e = ends[ym]
        cond = (Matter.received_date <= e) & (Matter.deadline < e) & or_(
            Matter.status != MatterStatus.RESOLVED.value, Matter.resolved_date.is_(None),
            Matter.resolved_date > e)
        sums.append(func.sum(case((cond, 1), else_=0)))
    min_end = min(ends.values())
    for row in s.execute(
            select(Matter.village_code, *sums)
            .where(Matter.deleted.is_(False), Matter.deadline < max(ends.values()),
                   or_(Matter.status != MatterStatus.RESOLVED.value,
                       Matter.resolved_date.is_(None), Matter.resolved_date > min_end))
            .group_by(Matter.village_code)):
        code = row[0]
        for ym, n in zip(sorted(keys), row[1:], strict=True):
            acc[(code, *ym)]["matters_overdue"] = n or 0

    # 7. villagers' ratings of the village's cadres
    ey, em = _ym(Review.review_date)
    fine = (ReviewRating.SATISFIED.value, ReviewRating.FAIR.value)
    for code, y, mo, n, happy in s.execute(
            select(Review.village_code, ey, em, func.count(),
                   func.sum(case((Review.rating.in_(fine), 1), else_=0)))
            .where(Review.deleted.is_(False), Review.review_date >= first,
                   Review.review_date <= last)
            .group_by(Review.village_code, ey, em)):
        a = acc[(code, int(y), int(mo))]
        a["_reviews"] = n
        a["_reviews_fine"] = happy or 0
    # 8. plan items of the month (dropped ones leave the closure rate) and those done
    for code, ym_text, n, done in s.execute(
            select(PlanItem.village_code, PlanItem.month, func.count(),
                   func.sum(case((PlanItem.status == PlanStatus.DONE.value, 1), else_=0)))
            .where(PlanItem.deleted.is_(False), PlanItem.month.in_([str(m) for m in months]),
                   PlanItem.status != PlanStatus.DROPPED.value)
            .group_by(PlanItem.village_code, PlanItem.month)):
        pm = Month.parse(ym_text)
        a = acc[(code, pm.year, pm.month)]
        a["_plans"] = n
        a["_plans_done"] = done or 0

    codes = {k[0] for k in acc} | set(reg) | {c for c, _ in first_by}
    out: dict[tuple[str, Month], VillageMonth] = {}
    for code in codes:
        for m in months:
            a = acc.get((code, m.year, m.month), {})
            k = m.year * 12 + m.month
            households = sum(n for made, gone, n in reg.get(code, ())
                             if made <= k and (gone is None or gone > k))
            ytd = sum(n for mo, n in first_by.get((code, m.year), {}).items() if mo <= m.month)
            resolved = int(a.get("matters_resolved", 0))
            rated = a.get("_rated", 0)
            out[(code, m)] = VillageMonth(
                households=households,
                households_visited=int(a.get("households_visited", 0)),
                coverage_ytd=ytd / households if households else None,
                matters_received=int(a.get("matters_received", 0)),
                matters_resolved=resolved,
                matters_overdue=int(a.get("matters_overdue", 0)),
                on_time_rate=a.get("_on_time", 0) / resolved if resolved else None,
                satisfaction=a.get("_happy", 0) / rated if rated else None,
                rating=(a["_reviews_fine"] / a["_reviews"]) if a.get("_reviews") else None,
                plan_closure=(a["_plans_done"] / a["_plans"]) if a.get("_plans") else None,
                households_visited_ytd=ytd)
    return out


@dataclass(frozen=True)
class _DutyRecords:
    """What the duties calendar counts, read once for every village and month compared (the
    duties page asks a few queries per village and month: 90 pairs here)."""

    events: list[tuple[str, str, date, date]]  # village, kind, start, end
    batches: list[tuple[str, datetime]]  # village, written at (batches received)
    groups: dict[str, set[str]]  # village → its groups
    boxes: list[tuple[str, str, date]]  # village, group, installed (active boxes)
    openings: list[tuple[str, date]]  # village, opened on


def _duty_records(s: Session) -> _DutyRecords:
    groups: dict[str, set[str]] = defaultdict(set)
    for code, gid in s.execute(select(Group.village_code, Group.id)
                               .where(Group.deleted.is_(False))):
        groups[code].add(gid)
    return _DutyRecords(
        events=[(v, k, a, b) for v, k, a, b in s.execute(
            select(Event.village_code, Event.kind, Event.start_date, Event.end_date)
            .where(Event.deleted.is_(False)))],
        batches=[(o, c) for o, c in s.execute(
            select(SyncBatch.origin_code, SyncBatch.created_at)
            .where(SyncBatch.direction == "in"))],
        groups=groups,
        boxes=[(v, g, d) for v, g, d in s.execute(
            select(OpinionBox.village_code, OpinionBox.group_id, OpinionBox.installed)
            .where(OpinionBox.deleted.is_(False), OpinionBox.active.is_(True)))],
        openings=[(v, d) for v, d in s.execute(
            select(BoxOpening.village_code, BoxOpening.open_date)
            .where(BoxOpening.deleted.is_(False)))])


def _duties_met(rec: _DutyRecords, month: Month, code: str, fig: VillageMonth, as_of: date,
                the_rules: list[duties.Rule]) -> int | None:
    """How many active duties ``code`` met in ``month``, counted as ``duties.month_duties``
    counts them on a township (``tests/test_compare.py`` holds the two to the same figures)."""
    active = [r for r in the_rules if r.active]
    if not active:
        return None
    first, last = month.first, month.last
    yfirst, ylast = date(month.year, 1, 1), date(month.year, 12, 31)
    upto = min(last, as_of)
    mine = [(k, a, b) for v, k, a, b in rec.events if v == code]
    met = 0
    for rule in active:
        key, req, due = rule.key, rule.required, last
        if key == "joint_office_days":
            days: set[date] = set()
            for k, a, b in mine:
                if k == EventKind.JOINT_OFFICE.value and a <= upto and b >= first:
                    d = max(a, first)
                    while d <= min(b, upto):
                        days.add(d)
                        d += timedelta(days=1)
            done = len(days)
        elif key == "analysis_meeting":
            done = sum(1 for k, a, _b in mine
                       if k == EventKind.ANALYSIS.value and first <= a <= upto)
        elif key == "monthly_report":
            start, end, due = duties._report_window(month)
            done = sum(1 for o, c in rec.batches if o == code and start <= c < end)
        elif key == "representatives_meeting":
            done = sum(1 for k, a, _b in mine
                       if k == EventKind.REPRESENTATIVES.value and yfirst <= a <= upto)
            due = ylast
        elif key == "yearly_visits":
            req, done, due = fig.households, fig.households_visited_ytd, ylast
        else:  # opinion_boxes: every group needs its box, then the openings count
            boxed = {g for v, g, d in rec.boxes if v == code and d <= last}
            if rec.groups.get(code, set()) - boxed:
                continue
            done = sum(1 for v, d in rec.openings if v == code and first <= d <= upto)
        met += duties._state(done, req, due, as_of) == duties.MET
    return met


def read_comparison(s: Session, month: Month, as_of: date | None = None) -> Comparison:
    station = get_station(s)
    assert station is not None
    today = as_of or date.today()
    months = [month_add(month, -i) for i in range(TREND_MONTHS, -1, -1)]  # 13: last year → now
    figures = village_months(s, months, today)
    villages = list_villages(s)
    the_rules = duties.rules(s)
    records = _duty_records(s)
    for m in {months[-1], months[-2], months[0]}:
        if m.first > today:
            continue
        for v in villages:
            fig = figures.get((v.code, m), VillageMonth())
            figures[(v.code, m)] = replace(
                fig, duties_met=_duties_met(records, m, v.code, fig, today, the_rules))
    batches: dict[str, tuple[datetime | None, int]] = {}
    start, end = _end_dt(month.first - timedelta(days=1)), _end_dt(month.last)
    for code, latest, this_month in s.execute(
            select(SyncBatch.origin_code, func.max(SyncBatch.created_at),
                   func.sum(case(((SyncBatch.created_at >= start)
                                  & (SyncBatch.created_at < end), 1), else_=0)))
            .where(SyncBatch.direction == "in")
            .group_by(SyncBatch.origin_code)):
        batches[code] = (latest, int(this_month or 0))
    ref = min(today, month.last)
    empty = VillageMonth()
    rows = []
    for v in villages:
        series = [figures.get((v.code, m), empty) for m in months]
        this, prev, last_year = series[-1], series[-2], series[0]
        ms = tuple(MeasureCompared(
            key, this.get(key), prev.get(key), _delta(this.get(key), prev.get(key)),
            last_year.get(key), _delta(this.get(key), last_year.get(key)),
            tuple(x.get(key) for x in series[1:])) for key in MEASURES)
        latest, n_this = batches.get(v.code, (None, 0))
        last_batch = latest.date() if latest else None
        rows.append((v.code, v.name, this.score, this.matters_overdue, ms, last_batch,
                     (ref - last_batch).days if last_batch else None, n_this > 0))
    rows.sort(key=lambda r: (-(r[2] if r[2] is not None else -1.0), r[3], r[0]))
    n_bottom = max(1, math.ceil(len(rows) / 10)) if len(rows) > 1 else 0
    out = tuple(VillageCompared(code, name, i + 1, i >= len(rows) - n_bottom, score, ms, lb,
                                age, sent)
                for i, (code, name, score, _o, ms, lb, age, sent) in enumerate(rows))
    return Comparison(station.code, station.name, month, today, tuple(months[1:]), out)


def data_stamp(s: Session) -> tuple[Any, ...]:
    """Changes whenever anything the comparison reads may have changed: every local write
    moves a travelling table's ``updated_at`` (indexed, so each max is one index look-up), and
    every batch applied adds a ``sync_batch`` row (a small table)."""
    parts: list[Any] = [s.execute(select(func.max(m.updated_at))).scalar()
                        for m in (Visit, Matter, Household)]
    parts += list(s.execute(select(func.count(), func.max(SyncBatch.applied_at))).one())
    return tuple(parts)


_CACHE: dict[tuple[Any, ...], Comparison] = {}
_CACHE_MAX = 16


def read_comparison_cached(s: Session, store_key: str, month: Month,
                           as_of: date | None = None) -> Comparison:
    """``read_comparison``, kept in memory while the store's data stamp is unchanged: the
    13-month GROUP BYs cost seconds at 150,000 households; opening the page again (or another
    month already seen) then costs the stamp's few index look-ups."""
    key = (store_key, str(month), as_of or date.today(), data_stamp(s))
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    result = read_comparison(s, month, as_of)
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = result
    return result


def compare_villages(ctx: AppContext, month: Month, as_of: date | None = None) -> Comparison:
    with ctx.read() as s:
        return read_comparison_cached(s, str(ctx.store.path), month, as_of)
