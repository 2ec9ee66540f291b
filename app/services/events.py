"""Gatherings as records (W12): joint office days, analysis, dialogue and representatives'
meetings, briefings, reception days.

Until now a gathering could only be a "mode" of a one-household visit, so nothing of it could
be counted: here one record carries the dates, the cadres and households present and the
minutes, and the matters raised are ordinary matter cards (一事一卡) pointing at it — a matter
settled on the spot at a joint office day is closed in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import ValidationError, ValidationErrors
from app.services.stats import Month
from app.validation import Problems, check_not_future
from models import Cadre, Event, EventCadre, EventHousehold, Group, Household, Matter, Station
from models.event import EventKind
from models.vocab import MatterStatus, StationKind

if TYPE_CHECKING:
    from app.services import matters as matter_service

MAX_DAYS = 31  # one record per gathering; a longer run is several records
MAX_HOURS = 24


@dataclass
class RaisedMatter:
    """A matter raised at the gathering; ``on_spot`` closes it there with ``result``."""

    matter: matter_service.MatterInput
    on_spot: bool = False
    result: str = ""


@dataclass
class EventInput:
    kind: str
    start_date: date | None
    title: str
    end_date: date | None = None
    days: int | None = None
    hours: int = 0
    place: str = ""
    chair: str = ""
    guests: str = ""
    minutes: str = ""
    decisions: str = ""
    cadre_ids: list[str] = field(default_factory=list)
    household_ids: list[str] = field(default_factory=list)
    matters: list[RaisedMatter] = field(default_factory=list)


@dataclass(frozen=True)
class EventSaved:
    event_id: str
    matter_ids: list[str]


def _dates(data: EventInput, problems: Problems, today: date) -> tuple[date, date] | None:
    if data.start_date is None:
        problems.add("event_date", "required")
        return None
    start = data.start_date
    problems.check(check_not_future, start, "event_date", today)
    if (data.days is not None and data.end_date is not None
            and data.end_date != start + timedelta(days=data.days - 1)):
        problems.add("event_days", "event_days_and_end",
                     days=data.days, end=data.end_date.isoformat())
        return None
    if data.days is not None:
        if not 1 <= data.days <= MAX_DAYS:
            problems.add("event_days", "event_days_invalid", value=data.days, max=MAX_DAYS)
            return None
        end = start + timedelta(days=data.days - 1)
    else:
        end = data.end_date or start
    if end < start:
        problems.add("event_end", "event_end_before_start", end=end.isoformat(),
                     start=start.isoformat())
        return None
    if (end - start).days + 1 > MAX_DAYS:
        problems.add("event_days", "event_days_invalid", value=(end - start).days + 1,
                     max=MAX_DAYS)
        return None
    if start <= today:  # a future start has been named already
        problems.check(check_not_future, end, "event_end", today)
    return start, end


def validate(data: EventInput, today: date | None = None) -> tuple[date, date]:
    """Every wrong field at once; nothing is looked up in the store here."""
    today = today or date.today()
    p = Problems()
    try:
        EventKind(data.kind)
    except ValueError:
        p.add("event_kind", "unknown_value", value=data.kind)
    if not data.title.strip():
        p.add("event_title", "required")
    elif len(data.title.strip()) > 200:
        p.add("event_title", "text_too_long", limit=200)
    if not 0 <= data.hours <= MAX_HOURS:
        p.add("event_hours", "event_hours_invalid", value=data.hours, max=MAX_HOURS)
    span = _dates(data, p, today)
    for i, rm in enumerate(data.matters):
        m = rm.matter
        if m.received_date is None and span:
            m.received_date = span[0]
        try:
            from app.services import matters as matter_service

            rm.matter = matter_service.validate(m, today)
        except ValidationErrors as exc:
            p.errors.extend(exc.errors)
        if rm.on_spot and not rm.result.strip():
            p.add("result", "event_on_spot_needs_result", n=i + 1)
    p.raise_if_any()
    assert span is not None
    return span


def _village_of(s: Session) -> tuple[str, str]:
    st = s.execute(select(Station)).scalar_one()
    return st.code, st.kind


def record_event(ctx: AppContext, data: EventInput, today: date | None = None) -> EventSaved:
    """Validate, then write the event, its links and the matters raised — all or nothing."""
    start, end = validate(data, today)
    with ctx.uow() as uow:
        s = uow.session
        village, kind = _village_of(s)
        hh_ids = list(dict.fromkeys(data.household_ids))
        for hid in hh_ids:
            h = uow.get(Household, hid, "household")
            if kind == StationKind.VILLAGE and h.village_code != village:
                raise ValidationError("household", "event_household_other_village",
                                      name=h.head_name, village=h.village_code)
        cadre_ids = list(dict.fromkeys(data.cadre_ids))
        for cid in cadre_ids:
            uow.get(Cadre, cid, "cadre")
        ev = uow.add_record(Event(
            village_code=village, kind=data.kind, start_date=start, end_date=end,
            hours=data.hours, place=data.place.strip()[:200], chair=data.chair.strip()[:64],
            title=data.title.strip(), guests=data.guests.strip(), minutes=data.minutes.strip(),
            decisions=data.decisions.strip()), "event")
        for cid in cadre_ids:
            uow.add_record(EventCadre(event_id=ev.id, cadre_id=cid), "event_cadre")
        for hid in hh_ids:
            uow.add_record(EventHousehold(event_id=ev.id, household_id=hid), "event_household")
        ids = []
        for rm in data.matters:
            m = rm.matter
            if m.household_id:
                h = uow.get(Household, m.household_id, "household")
                if kind == StationKind.VILLAGE and h.village_code != village:
                    raise ValidationError("household", "event_household_other_village",
                                          name=h.head_name, village=h.village_code)
            from app.services import matters as matter_service

            mid = matter_service.create_in(uow, m, village)
            row = uow.get(Matter, mid, "matter")
            values: dict[str, Any] = {"event_id": ev.id}
            if rm.on_spot:
                values.update(on_spot=True, status=MatterStatus.RESOLVED.value,
                              result=rm.result.strip(), resolved_date=m.received_date)
            uow.update_record(row, "matter", **values)
            ids.append(mid)
        uow.commit()
        return EventSaved(ev.id, ids)


def delete_event(ctx: AppContext, event_id: str) -> None:
    """Soft delete (travels); its matters stay — they are cards of their own."""
    with ctx.uow() as uow:
        ev = uow.get(Event, event_id, "event")
        for link in uow.session.execute(select(EventCadre).where(
                EventCadre.event_id == ev.id, EventCadre.deleted.is_(False))).scalars():
            uow.delete_record(link, "event_cadre")
        for hl in uow.session.execute(select(EventHousehold).where(
                EventHousehold.event_id == ev.id, EventHousehold.deleted.is_(False))).scalars():
            uow.delete_record(hl, "event_household")
        uow.delete_record(ev, "event")
        uow.commit()


@dataclass(frozen=True)
class EventRow:
    id: str
    village_code: str
    kind: str
    start_date: date
    end_date: date
    days: int
    hours: int
    place: str
    chair: str
    title: str
    cadres: int
    households: int
    matters: int
    on_spot: int

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "village_code": self.village_code, "kind": self.kind,
                "date": self.start_date.isoformat(), "end_date": self.end_date.isoformat(),
                "days": self.days, "hours": self.hours, "place": self.place, "chair": self.chair,
                "title": self.title, "cadres": self.cadres, "households": self.households,
                "matters": self.matters, "resolved_on_spot": self.on_spot}


def _counts(s: Session, model: Any, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    out: dict[str, int] = {}
    for i in range(0, len(ids), 500):
        out.update(dict(s.execute(select(model.event_id, func.count()).where(
            model.event_id.in_(ids[i:i + 500]), model.deleted.is_(False))
            .group_by(model.event_id)).all()))  # type: ignore[arg-type]
    return out


def _rows(s: Session, first: date, last: date, village_code: str | None = None,
          kind: str = "") -> list[EventRow]:
    q = select(Event).where(Event.deleted.is_(False), Event.start_date <= last,
                            Event.end_date >= first)
    if village_code:
        q = q.where(Event.village_code == village_code)
    if kind:
        q = q.where(Event.kind == kind)
    events = list(s.execute(q.order_by(Event.start_date, Event.created_at)).scalars())
    ids = [e.id for e in events]
    cadres = _counts(s, EventCadre, ids)
    households = _counts(s, EventHousehold, ids)
    matters: dict[str, int] = {}
    on_spot: dict[str, int] = {}
    for i in range(0, len(ids), 500):
        for eid, spot, n in s.execute(select(Matter.event_id, Matter.on_spot, func.count()).where(
                Matter.event_id.in_(ids[i:i + 500]), Matter.deleted.is_(False))
                .group_by(Matter.event_id, Matter.on_spot)):
            if eid is None:
                continue
            matters[eid] = matters.get(eid, 0) + n
            if spot:
                on_spot[eid] = on_spot.get(eid, 0) + n
    return [EventRow(e.id, e.village_code, e.kind, e.start_date, e.end_date,
                     (e.end_date - e.start_date).days + 1, e.hours, e.place, e.chair, e.title,
                     cadres.get(e.id, 0), households.get(e.id, 0), matters.get(e.id, 0),
                     on_spot.get(e.id, 0)) for e in events]


def list_events(ctx: AppContext, month: Month, kind: str = "") -> list[EventRow]:
    """The month's gatherings (any that overlap it), oldest first."""
    with ctx.read() as s:
        return _rows(s, month.first, month.last, kind=kind)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    detail: str  # a cadre's title, a household's group


