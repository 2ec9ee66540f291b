"""The household register: adding, editing, removing, and search.

Search is what clerks do all day. Every mode is an index range on a precomputed column, so it
costs the same at 250,000 households as at 1,000:
- Chinese characters → prefix of the head's name (``head_name >= q AND head_name < q+U+FFFF``);
- letters → prefix of the pinyin initials or of the full pinyin (``zs`` and ``zhangs`` find 张三);
- digits → prefix of the reversed ID or phone number, i.e. their last digits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    String,
    and_,
    bindparam,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from app.context import AppContext
from app.pinyin import name_keys
from app.services.station import ensure_group
from app.uow import UnitOfWork
from app.validation import (
    Problems,
    check_id_number,
    check_members,
    check_phone,
    check_required,
    mask_id,
    mask_phone,
    normalize_text,
)
from models import Assignment, Cadre, Group, Household, Member, Visit
from models.vocab import HOUSEHOLD_TAGS

_HIGH = "\uffff"


@dataclass
class HouseholdInput:
    head_name: str
    group_number: int | None = None
    id_number: str = ""
    phone: str = ""
    members_count: int = 1
    address: str = ""
    tags: list[str] = field(default_factory=list)
    note: str = ""
    village_code: str = ""


def search_keys(head_name: str, id_number: str, phone: str) -> dict[str, str]:
    initials, full = name_keys(head_name)
    return {"py_initials": initials, "py_full": full, "id_rev": id_number[::-1],
            "phone_rev": "".join(ch for ch in phone if ch.isdigit())[::-1]}


def encode_tags(tags: list[str]) -> str:
    clean = [t.strip() for t in tags if t.strip()]
    return "|" + "|".join(dict.fromkeys(clean)) + "|" if clean else ""


def decode_tags(value: str) -> list[str]:
    return [t for t in value.split("|") if t]


def validate(data: HouseholdInput, today: date | None = None) -> HouseholdInput:
    """Normalise and check every field, collecting all problems so a form can show them all."""
    problems = Problems()
    out = HouseholdInput(head_name="", group_number=data.group_number, tags=list(data.tags),
                         note=data.note.strip(), address=normalize_text(data.address),
                         village_code=data.village_code, members_count=data.members_count)
    out.head_name = problems.check(check_required, normalize_text(data.head_name), "head_name")
    out.id_number = problems.check(check_id_number, data.id_number, "id_number", today)
    out.phone = problems.check(check_phone, data.phone, "phone")
    problems.check(check_members, data.members_count, "members_count")
    if data.group_number is not None and not 0 < data.group_number < 100:
        problems.add("group", "unknown_value", value=str(data.group_number))
    unknown = [t for t in data.tags if t.strip() and t.strip() not in HOUSEHOLD_TAGS]
    if unknown:
        problems.add("tags", "unknown_value", value="、".join(unknown))
    problems.raise_if_any()
    return out


def _values(uow: UnitOfWork, data: HouseholdInput, village_code: str) -> dict[str, object]:
    group_id = ensure_group(uow, village_code, data.group_number) if data.group_number else None
    return {
        "village_code": village_code, "group_id": group_id, "head_name": data.head_name,
        "id_number": data.id_number, "phone": data.phone, "members_count": data.members_count,
        "address": data.address, "tags": encode_tags(data.tags), "note": data.note,
        **search_keys(data.head_name, data.id_number, data.phone),
    }


def add_household(ctx: AppContext, data: HouseholdInput) -> str:
    clean = validate(data)
    with ctx.uow() as uow:
        village = clean.village_code or ctx.station_code
        hh = uow.add_record(Household(**_values(uow, clean, village)), "household")
        uow.commit()
        return hh.id


def update_household(ctx: AppContext, household_id: str, data: HouseholdInput) -> bool:
    clean = validate(data)
    with ctx.uow() as uow:
        hh = uow.get(Household, household_id, "household")
        changed = uow.update_record(hh, "household", **_values(uow, clean, hh.village_code))
        uow.commit()
        return bool(changed)


def remove_household(ctx: AppContext, household_id: str) -> None:
    with ctx.uow() as uow:
        hh = uow.get(Household, household_id, "household")
        uow.delete_record(hh, "household")
        uow.commit()


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    village_code: str
    group_name: str
    head_name: str
    id_number: str
    phone: str
    members_count: int
    address: str
    tags: list[str]
    liaison_id: str | None
    liaison_name: str


@dataclass(frozen=True)
class HouseholdFilter:
    """What the register list is narrowed by; every field optional."""

    text: str = ""
    village_code: str = ""
    group_id: str = ""
    tag: str = ""
    liaison_id: str = ""
    not_visited_in_year: int | None = None


def _text_condition(text: str) -> object | None:
    q = normalize_text(text).replace(" ", "")
    if not q:
        return None
    if q.isdigit() or (q[:-1].isdigit() and q[-1] in "xX"):
        rev = q.upper()[::-1]
        return or_(and_(Household.id_rev >= rev, Household.id_rev < rev + _HIGH),
                   and_(Household.phone_rev >= rev, Household.phone_rev < rev + _HIGH))
    if q.isascii():
        low = q.lower()
        return or_(and_(Household.py_initials >= low, Household.py_initials < low + _HIGH),
                   and_(Household.py_full >= low, Household.py_full < low + _HIGH))
    # Characters: anywhere in the name (秀 finds 王秀英). A scan, ~25 ms at 250,000 households —
    # the register list can afford it; the visit form's picker keeps its indexed prefix search.
    return Household.head_name.contains(q, autoescape=True)


def _liaison_subquery() -> object:
    return (
        select(Assignment.household_id, Assignment.cadre_id)
        .where(Assignment.end_date.is_(None), Assignment.deleted.is_(False))
        .subquery()
    )


def filtered_query(flt: HouseholdFilter) -> Select[Any]:
    """Ids of active households matching ``flt``, in register order (group, name)."""
    q = select(Household.id).where(Household.deleted.is_(False))
    cond = _text_condition(flt.text)
    if cond is not None:
        q = q.where(cond)  # type: ignore[arg-type]
    if flt.village_code:
        q = q.where(Household.village_code == flt.village_code)
    if flt.group_id:
        q = q.where(Household.group_id == flt.group_id)
    if flt.tag:
        q = q.where(Household.tags.like(f"%|{flt.tag}|%"))
    if flt.liaison_id:
        q = q.where(Household.id.in_(
            select(Assignment.household_id).where(
                Assignment.cadre_id == flt.liaison_id, Assignment.end_date.is_(None),
                Assignment.deleted.is_(False))))
    if flt.not_visited_in_year:
        start = date(flt.not_visited_in_year, 1, 1)
        end = date(flt.not_visited_in_year, 12, 31)
        q = q.where(~Household.id.in_(
            select(Visit.household_id).where(
                Visit.visit_date >= start, Visit.visit_date <= end, Visit.deleted.is_(False),
                Visit.household_id.is_not(None))))
    return q


def count(session: Session, flt: HouseholdFilter) -> int:
    return session.execute(
        select(func.count()).select_from(filtered_query(flt).subquery())
    ).scalar_one()


def search_ids(session: Session, flt: HouseholdFilter, limit: int = 50, offset: int = 0
               ) -> list[str]:
    q = filtered_query(flt)
    if flt.text:
        # Search results: the index order of the matched column is good enough and fast.
        q = q.limit(limit).offset(offset)
    else:
        q = (q.outerjoin(Group, Group.id == Household.group_id)
             .order_by(Household.village_code, Group.number, Household.py_full, Household.id)
             .limit(limit).offset(offset))
    return [str(i) for i in session.execute(q).scalars()]


_ROW_COLUMNS = (Household.id, Household.village_code, Group.name, Household.head_name,
                Household.id_number, Household.phone, Household.members_count,
                Household.address, Household.tags)


def _row_select(ids_clause: Any) -> Select[*tuple[Any, ...]]:
    """Plain columns (no ORM objects) of households in ``ids_clause``, with group and current
    liaison: one statement, so a page of the list costs one round trip."""
    return (
        select(*_ROW_COLUMNS, Cadre.id, Cadre.name)
        .outerjoin(Group, Group.id == Household.group_id)
        .outerjoin(Assignment, (Assignment.household_id == Household.id)
                   & Assignment.end_date.is_(None) & Assignment.deleted.is_(False))
        .outerjoin(Cadre, Cadre.id == Assignment.cadre_id)
        .where(Household.id.in_(ids_clause))
    )


def _to_row(r: Any) -> HouseholdRow:
    return HouseholdRow(id=r[0], village_code=r[1], group_name=r[2] or "", head_name=r[3],
                        id_number=r[4], phone=r[5], members_count=r[6], address=r[7],
                        tags=decode_tags(r[8]), liaison_id=r[9], liaison_name=r[10] or "")


def rows_for(session: Session, ids: list[str]) -> list[HouseholdRow]:
    """Full rows for a page of ids, in the order given (the list view fetches what it shows)."""
    if not ids:
        return []
    by_id = {r[0]: _to_row(r) for r in session.connection().execute(_row_select(ids))}
    return [by_id[i] for i in ids if i in by_id]


def _search_statement(kind: str) -> Select[*tuple[Any, ...]]:
    lo: BindParameter[str] = bindparam("lo", type_=String)
    hi: BindParameter[str] = bindparam("hi", type_=String)
    conds = {
        "digits": or_(and_(Household.id_rev >= lo, Household.id_rev < hi),
                      and_(Household.phone_rev >= lo, Household.phone_rev < hi)),
        "pinyin": or_(and_(Household.py_initials >= lo, Household.py_initials < hi),
                      and_(Household.py_full >= lo, Household.py_full < hi)),
        "name": and_(Household.head_name >= lo, Household.head_name < hi),
    }
    ids = (select(Household.id).where(Household.deleted.is_(False), conds[kind])
           .limit(bindparam("limit")).scalar_subquery())
    return _row_select(ids)


# Built once: per keystroke only the bound values change, so SQLAlchemy reuses the compiled SQL.
_SEARCH = {kind: _search_statement(kind) for kind in ("digits", "pinyin", "name")}


def search(session: Session, text: str, limit: int = 20) -> list[HouseholdRow]:
    """Search-as-you-type: the first ``limit`` households matching ``text``, by name."""
    q = normalize_text(text).replace(" ", "")
    if not q:
        return []
    if q.isdigit() or (q[:-1].isdigit() and q[-1] in "xX"):
        kind, key = "digits", q.upper()[::-1]
    elif q.isascii():
        kind, key = "pinyin", q.lower()
    else:
        kind, key = "name", q
    # Through the connection, not the ORM session: these are plain column rows, and skipping the
    # ORM execution path halves the per-keystroke cost (bench/search.py).
    result = session.connection().execute(
        _SEARCH[kind], {"lo": key, "hi": key + _HIGH, "limit": limit})
    return sorted((_to_row(r) for r in result), key=lambda r: (r.head_name, r.id))


def get_household(session: Session, household_id: str) -> HouseholdRow | None:
    rows = rows_for(session, [household_id])
    return rows[0] if rows else None


@dataclass
class MemberInput:
    name: str
    relation: str = ""
    id_number: str = ""
    phone: str = ""
    note: str = ""


@dataclass(frozen=True)
class MemberRow:
    id: str
    name: str
    relation: str
    id_number: str
    phone: str
    note: str


def _validate_member(data: MemberInput) -> MemberInput:
    problems = Problems()
    out = MemberInput(name="", relation=data.relation.strip(), note=data.note.strip())
    out.name = problems.check(check_required, normalize_text(data.name), "name")
    out.id_number = problems.check(check_id_number, data.id_number, "id_number")
    out.phone = problems.check(check_phone, data.phone, "phone")
    problems.raise_if_any()
    return out


def add_member(ctx: AppContext, household_id: str, data: MemberInput) -> str:
    """Add a family member; the household's head count follows the members on record."""
    clean = _validate_member(data)
    with ctx.uow() as uow:
        house = uow.get(Household, household_id, "household")
        member = uow.add_record(Member(household_id=house.id, name=clean.name,
                                       relation=clean.relation, id_number=clean.id_number,
                                       phone=clean.phone, note=clean.note), "member")
        known = uow.session.execute(select(func.count()).select_from(Member).where(
            Member.household_id == house.id, Member.deleted.is_(False))).scalar_one()
        if known + 1 > house.members_count:  # the head plus the members on record
            uow.update_record(house, "household", members_count=known + 1)
        uow.commit()
        return member.id


