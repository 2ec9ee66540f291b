"""The supervision notice (督办单) on paper: a PDF in the cards' embedded font, or a print-ready
.xlsx with the ledger's layout (merged title, repeated header, fit to width).

It lists the overdue matters of one village (or one owner cadre) with their deadlines and days
overdue, and the date by which the village must reply. Issuing is recorded by
``app.services.supervision.issue_notice`` first; this only draws what was recorded, so the
number on the paper is the number in the register.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.errors import MinqingError
from app.i18n import label
from app.paper.book import Column, LedgerBook
from app.paper.cards_pdf import FONT, _font
from app.paper.files import atomic_path, check_folder
from app.paper.safe_cells import clean_text
from app.services.supervision import Notice

COLUMNS = [Column("序号", 6, "int"), Column("事项", 30, "wrap"), Column("类别", 10),
           Column("包案干部", 10), Column("受理日期", 11, "date"), Column("办结期限", 11, "date"),
           Column("超期天数", 9, "int"), Column("超期工作日", 10, "int")]


def _heading(n: Notice) -> tuple[str, str, str]:
    to = n.village_name + (f" {n.owner_name}同志" if n.owner_name else "")
    title = f"{n.township_name}督办单"
    sub = f"编号：{n.notice_no}　　发出日期：{n.issue_date.isoformat()}　　统计截至：{n.as_of.isoformat()}"
    body = (f"{to}：截至 {n.as_of.isoformat()}，下列 {n.matter_count} 件群众诉求事项已超过办结期限"
            f"仍未办结。请抓紧办理，并于 {n.reply_by.isoformat()} 前将办理情况书面回复乡镇。")
    return title, sub, body


def _rows(n: Notice) -> list[list[object]]:
    return [[i, ln.title, label(ln.category), ln.owner_name, ln.received_date, ln.deadline,
             ln.days_overdue, ln.workdays_overdue] for i, ln in enumerate(n.lines, start=1)]


def write_notice(n: Notice, out: str | os.PathLike[str]) -> str:
    """Write the notice as .pdf or .xlsx (by the file's suffix), through a temp file."""
    suffix = Path(out).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise MinqingError("notice_format", path=str(out))
    check_folder(out)
    if suffix == ".xlsx":
        _write_xlsx(n, out)
    else:
        _write_pdf(n, out)
    return str(out)


def _write_xlsx(n: Notice, out: str | os.PathLike[str]) -> None:
    title, sub, body = _heading(n)
    book = LedgerBook()
    sh = book.sheet("督办单", COLUMNS, title, sub)
    sh.rows(_rows(n))
    sh.blank()
    last = chr(ord("A") + len(COLUMNS) - 1)
    lines = [body] + ([f"督办意见：{n.note}"] if n.note else []) + \
        [f"回复期限：{n.reply_by.isoformat()}　　签发：{n.issued_by}"]
    for text in lines:
        row = sh.next_row
        sh.ws.row_dimensions[row].height = 36
        sh.row_kinds([text], ["wrap"])
        sh.ws.merged_cells.add(f"A{row}:{last}{row}")
    book.save(out)


def _write_pdf(n: Notice, out: str | os.PathLike[str]) -> None:
    _font()
    title, sub, body = _heading(n)
    h = ParagraphStyle("h", fontName=FONT, fontSize=18, leading=24, alignment=1)
    p = ParagraphStyle("p", fontName=FONT, fontSize=10.5, leading=16)
    small = ParagraphStyle("s", fontName=FONT, fontSize=9, leading=12)

    def para(text: str, style: ParagraphStyle = small) -> Paragraph:
        safe = clean_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(safe, style)

    header = [c.header for c in COLUMNS]
    data: list[list[object]] = [[para(x) for x in header]]
    for r in _rows(n):
        data.append([para(v.isoformat() if isinstance(v, date) else str(v)) for v in r])
    widths = [10 * mm, 52 * mm, 18 * mm, 18 * mm, 21 * mm, 21 * mm, 14 * mm, 16 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    story = [para(title, h), Spacer(1, 3 * mm), para(sub), Spacer(1, 4 * mm), para(body, p),
             Spacer(1, 4 * mm), table, Spacer(1, 6 * mm)]
    if n.note:
        story += [para(f"督办意见：{n.note}", p), Spacer(1, 3 * mm)]
    story += [para(f"回复期限：{n.reply_by.isoformat()}　　签发：{n.issued_by}", p),
              Spacer(1, 10 * mm), para(f"{n.township_name}（盖章）　　{n.issue_date.isoformat()}", p)]
    with atomic_path(out) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                topMargin=15 * mm, bottomMargin=15 * mm, title=title,
                                author=n.township_name)
        doc.build(story)
