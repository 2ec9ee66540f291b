"""Paper benchmarks: the monthly ledger and the contact cards, each against the practical
limit on the same data in the same run.

- ledger: ``write_ledger`` for a month holding 100,000 visits (SQL, styling, all sheets) vs
  openpyxl's write-only mode appending the very same cell values (read back from our workbook
  beforehand, so the limit writes exactly what we wrote, minus styles and the database).
- cards: 1,000 cards. ``render`` is our drawing (fitting, fallback glyphs, QR path) vs bare
  reportlab drawing the same strings at fixed places plus the same segno QR path and crop
  marks; ``print`` adds choosing the households and recording the issues
  (``issue_cards``). PDF sizes are reported in ``extra``.
"""

from __future__ import annotations

import random
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.context import AppContext
from app.paper import cards_pdf
from app.paper.cards_pdf import (
    CARD_H,
    CARD_W,
    FONT,
    PER_PAGE,
    CardData,
    _crop_marks,
    _slot,
    card_data,
    print_cards,
    qr_path,
    render_cards,
)
from app.paper.ledger import write_ledger
from app.services.bulk import insert_rows, stamp
from app.services.demo import fill_demo
from app.services.station import init_station, update_station
from app.services.stats import Month
from app.store import open_store
from bench import Measure, Scale, timer
from models import Cadre, Household, Visit
from models.base import utcnow

MONTH = Month(2026, 6)
TODAY = date(2026, 6, 30)


def _station(folder: Path, households: int) -> AppContext:
    store = open_store(folder / "bench.sqlite3")
    init_station(store, kind="village", code="430525101201", name="石江村")
    ctx = AppContext(store)
    fill_demo(ctx, households=households, months=3, today=TODAY)
    update_station(ctx, office_days="每周一、三、五 8:30-17:30；每月5日、20日联合办公",
                   hotline="0739-7321234", address="石江村村部一楼")
    return ctx


def _add_visits(ctx: AppContext, n: int) -> None:
    rng = random.Random(7)
    with ctx.read() as s:
        hh = [h for (h,) in s.query(Household.id)]
        cadres = [c for (c,) in s.query(Cadre.id)]
    now = utcnow()
    summaries = ("了解家庭生产生活情况，宣传惠民政策", "询问今年种植和务工收入情况",
                 "看望留守老人，身体状况良好", "=反映饮水管道老化 <急>")
    rows = ({"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
             "village_code": "430525101201", "household_id": rng.choice(hh),
             "cadre_id": rng.choice(cadres),
             "visit_date": MONTH.first + timedelta(days=rng.randint(0, 29)),
             "mode": "home", "summary": rng.choice(summaries)} for _ in range(n))
    with ctx.uow() as uow:
        insert_rows(uow, Visit, (stamp(r, uow.origin_code, uow.actor, now) for r in rows))
        uow.commit()


def _limit_ledger(sheets: list[tuple[str, list[tuple[Any, ...]]]], out: Path) -> None:
    wb = Workbook(write_only=True)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(out)


def bench_ledger(folder: Path, scale: Scale) -> Measure:
    n = scale.n(100_000, 5_000)
    ctx = _station(folder, scale.n(2_000, 300))
    _add_visits(ctx, n)
    ours = folder / "ledger.xlsx"
    with timer() as t_ours:
        write_ledger(ctx, MONTH, ours)
    wb = load_workbook(ours, read_only=True)
    sheets = [(ws.title, list(ws.iter_rows(values_only=True))) for ws in wb.worksheets]
    wb.close()
    cells = sum(len(r) for _, rows in sheets for r in rows)
    with timer() as t_limit:
        _limit_ledger(sheets, folder / "limit.xlsx")
    ctx.store.close()
    return Measure(f"ledger: month with {n:,} visits", t_ours(), t_limit(), goal=1.3,
                   note="limit: openpyxl write-only appending the same cell values",
                   extra={"cells": cells, "MB": ours.stat().st_size / 1e6})


