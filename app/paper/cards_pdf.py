"""Printed contact cards (便民服务联系卡, W4): business-card size, ten to an A4 sheet.

The front names the household head and group, the liaison cadre and phone, the village
leaders' phones, the township hotline, the station's office days, the card number and a QR code
of it; the back lists the proxy services and how to reach the station. ``duplex`` follows each
sheet of fronts with a sheet of backs, columns mirrored, so a long-edge double-sided print puts
each back behind its front.

Chinese must print on any viewer and printer, so the TrueType WenQuanYi Micro Hei shipped in
``resources/fonts`` is embedded as a subset (reportlab cannot embed PostScript-outline CJK
fonts) and the text stays real text. Rare name characters the font lacks (𠮷, 㛃 …) are printed
as □ for the clerk to write in by hand, inside a marked-content span whose ``/ActualText`` is
the real character, so copying or searching the PDF still gives the right name; the result
lists them so the CLI and window can say so. The QR code is segno's matrix with a fixed mask,
drawn as one vector path (reportlab's own QR widget is ten times slower).

Printing records the issue (card number, date, cadre named) through
``app.services.cards.issue_cards`` first and draws from its result, so the number on the card
is the number in the register.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import segno
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError
from app.i18n import label
from app.paper.files import Progress, atomic_path, check_folder, report
from app.paper.safe_cells import clean_text
from app.paths import resource_path
from app.services.cards import CardIssued, issue_cards, needing_reissue
from app.services.station import get_station, parse_group_number
from models import Assignment, Cadre, ContactCard, Group, Household, Village
from models.vocab import MatterCategory

FONT = "WQYMicroHei"
CARD_W, CARD_H = 90 * mm, 54 * mm
COLS, ROWS = 2, 5
PER_PAGE = COLS * ROWS
PAGE_W, PAGE_H = A4
MARGIN_X = (PAGE_W - COLS * CARD_W) / 2
MARGIN_Y = (PAGE_H - ROWS * CARD_H) / 2
RED = (0.75, 0.0, 0.0)
PLACEHOLDER = "□"
QR_SIZE = 19 * mm
PROXY = (MatterCategory.PROXY_LICENCE, MatterCategory.PROXY_SUBSIDY,
         MatterCategory.PROXY_ENQUIRY, MatterCategory.PROXY_SUPPLIES)


@dataclass(frozen=True)
class Leader:
    title: str
    name: str
    phone: str


@dataclass(frozen=True)
class CardData:
    """Everything printed on one card (front and back)."""

    card_no: str
    household_id: str
    head_name: str
    group_name: str
    village_name: str
    cadre_name: str
    cadre_phone: str
    leaders: tuple[Leader, ...] = ()
    hotline: str = ""
    office_days: str = ""
    station_address: str = ""
    township_name: str = ""


@dataclass
class CardsResult:
    path: str
    cards: int
    pages: int
    issued: list[CardIssued] = field(default_factory=list)
    # character the font lacks -> names it appears in
    missing: dict[str, set[str]] = field(default_factory=dict)

    def missing_glyphs_summary(self) -> list[tuple[str, str]]:
        if not self.missing:
            return []
        chars = "".join(sorted(self.missing))
        names = sorted({n for ns in self.missing.values() for n in ns})
        return [(chars, "、".join(names[:10]) + ("…" if len(names) > 10 else ""))]


# ------------------------------------------------------------------------------------ font

@lru_cache(maxsize=1)
def _font() -> TTFont:
    font = TTFont(FONT, str(resource_path("fonts", "wqy-microhei.ttc")), subfontIndex=0)
    pdfmetrics.registerFont(font)
    return font


@lru_cache(maxsize=4096)
def _missing_in(text: str) -> frozenset[str]:
    cmap = _font().face.charToGlyph
    return frozenset(ch for ch in text if ord(ch) not in cmap and not ch.isspace())


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` the embedded font cannot draw."""
    return set(_missing_in(text))