@dataclass(frozen=True)
class RaisedRow:
    id: str
    title: str
    category: str
    household: str
    status: str
    on_spot: bool
    result: str


@dataclass(frozen=True)
class EventDetail:
    row: EventRow
    guests: str
    minutes: str
    decisions: str
    cadres: list[Person]
    households: list[Person]
    matters: list[RaisedRow]


def get_event(ctx: AppContext, event_id: str) -> EventDetail | None:
    with ctx.read() as s:
        ev = s.get(Event, event_id)
        if ev is None or ev.deleted:
            return None
        row = _rows(s, ev.start_date, ev.end_date)
        this = next(r for r in row if r.id == ev.id)
        cadres = [Person(i, n, t) for i, n, t in s.execute(
            select(Cadre.id, Cadre.name, Cadre.title).join(EventCadre, EventCadre.cadre_id == Cadre.id)
            .where(EventCadre.event_id == ev.id, EventCadre.deleted.is_(False))
            .order_by(Cadre.name))]
        households = [Person(i, n, g or "") for i, n, g in s.execute(
            select(Household.id, Household.head_name, Group.name)
            .join(EventHousehold, EventHousehold.household_id == Household.id)
            .outerjoin(Group, Group.id == Household.group_id)
            .where(EventHousehold.event_id == ev.id, EventHousehold.deleted.is_(False))
            .order_by(Group.number, Household.py_full))]
        matters = [RaisedRow(m.id, m.title, m.category, hn or "", m.status, m.on_spot, m.result)
                   for m, hn in s.execute(
                       select(Matter, Household.head_name)
                       .outerjoin(Household, Household.id == Matter.household_id)
                       .where(Matter.event_id == ev.id, Matter.deleted.is_(False))
                       .order_by(Matter.created_at))]
        return EventDetail(this, ev.guests, ev.minutes, ev.decisions, cadres, households, matters)


