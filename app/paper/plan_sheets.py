"""Paper for 预安销号: the monthly plan sheet per cadre (to sign) and the quarterly 述职 sheet,
and the scorecard sheet of the monthly ledger — in the ledger's print-ready layout
(``app.paper.book``: title, header repeated on every page, A4 landscape, page numbers)."""

from __future__ import annotations

import os
from datetime import date

from app.context import AppContext
from app.i18n import label
from app.paper.book import Column, LedgerBook
from app.paper.files import check_folder
from app.services.plans import PlanItemRow, Quarter, items_in, plan_cadres
from app.services.scorecard import Scorecard
from app.services.station import station_info
from app.services.stats import Month

PLAN_COLUMNS = [Column("序号", 6, "int"), Column("类别", 10), Column("工作内容", 40, "wrap"),
                Column("来源", 12), Column("完成情况", 10), Column("说明（未完成原因）", 30, "wrap"),
                Column("确认人", 10)]
REPORT_COLUMNS = [Column("序号", 6, "int"), Column("月份", 9), *PLAN_COLUMNS[1:]]
SCORE_COLUMNS = [Column("名次", 8), Column("干部", 10), Column("联系户", 8, "int"),
                 Column("走访覆盖率", 10, "pct"), Column("受理事项", 9, "int"),
                 Column("按时办结", 9, "int"), Column("超期", 7, "int"),
                 Column("办结满意率", 10, "pct"), Column("群众评议满意率", 12, "pct"),
                 Column("评议数", 8, "int"), Column("计划", 7, "int"), Column("销号", 7, "int"),
                 Column("销号率", 9, "pct")]


def _status(r: PlanItemRow) -> str:
    return label(r.status) if r.status in ("done", "not_done", "dropped") else ""


def _cadres(ctx: AppContext, cadre_id: str | None) -> list[tuple[str, str, str]]:
    out = [(c.id, c.name, c.title) for c in plan_cadres(ctx) if c.own]
    return [c for c in out if c[0] == cadre_id] if cadre_id else out


def _sign(sheet: object, text: str) -> None:
    from app.paper.book import LedgerSheet

    assert isinstance(sheet, LedgerSheet)
    sheet.blank()
    sheet.row_kinds([text], ["text"])


def write_plan_sheet(ctx: AppContext, month: Month | str, out: str | os.PathLike[str],
                     cadre_id: str | None = None) -> int:
    """One sheet per cadre: the month's items with their check-off, and lines to sign.
    Returns the number of sheets."""
    m = Month.parse(month) if isinstance(month, str) else month
    check_folder(out)
    st = station_info(ctx)
    book = LedgerBook()
    with ctx.read() as s:
        rows = items_in(s, [str(m)])
    n = 0
    for cid, name, title in _cadres(ctx, cadre_id):
        mine = [r for r in rows if r.cadre_id == cid]
        sh = book.sheet(f"{name}{m.month}月", PLAN_COLUMNS,
                        f"{st.name}{name}{m.year}年{m.month}月工作计划（预安销号）表",
                        f"职务：{title}　　制表日期 {date.today().isoformat()}")
        for i, r in enumerate(mine, start=1):
            sh.row([i, label(r.category), r.text, label(r.origin), _status(r), r.note,
                    r.confirmed_by])
        done = sum(r.status == "done" for r in mine if r.status != "dropped")
        counted = sum(r.status != "dropped" for r in mine)
        _sign(sh, f"计划 {counted} 项，销号 {done} 项"
                  + (f"，销号率 {done / counted:.1%}" if counted else ""))
        sh.row_kinds(["干部签字：　　　　　　上级审定：　　　　　　日期：　　年　　月　　日"],
                     ["text"])
        n += 1
    book.save(out)
    return n


def write_quarter_report(ctx: AppContext, quarter: Quarter | str,
                         out: str | os.PathLike[str], cadre_id: str | None = None) -> int:
    """The quarterly 述职 sheet per cadre: every item of the quarter's three months, the
    closure rate, and room for the report and the superior's comment."""
    q = Quarter.parse(quarter) if isinstance(quarter, str) else quarter
    check_folder(out)
    st = station_info(ctx)
    book = LedgerBook()
    with ctx.read() as s:
        rows = items_in(s, [str(m) for m in q.months])
    n = 0
    for cid, name, title in _cadres(ctx, cadre_id):
        mine = [r for r in rows if r.cadre_id == cid]
        sh = book.sheet(f"{name}{q.year}Q{q.q}", REPORT_COLUMNS,
                        f"{st.name}{name}{q.year}年第{q.q}季度述职表（预安销号）",
                        f"职务：{title}　　制表日期 {date.today().isoformat()}")
        for i, r in enumerate(mine, start=1):
            sh.row([i, r.month, label(r.category), r.text, label(r.origin), _status(r), r.note,
                    r.confirmed_by])
        counted = [r for r in mine if r.status != "dropped"]
        done = sum(r.status == "done" for r in counted)
        _sign(sh, f"本季度预安 {len(counted)} 项，销号 {done} 项"
                  + (f"，销号率 {done / len(counted):.1%}" if counted else "，无可统计事项"))
        sh.row_kinds(["述职情况："], ["text"])
        sh.blank()
        sh.row_kinds(["上级点评："], ["text"])
        sh.blank()
        sh.row_kinds(["述职人签字：　　　　　　点评人签字：　　　　　　日期：　　年　　月　　日"],
                     ["text"])
        n += 1
    book.save(out)
    return n


def scorecard_sheet(book: LedgerBook, card: Scorecard, title: str, subtitle: str) -> int:
    """The scorecard as a sheet of the monthly ledger (figures only: no rating is shown as who
    said what)."""
    sh = book.sheet("干部考核", SCORE_COLUMNS, title, subtitle)
    for c in [*card.cadres, card.totals]:
        total = c.cadre_id is None
        rank = "" if total or c.rank is None else (f"{c.rank}（末位）" if c.bottom
                                                   else str(c.rank))
        sh.row([rank, "合计" if total else c.name, c.households,
                c.coverage_ytd if c.coverage_ytd is not None else "—",
                c.matters_received, c.resolved_on_time, c.overdue,
                c.satisfaction_rate if c.satisfaction_rate is not None else "—",
                c.review_rate if c.review_rate is not None else "—", c.reviews.total,
                c.plan_items, c.plan_closed,
                c.closure_rate if c.closure_rate is not None else "—"])
    return len(card.cadres)