def remove_member(ctx: AppContext, member_id: str) -> None:
    with ctx.uow() as uow:
        uow.delete_record(uow.get(Member, member_id, "member"), "member")
        uow.commit()


def list_members(session: Session, household_id: str) -> list[MemberRow]:
    q = (select(Member).where(Member.household_id == household_id, Member.deleted.is_(False))
         .order_by(Member.created_at))
    return [MemberRow(m.id, m.name, m.relation, m.id_number, m.phone, m.note)
            for m in session.execute(q).scalars()]
# --- paged reading for the register window (ui/household_model.py) -------------------------
# The window must cost what is visible, not what is stored: it asks for the register one page
# at a time. Without search text the register order is group by group (village, group number),
# then by pinyin; each page is read from one group through ix_household_village_group, so a
# page costs the same at 250,000 households as at 1,000.


@dataclass(frozen=True)
class Segment:
    """One stretch of the register order: a group of a village (``group_id`` None = no group)."""

    village_code: str
    group_id: str | None


def register_segments(session: Session, flt: HouseholdFilter) -> list[Segment]:
    """The groups the register is read through, in register order; households with no group
    come last in each village."""
    from models import Village

    villages = [flt.village_code] if flt.village_code else [
        str(v) for v in session.execute(
            select(Village.code).where(Village.deleted.is_(False)).order_by(Village.code)
        ).scalars()]
    if not villages:
        villages = [str(v) for v in session.execute(
            select(Household.village_code).distinct().order_by(Household.village_code)
        ).scalars()]
    groups = session.execute(
        select(Group.village_code, Group.id).where(Group.deleted.is_(False))
        .order_by(Group.village_code, Group.number)).all()
    out: list[Segment] = []
    for code in villages:
        for vcode, gid in groups:
            if vcode == code and (not flt.group_id or gid == flt.group_id):
                out.append(Segment(code, gid))
        if not flt.group_id:
            out.append(Segment(code, None))
    return out


