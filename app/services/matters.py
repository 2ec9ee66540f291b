"""Matter cards (一事一卡): deadlines, progress, closing, escalation and the township's answer (W6).

Status changes follow ``models.vocab.TRANSITIONS``; closing needs a result; satisfaction is asked
of the household once the matter is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError, NotFound, PermissionDenied, ValidationError, ValidationErrors
from app.i18n import label, tr
from app.services import calendar, county_guard
from app.services.station import station_info
from app.uow import UnitOfWork
from app.validation import Problems, check_not_future, check_planned_date, check_required
from app.workdays import add_workdays, workdays_between
from models import (
    Cadre,
    DeadlineRule,
    Household,
    Matter,
    MatterEvent,
    MatterNote,
    Reply,
    SyncPeer,
    Village,
    Visit,
)
from models.base import utcnow
from models.vocab import (
    DEFAULT_DEADLINE_WORKDAYS,
    TRANSITIONS,
    URGENCY_SHARE,
    MatterCategory,
    MatterEventKind,
    MatterStatus,
    MatterUrgency,
    Satisfaction,
    StationKind,
    VisitMode,
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
    urgency: str = MatterUrgency.NORMAL.value


def default_deadline(category: str, received: date, urgency: str = MatterUrgency.NORMAL.value,
                     rules: DeadlineRules | None = None) -> tuple[date, bool]:
    """(deadline, exact) — ``exact`` is False when the holiday calendar for that year is not yet
    in the installed library and weekends alone were counted. The time limit is the station's
    (``rules``, set by the administrator) or the built-in one for the category and urgency."""
    days = deadline_workdays(category, urgency, rules)
    return add_workdays(received, days)


def validate(data: MatterInput, today: date | None = None,
             rules: DeadlineRules | None = None) -> MatterInput:
    errors: list[ValidationError] = []
    today = today or date.today()
    try:
        MatterCategory(data.category)
    except ValueError:
        errors.append(ValidationError("category", "unknown_value", value=data.category))
    try:
        MatterUrgency(data.urgency)
    except ValueError:
        errors.append(ValidationError("urgency", "unknown_value", value=data.urgency))
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
        default = default_deadline(data.category, received, data.urgency, rules)[0]
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
                       deadline_workdays=counted, urgency=data.urgency)


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
        deadline_workdays=data.deadline_workdays, urgency=data.urgency), "matter")
    return m.id


def create_matter(ctx: AppContext, data: MatterInput) -> str:
    calendar.table_for(ctx)  # count with this station's holiday table
    clean = validate(data, rules=deadline_rules(ctx))
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
        _own(uow, m)
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
    urgency: str = MatterUrgency.NORMAL.value
    origin_code: str = ""
    village_name: str = ""
    extensions: int = 0


def is_overdue(status: str, deadline: date, resolved: date | None, as_of: date) -> bool:
    if status == MatterStatus.RESOLVED:
        return resolved is not None and resolved > deadline
    return deadline < as_of


def list_matters(session: Session, *, status: str = "", category: str = "", owner_id: str = "",
                 overdue_only: bool = False, household_id: str = "", limit: int = 500,
                 as_of: date | None = None, village_code: str = "",
                 matter_id: str = "") -> list[MatterRow]:
    """Overdue first, then by deadline — the order a clerk works through them."""
    as_of = as_of or date.today()
    extensions = (select(MatterEvent.matter_id, func.count().label("n"))
                  .where(MatterEvent.kind == MatterEventKind.EXTEND.value,
                         MatterEvent.deleted.is_(False))
                  .group_by(MatterEvent.matter_id).subquery())
    q = (select(Matter, Household.head_name, Cadre.name, Village.name, extensions.c.n)
         .outerjoin(Household, Household.id == Matter.household_id)
         .outerjoin(Cadre, Cadre.id == Matter.owner_cadre_id)
         .outerjoin(Village, Village.code == Matter.village_code)
         .outerjoin(extensions, extensions.c.matter_id == Matter.id)
         .where(Matter.deleted.is_(False)))
    if village_code:
        q = q.where(Matter.village_code == village_code)
    if matter_id:
        q = q.where(Matter.id == matter_id)
    if status:
        q = q.where(Matter.status == status)
    if category:
        q = q.where(Matter.category == category)
    if owner_id:
        q = q.where(Matter.owner_cadre_id == owner_id)
    if household_id:
        q = q.where(Matter.household_id == household_id)
    if overdue_only:
        q = q.where(Matter.status.in_([s.value for s in MatterStatus  # (IN: uses the index)
                                       if s != MatterStatus.RESOLVED]), Matter.deadline < as_of)
    open_first = case((Matter.status == MatterStatus.RESOLVED.value, 1), else_=0)
    q = q.order_by(open_first, Matter.deadline, Matter.received_date).limit(limit)
    out = []
    for m, hname, oname, vname, n_ext in session.execute(q):
        out.append(MatterRow(
            m.id, m.village_code, m.category, m.title, m.household_id, hname or "",
            m.owner_cadre_id, oname or "", m.received_date, m.deadline, m.status, m.result,
            m.resolved_date, m.satisfaction,
            is_overdue(m.status, m.deadline, m.resolved_date, as_of),
            calendar.is_provisional(m.received_date, m.deadline, m.deadline_workdays),
            urgency=m.urgency, origin_code=m.origin_code, village_name=vname or m.village_code,
            extensions=int(n_ext or 0)))
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


# ------------------------------------------------------------------ ownership (township view)

def _own(uow: UnitOfWork, m: Matter) -> None:
    """A matter is worked on only by the station that recorded it: on a township, a village's
    matter is read-only (the township answers escalations with replies of its own)."""
    county_guard.check(uow, "update", "matter")  # a county reads matters, never changes them
    if m.origin_code and m.origin_code != uow.origin_code:
        raise MinqingError("not_owner", entity="matter", owner=m.origin_code)


def edit_refusal(ctx: AppContext, row: MatterRow) -> MinqingError | None:
    """Why this station may not work on ``row`` (notes, resolve, hand on, extend), or None —
    so the window greys those actions out with the reason instead of offering them."""
    if len(ctx.station_code) == 6:  # a county (6-digit code) reads every matter, changes none
        return MinqingError("county_read_only", entity=row.village_name or row.village_code)
    if row.origin_code and row.origin_code != ctx.station_code:
        return MinqingError("matter_not_owner", village=row.village_name or row.village_code)
    return None


# ------------------------------------------------------------------ time limits by urgency

MAX_WORKDAYS = 250


@dataclass(frozen=True)
class DeadlineRules:
    """The station's own time limits: (category, urgency) → working days. A cell the
    administrator never set uses ``builtin_workdays``."""

    days: dict[tuple[str, str], int]


def builtin_workdays(category: str, urgency: str = MatterUrgency.NORMAL.value) -> int:
    """The category's limit (一般), shortened for 急 and 特急; never less than one day."""
    base = DEFAULT_DEADLINE_WORKDAYS[MatterCategory(category)]
    return max(1, round(base * URGENCY_SHARE[MatterUrgency(urgency)]))


