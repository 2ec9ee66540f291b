"""Realistic demo data: Chinese names and addresses, groups, cadres, contact cards, visits over
M months up to today, matters in every category and status (some overdue, some escalated and
answered). Deterministic for a seed; on a township it fills several villages as a merged township
store would hold them."""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from app import sqlite_adapter
from app.context import AppContext
from app.errors import MinqingError
from app.pinyin import name_keys
from app.services.bulk import insert_rows, stamp
from app.services.households import encode_tags
from app.services.matters import deadline_rules, deadline_workdays
from app.services.station import get_station, list_villages
from app.validation import id_check_digit
from app.workdays import add_workdays
from models import (
    Assignment,
    Cadre,
    ContactCard,
    Group,
    Household,
    Matter,
    MatterNote,
    PlanItem,
    Reply,
    Review,
    Village,
    Visit,
)
from models.vocab import (
    HOUSEHOLD_TAGS,
    MatterCategory,
    MatterStatus,
    MatterUrgency,
    StationKind,
    VisitMode,
)

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
            "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
            "欧阳单")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅文斌林生福贵荣春秋"
         "海波德永光辉成金凤云飞鹏俊家兴旺富民山水田禾堃淑贤德顺")
VILLAGE_NAMES = ("石江", "黄桥", "高沙", "竹市", "花园", "毓兰", "醪田", "罗溪", "水东", "杨林",
                 "山门", "岩山", "月溪", "江口", "桐山", "长塘", "大屋", "新田", "白竹", "石柱")
PLACES = ("屋场", "冲", "湾", "塘", "坪", "岭", "坳")
TITLES = ("村党支部书记", "村委会主任", "村文书", "妇女主任", "治保主任", "驻村干部", "驻村干部")
SUMMARIES = (
    "了解家庭生产生活情况，宣传惠民政策", "询问今年种植和务工收入情况", "看望留守老人，身体状况良好",
    "核实低保家庭收入变化", "宣传医保缴费政策", "了解子女上学情况", "听取对村道硬化的意见",
    "走访了解邻里关系", "反映饮水管道老化", "询问危房改造进度",
)
MATTERS: dict[str, tuple[str, ...]] = {
    MatterCategory.DISPUTE: ("与邻居宅基地界址纠纷", "山林权属争议", "家庭赡养纠纷", "田间排水纠纷"),
    MatterCategory.HARDSHIP: ("房屋漏雨需维修", "因病致贫申请临时救助", "饮水困难", "子女学费困难"),
    MatterCategory.SUGGESTION: ("建议硬化组道", "建议增设路灯", "建议修缮山塘", "建议开展技能培训"),
    MatterCategory.PETITION: ("反映征地补偿标准", "反映低保评定不公", "反映工程款拖欠"),
    MatterCategory.PROXY_LICENCE: ("代办身份证换领", "代办残疾证", "代办林权证"),
    MatterCategory.PROXY_SUBSIDY: ("代领耕地地力保护补贴", "代发高龄津贴"),
    MatterCategory.PROXY_ENQUIRY: ("代问养老保险到账情况", "代问医保报销进度"),
    MatterCategory.PROXY_SUPPLIES: ("代购化肥", "代购稻种"),
}
RESULTS = ("已现场调解，双方签订协议", "已协调相关部门解决", "已办理完毕并告知本人",
           "已纳入计划并答复群众", "已发放到位")


class _Ids:
    """Repeatable ids for a seed, distinct per station: two villages filled with the same seed
    must not share record ids, or the township could not hold both (batch import, issue 6).
    The salt leaves the random sequence, hence the demo data, unchanged."""

    def __init__(self, rng: random.Random, salt: str = "") -> None:
        self.rng = rng
        self.salt = int.from_bytes(hashlib.sha256(salt.encode()).digest()[:16], "big") \
            if salt else 0

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128) ^ self.salt, version=4))


def _person_id(rng: random.Random, area: str, birth: date) -> str:
    body = f"{area}{birth:%Y%m%d}{rng.randint(0, 999):03d}"
    return body + id_check_digit(body)