def segment_ids(session: Session, flt: HouseholdFilter, seg: Segment, limit: int,
                offset: int = 0) -> list[str]:
    """One page of ids inside one segment, by pinyin."""
    q = filtered_query(flt).where(Household.village_code == seg.village_code)
    q = q.where(Household.group_id == seg.group_id if seg.group_id
                else Household.group_id.is_(None))
    q = q.order_by(Household.py_full, Household.id).limit(limit).offset(offset)
    return [str(i) for i in session.execute(q).scalars()]


# --- reads for the window that open their own session (new UI code opens none) ---------------

def household(ctx: AppContext, household_id: str) -> HouseholdRow | None:
    """One household with its current liaison cadre (the visit form defaults its cadre to it)."""
    with ctx.read() as s:
        return get_household(s, household_id)


# --- the register window: a known row count and one window of rows at a time ----------------
# ui/household_model.py asks for the count of the filter (``register_parts``: per village and
# group, one query), then for the rows it paints, a window at a time (``offset``/``limit``) in
# the order of the column the clerk sorted by. In the default order a window is a range of
# ix_household_register inside one group, read from the group's nearer end — so Ctrl+End
# or dragging the scroll bar to the bottom reads one window at the end, not everything before
# it. Other orders sort in SQL (one query a window).

