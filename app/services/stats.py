"""The month's figures (W7) — the same numbers for ``stats --json``, the ledger and the home
screen. On a township each village's figures are computed alike and the totals are their sums."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.services.station import get_station, list_villages
from models import ContactCard, Household, Matter, Visit
from models.vocab import MatterCategory, MatterStatus, Satisfaction, StationKind


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


def village_figures(session: Session, month: Month, village_code: str | None,
                    as_of: date | None = None) -> dict[str, Any]:
    """Figures for one village (or, with ``None``, for everything in the store)."""
    as_of = min(as_of or date.today(), month.last)
    first, last = month.first, month.last
    ystart = date(month.year, 1, 1)

    def vf(model: Any) -> list[Any]:
        return [model.village_code == village_code] if village_code else []

    households = session.execute(
        select(func.count()).select_from(Household).where(_active_at(last), *vf(Household))
    ).scalar_one()
    visit_where = [Visit.deleted.is_(False), Visit.visit_date >= first, Visit.visit_date <= last,
                   *vf(Visit)]
    visits = session.execute(select(func.count()).select_from(Visit).where(*visit_where)
                             ).scalar_one()
    visited = session.execute(
        select(func.count(func.distinct(Visit.household_id))).where(*visit_where)).scalar_one()
    ytd_visited = session.execute(
        select(func.count(func.distinct(Visit.household_id)))
        .join(Household, Household.id == Visit.household_id)
        .where(Visit.deleted.is_(False), Visit.visit_date >= ystart, Visit.visit_date <= last,
               _active_at(last), *vf(Visit))).scalar_one()
    live = [Matter.deleted.is_(False), *vf(Matter)]
    received_rows = session.execute(
        select(Matter.category, func.count()).where(
            *live, Matter.received_date >= first, Matter.received_date <= last)
        .group_by(Matter.category)).all()
    by_category = {c.value: 0 for c in MatterCategory}
    for cat, n in received_rows:
        by_category[cat] = n
    resolved = session.execute(select(func.count()).select_from(Matter).where(
        *live, Matter.status == MatterStatus.RESOLVED.value, Matter.resolved_date >= first,
        Matter.resolved_date <= last)).scalar_one()
    # Overdue at month end (or today, for the running month): past the deadline and not
    # resolved by then.
    overdue = session.execute(select(func.count()).select_from(Matter).where(
        *live, Matter.received_date <= as_of, Matter.deadline < as_of,
        or_(Matter.status != MatterStatus.RESOLVED.value, Matter.resolved_date > as_of)
    )).scalar_one()
    escalated = session.execute(select(func.count()).select_from(Matter).where(
        *live, Matter.escalated_date >= first, Matter.escalated_date <= last)).scalar_one()
    sat_rows = dict(session.execute(
        select(Matter.satisfaction, func.count()).where(
            *live, Matter.status == MatterStatus.RESOLVED.value, Matter.resolved_date >= first,
            Matter.resolved_date <= last, Matter.satisfaction != "")
        .group_by(Matter.satisfaction)).all())
    rated = sum(sat_rows.values())
    pleased = sat_rows.get(Satisfaction.SATISFIED.value, 0) + sat_rows.get(
        Satisfaction.BASIC.value, 0)
    card_where = [ContactCard.deleted.is_(False), ContactCard.issue_date >= first,
                  ContactCard.issue_date <= last]
    card_q = select(func.count()).select_from(ContactCard)
    if village_code:
        card_q = card_q.join(Household, Household.id == ContactCard.household_id)
        card_where.append(Household.village_code == village_code)
    cards = session.execute(card_q.where(*card_where)).scalar_one()
    return {
        "households": households,
        "visits": visits,
        "households_visited": visited,
        "households_visited_ytd": ytd_visited,
        "coverage_ytd": round(ytd_visited / households, 4) if households else 0.0,
        "matters": {
            "received": sum(by_category.values()),
            "resolved": resolved,
            "overdue": overdue,
            "escalated": escalated,
            "by_category": by_category,
        },
        "satisfaction": {"rated": rated, "satisfied_or_basic": pleased},
        "satisfaction_rate": round(pleased / rated, 4) if rated else None,
        "cards_issued": cards,
        "events": _events(session, month, village_code),
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
                        for k in ("received", "resolved", "overdue", "escalated")}
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
        villages = []
        for v in list_villages(session):
            fig = village_figures(session, month, v.code, as_of)
            villages.append({"code": v.code, "name": v.name, **fig})
        head.update(_sum_figures(villages) if villages else village_figures(
            session, month, None, as_of))
        head["villages"] = villages
    else:
        head.update(village_figures(session, month, None, as_of))
    return head
