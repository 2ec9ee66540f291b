"""Supervision (督办, W13): the township leader's list of overdue matters across its villages,
the escalated matters waiting for the township's own reply, and supervision notices (督办单).

"Overdue as of a date" is the statistics' definition (``stats.village_figures``): received by
then, past its deadline then, and not resolved by then — so the supervision list, ``stats`` and
the monthly ledger count the same matters. Days overdue are given both in calendar days and in
working days by the official holiday calendar (``app.workdays``).

Reads are a fixed number of set-based queries whatever the township's size (one for the overdue
matters, one for the waiting escalations, one for notices); per-village figures are summed from
those rows, never by querying each village. Fields that other measures will fill later
(``urgency``) are explicit and ``None`` until that data exists.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError, ValidationError
from app.services.station import get_station, list_villages
from app.uow import UnitOfWork
from app.workdays import add_workdays, is_workday
from models import Cadre, Household, Matter, Reply, SupervisionItem, SupervisionNotice, SyncPeer
from models.vocab import MatterStatus, StationKind

REPLY_WORKDAYS = 5  # default reply-by: five working days after the notice is issued
COUNTY_PREFIX = "县督"  # a county's notice numbers: 县督2026-001 (a township's: 督2026-001)
MAX_NOTICE_NOTE = 500


@dataclass(frozen=True)
class OverdueMatter:
    id: str
    village_code: str
    village_name: str
    title: str
    category: str
    owner_cadre_id: str | None
    owner_name: str
    received_date: date
    deadline: date
    status: str
    days_overdue: int
    workdays_overdue: int
    escalated: bool
    escalation_state: str  # "" (never escalated) / "waiting" (for the township) / "answered"
    waiting_reply_days: int | None
    notices: int  # supervision notices that listed this matter so far
    last_notice: date | None
    household_name: str = ""
    household_phone: str = ""  # as stored: paper and screens mask it
    urgency: str | None = None  # 一般/急/特急 (normal / urgent / critical)


@dataclass(frozen=True)
class WaitingEscalation:
    """An escalated matter the township has not answered yet."""

    id: str
    village_code: str
    village_name: str
    title: str
    category: str
    owner_name: str
    escalated_date: date
    deadline: date
    days_waiting: int
    workdays_waiting: int
    overdue: bool
    urgency: str | None = None  # filled when matter urgency exists


@dataclass(frozen=True)
class VillageOverdue:
    code: str
    name: str
    overdue: int
    max_days_overdue: int
    over_10_workdays: int
    waiting: int
    notices: int


@dataclass(frozen=True)
class SupervisionList:
    station_code: str
    station_name: str
    station_kind: str
    as_of: date
    matters: tuple[OverdueMatter, ...]
    waiting: tuple[WaitingEscalation, ...]
    by_village: tuple[VillageOverdue, ...]

    def as_json(self) -> dict[str, Any]:
        """The ``minqing supervise --json`` contract."""
        return {
            "station": self.station_code,
            "as_of": self.as_of.isoformat(),
            "matters": [{
                "id": m.id, "village": m.village_code, "title": m.title,
                "category": m.category, "owner": m.owner_name,
                "deadline": m.deadline.isoformat(), "days_overdue": m.days_overdue,
                "workdays_overdue": m.workdays_overdue, "escalated": m.escalated,
                "waiting_reply_days": m.waiting_reply_days,
                "village_name": m.village_name, "status": m.status,
                "escalation_state": m.escalation_state, "notices": m.notices,
                "urgency": m.urgency,
            } for m in self.matters],
            "waiting": [{
                "id": w.id, "village": w.village_code, "title": w.title,
                "category": w.category, "owner": w.owner_name,
                "escalated_date": w.escalated_date.isoformat(),
                "days_waiting": w.days_waiting, "workdays_waiting": w.workdays_waiting,
                "overdue": w.overdue,
            } for w in self.waiting],
            "by_village": {v.code: {
                "name": v.name, "overdue": v.overdue, "max_days_overdue": v.max_days_overdue,
                "over_10_workdays": v.over_10_workdays, "waiting": v.waiting,
                "notices": v.notices,
            } for v in self.by_village},
        }


def parse_day(text: str, field: str = "as_of") -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise ValidationError(field, "date_invalid", value=text)
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValidationError(field, "date_invalid", value=text) from exc


def workday_counts(days: Iterable[date], as_of: date) -> dict[date, int]:
    """Working days after each day up to and including ``as_of`` (``workdays_between``), for
    many days at once: one walk over the calendar instead of one per matter."""
    wanted = sorted(set(days))
    if not wanted:
        return {}
    out: dict[date, int] = {}
    count = 0
    current = as_of
    i = len(wanted) - 1
    # walk backwards from as_of; count holds workdays in (current, as_of]
    while i >= 0:
        d = wanted[i]
        if d >= as_of:
            out[d] = 0
            i -= 1
            continue
        while current > d:
            if is_workday(current)[0]:
                count += 1
            current -= timedelta(days=1)
        out[d] = count
        i -= 1
    return out


def unresolved_at(as_of: date) -> Any:
    """Not resolved by the end of ``as_of`` (a matter resolved later was still open then)."""
    return or_(Matter.status != MatterStatus.RESOLVED.value, Matter.resolved_date.is_(None),
               Matter.resolved_date > as_of)


def overdue_at(as_of: date) -> list[Any]:
    """The statistics' "overdue on ``as_of``"."""
    return [Matter.deleted.is_(False), Matter.received_date <= as_of, Matter.deadline < as_of,
            unresolved_at(as_of)]