def deadline_workdays(category: str, urgency: str = MatterUrgency.NORMAL.value,
                      rules: DeadlineRules | None = None) -> int:
    if rules is not None and (category, urgency) in rules.days:
        return rules.days[(category, urgency)]
    return builtin_workdays(category, urgency)


def suggested_deadline(ctx: AppContext, category: str, received: date,
                       urgency: str = MatterUrgency.NORMAL.value) -> calendar.Deadline:
    """The deadline a new matter gets by default: the station's limit for its category and
    urgency, counted on the station's holiday table; ``provisional`` when the count runs into a
    year whose table is not known yet (the form says 暂定)."""
    days = deadline_workdays(category, urgency, deadline_rules(ctx))
    return calendar.deadline(ctx, received, days)


def deadline_rules(ctx: AppContext) -> DeadlineRules:
    with ctx.read() as s:
        rows = s.execute(select(DeadlineRule.category, DeadlineRule.urgency,
                                DeadlineRule.workdays)).all()
    return DeadlineRules({(c, u): d for c, u, d in rows})


@dataclass(frozen=True)
class DeadlineCell:
    category: str
    urgency: str
    workdays: int
    builtin: int

    @property
    def custom(self) -> bool:
        return self.workdays != self.builtin


def deadline_table(ctx: AppContext) -> list[DeadlineCell]:
    """Every category × urgency with the limit in force, for the Settings section."""
    rules = deadline_rules(ctx)
    return [DeadlineCell(c.value, u.value, deadline_workdays(c.value, u.value, rules),
                         builtin_workdays(c.value, u.value))
            for c in MatterCategory for u in MatterUrgency]


