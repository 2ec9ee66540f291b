"""Matter cards (一事一卡): deadlines, progress, closing, escalation and the township's answer (W6).

Status changes follow ``models.vocab.TRANSITIONS``; closing needs a result; satisfaction is asked
of the household once the matter is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select, tuple_
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

    @property
    def late(self) -> bool:
        """Past its deadline and not resolved: listed first and shown in red."""
        return self.overdue and self.status != MatterStatus.RESOLVED


def is_overdue(status: str, deadline: date, resolved: date | None, as_of: date) -> bool:
    if status == MatterStatus.RESOLVED:
        return resolved is not None and resolved > deadline
    return deadline < as_of


# ------------------------------------------------------------------ the list, in one order
# The order a clerk works through them, decided here and nowhere else: overdue open matters
# first, then the other open ones, then the resolved; within each, by deadline, then received
# date, then id (a total order, so windows of the list never overlap). The three ranks are
# three index ranges of ix_matter_list (deleted, deadline, received_date, id, …), so a window
# of the Matters page is read from the index without sorting the table (migration 0007_lists).

RANK_OVERDUE, RANK_OPEN, RANK_RESOLVED = 0, 1, 2
_UNRESOLVED = [st.value for st in MatterStatus if st != MatterStatus.RESOLVED]


@dataclass(frozen=True)
class MatterFilter:
    """What the matters list is narrowed by; every field optional. ``view``: "due_week" or
    "unresolved", the lists behind the Home figures. ``as_of``: the day overdue is judged on
    (today when None)."""

    status: str = ""
    category: str = ""
    owner_id: str = ""
    village_code: str = ""
    overdue_only: bool = False
    household_id: str = ""
    matter_id: str = ""
    view: str = ""
    as_of: date | None = None

    def day(self) -> date:
        return self.as_of or date.today()


def _filter_conditions(flt: MatterFilter) -> list[Any]:
    as_of = flt.day()
    conds: list[Any] = [Matter.deleted.is_(False)]
    if flt.village_code:
        conds.append(Matter.village_code == flt.village_code)
    if flt.matter_id:
        conds.append(Matter.id == flt.matter_id)
    if flt.status:
        conds.append(Matter.status == flt.status)
    if flt.category:
        conds.append(Matter.category == flt.category)
    if flt.owner_id:
        conds.append(Matter.owner_cadre_id == flt.owner_id)
    if flt.household_id:
        conds.append(Matter.household_id == flt.household_id)
    unresolved = Matter.status.in_(_UNRESOLVED)  # (IN: uses ix_matter_status_deadline)
    if flt.overdue_only:
        conds += [unresolved, Matter.deadline < as_of]
    if flt.view in ("due_week", "unresolved"):
        conds.append(unresolved)
    if flt.view == "due_week":
        from app.services.dashboard import due_between

        start, end = due_between(as_of)
        conds += [Matter.deadline >= start, Matter.deadline <= end]
    return conds


def _rank(as_of: date) -> Any:
    """0 overdue and open, 1 open, 2 resolved — the first key of the list's order."""
    return case((Matter.status == MatterStatus.RESOLVED.value, RANK_RESOLVED),
                (Matter.deadline < as_of, RANK_OVERDUE), else_=RANK_OPEN)


def _rank_condition(rank: int, as_of: date) -> list[Any]:
    if rank == RANK_RESOLVED:
        return [Matter.status == MatterStatus.RESOLVED.value]
    late = Matter.deadline < as_of if rank == RANK_OVERDUE else Matter.deadline >= as_of
    return [Matter.status != MatterStatus.RESOLVED.value, late]


_ORDER = (Matter.deadline, Matter.received_date, Matter.id)


def _extensions(ids: Any = None) -> Any:
    q = (select(MatterEvent.matter_id, func.count().label("n"))
         .where(MatterEvent.kind == MatterEventKind.EXTEND.value, MatterEvent.deleted.is_(False)))
    if ids is not None:
        q = q.where(MatterEvent.matter_id.in_(ids))
    return q.group_by(MatterEvent.matter_id).subquery()