def joint_office_days(s: Session, first: date, last: date, village_code: str | None) -> int:
    """Distinct calendar days inside [first, last] covered by joint office records: two
    records on the same day are one day of joint office, not two."""
    q = select(Event.start_date, Event.end_date).where(
        Event.deleted.is_(False), Event.kind == EventKind.JOINT_OFFICE.value,
        Event.start_date <= last, Event.end_date >= first)
    if village_code:
        q = q.where(Event.village_code == village_code)
    days: set[date] = set()
    for a, b in s.execute(q):
        d = max(a, first)
        while d <= min(b, last):
            days.add(d)
            d += timedelta(days=1)
    return len(days)


def count_events(s: Session, kind: str, first: date, last: date,
                 village_code: str | None) -> int:
    """Gatherings of ``kind`` that started inside [first, last]."""
    q = select(func.count()).select_from(Event).where(
        Event.deleted.is_(False), Event.kind == kind, Event.start_date >= first,
        Event.start_date <= last)
    if village_code:
        q = q.where(Event.village_code == village_code)
    return int(s.execute(q).scalar_one())


def event_figures(s: Session, month: Month, village_code: str | None) -> dict[str, Any]:
    """The month's gatherings in numbers, for ``stats`` and the ledger: held by kind, joint
    office days, distinct households reached, matters raised and settled on the spot."""
    first, last = month.first, month.last
    where = [Event.deleted.is_(False), Event.start_date >= first, Event.start_date <= last]
    if village_code:
        where.append(Event.village_code == village_code)
    by_kind = {k.value: 0 for k in EventKind}
    for k, n in s.execute(select(Event.kind, func.count()).where(*where).group_by(Event.kind)):
        by_kind[k] = n
    ids = select(Event.id).where(*where)
    reached = s.execute(select(func.count(func.distinct(EventHousehold.household_id))).where(
        EventHousehold.deleted.is_(False), EventHousehold.event_id.in_(ids))).scalar_one()
    raised = s.execute(select(func.count()).select_from(Matter).where(
        Matter.deleted.is_(False), Matter.event_id.in_(ids))).scalar_one()
    spot = s.execute(select(func.count()).select_from(Matter).where(
        Matter.deleted.is_(False), Matter.event_id.in_(ids), Matter.on_spot.is_(True))
    ).scalar_one()
    return {"held": sum(by_kind.values()), "by_kind": by_kind,
            "joint_office_days": joint_office_days(s, first, last, village_code),
            "households_reached": reached, "matters_raised": raised,
            "resolved_on_spot": spot}