def _last_reply(as_of: date) -> Any:
    return (select(Reply.matter_id, func.max(Reply.reply_date).label("d"))
            .where(Reply.deleted.is_(False), Reply.reply_date <= as_of)
            .group_by(Reply.matter_id).subquery())


def _is_waiting(status: str, escalated: date | None, last_reply: date | None,
                as_of: date) -> bool:
    return (escalated is not None and escalated <= as_of
            and status in (MatterStatus.ESCALATED.value, MatterStatus.ANSWERED.value)
            and (last_reply is None or last_reply < escalated))


def _notice_counts(s: Session) -> dict[str, tuple[int, date]]:
    rows = s.execute(
        select(SupervisionItem.matter_id, func.count(), func.max(SupervisionNotice.issue_date))
        .join(SupervisionNotice, SupervisionNotice.id == SupervisionItem.notice_id)
        .where(SupervisionItem.deleted.is_(False), SupervisionNotice.deleted.is_(False))
        .group_by(SupervisionItem.matter_id))
    return {mid: (int(n), d) for mid, n, d in rows}


def read_supervision(s: Session, as_of: date, village: str = "", owner: str = ""
                     ) -> SupervisionList:
    """The list as of ``as_of`` (optionally one village / one owner cadre)."""
    station = get_station(s)
    if station is None:
        raise MinqingError("no_station", path="")
    names = {v.code: v.name for v in list_villages(s)}
    last = _last_reply(as_of)
    where = overdue_at(as_of)
    if village:
        where.append(Matter.village_code == village)
    if owner:
        where.append(Matter.owner_cadre_id == owner)
    q = (select(Matter.id, Matter.village_code, Matter.title, Matter.category,
                Matter.owner_cadre_id, Cadre.name, Matter.received_date, Matter.deadline,
                Matter.status, Matter.escalated_date, last.c.d, Household.head_name,
                Household.phone, Matter.urgency)
         .outerjoin(Cadre, Cadre.id == Matter.owner_cadre_id)
         .outerjoin(Household, Household.id == Matter.household_id)
         .outerjoin(last, last.c.matter_id == Matter.id)
         .where(*where)
         .order_by(Matter.deadline, Matter.village_code, Matter.id))
    rows = s.execute(q).all()
    wq = (select(Matter.id, Matter.village_code, Matter.title, Matter.category, Cadre.name,
                 Matter.escalated_date, Matter.deadline, Matter.status, last.c.d)
          .outerjoin(Cadre, Cadre.id == Matter.owner_cadre_id)
          .outerjoin(last, last.c.matter_id == Matter.id)
          .where(Matter.deleted.is_(False), Matter.escalated_date.is_not(None),
                 Matter.escalated_date <= as_of,
                 Matter.status.in_([MatterStatus.ESCALATED.value, MatterStatus.ANSWERED.value]),
                 or_(last.c.d.is_(None), last.c.d < Matter.escalated_date),
                 unresolved_at(as_of),
                 *([Matter.village_code == village] if village else []),
                 *([Matter.owner_cadre_id == owner] if owner else []))
          .order_by(Matter.escalated_date, Matter.village_code, Matter.id))
    wrows = s.execute(wq).all()
    notices = _notice_counts(s)
    nq = select(SupervisionNotice.village_code, func.count()).where(
        SupervisionNotice.deleted.is_(False)).group_by(SupervisionNotice.village_code)
    notices_by_village = {c: int(n) for c, n in s.execute(nq)}
    wd = workday_counts([r[7] for r in rows] + [r[5] for r in wrows], as_of)
    matters = []
    for (mid, vcode, title, cat, oid, oname, received, deadline, status, esc,
         lastr, hname, hphone, urgency) in rows:
        waiting = _is_waiting(status, esc, lastr, as_of)
        state = "waiting" if waiting else ("answered" if esc is not None else "")
        n, nd = notices.get(mid, (0, None))
        matters.append(OverdueMatter(
            mid, vcode, names.get(vcode, vcode), title, cat, oid, oname or "", received,
            deadline, status, (as_of - deadline).days, wd[deadline], esc is not None, state,
            (as_of - esc).days if waiting and esc is not None else None, n, nd,
            hname or "", hphone or "", urgency))
    matters.sort(key=lambda m: (-m.days_overdue, m.village_code, m.id))
    waiting_list = []
    for mid, vcode, title, cat, oname, esc, deadline, _st, _l in wrows:
        waiting_list.append(WaitingEscalation(
            mid, vcode, names.get(vcode, vcode), title, cat, oname or "", esc, deadline,
            (as_of - esc).days, wd[esc], deadline < as_of))
    per: dict[str, list[OverdueMatter]] = defaultdict(list)
    for m in matters:
        per[m.village_code].append(m)
    wper: dict[str, int] = defaultdict(int)
    for w in waiting_list:
        wper[w.village_code] += 1
    codes = [village] if village else sorted(set(names) | set(per) | set(wper))
    by_village = tuple(VillageOverdue(
        c, names.get(c, c), len(per[c]), max((m.days_overdue for m in per[c]), default=0),
        sum(1 for m in per[c] if m.workdays_overdue > 10), wper[c],
        notices_by_village.get(c, 0)) for c in codes)
    return SupervisionList(station.code, station.name, station.kind, as_of, tuple(matters),
                           tuple(waiting_list), by_village)


