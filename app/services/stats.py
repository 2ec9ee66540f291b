"""The month's figures (W7) — the same numbers for ``stats --json``, the ledger and the home
screen. On a township each village's figures are computed alike and the totals are their sums."""

from __future__ import annotations

import calendar
import copy
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import ValidationError
from app.services.station import get_station, list_villages
from models import ContactCard, Household, Matter, MatterEvent, Visit
from models.vocab import MatterCategory, MatterEventKind, MatterStatus, Satisfaction, StationKind


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise ValidationError("month", "month_invalid", value=text)
        return cls(int(m.group(1)), int(m.group(2)))

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def _active_at(end: date) -> Any:
    """Households on the register at the end of ``end``: created by then, not removed by then."""
    end_dt = datetime.combine(end + timedelta(days=1), time())
    return and_(Household.created_at < end_dt,
                or_(Household.deleted.is_(False), Household.updated_at >= end_dt))


def _count_if(condition: Any) -> Any:
    """How many rows meet ``condition`` (portable: SQLite and PostgreSQL)."""
    return func.sum(case((condition, 1), else_=0))


def village_figures(session: Session, month: Month, village_code: str | None,
                    as_of: date | None = None) -> dict[str, Any]:
    """Figures for one village (or, with ``None``, for everything in the store)."""
    return figures_by_village(session, month, as_of, village_code=village_code,
                              grouped=False).get(None) or {
        **_empty_figures(), "events": _events(session, month, village_code)}


def _empty_figures() -> dict[str, Any]:
    return _finish({"households": 0, "visits": 0, "households_visited": 0,
                    "households_visited_ytd": 0, "received": {}, "resolved": 0, "overdue": 0,
                    "escalated": 0, "extended": 0, "sat": {}, "cards_issued": 0})


def figures_by_village(session: Session, month: Month, as_of: date | None = None, *,
                       village_code: str | None = None,
                       grouped: bool = True) -> dict[str | None, dict[str, Any]]:
    """Every figure of the month, one grouped query per figure.

    With ``grouped`` the keys are village codes: a township's figures for all its villages cost
    one pass over the month's (and the year's) rows, not one pass per village — the per-village
    year-to-date scan made township figures quadratic. Without it, the one key ``None`` holds the
    figures of ``village_code`` (or of everything in the store)."""
    as_of = min(as_of or date.today(), month.last)
    first, last = month.first, month.last
    ystart = date(month.year, 1, 1)
    acc: dict[str | None, dict[str, Any]] = {}

    def slot(code: str | None) -> dict[str, Any]:
        key = code if grouped else None
        if key not in acc:
            acc[key] = {"households": 0, "visits": 0, "households_visited": 0,
                        "households_visited_ytd": 0, "received": {}, "resolved": 0,
                        "overdue": 0, "escalated": 0, "extended": 0, "sat": {}, "cards_issued": 0}
        return acc[key]

    def q(column: Any, *cols: Any) -> Any:
        """``select`` of the grouping column (or a constant) and ``cols``, filtered by village."""
        if grouped:
            return select(column, *cols).group_by(column)
        return select(func.min(column), *cols)

    def vf(model: Any) -> list[Any]:
        return [model.village_code == village_code] if village_code else []

    def run(stmt: Any, *keys: str) -> None:
        """Each row: the village code, then one count per key (several figures of the same
        rows in one statement: fewer statements to compile and run, one pass over the rows)."""
        for code, *counts in session.execute(stmt).all():
            fig = slot(code)
            for key, n in zip(keys, counts, strict=True):
                fig[key] += n or 0

    run(q(Household.village_code, func.count()).where(_active_at(last), *vf(Household)),
        "households")
    visit_where = [Visit.deleted.is_(False), Visit.visit_date >= first, Visit.visit_date <= last,
                   *vf(Visit)]
    run(q(Visit.village_code, func.count(), func.count(func.distinct(Visit.household_id)))
        .where(*visit_where), "visits", "households_visited")
    run(q(Visit.village_code, func.count(func.distinct(Visit.household_id)))
        .join(Household, Household.id == Visit.household_id)
        .where(Visit.deleted.is_(False), Visit.visit_date >= ystart, Visit.visit_date <= last,
               _active_at(last), *vf(Visit)), "households_visited_ytd")
    live = [Matter.deleted.is_(False), *vf(Matter)]
    stmt = (select(Matter.village_code, Matter.category, func.count())
            .where(*live, Matter.received_date >= first, Matter.received_date <= last)
            .group_by(Matter.village_code, Matter.category))
    for code, cat, n in session.execute(stmt).all():
        received = slot(code)["received"]
        received[cat] = received.get(cat, 0) + n
    # Resolved this month; overdue at month end (or today, for the running month): past the
    # deadline and not resolved by then; escalated this month — one statement over the matters
    # that count for any of the three.
    resolved = and_(Matter.status == MatterStatus.RESOLVED.value, Matter.resolved_date >= first,
                    Matter.resolved_date <= last)
    overdue = and_(Matter.received_date <= as_of, Matter.deadline < as_of,
                   or_(Matter.status != MatterStatus.RESOLVED.value,
                       Matter.resolved_date > as_of))
    escalated = and_(Matter.escalated_date >= first, Matter.escalated_date <= last)
    run(q(Matter.village_code, _count_if(resolved), _count_if(overdue), _count_if(escalated))
        .where(*live, or_(resolved, overdue, escalated)), "resolved", "overdue", "escalated")
    # Deadline extensions granted this month: counted so overdue work cannot vanish silently.
    run(q(Matter.village_code, func.count()).select_from(MatterEvent).join(
        Matter, Matter.id == MatterEvent.matter_id).where(
        *live, MatterEvent.deleted.is_(False), MatterEvent.kind == MatterEventKind.EXTEND.value,
        MatterEvent.event_date >= first, MatterEvent.event_date <= last), "extended")
    stmt = (select(Matter.village_code, Matter.satisfaction, func.count()).where(
        *live, Matter.status == MatterStatus.RESOLVED.value, Matter.resolved_date >= first,
        Matter.resolved_date <= last, Matter.satisfaction != "")
        .group_by(Matter.village_code, Matter.satisfaction))
    for code, sat, n in session.execute(stmt).all():
        sats = slot(code)["sat"]
        sats[sat] = sats.get(sat, 0) + n
    run(q(Household.village_code, func.count())
        .select_from(ContactCard).join(Household, Household.id == ContactCard.household_id)
        .where(ContactCard.deleted.is_(False), ContactCard.issue_date >= first,
               ContactCard.issue_date <= last, *vf(Household)), "cards_issued")
    out = {code: _finish(raw) for code, raw in acc.items()}
    if grouped and len(out) > 1:
        from app.services.events import event_figures_by_village  # (events imports Month)

        by_village = event_figures_by_village(session, month)
        empty = _events(session, month, "-")  # the figures of a village with no gathering
        for key, fig in out.items():
            fig["events"] = by_village.get(str(key)) or copy.deepcopy(empty) \
                if key is not None else _events(session, month, None)
        return out
    for key, fig in out.items():
        fig["events"] = _events(session, month, key if grouped else village_code)
    return out


