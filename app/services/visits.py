"""Recording a visit and the matters it raised (W5) — the most frequent act, one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import ValidationError, ValidationErrors
from app.services import matters as matter_service
from app.validation import check_not_future
from models import Cadre, Household, Visit
from models.vocab import VisitMode


@dataclass
class VisitInput:
    cadre_id: str
    household_id: str | None
    visit_date: date | None = None
    mode: str = VisitMode.HOME.value
    summary: str = ""
    matters: list[matter_service.MatterInput] = field(default_factory=list)


@dataclass(frozen=True)
class VisitSaved:
    visit_id: str
    matter_ids: list[str]


def record_visit(ctx: AppContext, data: VisitInput, today: date | None = None) -> VisitSaved:
    """Validate the visit and every matter first, then write all of it or nothing."""
    today = today or date.today()
    errors: list[ValidationError] = []
    visit_date = data.visit_date or today
    try:
        check_not_future(visit_date, "visit_date", today)
    except ValidationError as e:
        errors.append(e)
    try:
        VisitMode(data.mode)
    except ValueError:
        errors.append(ValidationError("mode", "unknown_value", value=data.mode))
    if not data.cadre_id:
        errors.append(ValidationError("cadre", "required"))
    if data.household_id is None and data.mode not in (VisitMode.OPINION_BOX,
                                                        VisitMode.MEETING):
        errors.append(ValidationError("household", "required"))
    clean_matters = []
    for m in data.matters:
        if m.received_date is None:
            m.received_date = visit_date
        if m.household_id is None:
            m.household_id = data.household_id
        if m.owner_cadre_id is None:
            m.owner_cadre_id = data.cadre_id
        try:
            clean_matters.append(matter_service.validate(m, today))
        except ValidationErrors as e:
            errors.extend(e.errors)
    if errors:
        raise ValidationErrors(errors)
    with ctx.uow() as uow:
        uow.get(Cadre, data.cadre_id, "cadre")
        village = ctx.station_code
        if data.household_id:
            village = uow.get(Household, data.household_id, "household").village_code
        visit = uow.add_record(Visit(
            village_code=village, household_id=data.household_id, cadre_id=data.cadre_id,
            visit_date=visit_date, mode=data.mode, summary=data.summary.strip()), "visit")
        ids = [matter_service.create_in(uow, m, village, visit.id) for m in clean_matters]
        uow.commit()
        return VisitSaved(visit.id, ids)


@dataclass(frozen=True)
class VisitRow:
    id: str
    visit_date: date
    cadre_id: str
    cadre_name: str
    household_id: str | None
    household_name: str
    mode: str
    summary: str


def list_visits(session: Session, *, start: date | None = None, end: date | None = None,
                cadre_id: str = "", household_id: str = "", limit: int = 1000) -> list[VisitRow]:
    q = (select(Visit, Cadre.name, Household.head_name)
         .join(Cadre, Cadre.id == Visit.cadre_id)
         .outerjoin(Household, Household.id == Visit.household_id)
         .where(Visit.deleted.is_(False)))
    if start:
        q = q.where(Visit.visit_date >= start)
    if end:
        q = q.where(Visit.visit_date <= end)
    if cadre_id:
        q = q.where(Visit.cadre_id == cadre_id)
    if household_id:
        q = q.where(Visit.household_id == household_id)
    q = q.order_by(Visit.visit_date.desc(), Visit.created_at.desc()).limit(limit)
    return [VisitRow(v.id, v.visit_date, v.cadre_id, cname, v.household_id, hname or "", v.mode,
                     v.summary) for v, cname, hname in session.execute(q)]


def find_visits(ctx: AppContext, *, start: date | None = None, end: date | None = None,
                cadre_id: str = "", household_id: str = "",
                limit: int = 1000) -> list[VisitRow]:
    """``list_visits`` without a session in the caller's hands (the window's read path)."""
    with ctx.read() as s:
        return list_visits(s, start=start, end=end, cadre_id=cadre_id,
                           household_id=household_id, limit=limit)
