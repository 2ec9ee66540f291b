"""Matter cards (一事一卡): deadlines, progress, closing, escalation and the township's answer (W6).

Status changes follow ``models.vocab.TRANSITIONS``; closing needs a result; satisfaction is asked
of the household once the matter is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError, ValidationError, ValidationErrors
from app.i18n import label
from app.services import calendar
from app.services.station import station_info
from app.uow import UnitOfWork
from app.validation import check_not_future, check_planned_date, check_required
from app.workdays import add_workdays, workdays_between
from models import Cadre, Household, Matter, MatterNote, Reply
from models.vocab import (
    DEFAULT_DEADLINE_WORKDAYS,
    TRANSITIONS,
    MatterCategory,
    MatterStatus,
    Satisfaction,
    StationKind,
)


@dataclass
class MatterInput:
    category: str
    title: str
    description: str = ""
    owner_cadre_id: str | None = None
    received_date: date | None = None
    deadline: date | None = None
    household_id: str | None = None
    # Set by ``validate``: working days the deadline was counted with (0: a chosen date).
    deadline_workdays: int = 0


def default_deadline(category: str, received: date) -> tuple[date, bool]:
    """(deadline, exact) — ``exact`` is False when the holiday calendar for that year is not yet
    in the installed library and weekends alone were counted."""
    days = DEFAULT_DEADLINE_WORKDAYS[MatterCategory(category)]
    return add_workdays(received, days)


def validate(data: MatterInput, today: date | None = None) -> MatterInput:
    errors: list[ValidationError] = []
    today = today or date.today()
    try:
        MatterCategory(data.category)
    except ValueError:
        errors.append(ValidationError("category", "unknown_value", value=data.category))
    title = data.title.strip()
    if not title:
        errors.append(ValidationError("title", "required"))
    received = data.received_date or today
    try:
        check_not_future(received, "received_date", today)
    except ValidationError as e:
        errors.append(e)
    deadline = data.deadline
    counted = 0
    if deadline is not None and data.deadline is not None:
        try:
            check_planned_date(deadline, "deadline", today)
        except ValidationError as e:
            errors.append(e)
    if not errors:
        # The default counted in working days; a deadline equal to it (the form pre-fills it)
        # remembers the count, so it can be counted again when a missing year's table arrives.
        default = default_deadline(data.category, received)[0]
        if deadline is None or deadline == default:
            deadline = default
            counted = workdays_between(received, default)
    if deadline is not None and deadline < received:
        errors.append(ValidationError("deadline", "deadline_before_received",
                                      deadline=deadline.isoformat(), received=received.isoformat()))
    if errors:
        raise ValidationErrors(errors)
    assert deadline is not None
    return MatterInput(category=data.category, title=title[:200],
                       description=data.description.strip(), owner_cadre_id=data.owner_cadre_id,
                       received_date=received, deadline=deadline, household_id=data.household_id,
                       deadline_workdays=counted)


def create_in(uow: UnitOfWork, data: MatterInput, village_code: str,
              visit_id: str | None = None) -> str:
    """Add a validated matter inside an existing unit of work (a visit form saves both at once)."""
    if data.owner_cadre_id:
        uow.get(Cadre, data.owner_cadre_id, "cadre")
    if data.household_id:
        uow.get(Household, data.household_id, "household")
    assert data.received_date is not None and data.deadline is not None
    m = uow.add_record(Matter(
        village_code=village_code, visit_id=visit_id, household_id=data.household_id,
        category=data.category, title=data.title, description=data.description,
        owner_cadre_id=data.owner_cadre_id, received_date=data.received_date,
        deadline=data.deadline, status=MatterStatus.OPEN.value, result="",
        satisfaction="", escalation_note="",
        deadline_workdays=data.deadline_workdays), "matter")
    return m.id


def create_matter(ctx: AppContext, data: MatterInput) -> str:
    calendar.table_for(ctx)  # count with this station's holiday table
    clean = validate(data)
    with ctx.uow() as uow:
        village = ctx.station_code
        if clean.household_id:
            village = uow.get(Household, clean.household_id, "household").village_code
        mid = create_in(uow, clean, village)
        uow.commit()
        return mid


def _transition(uow: UnitOfWork, m: Matter, target: MatterStatus, lang: str = "zh_CN") -> None:
    current = MatterStatus(m.status)
    if target not in TRANSITIONS[current]:
        raise ValidationError("status", "transition_not_allowed",
                              current=label(current.value, lang), target=label(target.value, lang))


def add_note(ctx: AppContext, matter_id: str, text: str, on: date | None = None,
             start_work: bool = True) -> str:
    """A progress note. The first note on an open matter moves it to 'in progress'."""
    text = check_required(text, "note")
    on = check_not_future(on or date.today(), "note")
    with ctx.uow() as uow:
        m = uow.get(Matter, matter_id, "matter")
        note = uow.add_record(MatterNote(matter_id=m.id, note_date=on, text=text,
                                         author=ctx.actor), "matter_note")
        if start_work and m.status == MatterStatus.OPEN:
            uow.update_record(m, "matter", status=MatterStatus.IN_PROGRESS.value)
        uow.commit()
        return note.id


def set_status(ctx: AppContext, matter_id: str, target: str) -> None:
    tgt = MatterStatus(target)
    if tgt in (MatterStatus.RESOLVED, MatterStatus.ESCALATED, MatterStatus.ANSWERED):
        # These carry their own required data; use resolve / escalate / answer.
        raise ValidationError("status", "transition_not_allowed", current="", target=target)
    with ctx.uow() as uow:
        m = uow.get(Matter, matter_id, "matter")
        _transition(uow, m, tgt, ctx.lang)
        uow.update_record(m, "matter", status=tgt.value,
                          resolved_date=None if tgt == MatterStatus.IN_PROGRESS else m.resolved_date)
        uow.commit()


def resolve(ctx: AppContext, matter_id: str, result: str, on: date | None = None,
            satisfaction: str = "") -> None:
    """Close a matter: a result is required; satisfaction may come now or later."""
    errors: list[ValidationError] = []
    if not result.strip():
        errors.append(ValidationError("result", "result_required"))
    on = on or date.today()
    try:
        check_not_future(on, "resolved_date")
    except ValidationError as e:
        errors.append(e)
    if satisfaction:
        try:
            Satisfaction(satisfaction)
        except ValueError:
            errors.append(ValidationError("satisfaction", "unknown_value", value=satisfaction))
    if errors:
        raise ValidationErrors(errors)
    with ctx.uow() as uow:
        m = uow.get(Matter, matter_id, "matter")
        _transition(uow, m, MatterStatus.RESOLVED, ctx.lang)
        if on < m.received_date:
            raise ValidationError("resolved_date", "deadline_before_received",
                                  deadline=on.isoformat(), received=m.received_date.isoformat())
        uow.update_record(m, "matter", status=MatterStatus.RESOLVED.value, result=result.strip(),
                          resolved_date=on, satisfaction=satisfaction)
        uow.commit()


def record_satisfaction(ctx: AppContext, matter_id: str, satisfaction: str) -> None:
    try:
        Satisfaction(satisfaction)
    except ValueError as exc:
        raise ValidationError("satisfaction", "unknown_value", value=satisfaction) from exc
    with ctx.uow() as uow:
        m = uow.get(Matter, matter_id, "matter")
        if m.status != MatterStatus.RESOLVED:
            raise ValidationError("satisfaction", "satisfaction_needs_resolved")
        uow.update_record(m, "matter", satisfaction=satisfaction)
        uow.commit()


def escalate(ctx: AppContext, matter_id: str, note: str, on: date | None = None) -> None:
    """上报: the village cannot solve it; the township will answer in a reply batch."""
    note = check_required(note, "note")
    if station_info(ctx).kind != StationKind.VILLAGE:
        raise MinqingError("escalation_village_only")
    with ctx.uow() as uow:
        m = uow.get(Matter, matter_id, "matter")
        _transition(uow, m, MatterStatus.ESCALATED, ctx.lang)
        uow.update_record(m, "matter", status=MatterStatus.ESCALATED.value,
                          escalated_date=on or date.today(), escalation_note=note)
        uow.commit()


def answer(ctx: AppContext, matter_id: str, text: str, on: date | None = None) -> str:
    """The township's reply to an escalated matter. The reply is the township's own record;
    the matter's status change travels back to the village with it."""
    text = check_required(text, "reply")
    if station_info(ctx).kind != StationKind.TOWNSHIP:
        raise MinqingError("reply_township_only")
    with ctx.uow() as uow:
        m = uow.get(Matter, matter_id, "matter")
        if m.status != MatterStatus.ESCALATED:
            raise ValidationError("status", "reply_needs_escalated")
        reply = uow.add_record(Reply(matter_id=m.id, reply_date=on or date.today(), text=text,
                                     author=ctx.actor), "reply")
        uow.commit()
        return reply.id


