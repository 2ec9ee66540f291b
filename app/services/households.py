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

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import ValidationError, ValidationErrors
from app.pinyin import name_keys
from app.services.station import ensure_group
from app.uow import UnitOfWork
from app.validation import check_id_number, check_phone, check_required, normalize_text
from models import Assignment, Cadre, Group, Household, Visit
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
    errors: list[ValidationError] = []
    out = HouseholdInput(head_name="", group_number=data.group_number, tags=list(data.tags),
                         note=data.note.strip(), address=normalize_text(data.address),
                         village_code=data.village_code, members_count=data.members_count)
    try:
        out.head_name = check_required(normalize_text(data.head_name), "head_name")
    except ValidationError as e:
        errors.append(e)
    try:
        out.id_number = check_id_number(data.id_number, "id_number", today)
    except ValidationError as e:
        errors.append(e)
    try:
        out.phone = check_phone(data.phone, "phone")
    except ValidationError as e:
        errors.append(e)
    if not 1 <= int(data.members_count) <= 30:
        errors.append(ValidationError("members_count", "unknown_value",
                                      value=str(data.members_count)))
    if data.group_number is not None and not 0 < data.group_number < 100:
        errors.append(ValidationError("group", "unknown_value", value=str(data.group_number)))
    unknown = [t for t in data.tags if t.strip() and t.strip() not in HOUSEHOLD_TAGS]
    if unknown:
        errors.append(ValidationError("tags", "unknown_value", value="、".join(unknown)))
    if errors:
        raise ValidationErrors(errors)
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
    return and_(Household.head_name >= q, Household.head_name < q + _HIGH)


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


def rows_for(session: Session, ids: list[str]) -> list[HouseholdRow]:
    """Full rows for a page of ids, in the order given (the list view fetches what it shows)."""
    if not ids:
        return []
    liaison = select(Assignment.household_id, Cadre.id, Cadre.name).join(
        Cadre, Cadre.id == Assignment.cadre_id).where(
        Assignment.household_id.in_(ids), Assignment.end_date.is_(None),
        Assignment.deleted.is_(False)).subquery()
    q = (
        select(Household, Group.name, liaison.c.id, liaison.c.name)
        .outerjoin(Group, Group.id == Household.group_id)
        .outerjoin(liaison, liaison.c.household_id == Household.id)
        .where(Household.id.in_(ids))
    )
    by_id: dict[str, HouseholdRow] = {}
    for hh, group_name, cadre_id, cadre_name in session.execute(q):
        by_id[hh.id] = HouseholdRow(
            id=hh.id, village_code=hh.village_code, group_name=group_name or "",
            head_name=hh.head_name, id_number=hh.id_number, phone=hh.phone,
            members_count=hh.members_count, address=hh.address, tags=decode_tags(hh.tags),
            liaison_id=cadre_id, liaison_name=cadre_name or "")
    return [by_id[i] for i in ids if i in by_id]


def search(session: Session, text: str, limit: int = 20) -> list[HouseholdRow]:
    """Search-as-you-type: the first ``limit`` households matching ``text``."""
    return rows_for(session, search_ids(session, HouseholdFilter(text=text), limit))


def get_household(session: Session, household_id: str) -> HouseholdRow | None:
    rows = rows_for(session, [household_id])
    return rows[0] if rows else None


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
