"""The county desk (issue 14): the township leader's desk one level up.

A county station holds every village's records as its townships forwarded them
(``sync.county``), each village row naming its township. Figures are computed exactly as a
township computes its own (``stats.figures_by_village`` per village, summed per township by the
same rule), so a county's month equals the sum of its townships' own figures by construction.
Townships are compared on those sums, this month against last; villages within a township come
from ``compare.read_comparison`` (the county's one 13-month pass, filtered); supervision is the
township list (``supervision.read_supervision``) over the whole county, grouped by township.

Everything here reads: the county owns none of these records, and the unit of work refuses a
write to a record of another origin (``not_owner``), so a county user sees all, changes none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError
from app.services.compare import Comparison, VillageCompared, month_add, read_comparison
from app.services.station import get_station
from app.services.stats import Month, _empty_figures, _events, _sum_figures, figures_by_village
from app.services.supervision import SupervisionList, read_supervision
from models import SyncBatch, SyncPeer, Village
from models.vocab import StationKind

# Measures compared between townships: (key in the figures, lower is better)
TOWNSHIP_MEASURES: tuple[tuple[str, bool], ...] = (
    ("households", False), ("households_visited", False), ("coverage_ytd", False),
    ("matters_received", False), ("matters_resolved", False), ("matters_overdue", True),
    ("satisfaction_rate", False))


def _require_county(s: Session) -> Any:
    st = get_station(s)
    if st is None or st.kind != StationKind.COUNTY:
        raise MinqingError("county_only")
    return st


def require_county(ctx: AppContext) -> None:
    """Refuse (``county_only``) unless this station is a county."""
    with ctx.read() as s:
        _require_county(s)


def township_names(s: Session) -> dict[str, str]:
    """Code → name of every township enrolled with this county."""
    return {p.code: p.name for p in s.execute(select(SyncPeer).where(
        SyncPeer.kind == StationKind.TOWNSHIP.value).order_by(SyncPeer.code)).scalars()}


def _villages_by_township(s: Session) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {code: [] for code in township_names(s)}
    for code, name, tcode in s.execute(select(Village.code, Village.name, Village.township_code)
                                       .where(Village.deleted.is_(False))
                                       .order_by(Village.code)):
        out.setdefault(tcode or code[:9], []).append((code, name))
    return out


def county_month_stats(s: Session, month: Month, as_of: date | None = None) -> dict[str, Any]:
    """``minqing stats --json`` on a county: the county's sum, and each township's figures as
    that township computes them (its villages summed), each with its villages."""
    st = _require_county(s)
    names = township_names(s)
    by_code = figures_by_village(s, month, as_of)
    townships = []
    for tcode, villages in _villages_by_township(s).items():
        parts = [{"code": c, "name": n, **(by_code.get(c) or {
            **_empty_figures(), "events": _events(s, month, c)})} for c, n in villages]
        fig = _sum_figures(parts) if parts else {**_empty_figures(),
                                                 "events": _events(s, month, "-")}
        townships.append({"code": tcode, "name": names.get(tcode, tcode), **fig,
                          "villages": parts})
    head: dict[str, Any] = {"station": {"code": st.code, "name": st.name, "kind": st.kind},
                            "month": str(month)}
    head.update(_sum_figures(townships) if townships else {
        **_empty_figures(), "events": _events(s, month, "-")})
    head["townships"] = townships
    return head


@dataclass(frozen=True)
class TownshipCompared:
    code: str
    name: str
    rank: int
    bottom: bool
    villages: int
    measures: dict[str, tuple[float | None, float | None, float | None]]  # value, prev, delta
    last_batch: date | None
    batch_age_days: int | None

    def direction(self, key: str) -> int:
        """+1 better than last month, -1 worse, 0 same or unknown."""
        _v, _p, d = self.measures[key]
        if d is None or abs(d) < 1e-9:
            return 0
        lower = dict(TOWNSHIP_MEASURES)[key]
        return (-1 if d > 0 else 1) if lower else (1 if d > 0 else -1)


def _flat(fig: dict[str, Any]) -> dict[str, float | None]:
    m = fig["matters"]
    return {"households": fig["households"], "households_visited": fig["households_visited"],
            "coverage_ytd": fig["coverage_ytd"], "matters_received": m["received"],
            "matters_resolved": m["resolved"], "matters_overdue": m["overdue"],
            "satisfaction_rate": fig["satisfaction_rate"]}


def read_townships_compared(s: Session, month: Month,
                            as_of: date | None = None) -> list[TownshipCompared]:
    """Townships ranked by the mean of coverage and satisfaction (ties: fewer overdue), this
    month against last; the bottom tenth (at least one) flagged, as villages are."""
    this = {t["code"]: t for t in county_month_stats(s, month, as_of)["townships"]}
    prev = {t["code"]: t for t in county_month_stats(s, month_add(month, -1))["townships"]}
    latest: dict[str, date] = {}
    for code, created in s.execute(select(SyncBatch.origin_code, SyncBatch.created_at).where(
            SyncBatch.direction == "in")):
        if len(code) == 9 and (code not in latest or created.date() > latest[code]):
            latest[code] = created.date()
    ref = as_of or date.today()  # a batch's age is counted to today, whatever the month shown
    rows = []
    for code, t in this.items():
        a, b = _flat(t), _flat(prev.get(code, t))
        ms: dict[str, tuple[float | None, float | None, float | None]] = {}
        for key, _lower in TOWNSHIP_MEASURES:
            va, vb = a[key], b[key]
            ms[key] = (va, vb, None if va is None or vb is None else round(va - vb, 4))
        rates = [x for x in (a["coverage_ytd"], a["satisfaction_rate"]) if x is not None]
        score = sum(rates) / len(rates) if rates else -1.0
        rows.append((code, t["name"], score, a["matters_overdue"] or 0, len(t["villages"]), ms))
    rows.sort(key=lambda r: (-r[2], r[3], r[0]))
    n_bottom = max(1, len(rows) // 10) if len(rows) > 1 else 0
    return [TownshipCompared(code, name, i + 1, i >= len(rows) - n_bottom, nv, ms,
                             latest.get(code), (ref - latest[code]).days if code in latest
                             else None)
            for i, (code, name, _s, _o, nv, ms) in enumerate(rows)]


def villages_of_township(comparison: Comparison, township: str) -> list[VillageCompared]:
    """One township's villages from the county's comparison (county-wide ranks kept)."""
    return [v for v in comparison.villages if v.code.startswith(township)]


@dataclass(frozen=True)
class TownshipOverdue:
    code: str
    name: str
    overdue: int
    max_days_overdue: int
    waiting: int


def supervision_by_township(s: Session, sup: SupervisionList) -> list[TownshipOverdue]:
    names = township_names(s)
    codes = sorted(set(names) | {m.village_code[:9] for m in sup.matters})
    out = []
    for c in codes:
        ms = [m for m in sup.matters if m.village_code.startswith(c)]
        out.append(TownshipOverdue(c, names.get(c, c), len(ms),
                                   max((m.days_overdue for m in ms), default=0),
                                   sum(1 for w in sup.waiting if w.village_code.startswith(c))))
    out.sort(key=lambda t: (-t.overdue, t.code))
    return out


@dataclass(frozen=True)
class CountyDesk:
    """Everything the county page shows, read in one go (the page opens no session)."""

    station_code: str
    station_name: str
    month: Month
    as_of: date
    townships: tuple[TownshipCompared, ...]
    comparison: Comparison
    supervision: SupervisionList
    overdue_by_township: tuple[TownshipOverdue, ...]


def county_desk(ctx: AppContext, month: Month, as_of: date | None = None) -> CountyDesk:
    day = as_of or date.today()
    with ctx.read() as s:
        st = _require_county(s)
        towns = read_townships_compared(s, month, day)
        comp = read_comparison(s, month, day)
        sup = read_supervision(s, day)
        by_t = supervision_by_township(s, sup)
    return CountyDesk(st.code, st.name, month, day, tuple(towns), comp, sup, tuple(by_t))


def desk_json(desk: CountyDesk) -> dict[str, Any]:
    """``minqing county desk --json``: townships compared, overdue per township."""
    return {
        "station": desk.station_code, "month": str(desk.month), "as_of": desk.as_of.isoformat(),
        "townships": [{"code": t.code, "name": t.name, "rank": t.rank, "bottom": t.bottom,
                       "villages": t.villages, "last_batch": t.last_batch.isoformat()
                       if t.last_batch else None, "batch_age_days": t.batch_age_days,
                       **{k: {"value": v, "prev": p, "delta": d}
                          for k, (v, p, d) in t.measures.items()}} for t in desk.townships],
        "supervision": {t.code: {"name": t.name, "overdue": t.overdue,
                                 "max_days_overdue": t.max_days_overdue, "waiting": t.waiting}
                        for t in desk.overdue_by_township},
        "overdue_matters": len(desk.supervision.matters),
    }
