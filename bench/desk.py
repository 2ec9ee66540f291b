"""The township leader's desk at scale (issue 13): 30 villages, 150,000 households.

- supervision list (``read_supervision``) vs one hand-written raw ``sqlite3`` query of the
  overdue matters with their village and owner (the days counted in Python alike);
- villages compared (``read_comparison``: 13 months × every measure) vs one hand-written
  GROUP BY of the month's visited households and matters per village;
- the monthly meeting report (``write_report``, .xlsx) vs openpyxl write-only writing the same
  cells with no styles (goal ≤ 2).

Timed after a first warm-up call ("opens in under 1 s after the first time").
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from app.context import AppContext
from app.services.compare import compare_villages, read_comparison
from app.services.demo import build_demo_rows, write_rows
from app.services.station import add_village
from app.services.stats import Month
from app.services.supervision import read_supervision
from app.store import open_store
from bench import Measure, Scale, timer
from bench.data import CACHE, TODAY, empty_station

MONTH = Month(TODAY.year, TODAY.month)


def _store(households: int, villages: int) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"desk-{villages}-{households}.sqlite3"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    ctx = empty_station(tmp, "township")
    for i in range(villages):
        add_village(ctx, f"430525101{201 + i:03d}", f"第{i + 1}村")
    write_rows(ctx, build_demo_rows(ctx, households, 12, seed=1, today=TODAY), {})
    ctx.store.close()
    with sqlite3.connect(tmp) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.move(tmp, path)
    return path


RAW_OVERDUE = """
SELECT m.id, m.village_code, v.name, m.title, m.category, c.name, m.deadline, m.status
FROM matter m JOIN village v ON v.code = m.village_code
LEFT JOIN cadre c ON c.id = m.owner_cadre_id
WHERE m.deleted = 0 AND m.received_date <= ? AND m.deadline < ?
  AND (m.status != 'resolved' OR m.resolved_date IS NULL OR m.resolved_date > ?)
ORDER BY m.deadline
"""

RAW_COMPARE = """
SELECT v.code,
  (SELECT COUNT(DISTINCT household_id) FROM visit x WHERE x.village_code = v.code
     AND x.deleted = 0 AND x.visit_date BETWEEN ? AND ?),
  (SELECT COUNT(*) FROM matter m WHERE m.village_code = v.code AND m.deleted = 0
     AND m.received_date BETWEEN ? AND ?)
FROM village v ORDER BY v.code
"""


def _raw_supervision(db: Path, as_of: date) -> int:
    conn = sqlite3.connect(db)
    try:
        d = as_of.isoformat()
        rows = conn.execute(RAW_OVERDUE, (d, d, d)).fetchall()
        return sum((as_of - date.fromisoformat(r[6])).days for r in rows)
    finally:
        conn.close()


def _raw_compare(db: Path, month: Month) -> int:
    conn = sqlite3.connect(db)
    try:
        a, b = month.first.isoformat(), month.last.isoformat()
        return len(conn.execute(RAW_COMPARE, (a, b, a, b)).fetchall())
    finally:
        conn.close()


def run(scale: Scale) -> list[Measure]:
    households = scale.n(150_000, 6_000)
    villages = scale.n(30, 6)
    db = _store(households, villages)
    store = open_store(db)
    ctx = AppContext(store, actor="bench")
    out: list[Measure] = []
    try:
        with ctx.read() as s:
            read_supervision(s, TODAY)  # first time: caches warm
            with timer() as ours:
                sup = read_supervision(s, TODAY)
        _raw_supervision(db, TODAY)
        with timer() as limit:
            _raw_supervision(db, TODAY)
        out.append(Measure(f"supervision list, {villages} villages / {households:,} hh",
                           ours(), limit(), note=f"{len(sup.matters)} overdue"))
        with ctx.read() as s:
            read_comparison(s, MONTH, TODAY)  # the file's pages read once, like a warm start
        with ctx.read() as s, timer() as first:
            read_comparison(s, MONTH, TODAY)
        _raw_compare(db, MONTH)
        with timer() as limit:
            _raw_compare(db, MONTH)
        out.append(Measure(f"villages compared, first opening (uncached), {villages} vil.",
                           first(), limit(), note="limit: one month, two measures"))
        compare_villages(ctx, MONTH, TODAY)  # the first opening fills the cache
        with timer() as again:
            compare_villages(ctx, MONTH, TODAY)
        out.append(Measure("villages compared, opened again (data unchanged)", again(),
                           limit(), note="goal: < 1 s"))
        from app.paper.township_report import gather, write_xlsx

        folder = Path(tempfile.mkdtemp(prefix="minqing-desk-"))
        try:
            title, sub, sections, _s, _c = gather(ctx, MONTH, TODAY)
            with timer() as ours:
                write_xlsx(title, sub, sections, folder / "report.xlsx")
            with timer() as limit:
                wb = Workbook(write_only=True)
                for sec in sections:
                    ws = wb.create_sheet(sec.sheet)
                    ws.append([title])
                    ws.append([sub])
                    ws.append([c.header for c in sec.columns])
                    for r in sec.rows:
                        ws.append(list(r))
                wb.save(folder / "limit.xlsx")
            cells = sum(len(sec.rows) * len(sec.columns) for sec in sections)
            out.append(Measure("meeting report .xlsx (write)", ours(), limit(), goal=2.0,
                               note=f"{cells:,} cells"))
            from app.paper.township_report import write_pdf

            with timer() as pdf:
                write_pdf(title, sub, sections, folder / "report.pdf")
            out.append(Measure("meeting report .pdf (write)", pdf(), limit(),
                               note="limit: the .xlsx written by openpyxl write-only"))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        store.close()
    return out
