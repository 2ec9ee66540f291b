"""The monthly ledger workbook (民情台账, W7): what the station hands the township each month.

One workbook: a summary sheet with exactly the figures of ``app.services.stats.month_stats``
(so the ledger, ``stats --json`` and the home screen never disagree) and one row per liaison
cadre — on a township one row per village first; then the month's visits; the matters received,
resolved, still open and overdue with their cards' details; the contact cards issued; the
households not yet visited this year. Streamed through openpyxl's write-only mode so 100,000
visit rows keep memory flat; laid out to print as a government ledger (see ``book``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.context import AppContext
from app.i18n import label, tr
from app.paper.book import Column, LedgerBook, LedgerSheet
from app.paper.files import Progress, check_folder, finished, report
from app.paper.safe_cells import Masker
from app.services import calendar
from app.services.station import list_villages
from app.services.stats import Month, month_stats
from models import (
    Assignment,
    Cadre,
    ContactCard,
    Group,
    Household,
    Matter,
    MatterEvent,
    MatterNote,
    Visit,
)
from models.vocab import MatterCategory, MatterEventKind, MatterStatus, StationKind

PROGRESS_EVERY = 2000


@dataclass(frozen=True)
class LedgerResult:
    path: str
    visits: int
    matters: int
    sheets: list[str]


def figure_rows(f: dict[str, Any]) -> list[tuple[str, Any, str]]:
    """(label, value, kind) of the summary, in the order printed; the values are
    ``month_stats``' own."""
    m = f["matters"]
    rows: list[tuple[str, Any, str]] = [
        ("农户总数（户）", f["households"], "int"),
        ("本月走访次数", f["visits"], "int"),
        ("本月走访户数", f["households_visited"], "int"),
        ("年度累计走访户数", f["households_visited_ytd"], "int"),
        ("年度走访覆盖率", f["coverage_ytd"], "pct"),
        ("本月受理事项（件）", m["received"], "int"),
    ]
    rows += [(f"　其中：{label(c.value)}", m["by_category"][c.value], "int")
             for c in MatterCategory]
    rows += [
        ("本月办结（件）", m["resolved"], "int"),
        ("超期未办结（件）", m["overdue"], "int"),
        ("本月上报乡镇（件）", m["escalated"], "int"),
        ("本月延期（次）", m.get("extended", 0), "int"),
        ("满意度已评价（件）", f["satisfaction"]["rated"], "int"),
        ("满意和基本满意（件）", f["satisfaction"]["satisfied_or_basic"], "int"),
        ("满意率", f["satisfaction_rate"] if f["satisfaction_rate"] is not None else "—",
         "pct"),
        ("本月发放联系卡（张）", f["cards_issued"], "int"),
    ]
    ev = f.get("events")
    if ev is not None:  # gatherings (issue 12)
        rows += [("本月活动（次）", ev["held"], "int")]
        rows += [(f"　其中：{tr('event_kind_' + k)}", n, "int") for k, n in ev["by_kind"].items()
                 if n]
        rows += [("本月联合办公天数", ev["joint_office_days"], "int"),
                 ("活动涉及农户（户）", ev["households_reached"], "int"),
                 ("活动中提出事项（件）", ev["matters_raised"], "int"),
                 ("其中当场办结（件）", ev["resolved_on_spot"], "int")]
    return rows


DUTY_COLUMNS = [Column("工作制度", 36), Column("要求", 9, "int"), Column("完成", 9, "int"),
                Column("情况", 10), Column("截止日期", 12, "date"), Column("说明", 24, "wrap")]


def _duty_rows(ctx: AppContext, month: Month, as_of: date) -> Iterator[list[Any]]:
    """The month's duties (app.services.duties), per village on a township."""
    from app.services.duties import month_duties

    rep = month_duties(ctx, month, as_of)
    blocks = [(v.name, v.duties) for v in rep.villages] or [("", rep.duties)]
    for name, duties in blocks:
        for d in duties:
            yield [*([name] if rep.villages else []), d.label, d.required, d.done,
                   tr("duty_" + d.state), d.due, d.detail]