@lru_cache(maxsize=65536)
def _width(text: str, size: float) -> float:
    miss = _missing_in(text)
    if miss:
        text = "".join(PLACEHOLDER if ch in miss else ch for ch in text)
    return pdfmetrics.stringWidth(text, FONT, size)


def _utf16_hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()


class _Writer:
    """Text drawing with fitting and the missing-glyph fallback; collects what was missing."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.missing: dict[str, set[str]] = {}
        self.owner = ""

    def text(self, x: float, y: float, text: str, size: float, max_width: float | None = None,
             min_size: float = 5.0, right: bool = False) -> float:
        """Draw ``text`` at baseline (x, y), shrinking it to fit ``max_width`` (and cutting it
        with … below ``min_size``). Returns the width drawn."""
        text = clean_text(text)
        if not text:
            return 0.0
        w = _width(text, size)
        if max_width is not None and w > max_width:
            size = max(min_size, size * max_width / w)
            w = _width(text, size)
            while w > max_width and len(text) > 1:
                text = text[:-2] + "…"
                w = _width(text, size)
        if right:
            x -= w
        miss = _missing_in(text)
        t = self.c.beginText(x, y)
        t.setFont(FONT, size)
        if not miss:
            t.textOut(text)
        else:
            for ch in miss:
                self.missing.setdefault(ch, set()).add(self.owner)
            run = ""
            code: list[str] = t._code  # type: ignore[attr-defined]  # no marked-content API
            boxes: list[float] = []
            for i, ch in enumerate(text):
                if ch in miss:
                    if run:
                        t.textOut(run)
                        run = ""
                    boxes.append(x + _width(text[:i], size))
                    # the placeholder glyph is invisible (mode 3) and carries the real
                    # character for copy and search; a full-size box is drawn over it
                    code.append(f"/Span <</ActualText <{_utf16_hex(ch)}>>> BDC")
                    t.setTextRenderMode(3)
                    t.textOut(PLACEHOLDER)
                    t.setTextRenderMode(0)
                    code.append("EMC")
                else:
                    run += ch
            if run:
                t.textOut(run)
        self.c.drawText(t)
        if miss:
            self.c.setLineWidth(max(0.3, size / 20))
            pw = _width(PLACEHOLDER, size)
            for bx in boxes:
                self.c.rect(bx + pw * 0.08, y - size * 0.1, pw * 0.84, size * 0.9, stroke=1,
                            fill=0)
        return w

    def blank(self, x: float, y: float, width: float) -> None:
        """An underline to write on, where the station has not set a value yet."""
        self.c.setLineWidth(0.4)
        self.c.line(x, y - 1, x + width, y - 1)


# -------------------------------------------------------------------------------- drawing

def qr_path(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """The QR code of ``data`` as ONE filled path of horizontal runs, ``size`` wide, with its
    bottom-left corner at (x, y)."""
    qr = segno.make(data, error="m", mask=0)
    matrix = qr.matrix
    n = len(matrix)
    m = size / n
    p = canvas.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (r + 1) * m
        start = -1
        for col in range(n + 1):
            dark = col < n and row[col]
            if dark and start < 0:
                start = col
            elif not dark and start >= 0:
                p.rect(x + start * m, top, (col - start) * m, m)
                start = -1
    canvas.drawPath(p, stroke=0, fill=1)


def _band(c: Canvas, w: _Writer, x: float, y: float, left: str, right: str) -> None:
    c.setFillColorRGB(*RED)
    c.rect(x, y + CARD_H - 10 * mm, CARD_W, 10 * mm, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    w.text(x + 4 * mm, y + CARD_H - 6.8 * mm, left, 11, max_width=40 * mm)
    w.text(x + CARD_W - 4 * mm, y + CARD_H - 6.4 * mm, right, 7.5, max_width=42 * mm,
           right=True)
    c.setFillColorRGB(0, 0, 0)


def _field(w: _Writer, x: float, y: float, name: str, value: str, size: float,
           width: float) -> None:
    lw = w.text(x, y, name, size)
    if value:
        w.text(x + lw, y, value, size, max_width=width - lw)
    else:
        w.blank(x + lw, y, min(30 * mm, width - lw))


def _split(text: str, size: float, width: float) -> tuple[str, str]:
    """The longest head of ``text`` that fits ``width``, preferring a break after ；，、 or a
    space, and the rest."""
    if _width(text, size) <= width:
        return text, ""
    cut = 1
    while cut < len(text) and _width(text[:cut + 1], size) <= width:
        cut += 1
    for i in range(cut, max(0, cut - 8), -1):
        if text[i - 1] in "；;，,、 ":
            return text[:i].rstrip(), text[i:].lstrip()
    return text[:cut], text[cut:]


def _wrapped_field(w: _Writer, x: float, y: float, name: str, value: str, size: float,
                   width: float, leading: float) -> int:
    """A labelled value over at most two lines (the second indented under the value).
    Returns the lines used."""
    if not value:
        _field(w, x, y, name, value, size, width)
        return 1
    lw = w.text(x, y, name, size)
    first, rest = _split(value, size, width - lw)
    if not rest:
        w.text(x + lw, y, first, size, max_width=width - lw)
        return 1
    w.text(x + lw, y, first, size, max_width=width - lw)
    w.text(x + lw, y - leading, rest, size, max_width=width - lw)
    return 2


def _front_static(c: Canvas, w: _Writer, card: CardData, x: float, y: float) -> None:
    """What is the same on every card of a village: drawn once as a PDF form."""
    w.owner = card.village_name
    _band(c, w, x, y, "便民服务联系卡", f"{card.township_name}{card.village_name}")
    left = x + 4 * mm
    text_w = CARD_W - 4 * mm - 25 * mm
    top = y + CARD_H - 16.5 * mm
    w.text(left, top, "户主：", 8)
    line = top - 5.6 * mm
    w.text(left, line, "联系干部：", 8)
    line -= 4.6 * mm
    leaders = card.leaders[:3]
    if leaders:
        lw = w.text(left, line, "村干部：", 7.5)
        for ld in leaders:
            w.text(left + lw, line, f"{ld.title} {ld.name}  {ld.phone}".strip(), 7.5,
                   max_width=text_w - lw)
            line -= 3.9 * mm
    else:
        _field(w, left, line, "村干部：", "", 7.5, text_w)
        line -= 3.9 * mm
    _field(w, left, line, "乡镇热线：", card.hotline, 7.5, text_w)
    line -= 3.9 * mm
    _wrapped_field(w, left, line, "办公时间：", card.office_days, 7.5, text_w, 3.4 * mm)
    w.text(left, y + 3.2 * mm, "卡号：", 6.5)
    qx = x + CARD_W - 4 * mm - QR_SIZE
    w.text(qx + QR_SIZE / 2 - _width("扫码核验卡号", 5.5) / 2, y + 3.2 * mm, "扫码核验卡号", 5.5)


def _front_variable(c: Canvas, w: _Writer, card: CardData, x: float, y: float) -> None:
    """What differs from card to card: name, group, liaison, number and its QR code."""
    w.owner = card.head_name
    left = x + 4 * mm
    text_w = CARD_W - 4 * mm - 25 * mm
    top = y + CARD_H - 16.5 * mm
    n1 = _width("户主：", 8)
    n2 = w.text(left + n1, top, card.head_name, 11.5, max_width=text_w - n1 - 14 * mm)
    w.text(left + n1 + n2 + 2 * mm, top, card.group_name, 8, max_width=14 * mm)
    line = top - 5.6 * mm
    lw = _width("联系干部：", 8)
    liaison = f"{card.cadre_name}  {card.cadre_phone}".strip()
    if liaison:
        w.text(left + lw, line, liaison, 8, max_width=text_w - lw)
    else:
        w.blank(left + lw, line, min(30 * mm, text_w - lw))
    w.text(left + _width("卡号：", 6.5), y + 3.2 * mm, card.card_no, 6.5,
           max_width=text_w + 20 * mm)
    qr_path(c, card.card_no, x + CARD_W - 4 * mm - QR_SIZE, y + 7 * mm, QR_SIZE)


def draw_front(c: Canvas, w: _Writer, card: CardData, x: float, y: float) -> None:
    _front_static(c, w, card, x, y)
    _front_variable(c, w, card, x, y)


def draw_back(c: Canvas, w: _Writer, card: CardData, x: float, y: float) -> None:
    w.owner = card.village_name
    _band(c, w, x, y, "民事村代办", f"{card.village_name}群众工作站")
    left = x + 4 * mm
    width = CARD_W - 8 * mm
    line = y + CARD_H - 15.8 * mm
    w.text(left, line, "村里为您免费代办以下事项：", 8, max_width=width)
    line -= 5.6 * mm
    names = [label(p.value) for p in PROXY]
    col_w = width / 2
    for i, name in enumerate(names):
        cx = left + 2 * mm + (i % 2) * col_w
        c.circle(cx + 1.2 * mm, line + 1.2 * mm, 0.8 * mm, stroke=0, fill=1)
        w.text(cx + 3.4 * mm, line, name, 10, max_width=col_w - 6 * mm)
        if i % 2:
            line -= 5.4 * mm
    line -= 0.4 * mm
    w.text(left, line, "有矛盾纠纷、困难问题，请找您的联系干部或到工作站反映。", 7.5,
           max_width=width)
    line -= 4.8 * mm
    used = _wrapped_field(w, left, line, "工作站地址：", card.station_address, 7.5, width,
                          3.6 * mm)
    line -= (used - 1) * 3.6 * mm + 4.2 * mm
    used = _wrapped_field(w, left, line, "办公时间：", card.office_days, 7.5, width, 3.6 * mm)
    line -= (used - 1) * 3.6 * mm + 4.2 * mm
    _field(w, left, line, "乡镇热线：", card.hotline, 7.5, width)


def _slot(i: int, mirrored: bool = False) -> tuple[float, float]:
    col, row = i % COLS, i // COLS
    if mirrored:
        col = COLS - 1 - col
    return MARGIN_X + col * CARD_W, PAGE_H - MARGIN_Y - (row + 1) * CARD_H


def _crop_marks(c: Canvas) -> None:
    """Cut lines marked in the margins only, so no mark shows on a trimmed card."""
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0, 0, 0)
    gap, length = 2 * mm, 6 * mm
    top, bottom = PAGE_H - MARGIN_Y, MARGIN_Y
    left, right = MARGIN_X, PAGE_W - MARGIN_X
    for i in range(COLS + 1):
        xx = MARGIN_X + i * CARD_W
        c.line(xx, top + gap, xx, top + gap + length)
        c.line(xx, bottom - gap, xx, bottom - gap - length)
    for j in range(ROWS + 1):
        yy = MARGIN_Y + j * CARD_H
        c.line(left - gap, yy, left - gap - length, yy)
        c.line(right + gap, yy, right + gap + length, yy)


class _Forms:
    """The parts shared by many cards (a village's front template and its back) are drawn
    once as PDF form XObjects and placed on each card: smaller files, faster drawing."""

    def __init__(self, c: Canvas, w: _Writer) -> None:
        self.c = c
        self.w = w
        self.names: dict[tuple[object, ...], str] = {}

    def _form(self, key: tuple[object, ...], draw: Callable[[], None]) -> str:
        name = self.names.get(key)
        if name is None:
            name = f"mq{len(self.names)}"
            self.c.beginForm(name, lowerx=0, lowery=0, upperx=CARD_W, uppery=CARD_H)
            draw()
            self.c.endForm()
            self.names[key] = name
        return name

    def front(self, card: CardData) -> str:
        key = ("front", card.township_name, card.village_name, card.leaders, card.hotline,
               card.office_days)
        return self._form(key, lambda: _front_static(self.c, self.w, card, 0, 0))

    def back(self, card: CardData) -> str:
        key = ("back", card.village_name, card.station_address, card.office_days,
               card.hotline)
        return self._form(key, lambda: draw_back(self.c, self.w, card, 0, 0))

    def place(self, name: str, x: float, y: float) -> None:
        self.c.saveState()
        self.c.translate(x, y)
        self.c.doForm(name)
        self.c.restoreState()


def render_cards(cards: Sequence[CardData], out: str | os.PathLike[str], *,
                 duplex: bool = False, on_progress: Progress | None = None,
                 title: str = "便民服务联系卡") -> tuple[int, dict[str, set[str]]]:
    """Draw ``cards`` to ``out`` (temp file + rename). Returns (pages, missing glyphs)."""
    _font()
    pages = 0
    with atomic_path(out) as tmp:
        c = Canvas(str(tmp), pagesize=A4, initialFontName=FONT,  # type: ignore[arg-type]
                   initialFontSize=8)
        c.setTitle(title)
        c.setAuthor("民情台账 Minqing")
        c.setCreator("Minqing")
        w = _Writer(c)
        forms = _Forms(c, w)
        total = len(cards)

        def backs(sheet: Sequence[CardData]) -> None:
            names = [forms.back(card) for card in sheet]  # define forms before the page
            _crop_marks(c)
            for i, name in enumerate(names):
                forms.place(name, *_slot(i, mirrored=True))
            c.showPage()

        for start in range(0, total, PER_PAGE):
            sheet = cards[start:start + PER_PAGE]
            names = [forms.front(card) for card in sheet]
            _crop_marks(c)
            for i, card in enumerate(sheet):
                x, y = _slot(i)
                forms.place(names[i], x, y)
                _front_variable(c, w, card, x, y)
            c.showPage()
            pages += 1
            if duplex:
                backs(sheet)
                pages += 1
            report(on_progress, min(start + PER_PAGE, total), total)
        if not duplex and cards:
            # single-sided: per village, one sheet of its backs to print on the reverse of the
            # card stock
            by_village: dict[tuple[str, str, str, str], CardData] = {}
            for card in cards:
                by_village.setdefault((card.village_name, card.station_address,
                                       card.office_days, card.hotline), card)
            for card in by_village.values():
                backs([card] * PER_PAGE)
                pages += 1
        c.save()
    return pages, w.missing


# ----------------------------------------------------------------------------- data + flow

def select_households(session: Session, *, group: str | None = None,
                      household_ids: Sequence[str] | None = None,
                      reissue_only: bool = False) -> list[str]:
    """Active households to print, in register order (village, group, name)."""
    q = (select(Household.id).outerjoin(Group, Group.id == Household.group_id)
         .where(Household.deleted.is_(False)))
    if group:
        number = parse_group_number(group)
        gq = select(Group.id).where(Group.deleted.is_(False))
        gq = gq.where(Group.number == number) if number is not None else gq.where(
            Group.name == group.strip())
        gids = list(session.execute(gq).scalars())
        if not gids:
            raise MinqingError("cards_group_unknown", value=group)
        q = q.where(Household.group_id.in_(gids))
    if household_ids:
        q = q.where(Household.id.in_(list(household_ids)))
    if reissue_only:
        q = q.where(Household.id.in_(needing_reissue(session)))
    q = q.order_by(Household.village_code, Group.number, Household.py_full, Household.id)
    return list(session.execute(q).scalars())


def card_data(session: Session, issued: Sequence[CardIssued]) -> list[CardData]:
    """What to print for each issued card: the register's data plus the card's own snapshot
    (number, cadre name and phone as recorded)."""
    st = get_station(session)
    assert st is not None
    ids = [i.household_id for i in issued]
    rows: dict[str, tuple[str, str, str]] = {}
    for i in range(0, len(ids), 500):
        for hid, name, vcode, gname in session.execute(
                select(Household.id, Household.head_name, Household.village_code, Group.name)
                .outerjoin(Group, Group.id == Household.group_id)
                .where(Household.id.in_(ids[i:i + 500]))):
            rows[hid] = (name, vcode, gname or "")
    villages = {code: name for code, name in session.execute(select(Village.code, Village.name))}
    leaders: dict[str, list[Leader]] = {}
    for cd in session.execute(select(Cadre).where(
            Cadre.deleted.is_(False), Cadre.active.is_(True), Cadre.is_leader.is_(True))
            .order_by(Cadre.village_code, Cadre.name)).scalars():
        leaders.setdefault(cd.village_code, []).append(Leader(_short_title(cd.title), cd.name,
                                                              cd.phone))
    township = st.township_name if st.kind == "village" else st.name
    out = []
    for it in issued:
        name, vcode, gname = rows[it.household_id]
        out.append(CardData(
            card_no=it.card_no, household_id=it.household_id, head_name=name,
            group_name=gname, village_name=villages.get(vcode, st.name),
            cadre_name=it.cadre_name, cadre_phone=it.cadre_phone,
            leaders=tuple(leaders.get(vcode, ())), hotline=st.hotline,
            office_days=st.office_days, station_address=st.address,
            township_name=township))
    return out


def _short_title(title: str) -> str:
    """Card space is tight: the usual short forms clerks write."""
    return {"村党支部书记": "支部书记", "村党总支书记": "总支书记", "村委会主任": "村主任",
            "村民委员会主任": "村主任"}.get(title, title)


def print_cards(ctx: AppContext, out: str | os.PathLike[str], *, group: str | None = None,
                household_ids: Sequence[str] | None = None, duplex: bool = False,
                reissue_only: bool = False, on: date | None = None,
                on_progress: Progress | None = None) -> CardsResult:
    """The W4 flow: choose households, record one new card each (``issue_cards``), draw the
    sheets from what was recorded. Refuses an empty selection before anything is written."""
    check_folder(out)
    with ctx.read() as s:
        ids = select_households(s, group=group, household_ids=household_ids,
                                reissue_only=reissue_only)
    if not ids:
        raise MinqingError("cards_none")
    issued = issue_cards(ctx, ids, on)
    try:
        with ctx.read() as s:
            cards = card_data(s, issued)
        pages, missing = render_cards(cards, out, duplex=duplex, on_progress=on_progress)
    except BaseException:
        # Stopped or failed before the PDF existed: no card reached paper, so the issues are
        # voided (soft-deleted, audited); their numbers are not handed out again.
        _void(ctx, [i.card_id for i in issued])
        raise
    return CardsResult(str(out), len(cards), pages, issued, missing)


def void_cards(ctx: AppContext, issued: Sequence[CardIssued]) -> None:
    """Void cards that never reached paper (a print job stopped after the PDF was drawn):
    soft-deleted and audited, their numbers not handed out again."""
    _void(ctx, [i.card_id for i in issued])


def _void(ctx: AppContext, card_ids: Sequence[str]) -> None:
    with ctx.uow() as uow:
        for cid in card_ids:
            card = uow.session.get(ContactCard, cid)
            if card is not None:
                uow.delete_record(card, "contact_card")
        uow.commit()


def preview_cards(ctx: AppContext, out: str | os.PathLike[str], household_ids: Sequence[str],
                  *, duplex: bool = False,
                  on_progress: Callable[[int, int], bool] | None = None) -> CardsResult:
    """Draw the sheets without issuing (the window's preview): the card number shows as
    “（打印时编号）”; nothing is recorded."""
    with ctx.read() as s:
        liaison = {}
        for hid, name, phone in s.execute(
                select(Assignment.household_id, Cadre.name, Cadre.phone)
                .join(Cadre, Cadre.id == Assignment.cadre_id)
                .where(Assignment.household_id.in_(list(household_ids)),
                       Assignment.end_date.is_(None), Assignment.deleted.is_(False))):
            liaison[hid] = (name, phone)
        fake = [CardIssued("", hid, "（打印时编号）", on_date, *liaison.get(hid, ("", "")))
                for hid, on_date in ((h, date.today()) for h in household_ids)]
        cards = card_data(s, fake)
    pages, missing = render_cards(cards, out, duplex=duplex, on_progress=on_progress,
                                  title="便民服务联系卡（预览）")
    return CardsResult(str(out), len(cards), pages, [], missing)