def supervision_list(ctx: AppContext, as_of: date | None = None, village: str = "",
                     owner: str = "") -> SupervisionList:
    with ctx.read() as s:
        return read_supervision(s, as_of or date.today(), village, owner)


@dataclass(frozen=True)
class AnsweredEscalation:
    """An escalated matter the township answered in a period (the meeting report's list)."""

    id: str
    village_code: str
    village_name: str
    title: str
    category: str
    escalated_date: date | None
    reply_date: date
    reply_text: str
    days_to_answer: int | None
    status: str


def answered_between(s: Session, first: date, last: date) -> list[AnsweredEscalation]:
    """Replies the township wrote between ``first`` and ``last`` with their matters."""
    names = {v.code: v.name for v in list_villages(s)}
    rows = s.execute(
        select(Matter.id, Matter.village_code, Matter.title, Matter.category,
               Matter.escalated_date, Reply.reply_date, Reply.text, Matter.status)
        .join(Reply, Reply.matter_id == Matter.id)
        .where(Reply.deleted.is_(False), Matter.deleted.is_(False),
               Reply.reply_date >= first, Reply.reply_date <= last)
        .order_by(Reply.reply_date, Matter.village_code, Matter.id))
    return [AnsweredEscalation(mid, code, names.get(code, code), title, cat, esc, rd, text,
                               (rd - esc).days if esc else None, status)
            for mid, code, title, cat, esc, rd, text, status in rows]