def set_deadline_rule(ctx: AppContext, category: str, urgency: str, workdays: int) -> None:
    """The administrator sets one time limit (audited); later matters get it by default,
    matters already recorded keep their deadline."""
    from app.services.users import ADMIN_ROLES

    if ctx.role not in ADMIN_ROLES:
        raise PermissionDenied("admin_only", user=ctx.actor)
    p = Problems()
    if category not in {c.value for c in MatterCategory}:
        p.add("category", "unknown_value", value=category)
    if urgency not in {u.value for u in MatterUrgency}:
        p.add("urgency", "unknown_value", value=urgency)
    if not 1 <= workdays <= MAX_WORKDAYS:
        p.add("workdays", "workdays_range", low=1, high=MAX_WORKDAYS, value=workdays)
    p.raise_if_any()
    with ctx.uow() as uow:
        row = uow.session.get(DeadlineRule, (category, urgency))
        old = row.workdays if row else builtin_workdays(category, urgency)
        if old == workdays:
            return
        if row is None:
            row = DeadlineRule(category=category, urgency=urgency, workdays=workdays)
            uow.session.add(row)
        row.workdays = workdays
        row.updated_at = utcnow()
        row.updated_by = ctx.actor
        uow.session.flush()
        uow.audit("update", "deadline_rule", f"{category}/{urgency}", {"workdays": [old, workdays]})
        uow.commit()


# ------------------------------------------------------------------ handing a matter on

def _open_for_change(uow: UnitOfWork, matter_id: str) -> Matter:
    m = uow.get(Matter, matter_id, "matter")
    _own(uow, m)
    if m.status == MatterStatus.RESOLVED:
        raise ValidationError("status", "matter_resolved_locked")
    return m


def reassign(ctx: AppContext, matter_id: str, new_owner_id: str, reason: str,
             on: date | None = None) -> str:
    """Hand the matter to another 包案干部. The reason is required and kept in the matter's
    history, so the household and the township can see who answers for it and why it changed."""
    p = Problems()
    reason = p.check(check_required, reason, "reason")
    if not new_owner_id:
        p.add("owner", "required")
    on = on or date.today()
    p.check(check_not_future, on, "event_date")
    p.raise_if_any()
    with ctx.uow() as uow:
        m = _open_for_change(uow, matter_id)
        cadre = uow.get(Cadre, new_owner_id, "cadre")
        if not cadre.active:
            raise ValidationError("owner", "cadre_inactive", name=cadre.name)
        if m.owner_cadre_id == cadre.id:
            raise ValidationError("owner", "reassign_same_owner", name=cadre.name)
        ev = uow.add_record(MatterEvent(
            matter_id=m.id, event_date=on, kind=MatterEventKind.REASSIGN.value, reason=reason,
            old_value=m.owner_cadre_id or "", new_value=cadre.id, author=ctx.actor),
            "matter_event")
        uow.update_record(m, "matter", owner_cadre_id=cadre.id)
        uow.commit()
        return ev.id


def extend_deadline(ctx: AppContext, matter_id: str, new_deadline: date | None, reason: str,
                    on: date | None = None) -> str:
    """Give the matter more time. The reason is required; the extension stays in the history
    and is counted in the month's ledger, so overdue work cannot be hidden by extending."""
    p = Problems()
    reason = p.check(check_required, reason, "reason")
    if new_deadline is None:
        p.add("deadline", "required")
    on = on or date.today()
    p.check(check_not_future, on, "event_date")
    p.raise_if_any()
    assert new_deadline is not None
    with ctx.uow() as uow:
        m = _open_for_change(uow, matter_id)
        if new_deadline <= m.deadline:
            raise ValidationError("deadline", "extension_not_later",
                                  deadline=m.deadline.isoformat())
        ev = uow.add_record(MatterEvent(
            matter_id=m.id, event_date=on, kind=MatterEventKind.EXTEND.value, reason=reason,
            old_value=m.deadline.isoformat(), new_value=new_deadline.isoformat(),
            author=ctx.actor), "matter_event")
        # The new date is chosen, not counted in working days: never provisional, and left
        # alone when a holiday table arrives.
        uow.update_record(m, "matter", deadline=new_deadline, deadline_workdays=0)
        uow.commit()
        return ev.id