def _phone(rng: random.Random) -> str:
    return rng.choice(("13", "15", "18", "17", "19")) + f"{rng.randint(0, 999999999):09d}"


def _name(rng: random.Random) -> str:
    r = rng.random()
    surname = "欧阳" if r < 0.005 else rng.choice(SURNAMES[:-3])
    return surname + "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))


DemoRows = dict[type, list[dict[str, Any]]]


def fill_demo(ctx: AppContext, households: int = 600, months: int = 12, seed: int = 1,
              today: date | None = None) -> dict[str, int]:
    """Fill an empty, initialised station. Returns counts of what was written. The rows are
    generated and inserted a village (and ``FLUSH_VISITS`` visits) at a time, in one
    transaction: memory stays flat whatever the size (250,000 households, issue 11)."""
    chunks = iter_demo_rows(ctx, households, months, seed, today)
    return write_rows(ctx, chunks, {"seed": seed, "months": months})


def write_rows(ctx: AppContext, rows: DemoRows | Iterable[DemoRows],
               note: dict[str, Any]) -> dict[str, int]:
    """Insert prepared rows (one batch, or a stream of batches each in foreign-key order) in
    one transaction with one summary audit event. "The station is empty" is checked again
    inside that transaction (it holds the write lock): a roster import that committed while
    the rows were being prepared makes this a refusal, not an IntegrityError."""
    counts: dict[str, int] = {}
    with ctx.uow() as uow:
        existing = uow.session.execute(select(func.count()).select_from(Household)).scalar_one()
        if existing:
            raise MinqingError("demo_not_empty", count=existing)
        for chunk in ([rows] if isinstance(rows, dict) else rows):
            for model, items in chunk.items():
                name = model.__tablename__  # type: ignore[attr-defined,union-attr]
                counts[name] = counts.get(name, 0) + _insert(uow, model, items)
        uow.audit("demo", "station", ctx.station_code, {**note, **counts})
        uow.commit()
    return counts


def _insert(uow: Any, model: type, items: list[dict[str, Any]]) -> int:
    """The demo's rows straight to the driver on SQLite (``sqlite_adapter.fast_insert``: its
    per-value bind processing was most of the fill's cost over raw ``sqlite3``); otherwise — or
    on a county's PostgreSQL, where the bulk path is COPY — the common bulk insert."""
    if not items:
        return 0
    conn = uow.session.connection()
    table = model.__table__  # type: ignore[attr-defined]
    if conn.dialect.name != "sqlite" or not sqlite_adapter.fast_insert(conn, table, items):
        return insert_rows(uow, model, items)
    uow.record_bulk(table, rows=items)  # so check proves these rows too (app.row_digest)
    return len(items)


def build_demo_rows(ctx: AppContext, households: int, months: int, seed: int,
                    today: date | None = None) -> DemoRows:
    """Every row the demo writes, as plain dicts ready for a bulk insert (deterministic): the
    stream of ``iter_demo_rows`` gathered (benchmarks compare it with raw inserts)."""
    out: DemoRows = {}
    for chunk in iter_demo_rows(ctx, households, months, seed, today):
        for model, items in chunk.items():
            out.setdefault(model, []).extend(items)
    return out


FLUSH_VISITS = 20_000  # visits (with their matters) per batch of the stream


def _order() -> tuple[type, ...]:
    from models import BoxOpening, Event, EventHousehold, OpinionBox

    return (Village, Group, Household, Cadre, Assignment, ContactCard, Visit, Matter,
            MatterNote, Reply, PlanItem, Review, Event, EventHousehold, OpinionBox, BoxOpening)


