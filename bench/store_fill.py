"""Filling a township-scale store (20,000 households, ~100,000 visits and what goes with them)
through our bulk path vs raw ``sqlite3.executemany`` of the same rows in one transaction.

Both write into the same migrated, empty schema with the same pragmas (WAL, synchronous=FULL),
so the ratio is the cost of SQLAlchemy, the unit of work and the audit event. Also measures the
durability choice: one interactive commit under synchronous=FULL vs NORMAL.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from typing import Any

from app.services.demo import build_demo_rows, write_rows
from bench import Measure, Scale, timer
from bench.data import CACHE, TODAY, empty_station


def _sql_value(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.isoformat(sep=" ", timespec="microseconds")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, bool):
        return int(v)
    return v


def run(scale: Scale) -> list[Measure]:
    households = scale.n(20_000, 2_000)
    months = 43  # ≈ 1.4 visits per household per year → ~100,000 visits at 20,000 households
    CACHE.mkdir(exist_ok=True)
    template = CACHE / "empty-template.sqlite3"
    ours_path = CACHE / "fill-ours.sqlite3"
    raw_path = CACHE / "fill-raw.sqlite3"
    ctx = empty_station(template)
    rows = build_demo_rows(ctx, households, months, seed=1, today=TODAY)
    ctx.store.close()
    with sqlite3.connect(template) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    n_visits = sum(len(v) for k, v in rows.items() if k.__name__ == "Visit")
    n_rows = sum(len(v) for v in rows.values())

    # raw: same rows as tuples, prepared outside the timing
    prepared = []
    for model, items in rows.items():
        if not items:
            continue
        cols = list(items[0].keys())
        sql = (f"INSERT INTO {model.__tablename__} ({', '.join(cols)}) "  # type: ignore[attr-defined]
               f"VALUES ({', '.join('?' * len(cols))})")
        prepared.append((sql, [tuple(_sql_value(r[c]) for c in cols) for r in items]))
    shutil.copy(template, raw_path)
    conn = sqlite3.connect(raw_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    with timer() as raw_t:
        conn.execute("BEGIN")
        for sql, data in prepared:
            conn.executemany(sql, data)
        conn.execute("COMMIT")
    conn.close()

    shutil.copy(template, ours_path)
    from app.context import AppContext
    from app.store import open_store

    octx = AppContext(open_store(ours_path), actor="bench")
    with timer() as ours_t:
        write_rows(octx, rows, {"bench": True})
    measures = [Measure(f"fill {households:,} households, {n_visits:,} visits", ours_t(), raw_t(),
                        goal=2.0, extra={"rows": n_rows})]

    # durability: one small interactive commit under FULL vs NORMAL (median of 30)
    import statistics
    import time

    lat: dict[str, float] = {}
    for mode in ("FULL", "NORMAL"):
        c2 = sqlite3.connect(ours_path, isolation_level=None)
        c2.execute("PRAGMA journal_mode=WAL")
        c2.execute(f"PRAGMA synchronous={mode}")
        times = []
        for i in range(30):
            t0 = time.perf_counter()
            c2.execute("BEGIN")
            c2.execute("UPDATE station SET address=?", (f"bench {mode} {i}",))
            c2.execute("COMMIT")
            times.append(time.perf_counter() - t0)
        c2.close()
        lat[mode] = statistics.median(times)
    octx.store.close()
    measures.append(Measure("one interactive commit, synchronous=FULL vs NORMAL", lat["FULL"],
                            lat["NORMAL"], note="durability cost per save"))
    return measures
