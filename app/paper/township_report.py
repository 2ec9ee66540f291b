"""The township's monthly meeting report (月度民情分析会报告, W13): one action, one print-ready
file (.xlsx, or the same tables as a PDF) for the leader's monthly analysis meeting.

Sheets: the month's summary (the township totals of ``stats.month_stats`` plus the desk's own
figures), the villages ranked (``compare``), the supervision list (``supervision``), escalations
answered this month and still waiting, and the villages whose batch for the month has not
arrived. The workbook follows the ledger's layout rules through ``app.paper.book``: merged
title, header repeated on every printed page, fit to width, print area, values only (never a
formula), household phone numbers masked unless ``full``.

The figures are gathered once into ``Section`` tables and then drawn by either writer, so the
PDF and the workbook can never say different things.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.context import AppContext
from app.errors import MinqingError
from app.i18n import label
from app.paper.book import Column, LedgerBook
from app.paper.files import atomic_path, check_folder
from app.paper.safe_cells import Masker, clean_text
from app.services.compare import Comparison, read_comparison
from app.services.stats import Month, month_stats
from app.services.supervision import SupervisionList, answered_between, read_supervision

STATE = {"": "", "waiting": "待乡镇答复", "answered": "乡镇已答复"}


@dataclass(frozen=True)
class Section:
    sheet: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class ReportResult:
    path: str
    villages: int
    overdue: int
    waiting: int
    not_sent: int
    sheets: tuple[str, ...]


def _pct(x: float | None) -> Any:
    return "—" if x is None else x


def _signed(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "—"
    if abs(x) < 1e-9:
        return "持平"
    arrow = "↑" if x > 0 else "↓"
    return f"{arrow}{abs(x):.1%}" if pct else f"{arrow}{abs(x):g}"


def build_sections(figures: dict[str, Any], cmp: Comparison, sup: SupervisionList,
                   answered: Sequence[Any], month: Month, mask: Masker) -> list[Section]:
    m = figures["matters"]
    not_sent = [v for v in cmp.villages if not v.sent_this_month]
    long_over = sum(1 for x in sup.matters if x.workdays_overdue > 10)
    summary = (
        ("村（社区）数", len(cmp.villages), "int"),
        ("农户总数（户）", figures["households"], "int"),
        ("本月走访户数", figures["households_visited"], "int"),
        ("年度走访覆盖率", figures["coverage_ytd"], "pct"),
        ("本月受理事项（件）", m["received"], "int"),
        ("本月办结（件）", m["resolved"], "int"),
        ("超期未办结（件）", len(sup.matters), "int"),
        ("　其中超期10个工作日以上（件）", long_over, "int"),
        ("本月上报乡镇（件）", m["escalated"], "int"),
        ("本月乡镇已答复（件）", len(answered), "int"),
        ("上报待乡镇答复（件）", len(sup.waiting), "int"),
        ("满意率", _pct(figures["satisfaction_rate"]), "pct"),
        ("本月未报送批次的村（个）", len(not_sent), "int"),
    )
    sections = [Section("汇总", "本月汇总", (Column("项目", 34), Column("数值", 16, "num")),
                        tuple((t, v, k) for t, v, k in summary))]
    ranked = []
    for v in cmp.villages:
        hv, cov, od = v.measure("households_visited"), v.measure("coverage_ytd"), \
            v.measure("matters_overdue")
        ot, sat = v.measure("on_time_rate"), v.measure("satisfaction")
        ranked.append((v.rank, v.name, _pct(v.score), hv.value, _signed(hv.delta),
                       _pct(cov.value), _signed(cov.delta, True),
                       v.measure("matters_received").value, v.measure("matters_resolved").value,
                       od.value, _signed(od.delta), _pct(ot.value), _pct(sat.value),
                       v.last_batch, v.batch_age_days, "末位" if v.bottom else ""))
    sections.append(Section("各村排名", "各村工作情况排名", (
        Column("名次", 6, "int"), Column("村（社区）", 12), Column("综合得分", 9, "pct"),
        Column("走访户数", 8, "int"), Column("比上月", 8), Column("年度覆盖率", 9, "pct"),
        Column("比上月", 8), Column("受理", 7, "int"), Column("办结", 7, "int"),
        Column("超期", 7, "int"), Column("比上月", 8), Column("按期办结率", 9, "pct"),
        Column("满意率", 8, "pct"), Column("最近批次", 11, "date"), Column("批次天数", 8, "int"),
        Column("标记", 6)), tuple(ranked)))
    sup_rows = tuple((i, x.village_name, x.title, label(x.category), x.owner_name,
                      x.household_name, mask.phone(x.household_phone), x.deadline,
                      x.days_overdue, x.workdays_overdue, STATE[x.escalation_state],
                      x.notices or "")
                     for i, x in enumerate(sup.matters, start=1))
    sections.append(Section("督办清单", f"超期未办结事项督办清单（截至{sup.as_of.isoformat()}）", (
        Column("序号", 6, "int"), Column("村（社区）", 12), Column("事项", 26, "wrap"),
        Column("类别", 10), Column("包案干部", 10), Column("诉求人", 10), Column("联系电话", 14),
        Column("办结期限", 11, "date"), Column("超期天数", 8, "int"),
        Column("超期工作日", 9, "int"), Column("上报状态", 11), Column("已督办次数", 9, "int")),
        sup_rows))
    esc_rows = [("已答复", a.village_name, a.title, label(a.category), a.escalated_date,
                 a.reply_date, a.days_to_answer, a.reply_text) for a in answered]
    esc_rows += [("待答复", w.village_name, w.title, label(w.category), w.escalated_date, None,
                  w.days_waiting, f"已等待 {w.days_waiting} 天（{w.workdays_waiting} 个工作日）")
                 for w in sup.waiting]
    sections.append(Section("上报事项", "上报乡镇事项：本月已答复与待答复", (
        Column("情况", 8), Column("村（社区）", 12), Column("事项", 26, "wrap"),
        Column("类别", 10), Column("上报日期", 11, "date"), Column("答复日期", 11, "date"),
        Column("天数", 7, "int"), Column("答复内容 / 等待", 36, "wrap")), tuple(esc_rows)))
    sections.append(Section("未报送村", f"{month.year}年{month.month}月尚未报送批次的村", (
        Column("村（社区）", 14), Column("村代码", 16), Column("最近一次批次", 13, "date"),
        Column("距今天数", 9, "int")),
        tuple((v.name, v.code, v.last_batch, v.batch_age_days) for v in not_sent)))
    return sections


def gather(ctx: AppContext, month: Month, as_of: date | None = None, full: bool = False
           ) -> tuple[str, str, list[Section], SupervisionList, Comparison]:
    today = date.today()
    eff = min(as_of or today, month.last)
    with ctx.read() as s:
        figures = month_stats(s, month, eff)
        cmp = read_comparison(s, month, eff)
        sup = read_supervision(s, eff)
        answered = answered_between(s, month.first, month.last)
    name = figures["station"]["name"]
    title = f"{name}{month.year}年{month.month}月民情工作分析会报告"
    sub = f"统计截至 {eff.isoformat()}　　制表日期 {today.isoformat()}"
    return title, sub, build_sections(figures, cmp, sup, answered, month, Masker(full)), sup, cmp


def write_report(ctx: AppContext, month: Month, out: str | os.PathLike[str], *,
                 full: bool = False, as_of: date | None = None) -> ReportResult:
    """Write the report as .xlsx or .pdf (by suffix), through a temp file and a rename."""
    suffix = Path(out).suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise MinqingError("report_format", path=str(out))
    check_folder(out)
    title, sub, sections, sup, cmp = gather(ctx, month, as_of, full)
    if suffix == ".xlsx":
        write_xlsx(title, sub, sections, out)
    else:
        write_pdf(title, sub, sections, out)
    return ReportResult(str(out), len(cmp.villages), len(sup.matters), len(sup.waiting),
                        sum(1 for v in cmp.villages if not v.sent_this_month),
                        tuple(s.sheet for s in sections))


def write_xlsx(title: str, sub: str, sections: Sequence[Section],
               out: str | os.PathLike[str]) -> None:
    book = LedgerBook()
    for sec in sections:
        sh = book.sheet(sec.sheet, sec.columns, f"{title}·{sec.title}", sub)
        if sec.sheet == "汇总":
            for text, value, kind in sec.rows:
                sh.row_kinds([text, value], ["text", "text" if isinstance(value, str)
                                             else kind])
        else:
            sh.rows(sec.rows)
        last_col = chr(ord("A") + len(sec.columns) - 1)
        sh.ws.print_area = f"A1:{last_col}{max(sh.next_row - 1, 3)}"
    book.save(out)


def _cell_text(v: Any, kind: str) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, date):
        return v.isoformat()
    if kind == "pct" and isinstance(v, float):
        return f"{v:.1%}"
    if isinstance(v, float):
        return f"{v:.2f}"
    return clean_text(str(v))


def write_pdf(title: str, sub: str, sections: Sequence[Section],
              out: str | os.PathLike[str]) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from app.paper.cards_pdf import FONT, _font

    _font()
    h = ParagraphStyle("h", fontName=FONT, fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=FONT, fontSize=12, leading=16)
    cell = ParagraphStyle("c", fontName=FONT, fontSize=8, leading=10)

    def para(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
                         style)

    page_w = landscape(A4)[0] - 24 * mm
    story: list[Any] = [para(title, h), Spacer(1, 2 * mm), para(sub), Spacer(1, 4 * mm)]
    for i, sec in enumerate(sections):
        if i:
            story.append(PageBreak())
        story += [para(sec.title, h2), Spacer(1, 2 * mm)]
        total = sum(c.width for c in sec.columns)
        widths = [page_w * c.width / total for c in sec.columns]
        data: list[list[Any]] = [[para(c.header) for c in sec.columns]]
        for r in sec.rows:
            kinds = [c.kind for c in sec.columns]
            if sec.sheet == "汇总":
                kinds = ["text", r[2]]
            data.append([para(_cell_text(v, kinds[j] if j < len(kinds) else "text"))
                         for j, v in enumerate(r[:len(sec.columns)])])
        if len(data) == 1:
            data.append([para("（无）")] + [""] * (len(sec.columns) - 1))
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story.append(t)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont(FONT, 8)
        canvas.drawCentredString(landscape(A4)[0] / 2, 8 * mm, f"第 {doc.page} 页")

    with atomic_path(out) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=12 * mm,
                                rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=14 * mm,
                                title=title)
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