class _Ctx:
    """What every list needs: the session, the month, the village names, masking."""

    def __init__(self, s: Session, month: Month, as_of: date, township: bool,
                 villages: dict[str, str], mask: Masker) -> None:
        self.s = s
        self.month = month
        self.as_of = as_of
        self.township = township
        self.villages = villages
        self.mask = mask

    def vcol(self) -> list[Column]:
        return [Column("村（社区）", 12)] if self.township else []

    def vval(self, code: str) -> list[Any]:
        return [self.villages.get(code, code)] if self.township else []


def _cadre_rows(c: _Ctx) -> Iterator[list[Any]]:
    first, last, as_of = c.month.first, c.month.last, c.as_of
    s = c.s
    live_assign = and_(Assignment.deleted.is_(False), Assignment.start_date <= last,
                       or_(Assignment.end_date.is_(None), Assignment.end_date > last))
    households = dict(s.execute(select(Assignment.cadre_id, func.count()).join(
        Household, Household.id == Assignment.household_id).where(
        live_assign, Household.deleted.is_(False)).group_by(Assignment.cadre_id)).all())
    vwhere = [Visit.deleted.is_(False), Visit.visit_date >= first, Visit.visit_date <= last]
    visits = {cid: (n, h) for cid, n, h in s.execute(
        select(Visit.cadre_id, func.count(), func.count(func.distinct(Visit.household_id)))
        .where(*vwhere).group_by(Visit.cadre_id))}
    live = [Matter.deleted.is_(False)]
    received = dict(s.execute(select(Matter.owner_cadre_id, func.count()).where(
        *live, Matter.received_date >= first, Matter.received_date <= last)
        .group_by(Matter.owner_cadre_id)).all())
    resolved = dict(s.execute(select(Matter.owner_cadre_id, func.count()).where(
        *live, Matter.status == MatterStatus.RESOLVED.value, Matter.resolved_date >= first,
        Matter.resolved_date <= last).group_by(Matter.owner_cadre_id)).all())
    overdue = dict(s.execute(select(Matter.owner_cadre_id, func.count()).where(
        *live, Matter.received_date <= as_of, Matter.deadline < as_of,
        or_(Matter.status != MatterStatus.RESOLVED.value, Matter.resolved_date > as_of))
        .group_by(Matter.owner_cadre_id)).all())
    cadres = s.execute(select(Cadre).where(Cadre.deleted.is_(False)).order_by(
        Cadre.village_code, Cadre.is_leader.desc(), Cadre.name)).scalars()
    for cd in cadres:
        n_v, n_h = visits.get(cd.id, (0, 0))
        if not cd.active and not (n_v or cd.id in received or cd.id in resolved):
            continue
        yield [*c.vval(cd.village_code), cd.name, cd.title, cd.phone,
               households.get(cd.id, 0), n_v, n_h, received.get(cd.id, 0),
               resolved.get(cd.id, 0), overdue.get(cd.id, 0)]


CADRE_COLUMNS = [Column("联系干部", 10), Column("职务", 14), Column("联系电话", 14),
                 Column("联系户数", 9, "int"), Column("本月走访次数", 9, "int"),
                 Column("本月走访户数", 9, "int"), Column("本月受理事项", 9, "int"),
                 Column("本月办结", 9, "int"), Column("超期未办结", 9, "int")]
VILLAGE_COLUMNS = [Column("村（社区）", 12), Column("农户数", 9, "int"),
                   Column("走访次数", 9, "int"), Column("走访户数", 9, "int"),
                   Column("年度覆盖率", 9, "pct"), Column("受理事项", 9, "int"),
                   Column("办结", 9, "int"), Column("超期", 9, "int"), Column("上报", 9, "int"),
                   Column("发卡", 9, "int")]


def _summary(book: LedgerBook, c: _Ctx, figures: dict[str, Any], title: str,
             subtitle: str) -> None:
    cadre_cols = [*c.vcol(), *CADRE_COLUMNS]
    width = max(len(cadre_cols), len(VILLAGE_COLUMNS) if c.township else 0)
    # The figures table takes the first two columns; widths suit every table on the sheet.
    cols = [Column("项目", 22), Column("数值", 14, "num")]
    widths = [22.0, 14.0, 14.0, 14.0] + [11.0] * (width - 4)
    # several tables on one sheet: no single header row to repeat on later pages
    sh = book.sheet("汇总", cols, title, subtitle, widths, repeat_header=False)
    for text, value, kind in figure_rows(figures):
        sh.row_kinds([text, value], ["text", kind if not isinstance(value, str) else "text"])
    if c.township:
        sh.blank()
        sh.section("各村情况", VILLAGE_COLUMNS)
        for v in figures.get("villages", []):
            m = v["matters"]
            sh.row([v["name"], v["households"], v["visits"], v["households_visited"],
                    v["coverage_ytd"], m["received"], m["resolved"], m["overdue"],
                    m["escalated"], v["cards_issued"]])
    sh.blank()
    sh.section("联系干部情况", cadre_cols)
    sh.rows(_cadre_rows(c))