_COLUMNS = (Matter.id, Matter.village_code, Matter.category, Matter.title, Matter.household_id,
            Matter.owner_cadre_id, Matter.received_date, Matter.deadline, Matter.status,
            Matter.result, Matter.resolved_date, Matter.satisfaction, Matter.deadline_workdays,
            Matter.urgency, Matter.origin_code)


def _row_select(extensions: Any) -> Any:
    """Plain columns (no ORM objects: a window of rows costs half as much) with the
    household's, owner's and village's names and the count of extensions."""
    return (select(*_COLUMNS, Household.head_name, Cadre.name, Village.name, extensions.c.n)
            .outerjoin(Household, Household.id == Matter.household_id)
            .outerjoin(Cadre, Cadre.id == Matter.owner_cadre_id)
            .outerjoin(Village, Village.code == Matter.village_code)
            .outerjoin(extensions, extensions.c.matter_id == Matter.id))


def _to_row(r: Any, as_of: date) -> MatterRow:
    (mid, village, category, title, household_id, owner_id, received, deadline, status, result,
     resolved, satisfaction, workdays, urgency, origin, hname, oname, vname, n_ext) = r
    return MatterRow(
        mid, village, category, title, household_id, hname or "", owner_id, oname or "",
        received, deadline, status, result, resolved, satisfaction,
        is_overdue(status, deadline, resolved, as_of),
        calendar.is_provisional(received, deadline, workdays),
        urgency=urgency, origin_code=origin, village_name=vname or village,
        extensions=int(n_ext or 0))


def list_matters(session: Session, *, status: str = "", category: str = "", owner_id: str = "",
                 overdue_only: bool = False, household_id: str = "", limit: int | None = 500,
                 as_of: date | None = None, village_code: str = "",
                 matter_id: str = "") -> list[MatterRow]:
    """The first ``limit`` matters of a filter in the list's order (overdue first, then by
    deadline) — for short lists (a household's matters, the CLI); the Matters page reads its
    windows with ``matter_count``/``matter_rows``."""
    flt = MatterFilter(status=status, category=category, owner_id=owner_id,
                       overdue_only=overdue_only, household_id=household_id, as_of=as_of,
                       village_code=village_code, matter_id=matter_id)
    as_of = flt.day()
    q = (_row_select(_extensions()).where(*_filter_conditions(flt))
         .order_by(_rank(as_of), *_ORDER).limit(limit))
    return [_to_row(r, as_of) for r in session.connection().execute(q)]


@dataclass(frozen=True)
class MatterCount:
    """How many matters a filter lists, and how many in each rank (overdue, open, resolved):
    what maps a row number of the list onto one index range."""

    by_rank: tuple[int, int, int]

    @property
    def total(self) -> int:
        return sum(self.by_rank)


def matter_count(ctx: AppContext, flt: MatterFilter) -> MatterCount:
    """The list's row count, per rank, in one counting query (the Matters page's row count)."""
    rank = _rank(flt.day())
    with ctx.read() as s:
        found: dict[int, int] = dict(s.execute(
            select(rank, func.count()).where(*_filter_conditions(flt)).group_by(rank)).all())
    return MatterCount((int(found.get(RANK_OVERDUE, 0)), int(found.get(RANK_OPEN, 0)),
                        int(found.get(RANK_RESOLVED, 0))))


def _window_ids(s: Session, flt: MatterFilter, rank: int, offset: int, limit: int,
                size: int) -> list[str]:
    """Ids ``offset`` … ``offset + limit`` of one rank (of ``size`` matters), read along the
    index; a window in the second half is read from the end, so the last row costs what the
    first costs."""
    q = select(Matter.id).where(*_filter_conditions(flt), *_rank_condition(rank, flt.day()))
    if offset + limit / 2 > size / 2:
        end = min(offset + limit, size)
        q = q.order_by(*(c.desc() for c in _ORDER)).offset(size - end).limit(end - offset)
        return [str(i) for i in s.execute(q).scalars()][::-1]
    q = q.order_by(*_ORDER).offset(offset).limit(limit)
    return [str(i) for i in s.execute(q).scalars()]