def _limit_cards(cards: list[CardData], out: Path) -> None:
    """Bare reportlab: the same strings at fixed places, the same QR path and crop marks."""
    c = Canvas(str(out), pagesize=A4, initialFontName=FONT)  # type: ignore[arg-type]
    for start in range(0, len(cards), PER_PAGE):
        sheet = cards[start:start + PER_PAGE]
        for back in (False, True):
            _crop_marks(c)
            for i, cd in enumerate(sheet):
                x, y = _slot(i, mirrored=back)
                c.setFillColorRGB(0.75, 0, 0)
                c.rect(x, y + CARD_H - 10 * mm, CARD_W, 10 * mm, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1)
                c.setFont(FONT, 11)
                c.drawString(x + 4 * mm, y + CARD_H - 7 * mm, "民事村代办" if back else "便民服务联系卡")
                c.setFont(FONT, 7.5)
                c.drawRightString(x + CARD_W - 4 * mm, y + CARD_H - 6.4 * mm, cd.village_name)
                c.setFillColorRGB(0, 0, 0)
                if back:
                    lines = ["村里为您免费代办以下事项：", "证照代办", "补贴代发", "信息代问",
                             "农资代购", "有矛盾纠纷、困难问题，请找您的联系干部或到工作站反映。",
                             f"工作站地址：{cd.station_address}", f"办公时间：{cd.office_days}",
                             f"乡镇热线：{cd.hotline}"]
                else:
                    lines = [f"户主：{cd.head_name} {cd.group_name}",
                             f"联系干部：{cd.cadre_name} {cd.cadre_phone}",
                             *(f"村干部：{ld.title} {ld.name} {ld.phone}" for ld in cd.leaders),
                             f"乡镇热线：{cd.hotline}", f"办公时间：{cd.office_days}",
                             f"卡号：{cd.card_no}", "扫码核验卡号"]
                yy = y + CARD_H - 16 * mm
                for line in lines:
                    c.drawString(x + 4 * mm, yy, line)
                    yy -= 4 * mm
                if not back:
                    qr_path(c, cd.card_no, x + CARD_W - 23 * mm, y + 7 * mm, 19 * mm)
            c.showPage()
    c.save()


def bench_cards(folder: Path, scale: Scale) -> list[Measure]:
    n = scale.n(1_000, 100)
    ctx = _station(folder, n)
    out = folder / "cards.pdf"
    with timer() as t_print:
        res = print_cards(ctx, out, duplex=True)
    with ctx.read() as s:
        cards = card_data(s, res.issued)
    ours = folder / "render.pdf"
    with timer() as t_render:
        render_cards(cards, ours, duplex=True)
    limit = folder / "limit.pdf"
    with timer() as t_limit:
        _limit_cards(cards, limit)
    ctx.store.close()
    size = {"pdf_MB": ours.stat().st_size / 1e6, "limit_pdf_MB": limit.stat().st_size / 1e6,
            "cards_per_s": n / t_render()}
    return [
        Measure(f"cards: {n:,} duplex, draw", t_render(), t_limit(), goal=1.5,
                note="limit: bare reportlab, same strings + segno QR path", extra=size),
        Measure(f"cards: {n:,} duplex, select+issue+draw", t_print(), t_limit(),
                note="includes recording 1 card/household (issue_cards)",
                extra={"pdf_MB": out.stat().st_size / 1e6}),
    ]


def bench_coverage(folder: Path, scale: Scale) -> Measure:
    """The year's coverage workbook of a township (figures by cadre and group, every unvisited
    household) vs openpyxl write-only appending the same cell values."""
    from app.paper.coverage import write_coverage
    from bench.data import TODAY as DATA_TODAY
    from bench.data import demo_store

    n = scale.n(20_000, 2_000)
    store = open_store(demo_store(n, 12), migrate=False)
    ctx = AppContext(store)
    ours = folder / "coverage.xlsx"
    write_coverage(ctx, DATA_TODAY.year, folder / "warm.xlsx", today=DATA_TODAY)  # warm
    with timer() as t_ours:
        res = write_coverage(ctx, DATA_TODAY.year, ours, today=DATA_TODAY)
    store.close()
    wb = load_workbook(ours, read_only=True)
    sheets = [(ws.title, list(ws.iter_rows(values_only=True))) for ws in wb.worksheets]
    wb.close()
    cells = sum(len(r) for _, rows in sheets for r in rows)
    with timer() as t_limit:
        _limit_ledger(sheets, folder / "limit-coverage.xlsx")
    return Measure(f"coverage .xlsx: {n:,} households, {res.unvisited:,} unvisited", t_ours(),
                   t_limit(), goal=1.5,
                   note="limit: openpyxl write-only appending the same cell values",
                   extra={"cells": cells})


def run(scale: Scale) -> list[Measure]:
    cards_pdf._font()  # font registration once, outside the timings
    out = []
    with tempfile.TemporaryDirectory() as d:
        out.append(bench_coverage(Path(d), scale))
    with tempfile.TemporaryDirectory() as d:
        out.append(bench_ledger(Path(d), scale))
    with tempfile.TemporaryDirectory() as d:
        out.extend(bench_cards(Path(d), scale))
    return out