# ----------------------------------------------------------------------------- notices

@dataclass(frozen=True)
class NoticeLine:
    matter_id: str
    title: str
    category: str
    owner_name: str
    received_date: date
    deadline: date
    days_overdue: int
    workdays_overdue: int


@dataclass(frozen=True)
class Notice:
    """A supervision notice as issued (the township) or received (the village)."""

    id: str
    notice_no: str
    village_code: str
    village_name: str
    township_name: str
    owner_cadre_id: str | None
    owner_name: str
    issue_date: date
    as_of: date
    reply_by: date
    matter_count: int
    note: str
    issued_by: str
    lines: tuple[NoticeLine, ...]

    def days_left(self, today: date) -> int:
        return (self.reply_by - today).days


def issue_notice(ctx: AppContext, village_code: str, owner_cadre_id: str | None = None,
                 as_of: date | None = None, reply_by: date | None = None,
                 note: str = "", matter_id: str = "") -> Notice:
    """Record a supervision notice for the village's (or one owner's) overdue matters as of
    ``as_of``. Township only; refuses when nothing is overdue. One transaction, audited."""
    today = date.today()
    as_of = as_of or today
    with ctx.read() as s:
        station = get_station(s)
        assert station is not None
        if station.kind not in (StationKind.TOWNSHIP, StationKind.COUNTY):
            raise MinqingError("notice_township_only")
        names = {v.code: v.name for v in list_villages(s)}
        if village_code not in names:
            raise ValidationError("village", "notice_unknown_village", value=village_code)
        lst = read_supervision(s, as_of, village_code, owner_cadre_id or "")
    if matter_id:  # a notice on one overdue matter (the county supervising a single case)
        lst = replace(lst, matters=tuple(m for m in lst.matters if m.id == matter_id))
    if not lst.matters:
        raise MinqingError("notice_nothing_overdue", village=names[village_code],
                           as_of=as_of.isoformat())
    reply_by = reply_by or add_workdays(today, REPLY_WORKDAYS)[0]
    if reply_by < today:
        raise ValidationError("reply_by", "notice_reply_by_past", value=reply_by.isoformat())
    note = note.strip()[:MAX_NOTICE_NOTE]
    with ctx.uow() as uow:
        s = uow.session
        year_start = date(today.year, 1, 1)
        # numbered per issuer: a county holds its townships' notices too (they travel up)
        n = s.execute(select(func.count()).select_from(SupervisionNotice).where(
            SupervisionNotice.issue_date >= year_start,
            SupervisionNotice.origin_code == station.code)).scalar_one()
        prefix = COUNTY_PREFIX if station.kind == StationKind.COUNTY else "督"
        no = f"{prefix}{today.year}-{int(n) + 1:03d}"
        owner_name = lst.matters[0].owner_name if owner_cadre_id else ""
        notice = uow.add_record(SupervisionNotice(
            village_code=village_code, owner_cadre_id=owner_cadre_id, notice_no=no,
            issue_date=today, as_of=as_of, reply_by=reply_by, matter_count=len(lst.matters),
            note=note, issued_by=ctx.actor), "supervision_notice")
        for m in lst.matters:
            uow.add_record(SupervisionItem(notice_id=notice.id, matter_id=m.id,
                                           days_overdue=m.days_overdue), "supervision_item")
        nid = notice.id
        uow.commit()
    lines = tuple(NoticeLine(m.id, m.title, m.category, m.owner_name, m.received_date,
                             m.deadline, m.days_overdue, m.workdays_overdue)
                  for m in sorted(lst.matters, key=lambda m: (m.owner_name, -m.days_overdue)))
    return Notice(nid, no, village_code, names[village_code], station.name, owner_cadre_id,
                  owner_name, today, as_of, reply_by, len(lines), note, ctx.actor, lines)