def _finish(raw: dict[str, Any]) -> dict[str, Any]:
    by_category = {c.value: raw["received"].get(c.value, 0) for c in MatterCategory}
    rated = sum(raw["sat"].values())
    pleased = raw["sat"].get(Satisfaction.SATISFIED.value, 0) + raw["sat"].get(
        Satisfaction.BASIC.value, 0)
    households = raw["households"]
    return {
        "households": households,
        "visits": raw["visits"],
        "households_visited": raw["households_visited"],
        "households_visited_ytd": raw["households_visited_ytd"],
        "coverage_ytd": (round(raw["households_visited_ytd"] / households, 4)
                         if households else 0.0),
        "matters": {
            "received": sum(by_category.values()),
            "resolved": raw["resolved"],
            "overdue": raw["overdue"],
            "escalated": raw["escalated"],
            "extended": raw["extended"],
            "by_category": by_category,
        },
        "satisfaction": {"rated": rated, "satisfied_or_basic": pleased},
        "satisfaction_rate": round(pleased / rated, 4) if rated else None,
        "cards_issued": raw["cards_issued"],
    }


def _events(session: Session, month: Month, village_code: str | None) -> dict[str, Any]:
    from app.services.events import event_figures  # events imports Month from here

    return event_figures(session, month, village_code)


def _sum_figures(parts: list[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {
        k: sum(p[k] for p in parts)
        for k in ("households", "visits", "households_visited", "households_visited_ytd",
                  "cards_issued")
    }
    total["coverage_ytd"] = (round(total["households_visited_ytd"] / total["households"], 4)
                             if total["households"] else 0.0)
    total["matters"] = {k: sum(p["matters"][k] for p in parts)
                        for k in ("received", "resolved", "overdue", "escalated", "extended")}
    total["matters"]["by_category"] = {
        c.value: sum(p["matters"]["by_category"][c.value] for p in parts) for c in MatterCategory}
    rated = sum(p["satisfaction"]["rated"] for p in parts)
    pleased = sum(p["satisfaction"]["satisfied_or_basic"] for p in parts)
    total["satisfaction"] = {"rated": rated, "satisfied_or_basic": pleased}
    total["satisfaction_rate"] = round(pleased / rated, 4) if rated else None
    from app.services.events import sum_event_figures

    total["events"] = sum_event_figures([p["events"] for p in parts])
    return total


def month_stats(session: Session, month: Month, as_of: date | None = None) -> dict[str, Any]:
    station = get_station(session)
    assert station is not None
    head: dict[str, Any] = {
        "station": {"code": station.code, "name": station.name, "kind": station.kind},
        "month": str(month),
    }
    if station.kind == StationKind.TOWNSHIP:
        by_code = figures_by_village(session, month, as_of)
        villages = [{"code": v.code, "name": v.name, **(by_code.get(v.code) or {
            **_empty_figures(), "events": _events(session, month, v.code)})}
            for v in list_villages(session)]
        head.update(_sum_figures(villages) if villages else village_figures(
            session, month, None, as_of))
        head["villages"] = villages
    else:
        head.update(village_figures(session, month, None, as_of))
    return head


def month_figures(ctx: AppContext, month: Month, as_of: date | None = None) -> dict[str, Any]:
    """``month_stats`` in a read of its own, for the window (which opens no session)."""
    with ctx.read() as s:
        return month_stats(s, month, as_of)