def iter_demo_rows(ctx: AppContext, households: int, months: int, seed: int,
                   today: date | None = None) -> Iterator[DemoRows]:
    """The demo's rows in batches, each complete in foreign-key order (a batch only refers
    to rows of itself or of earlier batches). The same rows, in the same order, for a seed."""
    today = today or date.today()
    rng = random.Random(seed)
    with ctx.read() as s:
        station = get_station(s)
        existing = s.execute(select(func.count()).select_from(Household)).scalar_one()
        villages = list_villages(s)
    assert station is not None
    new_id = _Ids(rng, station.code)
    if existing:
        raise MinqingError("demo_not_empty", count=existing)
    start = today - timedelta(days=30 * months)
    created = datetime.combine(start - timedelta(days=30), time(8))
    origin_of = {}
    new_villages: list[dict[str, Any]] = []
    if station.kind == StationKind.TOWNSHIP:
        if not villages:
            n_v = max(2, min(20, households // 500 or 2))
            for i in range(n_v):
                code = f"{station.code}{201 + i:03d}"
                name = VILLAGE_NAMES[i % len(VILLAGE_NAMES)] + "村"
                new_villages.append({"id": new_id(), "code": code, "name": name,
                                     "township_code": station.code, "origin_code": code})
            village_codes = [v["code"] for v in new_villages]
        else:
            village_codes = [v.code for v in villages]
    else:
        village_codes = [station.code]
    for code in village_codes:
        origin_of[code] = code

    order = _order()
    rows: DemoRows = {m: [] for m in order}
    rows[Village] = new_villages
    rules = deadline_rules(ctx)  # the station's own time limits, and its holiday table
    from app.services.calendar import table_for

    holidays = table_for(ctx)
    deadlines: dict[tuple[date, int], date] = {}  # (received, workdays) → deadline, memoised
    all_cadres: list[dict[str, Any]] = []  # small: kept for the plans
    assignments: list[tuple[str, str, date, str]] = []  # (household, cadre, start, village)

    def flush() -> Iterator[DemoRows]:
        nonlocal rows
        for items in rows.values():
            for r in items:
                stamp(r, ctx.station_code, ctx.actor, created)
        if any(rows.values()):
            yield rows
        rows = {m: [] for m in order}

    per_village = max(1, households // len(village_codes))
    village_households: list[tuple[str, list[dict[str, Any]], list[str]]] = []
    for vi, vcode in enumerate(village_codes):
        n_hh = per_village if vi < len(village_codes) - 1 else households - per_village * vi
        n_groups = max(3, min(20, n_hh // 60))
        groups = []
        for g in range(1, n_groups + 1):
            gid = new_id()
            groups.append((gid, g))
            rows[Group].append({"id": gid, "village_code": vcode, "number": g,
                                "name": f"第{g}组", "origin_code": vcode})
        cadres = []
        for t_i, title in enumerate(TITLES[: max(4, min(len(TITLES), n_hh // 80))]):
            cid = new_id()
            cadres.append(cid)
            rows[Cadre].append({"id": cid, "village_code": vcode, "name": _name(rng),
                                "phone": _phone(rng), "title": title, "is_leader": t_i < 2,
                                "active": True, "origin_code": vcode})
            all_cadres.append(rows[Cadre][-1])
        area = vcode[:6]
        hh_ids = []
        for h in range(n_hh):
            hid = new_id()
            hh_ids.append(hid)
            gid, gno = groups[h * n_groups // max(1, n_hh)]
            name = _name(rng)
            birth = date(rng.randint(1940, 1995), rng.randint(1, 12), rng.randint(1, 28))
            idn = _person_id(rng, area, birth)
            phone = _phone(rng) if rng.random() < 0.9 else ""
            tags = [t for t in HOUSEHOLD_TAGS if rng.random() < 0.05]
            init, full = name_keys(name)
            rows[Household].append({
                "id": hid, "village_code": vcode, "group_id": gid, "head_name": name,
                "id_number": idn, "phone": phone, "members_count": rng.randint(1, 7),
                "address": f"{gno}组{rng.choice(SURNAMES[:20])}家{rng.choice(PLACES)}"
                           f"{rng.randint(1, 60)}号",
                "tags": encode_tags(tags), "note": "", "py_initials": init, "py_full": full,
                "id_rev": idn[::-1], "phone_rev": phone[::-1], "origin_code": vcode})
            cadre = cadres[(gno - 1) % len(cadres)]
            rows[Assignment].append({"id": new_id(), "household_id": hid, "cadre_id": cadre,
                                     "start_date": start, "end_date": None, "origin_code": vcode})
            assignments.append((hid, cadre, start, vcode))
        # contact cards: most households got one at the start of the period
        seq = 0
        cadre_info = {c["id"]: c for c in rows[Cadre] if c["village_code"] == vcode}
        village_groups = [g for g in rows[Group] if g["village_code"] == vcode]
        for a in rows[Assignment][-n_hh:]:
            if rng.random() < 0.85:
                seq += 1
                c = cadre_info[a["cadre_id"]]
                rows[ContactCard].append({
                    "id": new_id(), "household_id": a["household_id"],
                    "card_no": f"{vcode}-{seq:05d}",
                    "issue_date": start + timedelta(days=rng.randint(0, 20)),
                    "cadre_id": c["id"], "cadre_name": c["name"], "cadre_phone": c["phone"],
                    "origin_code": vcode})
        # visits: about 1.4 per household per year, spread over the period
        span = (today - start).days
        n_visits = int(n_hh * 1.4 * months / 12) + 1
        liaison = {a["household_id"]: a["cadre_id"] for a in rows[Assignment][-n_hh:]}
        yield from flush()
        modes = [m.value for m in VisitMode]
        weights = (60, 15, 12, 8, 3, 2)
        for _ in range(n_visits):
            hid = rng.choice(hh_ids)
            vdate = start + timedelta(days=rng.randint(0, span))
            mode = rng.choices(modes, weights)[0]
            vid = new_id()
            cadre = liaison[hid] if rng.random() < 0.8 else rng.choice(cadres)
            rows[Visit].append({"id": vid, "village_code": vcode, "household_id": hid,
                                "cadre_id": cadre, "visit_date": vdate, "mode": mode,
                                "summary": rng.choice(SUMMARIES), "origin_code": vcode})
            if rng.random() < 0.12:
                cat = rng.choices(list(MATTERS), (20, 18, 14, 4, 12, 10, 12, 10))[0]
                days = deadline_workdays(cat, MatterUrgency.NORMAL.value, rules)
                deadline = deadlines.get((vdate, days))
                if deadline is None:
                    deadline = deadlines[(vdate, days)] = add_workdays(vdate, days, holidays)[0]
                _demo_matter(rng, new_id, rows, vcode, vid, hid, cadre, vdate, today,
                             station.kind == StationKind.TOWNSHIP, station.code, cat, deadline)
            if len(rows[Visit]) >= FLUSH_VISITS:
                yield from flush()
        village_households.append((vcode, village_groups, hh_ids))
        yield from flush()
    _demo_plans(rows, seed, station.code, today, months, all_cadres, assignments)
    yield from flush()
    events_rng = random.Random(seed * 7919 + 12)
    events_ids = _Ids(random.Random(seed + 12), station.code)
    for vcode, village_groups, hh_ids in village_households:
        _demo_events(events_rng, events_ids, rows, vcode, village_groups, hh_ids, start, today)
        yield from flush()


PLAN_TEXTS = (
    ("visits", "走访第{g}组农户，重点看望留守老人"), ("visits", "完成第{g}组低保户入户核查"),
    ("matters", "调处第{g}组山林权属纠纷"), ("matters", "督办超期事项，逐件答复群众"),
    ("projects", "推进村道硬化工程第{g}段"), ("projects", "组织山塘清淤"),
    ("services", "代办高龄津贴申领"), ("services", "补发联系卡并登记"),
    ("other", "召开民情分析会"), ("other", "整理本月民情台账"),
)
NOT_DONE_REASONS = ("天气原因推迟", "当事人外出务工，未能见面", "资金尚未到位", "待乡镇协调")
REVIEW_REMARKS = ("办事认真，随叫随到", "政策讲得清楚", "希望多来组里走走", "反映的问题还没解决", "")


def _demo_plans(rows: DemoRows, seed: int, station_code: str, today: date,
                months: int, cadres: list[dict[str, Any]],
                assignments: list[tuple[str, str, date, str]]) -> None:
    """Plans for the last three months, this month and next, and villagers' ratings. A
    generator of their own, so the rest of the demo data is the same as before they existed."""
    rng = random.Random(seed * 7919 + 16)
    new_id = _Ids(rng, station_code + "/plans")
    this = today.year * 12 + today.month - 1
    span = min(3, max(0, months))
    for c in cadres:
        vcode = c["village_code"]
        for k in range(this - span, this + 2):
            y, m = divmod(k, 12)
            month = f"{y:04d}-{m + 1:02d}"
            for _ in range(rng.randint(3, 5)):
                cat, text = rng.choice(PLAN_TEXTS)
                assigned = rng.random() < 0.3
                status, note = ("approved" if assigned else "planned"), ""
                closed = confirmed = None
                if k < this:
                    r = rng.random()
                    status = "done" if r < 0.82 else "not_done" if r < 0.96 else "dropped"
                    note = rng.choice(NOT_DONE_REASONS) if status != "done" else "已完成"
                    closed = datetime.combine(date(y, m + 1, 28), time(17))
                    confirmed = closed + timedelta(days=3) if rng.random() < 0.85 else None
                elif k == this and rng.random() < 0.3:
                    status, note = "done", "已完成"
                    closed = datetime.combine(today, time(9))
                elif k == this and not assigned and rng.random() < 0.7:
                    status = "approved"
                rows[PlanItem].append({
                    "id": new_id(), "village_code": vcode, "cadre_id": c["id"], "month": month,
                    "text": text.format(g=rng.randint(1, 9)), "category": cat,
                    "origin": "assigned" if assigned else "proposed", "status": status,
                    "note": note, "evidence": "",
                    "approved_by": "" if status == "planned" else "admin",
                    "approved_at": None if status == "planned" else closed,
                    "closed_by": "clerk" if closed else "", "closed_at": closed,
                    "confirmed_by": "admin" if confirmed else "", "confirmed_at": confirmed,
                    "carried_from": "", "origin_code": vcode})
    start = today - timedelta(days=min(90, 30 * max(1, months)))
    for hid, cid, a_start, a_origin in assignments:
        if rng.random() >= 0.3:
            continue
        # about one in nine unsatisfied, so every demo station shows a few
        rating = "unsatisfied" if len(rows[Review]) % 9 == 4 else \
            rng.choices(("satisfied", "fair"), (74, 26))[0]
        rows[Review].append({
            "id": new_id(), "village_code": a_origin, "household_id": hid,
            "cadre_id": cid,
            "review_date": max(a_start, start + timedelta(
                days=rng.randint(0, max(0, (today - start).days)))),
            "rating": rating,
            "remark": rng.choice(REVIEW_REMARKS) if rng.random() < 0.4 else "",
            "occasion": rng.choice(("visit", "visit", "meeting", "yearly")),
            "origin_code": a_origin})


def _demo_events(rng: random.Random, new_id: _Ids, rows: DemoRows, vcode: str,
                 groups: list[dict[str, Any]], households: list[str], start: date,
                 today: date) -> None:
    """A year of the station's routine (issue 12): two joint office days, an analysis meeting
    and a box opening per group each month, a dialogue meeting now and then, the yearly
    representatives' meeting. Its own random stream, so the older demo rows stay as they were."""
    from models import BoxOpening, Event, EventHousehold, OpinionBox

    for m in (Event, EventHousehold, OpinionBox, BoxOpening):
        rows.setdefault(m, [])

    def event(vcode: str, kind: str, day: date, title: str, days: int = 1,
              hours: int = 0) -> str:
        eid = new_id()
        rows[Event].append({"id": eid, "village_code": vcode, "kind": kind, "start_date": day,
                            "end_date": day + timedelta(days=days - 1), "hours": hours,
                            "place": "村部", "chair": "", "title": title, "guests": "",
                            "minutes": "", "decisions": "", "origin_code": vcode})
        return eid

    if True:  # one village (the stream calls this per village, in order)
        boxes = {}
        for g in groups:
            bid = new_id()
            boxes[g["id"]] = bid
            rows[OpinionBox].append({"id": bid, "village_code": vcode, "group_id": g["id"],
                                     "place": f"{g['name']}活动场所", "installed": start,
                                     "active": True, "origin_code": vcode})
        y, mo = start.year, start.month
        while date(y, mo, 1) <= today:
            first = date(y, mo, 1)
            ym = f"{mo}月"
            for d in sorted(rng.sample(range(3, 26), 2)):
                day = first.replace(day=d)
                if start <= day <= today:
                    eid = event(vcode, "joint_office", day, f"{ym}村级联合办公", hours=8)
                    for hid in rng.sample(households, min(len(households), rng.randint(3, 12))):
                        rows[EventHousehold].append({"id": new_id(), "event_id": eid,
                                                     "household_id": hid, "origin_code": vcode})
            day = first.replace(day=rng.randint(25, 28))
            if start <= day <= today:
                event(vcode, "analysis", day, f"{ym}社情民意分析会")
                for g in groups:
                    rows[BoxOpening].append({
                        "id": new_id(), "village_code": vcode, "box_id": boxes[g["id"]],
                        "open_date": day, "opened_by": "", "slips": rng.randint(0, 4),
                        "note": "", "origin_code": vcode})
            if rng.random() < 0.3 and start <= first.replace(day=15) <= today:
                event(vcode, "dialogue", first.replace(day=15), f"{ym}民情恳谈会")
            if mo == 1 and start <= first.replace(day=20) <= today:
                event(vcode, "representatives", first.replace(day=20), f"{y}年村民代表会议")
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)


def _demo_matter(rng: random.Random, new_id: _Ids, rows: dict[type, list[dict[str, Any]]],
                 vcode: str, vid: str, hid: str, cadre: str, received: date, today: date,
                 township: bool, township_code: str, cat: str, deadline: date) -> None:
    """A matter raised on a visit; its deadline is the station's time limit for the category
    counted in working days (``deadline_rules``), worked out by the caller."""
    age = (today - received).days
    r = rng.random()
    status = MatterStatus.OPEN.value
    resolved_date = None
    result = satisfaction = ""
    escalated_date = None
    escalation_note = ""
    if age > 45 and r < 0.85 or age > 10 and r < 0.55:
        status = MatterStatus.RESOLVED.value
        done_after = rng.randint(1, max(2, (deadline - received).days + (8 if r < 0.1 else 0)))
        resolved_date = min(today, received + timedelta(days=done_after))
        result = rng.choice(RESULTS)
        satisfaction = rng.choices(("satisfied", "basic", "unsatisfied", ""), (70, 20, 4, 6))[0]
    elif r < 0.75:
        status = MatterStatus.IN_PROGRESS.value
    elif r < 0.9 and cat in (MatterCategory.DISPUTE, MatterCategory.HARDSHIP,
                             MatterCategory.PETITION, MatterCategory.SUGGESTION):
        status = MatterStatus.ESCALATED.value
        escalated_date = min(today, received + timedelta(days=rng.randint(1, 7)))
        escalation_note = "村内无法解决，提请乡镇协调"
    mid = new_id()
    rows[Matter].append({
        "id": mid, "village_code": vcode, "visit_id": vid, "household_id": hid,
        "category": cat, "title": rng.choice(MATTERS[cat]), "description": "",
        "owner_cadre_id": cadre, "received_date": received, "deadline": deadline,
        "status": status, "result": result, "resolved_date": resolved_date,
        "satisfaction": satisfaction, "escalated_date": escalated_date,
        "escalation_note": escalation_note, "origin_code": vcode})
    if status != MatterStatus.OPEN.value:
        rows[MatterNote].append({
            "id": new_id(), "matter_id": mid,
            "note_date": min(today, received + timedelta(days=1)),
            "text": "已联系当事人了解详细情况", "author": "", "origin_code": vcode})
    if status == MatterStatus.ESCALATED.value and township and rng.random() < 0.5:
        assert escalated_date is not None
        rows[Reply].append({
            "id": new_id(), "matter_id": mid,
            "reply_date": min(today, escalated_date + timedelta(days=rng.randint(1, 10))),
            "text": "已转乡镇综治办，下周组织现场协调", "author": "乡镇综治办",
            "origin_code": township_code})