def matter_rows(ctx: AppContext, flt: MatterFilter, offset: int = 0, limit: int = 200,
                count: MatterCount | None = None) -> list[MatterRow]:
    """One window of the list: rows ``offset`` … ``offset + limit`` of ``flt`` in the list's
    order. The window's ids come from the index, rank by rank; names and extension counts
    are then read for those ids only. ``count`` (from ``matter_count``) is counted when not
    given."""
    count = count or matter_count(ctx, flt)
    as_of = flt.day()
    ids: list[str] = []
    start = 0
    with ctx.read() as s:
        for rank, size in enumerate(count.by_rank):
            lo, hi = max(offset, start), min(offset + limit, start + size)
            if lo < hi:
                ids += _window_ids(s, flt, rank, lo - start, hi - lo, size)
            start += size
        if not ids:
            return []
        q = _row_select(_extensions(ids)).where(Matter.id.in_(ids))
        by_id = {r[0]: _to_row(r, as_of) for r in s.connection().execute(q)}
    return [by_id[i] for i in ids if i in by_id]


def matter_position(ctx: AppContext, flt: MatterFilter, matter_id: str,
                    count: MatterCount | None = None) -> int:
    """The row of ``matter_id`` in the list of ``flt``, or -1 when the filter does not list
    it: the matters before it in its rank, counted along the index (to re-select a matter
    after a refresh, or open one found elsewhere)."""
    as_of = flt.day()
    with ctx.read() as s:
        found = s.execute(select(_rank(as_of), *_ORDER).where(
            *_filter_conditions(flt), Matter.id == matter_id)).first()
        if found is None:
            return -1
        rank, deadline, received, mid = found
        before = s.execute(select(func.count()).where(
            *_filter_conditions(flt), *_rank_condition(int(rank), as_of),
            tuple_(*_ORDER) < tuple_(deadline, received, mid))).scalar_one()
    count = count or matter_count(ctx, flt)
    return sum(count.by_rank[:int(rank)]) + int(before)


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


@dataclass(frozen=True)
class MatterActions:
    """What the card may offer for one matter on this station, decided here from the matter's
    status (``TRANSITIONS``), the station's kind and who recorded the matter — the window only
    shows it. ``refusal``: why the owner's actions are off (a township on a village's matter)."""

    note: bool = False
    resolve: bool = False
    escalate: bool = False
    answer: bool = False
    reopen: bool = False
    satisfaction: bool = False
    reassign: bool = False
    extend: bool = False
    print_card: bool = False
    show_escalate: bool = False  # a village escalates …
    show_answer: bool = False  # … a township answers
    show_reopen: bool = False
    show_satisfaction: bool = False  # resolved and not asked yet (greyed out when refused)
    refusal: MinqingError | None = None


def matter_actions(ctx: AppContext, row: MatterRow | None,
                   kind: str | None = None) -> MatterActions:
    """The card's actions for ``row`` (None: nothing picked). ``kind``: the station's kind,
    when the caller already knows it (saves a read)."""
    village = (kind or station_info(ctx).kind) == StationKind.VILLAGE
    if row is None:
        return MatterActions(show_escalate=village, show_answer=not village)
    status = MatterStatus(row.status)
    allowed = TRANSITIONS[status]
    resolved = status == MatterStatus.RESOLVED
    refusal = edit_refusal(ctx, row)
    owner = refusal is None  # the owner's actions: all but the township's answer and printing
    return MatterActions(
        note=owner, resolve=owner and MatterStatus.RESOLVED in allowed,
        escalate=owner and village and MatterStatus.ESCALATED in allowed,
        answer=not village and status == MatterStatus.ESCALATED,
        reopen=owner and resolved and MatterStatus.IN_PROGRESS in allowed,
        satisfaction=owner and resolved and not row.satisfaction,
        reassign=owner and not resolved, extend=owner and not resolved, print_card=True,
        show_escalate=village, show_answer=not village, show_reopen=resolved,
        show_satisfaction=resolved and not row.satisfaction, refusal=refusal)


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