VISIT_COLUMNS = [Column("序号", 7, "int"), Column("走访日期", 11, "date"),
                 Column("联系干部", 10), Column("户主", 10), Column("村民小组", 9),
                 Column("走访方式", 11), Column("了解情况", 48, "wrap")]


def _visit_rows(c: _Ctx, on_progress: Progress | None, total: int) -> Iterator[list[Any]]:
    q = (select(Visit.visit_date, Visit.village_code, Cadre.name, Household.head_name,
                Group.name, Visit.mode, Visit.summary)
         .join(Cadre, Cadre.id == Visit.cadre_id)
         .outerjoin(Household, Household.id == Visit.household_id)
         .outerjoin(Group, Group.id == Household.group_id)
         .where(Visit.deleted.is_(False), Visit.visit_date >= c.month.first,
                Visit.visit_date <= c.month.last)
         .order_by(Visit.visit_date, Visit.village_code, Visit.created_at, Visit.id))
    modes = {m: label(m) for m in ("home", "phone", "walk_in", "joint_office", "meeting",
                                   "opinion_box")}
    township = c.township
    villages = c.villages
    for i, (d, vcode, cadre, head, group, mode, summary) in enumerate(
            c.s.execute(q), start=1):
        if i % PROGRESS_EVERY == 0:
            report(on_progress, i, total)
        row: list[Any] = [i, d, cadre, head or "", group or "", modes.get(mode, mode), summary]
        if township:
            row.insert(1, villages.get(vcode, vcode))
        yield row


MATTER_COLUMNS = [Column("事项编号", 10), Column("受理日期", 11, "date"), Column("类别", 10),
                  Column("事项", 26, "wrap"), Column("诉求人", 10), Column("村民小组", 9),
                  Column("包案干部", 10), Column("办结期限", 11, "date"), Column("状态", 10),
                  Column("是否超期", 8), Column("办结日期", 11, "date"),
                  Column("办理结果", 26, "wrap"), Column("满意度", 9),
                  Column("上报日期", 11, "date"), Column("最新进展", 26, "wrap"),
                  Column("期限暂定", 8),
                  Column("紧急程度", 8), Column("延期次数", 8, "int"), Column("原定期限", 11, "date")]


def _matter_rows(c: _Ctx, *where: Any) -> Iterator[list[Any]]:
    owner = aliased(Cadre)
    q = (select(Matter, Household.head_name, Group.name, owner.name)
         .outerjoin(Household, Household.id == Matter.household_id)
         .outerjoin(Group, Group.id == Household.group_id)
         .outerjoin(owner, owner.id == Matter.owner_cadre_id)
         .where(Matter.deleted.is_(False), *where)
         .order_by(Matter.received_date, Matter.village_code, Matter.id))
    rows = c.s.execute(q).all()
    ids = [m.id for m, *_ in rows]
    latest: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        for mid, text in c.s.execute(
                select(MatterNote.matter_id, MatterNote.text)
                .where(MatterNote.matter_id.in_(ids[i:i + 500]), MatterNote.deleted.is_(False))
                .order_by(MatterNote.note_date, MatterNote.created_at)):
            latest[mid] = text
    # Extensions: how many, and the first deadline set, so a late matter shows what was promised.
    extensions: dict[str, tuple[int, str]] = {}
    for i in range(0, len(ids), 500):
        for mid, old in c.s.execute(
                select(MatterEvent.matter_id, MatterEvent.old_value)
                .where(MatterEvent.matter_id.in_(ids[i:i + 500]), MatterEvent.deleted.is_(False),
                       MatterEvent.kind == MatterEventKind.EXTEND.value)
                .order_by(MatterEvent.event_date, MatterEvent.created_at)):
            n, first_deadline = extensions.get(mid, (0, old))
            extensions[mid] = (n + 1, first_deadline)
    for m, head, group, owner_name in rows:
        overdue = _overdue_at(m, c.as_of)
        yield [*c.vval(m.village_code), m.id[:8], m.received_date, label(m.category), m.title,
               head or "", group or "", owner_name or "", m.deadline, label(m.status),
               "是" if overdue else "", m.resolved_date, m.result,
               label(m.satisfaction) if m.satisfaction else "", m.escalated_date,
               latest.get(m.id, ""),
               # counted into a year whose holiday table is not known yet (app.services.calendar)
               "暂定" if calendar.is_provisional(m.received_date, m.deadline,
                                               m.deadline_workdays) else "",
               label(m.urgency), *_extension_cells(extensions.get(m.id))]