@dataclass(frozen=True)
class MatterRow:
    id: str
    village_code: str
    category: str
    title: str
    household_id: str | None
    household_name: str
    owner_cadre_id: str | None
    owner_name: str
    received_date: date
    deadline: date
    status: str
    result: str
    resolved_date: date | None
    satisfaction: str
    overdue: bool
    # The deadline was counted into a year whose holiday table is not known yet (暂定).
    provisional: bool = False


def is_overdue(status: str, deadline: date, resolved: date | None, as_of: date) -> bool:
    if status == MatterStatus.RESOLVED:
        return resolved is not None and resolved > deadline
    return deadline < as_of


def list_matters(session: Session, *, status: str = "", category: str = "", owner_id: str = "",
                 overdue_only: bool = False, household_id: str = "", limit: int = 500,
                 as_of: date | None = None) -> list[MatterRow]:
    """Overdue first, then by deadline — the order a clerk works through them."""
    as_of = as_of or date.today()
    q = (select(Matter, Household.head_name, Cadre.name)
         .outerjoin(Household, Household.id == Matter.household_id)
         .outerjoin(Cadre, Cadre.id == Matter.owner_cadre_id)
         .where(Matter.deleted.is_(False)))
    if status:
        q = q.where(Matter.status == status)
    if category:
        q = q.where(Matter.category == category)
    if owner_id:
        q = q.where(Matter.owner_cadre_id == owner_id)
    if household_id:
        q = q.where(Matter.household_id == household_id)
    if overdue_only:
        q = q.where(Matter.status != MatterStatus.RESOLVED.value, Matter.deadline < as_of)
    open_first = case((Matter.status == MatterStatus.RESOLVED.value, 1), else_=0)
    q = q.order_by(open_first, Matter.deadline, Matter.received_date).limit(limit)
    out = []
    for m, hname, oname in session.execute(q):
        out.append(MatterRow(
            m.id, m.village_code, m.category, m.title, m.household_id, hname or "",
            m.owner_cadre_id, oname or "", m.received_date, m.deadline, m.status, m.result,
            m.resolved_date, m.satisfaction,
            is_overdue(m.status, m.deadline, m.resolved_date, as_of),
            calendar.is_provisional(m.received_date, m.deadline, m.deadline_workdays)))
    return out


@dataclass(frozen=True)
class NoteRow:
    kind: str  # "note" or "reply"
    on: date
    text: str
    author: str


def matter_timeline(session: Session, matter_id: str) -> list[NoteRow]:
    notes = [NoteRow("note", d, t, a) for d, t, a in session.execute(
        select(MatterNote.note_date, MatterNote.text, MatterNote.author)
        .where(MatterNote.matter_id == matter_id, MatterNote.deleted.is_(False)))]
    notes += [NoteRow("reply", d, t, a) for d, t, a in session.execute(
        select(Reply.reply_date, Reply.text, Reply.author)
        .where(Reply.matter_id == matter_id, Reply.deleted.is_(False)))]
    return sorted(notes, key=lambda n: n.on)