# ------------------------------------------------------------------ the matter's history

@dataclass(frozen=True)
class HistoryRow:
    """One line of a matter's history. ``kind``: received, note, reply, reassign, extend,
    escalated, resolved; ``old``/``new`` are names or dates ready to show."""

    kind: str
    on: date
    text: str
    author: str = ""
    reason: str = ""
    old: str = ""
    new: str = ""

    def describe(self, lang: str = "zh_CN") -> str:
        if self.kind in (MatterEventKind.REASSIGN, MatterEventKind.EXTEND):
            return tr(f"history_{self.kind}", lang, old=self.old or "—", new=self.new,
                      reason=self.reason)
        if self.kind in ("received", "escalated", "resolved"):
            return tr(f"history_{self.kind}", lang, text=self.text)
        return self.text


def matter_history(ctx: AppContext, matter_id: str) -> list[HistoryRow]:
    """Everything that happened to the matter, oldest first: received, notes, the township's
    replies, owner changes and extensions with their reasons, escalation, the result."""
    with ctx.read() as s:
        m = s.get(Matter, matter_id)
        if m is None or m.deleted:
            raise NotFound("not_found", what="matter", key=matter_id)
        names = dict(s.execute(select(Cadre.id, Cadre.name)).all())
        rows: list[tuple[date, int, Any, HistoryRow]] = [
            (m.received_date, 0, m.created_at, HistoryRow("received", m.received_date, m.title))]
        for d, t, a, c in s.execute(
                select(MatterNote.note_date, MatterNote.text, MatterNote.author,
                       MatterNote.created_at)
                .where(MatterNote.matter_id == matter_id, MatterNote.deleted.is_(False))):
            rows.append((d, 1, c, HistoryRow("note", d, t, a)))
        for d, t, a, c in s.execute(
                select(Reply.reply_date, Reply.text, Reply.author, Reply.created_at)
                .where(Reply.matter_id == matter_id, Reply.deleted.is_(False))):
            rows.append((d, 1, c, HistoryRow("reply", d, t, a)))
        for ev in s.execute(select(MatterEvent).where(
                MatterEvent.matter_id == matter_id, MatterEvent.deleted.is_(False))).scalars():
            if ev.kind == MatterEventKind.REASSIGN:
                old = names.get(ev.old_value, "") if ev.old_value else ""
                new = names.get(ev.new_value, ev.new_value)
            else:
                old, new = ev.old_value, ev.new_value
            rows.append((ev.event_date, 1, ev.created_at,
                         HistoryRow(ev.kind, ev.event_date, "", ev.author, ev.reason, old, new)))
        if m.escalated_date is not None:
            rows.append((m.escalated_date, 2, m.updated_at,
                         HistoryRow("escalated", m.escalated_date, m.escalation_note)))
        if m.status == MatterStatus.RESOLVED and m.resolved_date is not None:
            rows.append((m.resolved_date, 3, m.updated_at,
                         HistoryRow("resolved", m.resolved_date, m.result)))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    return [r[3] for r in rows]


# ------------------------------------------------------------------ reads for the window / CLI

def find_matters(ctx: AppContext, **filters: Any) -> list[MatterRow]:
    """``list_matters`` without a session in the caller's hands (the window's read path)."""
    with ctx.read() as s:
        return list_matters(s, **filters)


def matter_status_counts(ctx: AppContext) -> dict[str, int]:
    """Matters per status (the Matters page's board), without a session in the caller's hands."""
    from app.services.dashboard import matters_by_status

    with ctx.read() as s:
        return matters_by_status(s)


