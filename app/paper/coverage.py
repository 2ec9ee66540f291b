"""The year's visit coverage and the annual archive (W9).

Every household is to be visited at least once a year; the households not yet visited are each
liaison cadre's to-do list. ``write_coverage`` gives the figures by liaison cadre and by group
and the list of unvisited households sorted by cadre, then group. ``write_archive`` is the
annual archive the practice asks for: the year's register, cadres, visits, matters with their
progress notes and the cards issued, in one workbook (split across sheets past Excel's row
limit), masked unless the full numbers are asked for.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.context import AppContext
from app.i18n import label
from app.paper.book import Column, LedgerBook
from app.paper.files import Progress, check_folder, finished, report
from app.paper.ledger import unvisited_query
from app.paper.safe_cells import Masker
from app.services.households import decode_tags
from app.services.station import get_station, list_villages
from models import (
    Assignment,
    Cadre,
    ContactCard,
    Group,
    Household,
    Matter,
    MatterNote,
    Visit,
)
from models.vocab import StationKind


@dataclass(frozen=True)
class CoverageRow:
    village_code: str
    key: str  # cadre name or group name
    households: int
    visited: int

    @property
    def unvisited(self) -> int:
        return self.households - self.visited

    @property
    def rate(self) -> float:
        return round(self.visited / self.households, 4) if self.households else 0.0


@dataclass(frozen=True)
class CoverageResult:
    path: str
    households: int
    visited: int
    unvisited: int


def _until(year: int, today: date | None = None) -> date:
    return min(today or date.today(), date(year, 12, 31))


def coverage_by(session: Session, year: int, today: date | None = None
                ) -> tuple[list[CoverageRow], list[CoverageRow]]:
    """(by liaison cadre, by group) for active households, visits 1 Jan … today/31 Dec."""
    until = _until(year, today)
    visited = (select(Visit.household_id.label("hid")).where(
        Visit.deleted.is_(False), Visit.visit_date >= date(year, 1, 1),
        Visit.visit_date <= until, Visit.household_id.is_not(None)).distinct().subquery())
    liaison = (select(Assignment.household_id, Cadre.name.label("cadre"))
               .join(Cadre, Cadre.id == Assignment.cadre_id)
               .where(Assignment.end_date.is_(None), Assignment.deleted.is_(False)).subquery())
    # One grouped pass over the households (village × liaison × group, a few hundred rows),
    # folded into both views here: two grouped statements each joined the year's visits
    # again, and were most of the workbook's time at a township (bench paper).
    q = (select(Household.village_code, liaison.c.cadre, Group.number, Group.name,
                func.count(), func.count(visited.c.hid))
         .outerjoin(liaison, liaison.c.household_id == Household.id)
         .outerjoin(Group, Group.id == Household.group_id)
         .outerjoin(visited, visited.c.hid == Household.id)
         .where(Household.deleted.is_(False))
         .group_by(Household.village_code, liaison.c.cadre, Group.number, Group.name))
    cadres: dict[tuple[str, str], list[int]] = {}
    groups: dict[tuple[str, int, str], list[int]] = {}
    for vcode, cadre, number, gname, n, seen in session.execute(q):
        c = cadres.setdefault((vcode, cadre or ""), [0, 0])
        c[0] += n
        c[1] += seen
        g = groups.setdefault((vcode, -1 if number is None else number, gname or ""), [0, 0])
        g[0] += n
        g[1] += seen
    by_cadre = [CoverageRow(v, k, n, seen) for (v, k), (n, seen) in sorted(cadres.items())]
    by_group = [CoverageRow(v, k, n, seen)
                for (v, _num, k), (n, seen) in sorted(groups.items())]
    return by_cadre, by_group


def write_coverage(ctx: AppContext, year: int, out: str | os.PathLike[str], *,
                   full: bool = False, today: date | None = None,
                   on_progress: Progress | None = None) -> CoverageResult:
    check_folder(out)
    until = _until(year, today)
    mask = Masker(full)
    book = LedgerBook()
    with ctx.read() as s:
        st = get_station(s)
        assert st is not None
        township = st.kind == StationKind.TOWNSHIP
        villages = {v.code: v.name for v in list_villages(s)}
        by_cadre, by_group = coverage_by(s, year, today)
        vcol = [Column("村（社区）", 12)] if township else []

        def vval(code: str) -> list[Any]:
            return [villages.get(code, code)] if township else []

        sub = f"走访期间 {year}-01-01 至 {until.isoformat()}　　制表日期 {date.today()}"
        cols = [Column("户数", 9, "int"), Column("已走访", 9, "int"),
                Column("未走访", 9, "int"), Column("覆盖率", 9, "pct")]
        sh = book.sheet("按联系干部", [*vcol, Column("联系干部", 14), *cols],
                        f"{st.name}{year}年走访覆盖情况（按联系干部）", sub)
        for r in by_cadre:
            sh.row([*vval(r.village_code), r.key or "（未分配）", r.households, r.visited,
                    r.unvisited, r.rate])
        total = sum(r.households for r in by_cadre)
        seen = sum(r.visited for r in by_cadre)
        sh.row([*([""] if township else []), "合计", total, seen, total - seen,
                round(seen / total, 4) if total else 0.0])
        sh = book.sheet("按村民小组", [*vcol, Column("村民小组", 14), *cols],
                        f"{st.name}{year}年走访覆盖情况（按村民小组）", sub)
        for r in by_group:
            sh.row([*vval(r.village_code), r.key or "（未分组）", r.households, r.visited,
                    r.unvisited, r.rate])
        rows = sorted(s.execute(unvisited_query(year, until)).all(),
                      key=lambda x: (x[0], x[8] or "\uffff", x[1] or 0))
        report(on_progress, 0, len(rows))
        sh = book.sheet("未走访农户", [*vcol, Column("联系干部", 10), Column("村民小组", 9),
                                    Column("户主", 10), Column("身份证号", 21),
                                    Column("联系电话", 14), Column("家庭住址", 28, "wrap"),
                                    Column("最近一次走访", 12, "date")],
                        f"{st.name}{year}年尚未走访农户", sub)
        for vcode, _n, gname, head, idn, phone, _m, addr, cadre, _cid, last in rows:
            sh.row([*vval(vcode), cadre or "（未分配）", gname or "", head, mask.id(idn),
                    mask.phone(phone), addr, last])
    book.save(out)
    finished(on_progress, len(rows))
    return CoverageResult(str(out), total, seen, total - seen)


# ------------------------------------------------------------------------------ the archive

def write_archive(ctx: AppContext, year: int, out: str | os.PathLike[str], *,
                  full: bool = False, on_progress: Progress | None = None) -> dict[str, int]:
    """The annual archive of the year's data. Returns rows written per sheet."""
    check_folder(out)
    mask = Masker(full)
    first, last = date(year, 1, 1), date(year, 12, 31)
    book = LedgerBook()
    counts: dict[str, int] = {}
    with ctx.read() as s:
        st = get_station(s)
        assert st is not None
        villages = {v.code: v.name for v in list_villages(s)}
        sub = f"{year}年度归档　　制表日期 {date.today()}"
        name = st.name

        def vn(code: str) -> str:
            return villages.get(code, code)

        liaison = (select(Assignment.household_id, Cadre.name.label("cadre"))
                   .join(Cadre, Cadre.id == Assignment.cadre_id)
                   .where(Assignment.end_date.is_(None), Assignment.deleted.is_(False))
                   .subquery())
        hh_q = (select(Household, Group.name, liaison.c.cadre)
                .outerjoin(Group, Group.id == Household.group_id)
                .outerjoin(liaison, liaison.c.household_id == Household.id)
                .where(Household.deleted.is_(False))
                .order_by(Household.village_code, Group.number, Household.py_full))

        def households() -> Iterator[list[Any]]:
            for h, g, c in s.execute(hh_q):
                yield [vn(h.village_code), g or "", h.head_name, mask.id(h.id_number),
                       mask.phone(h.phone), h.members_count, h.address,
                       "、".join(decode_tags(h.tags)), c or "", h.note]

        counts["农户名册"] = book.stream(
            "农户名册", [Column("村（社区）", 12), Column("村民小组", 9), Column("户主姓名", 10),
                     Column("身份证号码", 21), Column("联系电话", 14), Column("家庭人口", 8, "int"),
                     Column("家庭住址", 28, "wrap"), Column("户类型", 14), Column("联系干部", 10),
                     Column("备注", 20, "wrap")],
            f"{name}{year}年农户名册", sub, households())
        report(on_progress, 1, 6)

        def cadres() -> Iterator[list[Any]]:
            for c in s.execute(select(Cadre).where(Cadre.deleted.is_(False)).order_by(
                    Cadre.village_code, Cadre.is_leader.desc(), Cadre.name)).scalars():
                yield [vn(c.village_code), c.name, c.title, c.phone,
                       "是" if c.is_leader else "", "在岗" if c.active else "离岗"]

        counts["干部"] = book.stream(
            "干部", [Column("村（社区）", 12), Column("姓名", 10), Column("职务", 14),
                   Column("联系电话", 14), Column("村干部", 8), Column("状态", 8)],
            f"{name}{year}年干部名单", sub, cadres())
        report(on_progress, 2, 6)

        def visits() -> Iterator[list[Any]]:
            q = (select(Visit.visit_date, Visit.village_code, Cadre.name, Household.head_name,
                        Visit.mode, Visit.summary)
                 .join(Cadre, Cadre.id == Visit.cadre_id)
                 .outerjoin(Household, Household.id == Visit.household_id)
                 .where(Visit.deleted.is_(False), Visit.visit_date >= first,
                        Visit.visit_date <= last)
                 .order_by(Visit.visit_date, Visit.created_at, Visit.id))
            for d, v, c, h, mode, summ in s.execute(q):
                yield [d, vn(v), c, h or "", label(mode), summ]

        counts["走访记录"] = book.stream(
            "走访记录", [Column("走访日期", 11, "date"), Column("村（社区）", 12),
                     Column("联系干部", 10), Column("户主", 10), Column("走访方式", 11),
                     Column("了解情况", 48, "wrap")],
            f"{name}{year}年民情日记", sub, visits())
        report(on_progress, 3, 6)

        owner = aliased(Cadre)
        m_where = [Matter.deleted.is_(False), Matter.received_date <= last,
                   (Matter.received_date >= first) | (Matter.resolved_date.is_(None))
                   | (Matter.resolved_date >= first)]

        def matters() -> Iterator[list[Any]]:
            q = (select(Matter, Household.head_name, owner.name)
                 .outerjoin(Household, Household.id == Matter.household_id)
                 .outerjoin(owner, owner.id == Matter.owner_cadre_id)
                 .where(*m_where).order_by(Matter.received_date, Matter.id))
            for m, h, o in s.execute(q):
                yield [m.id[:8], vn(m.village_code), m.received_date, label(m.category),
                       m.title, m.description, h or "", o or "", m.deadline, label(m.status),
                       m.resolved_date, m.result,
                       label(m.satisfaction) if m.satisfaction else "", m.escalated_date,
                       m.escalation_note]

        counts["事项"] = book.stream(
            "事项", [Column("事项编号", 10), Column("村（社区）", 12), Column("受理日期", 11, "date"),
                   Column("类别", 10), Column("事项", 24, "wrap"), Column("详情", 24, "wrap"),
                   Column("诉求人", 10), Column("包案干部", 10), Column("办结期限", 11, "date"),
                   Column("状态", 10), Column("办结日期", 11, "date"),
                   Column("办理结果", 24, "wrap"), Column("满意度", 9),
                   Column("上报日期", 11, "date"), Column("上报说明", 20, "wrap")],
            f"{name}{year}年诉求事项（一事一卡）", sub, matters())
        report(on_progress, 4, 6)

        def notes() -> Iterator[list[Any]]:
            q = (select(MatterNote.matter_id, MatterNote.note_date, MatterNote.text,
                        MatterNote.author)
                 .join(Matter, Matter.id == MatterNote.matter_id)
                 .where(MatterNote.deleted.is_(False), *m_where)
                 .order_by(MatterNote.matter_id, MatterNote.note_date))
            for mid, d, text, author in s.execute(q):
                yield [mid[:8], d, text, author]

        counts["事项进展"] = book.stream(
            "事项进展", [Column("事项编号", 10), Column("日期", 11, "date"),
                     Column("进展", 60, "wrap"), Column("记录人", 10)],
            f"{name}{year}年事项办理进展", sub, notes())

        def cards() -> Iterator[list[Any]]:
            q = (select(ContactCard.card_no, ContactCard.issue_date, Household.head_name,
                        ContactCard.cadre_name, ContactCard.cadre_phone)
                 .join(Household, Household.id == ContactCard.household_id)
                 .where(ContactCard.deleted.is_(False), ContactCard.issue_date >= first,
                        ContactCard.issue_date <= last)
                 .order_by(ContactCard.card_no))
            yield from ([*r] for r in s.execute(q))

        counts["发卡记录"] = book.stream(
            "发卡记录", [Column("卡号", 20), Column("发卡日期", 11, "date"), Column("户主", 10),
                     Column("卡上联系干部", 12), Column("干部电话", 14)],
            f"{name}{year}年联系卡发放记录", sub, cards())
    book.save(out)
    finished(on_progress, 6)
    return counts