def issue_township_notices(ctx: AppContext, township_code: str, as_of: date | None = None,
                           reply_by: date | None = None, note: str = "") -> list[Notice]:
    """County: one supervision notice per village of ``township_code`` that has overdue
    matters (the county supervises a township through its villages' matters, as the township
    does). Each notice is its own transaction; refuses when nothing in the township is overdue."""
    as_of = as_of or date.today()
    with ctx.read() as s:
        station = get_station(s)
        assert station is not None
        if station.kind != StationKind.COUNTY:
            raise MinqingError("county_only")
        peer = s.get(SyncPeer, township_code)
        if peer is None or peer.kind != StationKind.TOWNSHIP:
            raise ValidationError("township", "batch_peer_not_enrolled", code=township_code)
        lst = read_supervision(s, as_of)
    villages = sorted({m.village_code for m in lst.matters
                       if m.village_code.startswith(township_code)})
    if not villages:
        raise MinqingError("county_notice_nothing_overdue", township=peer.name,
                           as_of=as_of.isoformat())
    return [issue_notice(ctx, v, as_of=as_of, reply_by=reply_by, note=note) for v in villages]


def county_notice_id(county_id: str) -> str:
    """The id of a township's copy of a county notice (or item): derived, so accepting the same
    county reply twice, or a later reply carrying the same notice again, adds nothing."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"minqing:county-notice:{county_id}"))


def adopt_county_notices(uow: UnitOfWork, county_name: str, notices: list[dict[str, Any]],
                         items: list[dict[str, Any]]) -> list[str]:
    """Township, inside the unit of work that accepts the county's reply: each county notice
    becomes a notice of the township's own — same number (县督…), reply-by and matters, the
    county named in its note and as issuer — so the township's supervision page lists it and
    its next reply batch to the village carries it like any notice it issued (the village
    checks the township's signature, as always). Returns the ids of the notices added."""
    s = uow.session
    by_notice: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for it in items:
        if not it["deleted"]:
            by_notice[it["notice_id"]].append(it)
    added = []
    for n in notices:
        nid = county_notice_id(n["id"])
        if n["deleted"] or s.get(SupervisionNotice, nid) is not None:
            continue
        lines = [it for it in by_notice.get(n["id"], [])
                 if s.get(Matter, it["matter_id"]) is not None]
        if not lines:
            continue
        owner = n["owner_cadre_id"] if n["owner_cadre_id"] and \
            s.get(Cadre, n["owner_cadre_id"]) is not None else None
        note = f"{county_name}督办" + (f"：{n['note']}" if n["note"] else "")
        uow.add_record(SupervisionNotice(
            id=nid, village_code=n["village_code"], owner_cadre_id=owner,
            notice_no=n["notice_no"][:32], issue_date=n["issue_date"], as_of=n["as_of"],
            reply_by=n["reply_by"], matter_count=len(lines), note=note[:MAX_NOTICE_NOTE],
            issued_by=county_name[:64]), "supervision_notice")
        for it in lines:
            uow.add_record(SupervisionItem(id=county_notice_id(it["id"]), notice_id=nid,
                                           matter_id=it["matter_id"],
                                           days_overdue=it["days_overdue"]),
                           "supervision_item")
        added.append(nid)
    return added


def _notices(s: Session, where: list[Any]) -> list[Notice]:
    station = get_station(s)
    assert station is not None
    township = station.name if station.kind == StationKind.TOWNSHIP else \
        "" if station.kind == StationKind.COUNTY else station.township_name
    # a village set up without its township's name knows it from the township's station card
    peers = dict(s.execute(select(SyncPeer.code, SyncPeer.name)).all())
    names = {v.code: v.name for v in list_villages(s)}
    heads = s.execute(select(SupervisionNotice, Cadre.name)
                      .outerjoin(Cadre, Cadre.id == SupervisionNotice.owner_cadre_id)
                      .where(SupervisionNotice.deleted.is_(False), *where)
                      .order_by(SupervisionNotice.reply_by, SupervisionNotice.notice_no)).all()
    ids = [n.id for n, _ in heads]
    lines: dict[str, list[NoticeLine]] = defaultdict(list)
    owner = Cadre.__table__.alias("owner")
    for i in range(0, len(ids), 500):
        rows = s.execute(
            select(SupervisionItem.notice_id, Matter.id, Matter.title, Matter.category,
                   owner.c.name, Matter.received_date, Matter.deadline,
                   SupervisionItem.days_overdue, SupervisionNotice.as_of)
            .join(Matter, Matter.id == SupervisionItem.matter_id)
            .join(SupervisionNotice, SupervisionNotice.id == SupervisionItem.notice_id)
            .outerjoin(owner, owner.c.id == Matter.owner_cadre_id)
            .where(SupervisionItem.notice_id.in_(ids[i:i + 500]),
                   SupervisionItem.deleted.is_(False))
            .order_by(owner.c.name, SupervisionItem.days_overdue.desc()))
        for nid, mid, title, cat, oname, rec, dl, days, as_of in rows:
            wd = workday_counts([dl], as_of)[dl]
            lines[nid].append(NoticeLine(mid, title, cat, oname or "", rec, dl, days, wd))
    return [Notice(n.id, n.notice_no, n.village_code, names.get(n.village_code, n.village_code),
                   township or peers.get(n.origin_code, "") or peers.get(n.village_code[:9], ""),
                   n.owner_cadre_id, oname or "",
                   n.issue_date, n.as_of, n.reply_by,
                   n.matter_count, n.note, n.issued_by, tuple(lines[n.id]))
            for n, oname in heads]


def get_notice(ctx: AppContext, notice_id: str) -> Notice:
    with ctx.read() as s:
        found = _notices(s, [SupervisionNotice.id == notice_id])
    if not found:
        raise MinqingError("not_found", what="督办单", key=notice_id)
    return found[0]


def list_notices(ctx: AppContext, village_code: str = "") -> list[Notice]:
    """Notices issued (township) or received (village), earliest reply-by first."""
    with ctx.read() as s:
        return _notices(s, [SupervisionNotice.village_code == village_code]
                        if village_code else [])


def county_notices(ctx: AppContext) -> list[Notice]:
    """A township's notices adopted from its county (numbered 县督…), earliest reply-by first;
    empty elsewhere (a county lists the ones it issued with ``list_notices``)."""
    with ctx.read() as s:
        station = get_station(s)
    if station is None or station.kind != StationKind.TOWNSHIP:
        return []
    return [n for n in list_notices(ctx) if n.notice_no.startswith(COUNTY_PREFIX)]


def notices_count(ctx: AppContext, since: date | None = None) -> int:
    with ctx.read() as s:
        q = select(func.count()).select_from(SupervisionNotice).where(
            SupervisionNotice.deleted.is_(False))
        if since is not None:
            q = q.where(SupervisionNotice.issue_date >= since)
        return int(s.execute(q).scalar_one())


@dataclass(frozen=True)
class MatterSupervision:
    """What a matter card shows: listed on supervision notices, the latest reply-by date."""

    notices: int
    latest_no: str
    reply_by: date


def matter_supervision(ctx: AppContext, matter_id: str) -> MatterSupervision | None:
    with ctx.read() as s:
        rows = s.execute(
            select(SupervisionNotice.notice_no, SupervisionNotice.reply_by)
            .join(SupervisionItem, SupervisionItem.notice_id == SupervisionNotice.id)
            .where(SupervisionItem.matter_id == matter_id, SupervisionItem.deleted.is_(False),
                   SupervisionNotice.deleted.is_(False))
            .order_by(SupervisionNotice.issue_date, SupervisionNotice.notice_no)).all()
    if not rows:
        return None
    return MatterSupervision(len(rows), rows[-1][0], rows[-1][1])


def supervised_matter_ids(ctx: AppContext) -> frozenset[str]:
    """Every matter listed on some notice and not yet resolved (the matters list's marker)."""
    with ctx.read() as s:
        return frozenset(s.execute(
            select(SupervisionItem.matter_id).join(Matter, Matter.id == SupervisionItem.matter_id)
            .where(SupervisionItem.deleted.is_(False),
                   Matter.status != MatterStatus.RESOLVED.value)).scalars())

