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
        rt, pc, du = v.measure("rating"), v.measure("plan_closure"), v.measure("duties_met")
        ranked.append((v.rank, v.name, _pct(v.score), hv.value, _signed(hv.delta),
                       _pct(cov.value), _signed(cov.delta, True),
                       v.measure("matters_received").value, v.measure("matters_resolved").value,
                       od.value, _signed(od.delta), _pct(ot.value), _pct(sat.value),
                       _pct(rt.value), _signed(rt.delta, True), _pct(pc.value),
                       _signed(pc.delta, True), _pct(du.value), _signed(du.delta),
                       v.last_batch, v.batch_age_days, "末位" if v.bottom else ""))
    sections.append(Section("各村排名", "各村工作情况排名", (
        Column("名次", 6, "int"), Column("村（社区）", 12), Column("综合得分", 9, "pct"),
        Column("走访户数", 8, "int"), Column("比上月", 8), Column("年度覆盖率", 9, "pct"),
        Column("比上月", 8), Column("受理", 7, "int"), Column("办结", 7, "int"),
        Column("超期", 7, "int"), Column("比上月", 8), Column("按期办结率", 9, "pct"),
        Column("满意率", 8, "pct"), Column("群众评议", 8, "pct"), Column("比上月", 8),
        Column("销号率", 8, "pct"), Column("比上月", 8), Column("履职达标", 8, "int"),
        Column("比上月", 8), Column("最近批次", 11, "date"), Column("批次天数", 8, "int"),
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


#: the ranked table's arrow columns where a rise is bad news (more overdue matters)
_RISE_IS_BAD = {("各村排名", 10)}
_GOOD, _BAD, _BOTTOM = "#1B7A3A", "#B3261E", "#FDE7E4"


def _summary_grid(rows: Sequence[tuple[Any, ...]], per_row: int = 2) -> list[list[str]]:
    """The summary's label/value pairs laid out two pairs to a line: one short block on the
    first page instead of a page of its own."""
    pairs = [(str(t).strip("　"), _cell_text(v, k)) for t, v, k in rows]
    out: list[list[str]] = []
    for i in range(0, len(pairs), per_row):
        line: list[str] = []
        for t, v in pairs[i:i + per_row]:
            line += [t, v or "—"]
        line += [""] * (per_row * 2 - len(line))
        out.append(line)
    return out


def write_pdf(title: str, sub: str, sections: Sequence[Section],
              out: str | os.PathLike[str]) -> None:
    """The same sections as a landscape A4 for the meeting table: the title and summary
    block first, the ranked villages right after with arrows in green (better) or red (worse)
    and the bottom shaded, then the lists; headers repeat on every page, the cards' CJK font
    throughout, page numbers ``第 x 页 / 共 y 页`` and the report's title in the footer."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from app.paper.cards_pdf import FONT, _font

    _font()
    h = ParagraphStyle("h", fontName=FONT, fontSize=17, leading=24, alignment=1)
    subst = ParagraphStyle("s", fontName=FONT, fontSize=9, leading=12, alignment=1,
                           textColor=colors.HexColor("#555555"))
    h2 = ParagraphStyle("h2", fontName=FONT, fontSize=12, leading=16, spaceBefore=6,
                        spaceAfter=3, textColor=colors.HexColor("#7A1F1F"))
    head = ParagraphStyle("hd", fontName=FONT, fontSize=7.5, leading=9, alignment=1)
    cell = ParagraphStyle("c", fontName=FONT, fontSize=7.5, leading=9.5)

    def para(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
                         style)

    page_w = landscape(A4)[0] - 24 * mm
    grid = colors.HexColor("#8C8C8C")
    header_bg = colors.HexColor("#E3E8EF")
    story: list[Any] = [para(title, h), para(sub, subst), Spacer(1, 4 * mm)]
    for sec in sections:
        # a heading never ends a page alone; but a long table starts under it on the same
        # page (keepWithNext would push a 30-village table whole onto the next page)
        story += [CondPageBreak(30 * mm), para(sec.title, h2)]
        if sec.sheet == "汇总":
            data = _summary_grid(sec.rows)
            t = Table(data, colWidths=[page_w * w for w in (0.3, 0.2, 0.3, 0.2)])
            t.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, -1), FONT, 9), ("GRID", (0, 0), (-1, -1), 0.5, grid),
                ("BACKGROUND", (0, 0), (0, -1), header_bg),
                ("BACKGROUND", (2, 0), (2, -1), header_bg),
                ("ALIGN", (1, 0), (1, -1), "CENTER"), ("ALIGN", (3, 0), (3, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [t, Spacer(1, 3 * mm)]
            continue
        total = sum(c.width for c in sec.columns)
        widths = [page_w * c.width / total for c in sec.columns]
        kinds = [c.kind for c in sec.columns]
        data2: list[list[Any]] = [[para(c.header, head) for c in sec.columns]]
        style: list[Any] = [
            ("FONT", (0, 0), (-1, -1), FONT, 7.5), ("GRID", (0, 0), (-1, -1), 0.4, grid),
            ("BACKGROUND", (0, 0), (-1, 0), header_bg), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
        for i, r in enumerate(sec.rows, start=1):
            line: list[Any] = []
            for j, v in enumerate(r[:len(sec.columns)]):
                text = _cell_text(v, kinds[j])
                line.append(para(text) if kinds[j] == "wrap" else text)
                if kinds[j] != "wrap" and (kinds[j] != "text" or len(text) <= 4):
                    style.append(("ALIGN", (j, i), (j, i), "CENTER"))
                if text and text[0] in "↑↓":
                    bad = (text[0] == "↑") == ((sec.sheet, j) in _RISE_IS_BAD)
                    style.append(("TEXTCOLOR", (j, i), (j, i),
                                  colors.HexColor(_BAD if bad else _GOOD)))
            data2.append(line)
            if i % 2 == 0:
                style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F6F7F9")))
            if r and r[-1] == "末位":
                style += [("BACKGROUND", (0, i), (-1, i), colors.HexColor(_BOTTOM)),
                          ("TEXTCOLOR", (-1, i), (-1, i), colors.HexColor(_BAD))]
        if len(data2) == 1:
            data2.append(["（无）"] + [""] * (len(sec.columns) - 1))
            style.append(("SPAN", (0, 1), (-1, 1)))
            style.append(("ALIGN", (0, 1), (-1, 1), "CENTER"))
        t = Table(data2, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 4 * mm)]

    story.pop()  # no spacer after the last table: it alone could start an empty page
    from reportlab.pdfgen.canvas import Canvas

    class _Numbered(Canvas):
        """Holds the pages until the end so each footer can say 共 y 页."""

        def __init__(self, *a: Any, **kw: Any) -> None:
            super().__init__(*a, **kw)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab: a fresh page state

        def save(self) -> None:
            n = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                w = landscape(A4)[0]
                self.setFont(FONT, 8)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(12 * mm, 8 * mm, title)
                self.drawRightString(w - 12 * mm, 8 * mm,
                                     f"第 {self.getPageNumber()} 页 / 共 {n} 页")
                self.setStrokeColor(grid)
                self.line(12 * mm, 11 * mm, w - 12 * mm, 11 * mm)
                super().showPage()
            super().save()

    with atomic_path(out) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=landscape(A4), leftMargin=12 * mm,
                                rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=15 * mm,
                                title=title)
        doc.build(story, canvasmaker=_Numbered)