REGISTER_SORTS = ("group", "head_name", "id_number", "phone", "members", "liaison", "tags")


def register_count(ctx: AppContext, flt: HouseholdFilter) -> int:
    """How many households the register lists for ``flt`` (the list's row count)."""
    with ctx.read() as s:
        return count(s, flt)


def _sort_order(sort: str, descending: bool) -> list[tuple[Any, bool]]:
    """The register's ORDER BY for ``sort`` as (column, descending) pairs; ties by pinyin, then
    id, so the order is total and windows never overlap."""
    choices: dict[str, list[Any]] = {
        "group": [Household.village_code, Group.number.is_(None), Group.number],
        "head_name": [Household.py_full],
        "id_number": [Household.id_number],
        "phone": [Household.phone],
        "members": [Household.members_count],
        "liaison": [Cadre.name.is_(None), Cadre.name],
        "tags": [Household.tags],
    }
    first = [(c, descending) for c in choices[sort if sort in REGISTER_SORTS else "group"]]
    then = [(Household.id, descending)] if sort == "head_name" \
        else [(Household.py_full, False), (Household.id, False)]
    return [*first, *then]


def _order_by(order: list[tuple[Any, bool]], mirrored: bool = False) -> list[Any]:
    """The ORDER BY clauses; ``mirrored`` reverses every column, i.e. the whole list (both
    SQLite and PostgreSQL place NULLs at the mirrored end under DESC, so it is exact)."""
    return [c.desc() if desc != mirrored else c.asc() for c, desc in order]