def _extension_cells(ext: tuple[int, str] | None) -> list[Any]:
    if ext is None:
        return [0, None]
    return [ext[0], date.fromisoformat(ext[1])]


def _overdue_at(m: Matter, as_of: date) -> bool:
    """The ledger's "overdue" is the statistics' one: past the deadline on ``as_of`` and not
    resolved by then (a matter resolved late is no longer counted)."""
    resolved_by_then = m.status == MatterStatus.RESOLVED and m.resolved_date is not None \
        and m.resolved_date <= as_of
    return m.received_date <= as_of and m.deadline < as_of and not resolved_by_then


CARD_COLUMNS = [Column("卡号", 20), Column("发卡日期", 11, "date"), Column("户主", 10),
                Column("村民小组", 9), Column("卡上联系干部", 12), Column("干部电话", 14)]


def _card_rows(c: _Ctx) -> Iterator[list[Any]]:
    q = (select(ContactCard.card_no, ContactCard.issue_date, Household.village_code,
                Household.head_name, Group.name, ContactCard.cadre_name, ContactCard.cadre_phone)
         .join(Household, Household.id == ContactCard.household_id)
         .outerjoin(Group, Group.id == Household.group_id)
         .where(ContactCard.deleted.is_(False), ContactCard.issue_date >= c.month.first,
                ContactCard.issue_date <= c.month.last)
         .order_by(ContactCard.card_no))
    for no, d, vcode, head, group, cname, cphone in c.s.execute(q):
        yield [*c.vval(vcode), no, d, head, group or "", cname, cphone]


UNVISITED_COLUMNS = [Column("村民小组", 9), Column("户主", 10), Column("身份证号", 21),
                     Column("联系电话", 14), Column("家庭人口", 8, "int"),
                     Column("家庭住址", 28, "wrap"), Column("联系干部", 10),
                     Column("最近一次走访", 12, "date")]


def unvisited_query(year: int, until: date) -> Any:
    """Active households with no visit between 1 January and ``until`` — the coverage to-do
    list; with their group, liaison cadre and the last visit before this year."""
    ystart = date(year, 1, 1)
    visited = select(Visit.household_id).where(
        Visit.deleted.is_(False), Visit.visit_date >= ystart, Visit.visit_date <= until,
        Visit.household_id.is_not(None))
    liaison = (select(Assignment.household_id, Cadre.name.label("cadre"),
                      Cadre.id.label("cadre_id"))
               .join(Cadre, Cadre.id == Assignment.cadre_id)
               .where(Assignment.end_date.is_(None), Assignment.deleted.is_(False)).subquery())
    last_visit = (select(Visit.household_id, func.max(Visit.visit_date).label("d"))
                  .where(Visit.deleted.is_(False), Visit.visit_date < ystart)
                  .group_by(Visit.household_id).subquery())
    return (select(Household.village_code, Group.number, Group.name, Household.head_name,
                   Household.id_number, Household.phone, Household.members_count,
                   Household.address, liaison.c.cadre, liaison.c.cadre_id, last_visit.c.d)
            .outerjoin(Group, Group.id == Household.group_id)
            .outerjoin(liaison, liaison.c.household_id == Household.id)
            .outerjoin(last_visit, last_visit.c.household_id == Household.id)
            .where(Household.deleted.is_(False), ~Household.id.in_(visited))
            .order_by(Household.village_code, Group.number, Household.py_full, Household.id))


def _unvisited_rows(c: _Ctx) -> Iterator[list[Any]]:
    for (vcode, _num, group, head, idn, phone, members, address, cadre, _cid, last
         ) in c.s.execute(unvisited_query(c.month.year, c.month.last)):
        yield [*c.vval(vcode), group or "", head, c.mask.id(idn), c.mask.phone(phone), members,
               address, cadre or "", last]