def event_figures_by_village(s: Session, month: Month) -> dict[str, dict[str, Any]]:
    """``event_figures`` of every village at once (keyed by village code; a village with no
    gathering is absent): five grouped statements for a township or a county instead of five
    per village — at a county's 60 villages that was ~300 small queries per month's figures."""
    first, last = month.first, month.last
    where = [Event.deleted.is_(False), Event.start_date >= first, Event.start_date <= last]
    out: dict[str, dict[str, Any]] = {}

    def slot(code: str) -> dict[str, Any]:
        if code not in out:
            out[code] = {"held": 0, "by_kind": {k.value: 0 for k in EventKind},
                         "joint_office_days": 0, "households_reached": 0, "matters_raised": 0,
                         "resolved_on_spot": 0}
        return out[code]

    for code, kind, n in s.execute(select(Event.village_code, Event.kind, func.count())
                                   .where(*where).group_by(Event.village_code, Event.kind)):
        fig = slot(code)
        fig["by_kind"][kind] = n
        fig["held"] += n
    for code, n in s.execute(
            select(Event.village_code, func.count(func.distinct(EventHousehold.household_id)))
            .join(Event, Event.id == EventHousehold.event_id)
            .where(EventHousehold.deleted.is_(False), *where).group_by(Event.village_code)):
        slot(code)["households_reached"] = n
    spot = func.coalesce(func.sum(case((Matter.on_spot.is_(True), 1), else_=0)), 0)
    for code, raised, on_spot in s.execute(
            select(Event.village_code, func.count(), spot)
            .select_from(Matter).join(Event, Event.id == Matter.event_id)
            .where(Matter.deleted.is_(False), *where).group_by(Event.village_code)):
        fig = slot(code)
        fig["matters_raised"], fig["resolved_on_spot"] = raised, int(on_spot)
    days: dict[str, set[date]] = {}
    for code, a, b in s.execute(select(Event.village_code, Event.start_date, Event.end_date).where(
            Event.deleted.is_(False), Event.kind == EventKind.JOINT_OFFICE.value,
            Event.start_date <= last, Event.end_date >= first)):
        d = max(a, first)
        while d <= min(b, last):
            days.setdefault(code, set()).add(d)
            d += timedelta(days=1)
    for code, covered in days.items():
        slot(code)["joint_office_days"] = len(covered)
    return out


def sum_event_figures(parts: list[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {k: sum(p[k] for p in parts)
                             for k in ("held", "joint_office_days", "households_reached",
                                       "matters_raised", "resolved_on_spot")}
    total["by_kind"] = {k.value: sum(p["by_kind"][k.value] for p in parts) for k in EventKind}
    return total


def month_event_figures(ctx: AppContext, month: Month) -> dict[str, Any]:
    with ctx.read() as s:
        return event_figures(s, month, None)


@dataclass(frozen=True)
class HouseholdChoice:
    id: str
    name: str
    group: str
    group_number: int


def households_for_picking(ctx: AppContext, group_id: str = "", text: str = "",
                           limit: int = 500) -> list[HouseholdChoice]:
    """Households to tick on the event form: a whole group at once, or a name / pinyin search."""
    from app.services.households import search

    with ctx.read() as s:
        if text.strip():
            found = [r.id for r in search(s, text, limit=limit)]
            if not found:
                return []
            cond: Any = Household.id.in_(found)
        elif group_id:
            cond = Household.group_id == group_id
        else:
            cond = Household.id.is_not(None)
        q = (select(Household.id, Household.head_name, Group.name, Group.number)
             .outerjoin(Group, Group.id == Household.group_id)
             .where(Household.deleted.is_(False), cond)
             .order_by(Group.number, Household.py_full).limit(limit))
        return [HouseholdChoice(i, n, g or "", num or 0) for i, n, g, num in s.execute(q)]


@dataclass(frozen=True)
class GroupChoice:
    id: str
    number: int
    name: str


def groups_for_picking(ctx: AppContext) -> list[GroupChoice]:
    from app.services.station import list_groups

    with ctx.read() as s:
        return [GroupChoice(g.id, g.number, g.name) for g in list_groups(s)]


@dataclass(frozen=True)
class CadreChoice:
    id: str
    name: str
    title: str


def cadres_for_picking(ctx: AppContext) -> list[CadreChoice]:
    with ctx.read() as s:
        return [CadreChoice(i, n, t) for i, n, t in s.execute(
            select(Cadre.id, Cadre.name, Cadre.title).where(
                Cadre.deleted.is_(False), Cadre.active.is_(True))
            .order_by(Cadre.is_leader.desc(), Cadre.name))]
