"""The printed matter card (一事一卡) for the paper file: the matter's facts and its whole
history, A5 or A4, in the contact cards' embedded font so it prints the same everywhere."""

from __future__ import annotations

import os

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.context import AppContext
from app.errors import ValidationError
from app.i18n import label
from app.paper.cards_pdf import FONT, _font
from app.paper.files import atomic_path, check_folder
from app.services import matters as ms
from app.services.station import station_info

SIZES = {"A5": A5, "A4": A4}


def write_matter_card(ctx: AppContext, matter_id: str, out: str | os.PathLike[str],
                      size: str = "A5") -> int:
    """Write the card to ``out`` (temp file + rename); returns the number of pages."""
    if size.upper() not in SIZES:
        raise ValidationError("size", "matter_card_size", value=size)
    check_folder(out)
    page_w, page_h = SIZES[size.upper()]
    from app.services.supervision import matter_supervision

    row = ms.get_matter(ctx, matter_id)
    history = ms.matter_history(ctx, matter_id)
    station = station_info(ctx)
    _font()
    margin = 12 * mm
    width = page_w - 2 * margin
    pages = 1
    with atomic_path(out) as tmp:
        c = Canvas(str(tmp), pagesize=(page_w, page_h))
        c.setTitle(f"一事一卡：{row.title}")
        y = page_h - margin - 14

        def line(text: str, size: float = 10.0, gap: float = 4.0) -> None:
            nonlocal y, pages
            for part in simpleSplit(text, FONT, size, width) or [""]:
                if y < margin + size:
                    c.showPage()
                    pages += 1
                    y = page_h - margin - size
                c.setFont(FONT, size)
                c.drawString(margin, y, part)
                y -= size + gap

        line(f"{station.name}　群众诉求事项办理卡（一事一卡）", 14, 8)
        line(f"事项：{row.title}", 12, 6)
        line(f"事项编号：{row.id[:8]}　类别：{label(row.category)}　紧急程度：{label(row.urgency)}")
        line(f"诉求人：{row.household_name or '—'}　包案干部：{row.owner_name or '—'}")
        line(f"受理日期：{row.received_date.isoformat()}　办结期限：{row.deadline.isoformat()}"
             f"　状态：{label(row.status)}")
        sup = matter_supervision(ctx, matter_id)
        if sup is not None:  # under the township's supervision (督办, issue 13)
            line(f"督办：乡镇已督办 {sup.notices} 次，最近督办单 {sup.latest_no}，"
                 f"请于 {sup.reply_by.isoformat()} 前回复")
        if row.satisfaction:
            line(f"满意度：{label(row.satisfaction)}")
        line("办理经过：", 11, 6)
        for h in history:
            who = f"（{h.author}）" if h.author else ""
            line(f"{h.on.isoformat()}　{h.describe('zh_CN')}{who}")
        y -= 10
        line("包案干部签字：______________　　日期：__________")
        c.save()
    return pages
