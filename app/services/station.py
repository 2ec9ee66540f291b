"""Setting up a station (W1) and the villages and groups it holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import StoreError
from app.store import Store
from app.uow import UnitOfWork
from app.validation import Problems, check_division_code, check_phone, check_required
from models import Group, Station, SyncPeer, Village
from models.vocab import StationKind

_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10}


@dataclass(frozen=True)
class StationInfo:
    code: str
    kind: str
    name: str
    township_code: str
    township_name: str
    office_days: str
    hotline: str
    address: str


def _info(st: Station) -> StationInfo:
    return StationInfo(st.code, st.kind, st.name, st.township_code, st.township_name,
                       st.office_days, st.hotline, st.address)


def get_station(session: Session) -> StationInfo | None:
    st = session.execute(select(Station)).scalar_one_or_none()
    return _info(st) if st else None


def station_info(ctx: AppContext) -> StationInfo:
    with ctx.read() as s:
        info = get_station(s)
    if info is None:
        raise StoreError("no_station", path=str(ctx.store.path))
    return info


def validate_station(kind: str, code: str, name: str, township_code: str = "",
                     township_name: str = "") -> StationInfo:
    """Check what ``init`` was given before any file is created."""
    problems = Problems()
    if kind not in set(StationKind):
        problems.add("kind", "unknown_value", value=kind)
    length = {StationKind.TOWNSHIP: 9, StationKind.COUNTY: 6}.get(kind, 12)  # type: ignore[call-overload]
    code = problems.check(check_division_code, code, "code", length)
    name = problems.check(check_required, name, "station_name")
    if township_code:
        township_code = problems.check(check_division_code, township_code, "township_code", 9)
    problems.raise_if_any()
    if kind == StationKind.VILLAGE and not township_code:
        township_code = code[:9]
    if kind == StationKind.TOWNSHIP:
        township_code, township_name = code, name
    if kind == StationKind.COUNTY:  # a county stands above townships: no township of its own
        township_code, township_name = "", ""
    return StationInfo(code, kind, name, township_code, township_name, "", "", "")


def init_station(store: Store, *, kind: str, code: str, name: str, township_code: str = "",
                 township_name: str = "", actor: str = "admin") -> StationInfo:
    """Create the station row (and, for a village, its own village row). Refuses a file that
    already holds a station."""
    v = validate_station(kind, code, name, township_code, township_name)
    kind, code, name = v.kind, v.code, v.name
    township_code, township_name = v.township_code, v.township_name
    with store.session() as s:
        existing = get_station(s)
    if existing is not None:
        raise StoreError("station_exists", path=str(store.path), name=existing.name,
                         code=existing.code)
    with UnitOfWork(store, actor, code) as uow:
        st = Station(code=code, kind=kind, name=name, township_code=township_code,
                     township_name=township_name)
        uow.session.add(st)
        uow.audit("create", "station", code, {"kind": kind, "name": name,
                                              "township_code": township_code})
        if kind == StationKind.VILLAGE:
            uow.add_record(Village(code=code, name=name, township_code=township_code), "village")
        # (imported here: reading a station's figures needs no cryptography — issue 11)
        from app.services.station_keys import ensure_keys_in

        ensure_keys_in(uow, code)  # each station gets its own key pair at init
        uow.commit()
        return _info(st)


def update_station(ctx: AppContext, *, name: str | None = None, office_days: str | None = None,
                   hotline: str | None = None, address: str | None = None) -> StationInfo:
    with ctx.uow() as uow:
        st = uow.session.execute(select(Station)).scalar_one()
        changes: dict[str, list[str]] = {}
        values = {"name": name, "office_days": office_days, "address": address,
                  "hotline": check_phone(hotline, "phone") if hotline else hotline}
        for key, value in values.items():
            if value is not None and getattr(st, key) != value:
                changes[key] = [getattr(st, key), value]
                setattr(st, key, value)
        if changes:
            uow.audit("update", "station", st.code, changes)
        uow.commit()
        return _info(st)


def add_village(ctx: AppContext, code: str, name: str) -> str:
    """A township registers one of its villages (normally this arrives with enrollment)."""
    code = check_division_code(code, "code", 12)
    name = check_required(name, "village_name")
    with ctx.uow() as uow:
        existing = uow.session.execute(select(Village).where(Village.code == code)).scalar()
        if existing is not None:
            uow.update_record(existing, "village", name=name, deleted=False)
            vid = existing.id
        else:
            vid = uow.add_record(Village(code=code, name=name, township_code=ctx.station_code),
                                 "village").id
        uow.commit()
    return vid


@dataclass(frozen=True)
class VillageRow:
    code: str
    name: str


def list_villages(session: Session) -> list[VillageRow]:
    rows = session.execute(
        select(Village.code, Village.name).where(Village.deleted.is_(False)).order_by(Village.code)
    )
    return [VillageRow(c, n) for c, n in rows]


def village_names(ctx: AppContext) -> dict[str, str]:
    """Code → name of every village the station holds (a township's register names them; a
    county's names each with its township too, as its villages come from many townships)."""
    with ctx.read() as s:
        names = {v.code: v.name for v in list_villages(s)}
        st = get_station(s)
        if st is not None and st.kind == StationKind.COUNTY:
            towns = dict(s.execute(select(SyncPeer.code, SyncPeer.name).where(
                SyncPeer.kind == StationKind.TOWNSHIP.value)).all())
            names = {c: f"{towns[c[:9]]} {n}" if c[:9] in towns else n for c, n in names.items()}
        return names


def parse_group_number(text: str) -> int | None:
    """'3', '3组', '第三组', '三组', '石江村3组', '十二组' → the number, or None."""
    text = text.strip()
    m = re.search(r"(\d+)", text.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if m:
        return int(m.group(1))
    m2 = re.search(r"([一二三四五六七八九十]+)\s*(组|$)", text)
    if not m2:
        return None
    word = m2.group(1)
    if word == "十":
        return 10
    if word.startswith("十"):
        return 10 + _CN_NUM[word[1]]
    if len(word) >= 2 and word[1] == "十":
        return _CN_NUM[word[0]] * 10 + (_CN_NUM[word[2]] if len(word) > 2 else 0)
    return _CN_NUM.get(word[0])


def ensure_group(uow: UnitOfWork, village_code: str, number: int) -> str:
    grp = uow.session.execute(
        select(Group).where(Group.village_code == village_code, Group.number == number)
    ).scalar_one_or_none()
    if grp is None:
        grp = uow.add_record(Group(village_code=village_code, number=number,
                                   name=f"第{number}组"), "group")
    return grp.id


@dataclass(frozen=True)
class GroupRow:
    id: str
    village_code: str
    number: int
    name: str


def list_groups(session: Session, village_code: str | None = None) -> list[GroupRow]:
    q = select(Group.id, Group.village_code, Group.number, Group.name).where(
        Group.deleted.is_(False))
    if village_code:
        q = q.where(Group.village_code == village_code)
    return [GroupRow(*r) for r in session.execute(q.order_by(Group.village_code, Group.number))]