def _sheet(book: LedgerBook, c: _Ctx, name: str, cols: Sequence[Column], title: str,
           subtitle: str) -> LedgerSheet:
    full_cols = list(cols)
    if c.township:
        # the village column goes after a leading 序号 column, first otherwise
        at = 1 if cols and cols[0].header == "序号" else 0
        full_cols = [*cols[:at], *c.vcol(), *cols[at:]]
    return book.sheet(name, full_cols, title, subtitle)


def write_ledger(ctx: AppContext, month: Month, out: str | os.PathLike[str], *,
                 full: bool = False, as_of: date | None = None,
                 on_progress: Progress | None = None) -> LedgerResult:
    """Write the month's ledger to ``out`` (temp file + rename). ``full`` shows ID and phone
    numbers unmasked. ``on_progress(done, total)`` may return False to cancel."""
    check_folder(out)
    calendar.table_for(ctx)  # provisional deadlines are judged by this station's holiday table
    today = date.today()
    as_of_eff = min(as_of or today, month.last)
    book = LedgerBook()
    with ctx.read() as s:
        figures = month_stats(s, month, as_of)
        st = figures["station"]
        township = st["kind"] == StationKind.TOWNSHIP
        villages = {v.code: v.name for v in list_villages(s)}
        c = _Ctx(s, month, as_of_eff, township, villages, Masker(full))
        name = st["name"]
        ym = f"{month.year}年{month.month}月"
        sub = f"统计截至 {as_of_eff.isoformat()}　　制表日期 {today.isoformat()}"
        n_visits = int(figures["visits"])
        total = n_visits + 1
        report(on_progress, 0, total)
        _summary(book, c, figures, f"{name}民情台账（{ym}）", sub)
        sh = _sheet(book, c, "走访记录", VISIT_COLUMNS, f"{name}民情日记·走访记录（{ym}）", sub)
        sh.rows(_visit_rows(c, on_progress, total))
        first, last = month.first, month.last
        lists = [
            ("受理事项", "本月受理事项", [Matter.received_date >= first,
                                      Matter.received_date <= last]),
            ("办结事项", "本月办结事项", [Matter.status == MatterStatus.RESOLVED.value,
                                      Matter.resolved_date >= first,
                                      Matter.resolved_date <= last]),
            ("未办结事项", "月末未办结事项", [
                Matter.received_date <= last,
                or_(Matter.status != MatterStatus.RESOLVED.value, Matter.resolved_date > last)]),
            ("超期事项", "超期未办结事项", [
                Matter.received_date <= as_of_eff, Matter.deadline < as_of_eff,
                or_(Matter.status != MatterStatus.RESOLVED.value,
                    Matter.resolved_date > as_of_eff)]),
        ]
        n_matters = 0
        for sheet_name, what, where in lists:
            sh = _sheet(book, c, sheet_name, MATTER_COLUMNS, f"{name}{what}（{ym}）", sub)
            n = sh.rows(_matter_rows(c, *where))
            if sheet_name == "受理事项":
                n_matters = n
        sh = _sheet(book, c, "发卡记录", CARD_COLUMNS, f"{name}便民服务联系卡发放记录（{ym}）", sub)
        sh.rows(_card_rows(c))
        sh = _sheet(book, c, "未走访农户", UNVISITED_COLUMNS,
                    f"{name}{month.year}年尚未走访农户（截至{ym}底）", sub)
        sh.rows(_unvisited_rows(c))
        # issue 16: the cadre scorecard (plans, ratings, rank with 末位) as its own sheet
        from app.paper.plan_sheets import scorecard_sheet
        from app.services.scorecard import compute as compute_scorecard

        scorecard_sheet(book, compute_scorecard(s, month, as_of=as_of),
                        f"{name}干部考核表（{ym}）", sub)
    sh = _sheet(book, c, "工作制度", DUTY_COLUMNS, f"{name}工作制度落实情况（{ym}）", sub)
    sh.rows(_duty_rows(ctx, month, as_of or today))
    book.save(out)
    finished(on_progress, total)
    return LedgerResult(str(out), n_visits, n_matters, book.wb.sheetnames)