@dataclass(frozen=True)
class RegisterRow:
    """A register line as the window shows it: ID and phone numbers already masked here, the
    one place that decides what a list may show (the audited reveal is ``users.reveal_id``)."""

    id: str
    village_code: str
    group_name: str
    head_name: str
    id_shown: str
    phone_shown: str
    members_count: int
    address: str
    tags: list[str]
    liaison_id: str | None
    liaison_name: str


def _register_row(r: Any) -> RegisterRow:
    return RegisterRow(id=r[0], village_code=r[1], group_name=r[2] or "", head_name=r[3],
                       id_shown=mask_id(r[4] or ""), phone_shown=mask_phone(r[5] or ""),
                       members_count=r[6], address=r[7], tags=decode_tags(r[8]),
                       liaison_id=r[9], liaison_name=r[10] or "")


def _register_select(flt: HouseholdFilter, sort: str, *columns: Any) -> Select[Any]:
    """``columns`` of the households of ``flt`` with what ``sort`` orders by joined: the group
    (its number), and the current liaison only when the order is by liaison — so sorting a
    search's matches sorts narrow rows, and the names of a window are read for it alone."""
    q = (filtered_query(flt).with_only_columns(*columns)
         .outerjoin(Group, Group.id == Household.group_id))
    if sort == "liaison":
        q = (q.outerjoin(Assignment, (Assignment.household_id == Household.id)
                         & Assignment.end_date.is_(None) & Assignment.deleted.is_(False))
             .outerjoin(Cadre, Cadre.id == Assignment.cadre_id))
    return q


@dataclass(frozen=True)
class RegisterPart:
    """One stretch of the register's default order: the households of one village with one
    group number (``None``: no group), ``size`` of them under the filter."""

    village_code: str
    number: int | None
    group_ids: tuple[str | None, ...]
    size: int


@dataclass(frozen=True)
class RegisterCount:
    """The register's row count under a filter, by stretch of the default order: what maps a
    row number onto one index range of ix_household_register. ``parts`` is None for a search
    (its few matches are found through the search indexes and sorted: walking each group's
    index for them would read the whole register)."""

    total: int
    parts: tuple[RegisterPart, ...] | None = None


def register_parts(ctx: AppContext, flt: HouseholdFilter) -> RegisterCount:
    """The filter's households counted per village and group, in one GROUP BY query, ordered
    as the register lists them (village, group number, no group last); a search is counted
    whole, through its own index."""
    if _text_condition(flt.text) is not None:
        with ctx.read() as s:
            return RegisterCount(count(s, flt))
    # Grouped in the register index's own order (no sort); group numbers from their table.
    q = (filtered_query(flt)
         .with_only_columns(Household.village_code, Household.group_id, func.count())
         .group_by(Household.village_code, Household.group_id))
    with ctx.read() as s:
        numbers: dict[str, int] = dict(s.execute(select(Group.id, Group.number)).all())
        found = [(code, gid, numbers.get(gid) if gid else None, n)
                 for code, gid, n in s.execute(q).all()]
    merged: dict[tuple[str, int | None], tuple[list[str | None], int]] = {}
    for code, gid, number, n in found:
        ids, size = merged.get((code, number), ([], 0))
        merged[(code, number)] = ([*ids, gid], size + int(n))
    order = sorted(merged, key=lambda k: (k[0], k[1] is None, k[1] or 0))
    parts = tuple(RegisterPart(code, number, tuple(merged[(code, number)][0]),
                               merged[(code, number)][1]) for code, number in order)
    return RegisterCount(sum(p.size for p in parts), parts)


