"""Many matters quickly, for the windowed-list tests: the demo's matters copied in SQL with new
ids and shifted dates (deadlines before and after today, open and resolved), so a test has a
few thousand matters in well under a second instead of filling a township for minutes."""

from __future__ import annotations

import sqlite3

from app.context import AppContext


def multiply_matters(ctx: AppContext, copies: int) -> int:
    """Add ``copies`` copies of every matter on file; returns the matters on file after."""
    conn = sqlite3.connect(ctx.store.path)
    try:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(matter)")]
        rest = [c for c in cols if c not in ("id", "deadline", "received_date")]
        conn.execute("CREATE TEMP TABLE k(n INTEGER)")
        conn.executemany("INSERT INTO k VALUES (?)", [(n,) for n in range(1, copies + 1)])
        conn.execute(
            f"INSERT INTO matter (id, deadline, received_date, {', '.join(rest)}) "
            "SELECT lower(hex(randomblob(16))), "
            "date(m.deadline, ((k.n * 37) % 181 - 90) || ' days'), "
            "date(m.received_date, ((k.n * 37) % 181 - 90) || ' days'), "
            f"{', '.join('m.' + c for c in rest)} FROM matter m, k")
        conn.commit()
        return int(conn.execute("SELECT count(*) FROM matter").fetchone()[0])
    finally:
        conn.close()