def matter_ids_in_view(ctx: AppContext, view: str) -> frozenset[str]:
    """The matters behind a Home figure: ``due_week`` (due this week) or ``unresolved``."""
    from app.services.dashboard import due_this_week_ids, unresolved_ids

    with ctx.read() as s:
        return frozenset(due_this_week_ids(s) if view == "due_week" else unresolved_ids(s))


def get_matter(ctx: AppContext, matter_id: str) -> MatterRow:
    rows = find_matters(ctx, matter_id=matter_id, limit=1)
    if not rows:
        raise NotFound("not_found", what="matter", key=matter_id)
    return rows[0]


def resolve_matter_id(ctx: AppContext, text: str) -> str:
    """A full matter id, or the 8-character number printed in the ledger (事项编号)."""
    text = text.strip().lower()
    if len(text) < 4:
        raise NotFound("not_found", what="matter", key=text)
    with ctx.read() as s:
        ids = list(s.execute(select(Matter.id).where(
            Matter.deleted.is_(False), Matter.id >= text, Matter.id < text + "\uffff")
            .limit(2)).scalars())
    if not ids:
        raise NotFound("not_found", what="matter", key=text)
    if len(ids) > 1:
        raise MinqingError("matter_id_ambiguous", key=text)
    return ids[0]


@dataclass(frozen=True)
class VillageChoice:
    code: str
    name: str


def matter_villages(ctx: AppContext) -> list[VillageChoice]:
    """The villages a township's (or a county's) matters list can be filtered by (empty on a
    village). A county names each with its township: its villages come from many townships."""
    from app.services.station import list_villages

    kind = station_info(ctx).kind
    if kind not in (StationKind.TOWNSHIP, StationKind.COUNTY):
        return []
    with ctx.read() as s:
        towns = dict(s.execute(select(SyncPeer.code, SyncPeer.name).where(
            SyncPeer.kind == StationKind.TOWNSHIP.value)).all()) if kind == StationKind.COUNTY \
            else {}
        return [VillageChoice(v.code, f"{towns[v.code[:9]]} {v.name}" if v.code[:9] in towns
                              else v.name) for v in list_villages(s)]


# ------------------------------------------------------------------ walk-in / phone matters

@dataclass
class WalkInInput:
    """A matter raised at the office (来访) or by phone, outside any visit. With a household and
    the cadre who took it, a minimal contact record goes into the diary as well."""

    matter: MatterInput
    mode: str = VisitMode.WALK_IN.value
    household_id: str | None = None
    cadre_id: str | None = None
    contact: str = ""  # who asked, when not in the register (name, phone)


@dataclass(frozen=True)
class WalkInSaved:
    matter_id: str
    visit_id: str | None


def record_walk_in(ctx: AppContext, data: WalkInInput, today: date | None = None) -> WalkInSaved:
    today = today or date.today()
    errors: list[ValidationError] = []
    if data.mode not in (VisitMode.WALK_IN.value, VisitMode.PHONE.value):
        errors.append(ValidationError("mode", "unknown_value", value=data.mode))
    m = data.matter
    m.household_id = data.household_id or None
    m.owner_cadre_id = m.owner_cadre_id or data.cadre_id or None
    contact = data.contact.strip()
    if contact:
        m.description = "\n".join(x for x in (tr("walk_in_contact", "zh_CN", contact=contact),
                                              m.description.strip()) if x)
    try:
        clean = validate(m, today, deadline_rules(ctx))
    except ValidationErrors as e:
        errors.extend(e.errors)
    if errors:
        raise ValidationErrors(errors)
    assert clean.received_date is not None
    with ctx.uow() as uow:
        village = ctx.station_code
        if clean.household_id:
            village = uow.get(Household, clean.household_id, "household").village_code
        visit_id: str | None = None
        if clean.household_id and data.cadre_id:
            uow.get(Cadre, data.cadre_id, "cadre")
            visit = uow.add_record(Visit(
                village_code=village, household_id=clean.household_id, cadre_id=data.cadre_id,
                visit_date=clean.received_date, mode=data.mode, summary=clean.title), "visit")
            visit_id = visit.id
        mid = create_in(uow, clean, village, visit_id)
        uow.commit()
        return WalkInSaved(mid, visit_id)