def _part_ids(s: Session, flt: HouseholdFilter, part: RegisterPart, offset: int,
              limit: int) -> list[str]:
    """Ids ``offset`` … ``offset + limit`` of one stretch, by pinyin then id: a range of
    ix_household_register, read from its nearer end."""
    gids = [g for g in part.group_ids if g is not None]
    choices: list[ColumnElement[bool]] = [Household.group_id.in_(gids)] if gids else []
    if None in part.group_ids:
        choices.append(Household.group_id.is_(None))
    in_part = or_(*choices)
    q = filtered_query(flt).where(Household.village_code == part.village_code, in_part)
    if offset + limit / 2 > part.size / 2:
        end = min(offset + limit, part.size)
        q = q.order_by(Household.py_full.desc(), Household.id.desc()) \
            .offset(part.size - end).limit(end - offset)
        return [str(i) for i in s.execute(q).scalars()][::-1]
    q = q.order_by(Household.py_full, Household.id).offset(offset).limit(limit)
    return [str(i) for i in s.execute(q).scalars()]


def register_rows(ctx: AppContext, flt: HouseholdFilter, sort: str = "group",
                  descending: bool = False, offset: int = 0, limit: int | None = 200,
                  total: int | None = None, count: RegisterCount | None = None
                  ) -> list[RegisterRow]:
    """One window of the register: rows ``offset`` … ``offset + limit`` of ``flt`` sorted by
    ``sort`` (one of ``REGISTER_SORTS``), numbers masked.

    In the group order with the list's ``count`` (``register_parts``) known, the window's
    ids are read stretch by stretch along the register index, each from its nearer end — so
    any window, the last included, costs about what the first costs. Other orders are one
    sorted query; with the ``total`` known, a window in the second half is read in the
    mirrored order from the end."""
    if sort == "group" and count is not None and count.parts is not None \
            and limit is not None:
        # Descending: the groups in reverse, each still by pinyin (as ``_sort_order`` says).
        parts = reversed(count.parts) if descending else iter(count.parts)
        ids: list[str] = []
        start = 0
        with ctx.read() as s:
            for part in parts:
                lo, hi = max(offset, start), min(offset + limit, start + part.size)
                if lo < hi:
                    ids += _part_ids(s, flt, part, lo - start, hi - lo)
                start += part.size
                if start >= offset + limit:
                    break
            if not ids:
                return []
            by_id = {r[0]: _register_row(r)
                     for r in s.connection().execute(_row_select(ids))}
        return [by_id[i] for i in ids if i in by_id]
    order = _sort_order(sort, descending)
    q = _register_select(flt, sort, Household.id)
    mirrored = (total is not None and limit is not None and offset > 0
                and offset + limit / 2 > total / 2)
    if mirrored:
        assert total is not None and limit is not None
        end = min(offset + limit, total)
        q = q.order_by(*_order_by(order, True)).offset(total - end).limit(end - offset)
    else:
        q = q.order_by(*_order_by(order)).offset(offset).limit(limit)
    with ctx.read() as s:
        ids = [str(i) for i in s.connection().execute(q).scalars()]
        if mirrored:
            ids.reverse()
        by_id = {r[0]: _register_row(r) for r in s.connection().execute(_row_select(ids))} \
            if ids else {}
    return [by_id[i] for i in ids if i in by_id]


def register_ids(ctx: AppContext, flt: HouseholdFilter, sort: str = "group",
                 descending: bool = False) -> list[str]:
    """Every id of ``flt`` in that order (a bulk action on a filtered list, e.g. assigning)."""
    q = _register_select(flt, sort, Household.id).order_by(
        *_order_by(_sort_order(sort, descending)))
    with ctx.read() as s:
        return [str(i) for i in s.connection().execute(q).scalars()]


def register_position(ctx: AppContext, flt: HouseholdFilter, household_id: str,
                      sort: str = "group", descending: bool = False) -> int:
    """The row of ``household_id`` in the register under ``flt`` and that order, or -1: one
    ROW_NUMBER() query (SQLite ≥ 3.25 and PostgreSQL), so re-selecting a household after a
    refresh does not read every id into Python."""
    rn = func.row_number().over(order_by=_order_by(_sort_order(sort, descending)))
    numbered = _register_select(flt, sort, Household.id.label("hid"), rn.label("rn")).subquery()
    with ctx.read() as s:
        found = s.execute(select(numbered.c.rn).where(numbered.c.hid == household_id)
                          ).scalar_one_or_none()
    return int(found) - 1 if found is not None else -1
