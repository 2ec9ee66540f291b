"""The month's figures: a township's (20 villages × 12,500 households) through ``month_stats``
vs hand-written SQL for the same figures on a plain ``sqlite3`` connection, and ``minqing stats``
as a command on a small station vs a bare process that opens the file with SQLAlchemy and runs
one query (what any command costs at the least).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from bench import Measure, Scale, timer
from bench.data import demo_store

ROOT = Path(__file__).resolve().parents[1]
MONTH = "2026-10"
FIRST, LAST, YSTART = "2026-10-01", "2026-10-31", "2026-01-01"

# The same figures as app.services.stats, written by hand: one grouped statement each.
RAW_SQL = [
    "SELECT village_code, count(*) FROM household WHERE created_at < :end_dt AND "
    "(deleted = 0 OR updated_at >= :end_dt) GROUP BY village_code",
    "SELECT village_code, count(*), count(DISTINCT household_id) FROM visit WHERE deleted = 0 "
    "AND visit_date BETWEEN :first AND :last GROUP BY village_code",
    "SELECT v.village_code, count(DISTINCT v.household_id) FROM visit v JOIN household h "
    "ON h.id = v.household_id WHERE v.deleted = 0 AND v.visit_date BETWEEN :ystart AND :last "
    "AND h.created_at < :end_dt AND (h.deleted = 0 OR h.updated_at >= :end_dt) "
    "GROUP BY v.village_code",
    "SELECT village_code, category, count(*) FROM matter WHERE deleted = 0 AND received_date "
    "BETWEEN :first AND :last GROUP BY village_code, category",
    "SELECT village_code, count(*) FROM matter WHERE deleted = 0 AND status = 'resolved' "
    "AND resolved_date BETWEEN :first AND :last GROUP BY village_code",
    "SELECT village_code, count(*) FROM matter WHERE deleted = 0 AND received_date <= :last "
    "AND deadline < :last AND (status != 'resolved' OR resolved_date > :last) "
    "GROUP BY village_code",
    "SELECT village_code, count(*) FROM matter WHERE deleted = 0 AND escalated_date "
    "BETWEEN :first AND :last GROUP BY village_code",
    "SELECT village_code, satisfaction, count(*) FROM matter WHERE deleted = 0 AND "
    "status = 'resolved' AND resolved_date BETWEEN :first AND :last AND satisfaction != '' "
    "GROUP BY village_code, satisfaction",
    "SELECT h.village_code, count(*) FROM contact_card c JOIN household h ON h.id = "
    "c.household_id WHERE c.deleted = 0 AND c.issue_date BETWEEN :first AND :last "
    "GROUP BY h.village_code",
]
PARAMS = {"first": FIRST, "last": LAST, "ystart": YSTART, "end_dt": "2026-11-01 00:00:00.000000"}


def _township_stats(path: Path) -> Measure:
    from app.services.stats import Month, month_stats
    from app.store import open_store

    store = open_store(path, migrate=False)
    with store.session() as s:  # warm: the first query pays for SQLAlchemy's compilation
        month_stats(s, Month.parse(MONTH), as_of=date(2026, 10, 31))
    with timer() as ours, store.session() as s:
        figures = month_stats(s, Month.parse(MONTH), as_of=date(2026, 10, 31))
    store.close()
    conn = sqlite3.connect(path)
    for sql in RAW_SQL:  # warm the page cache alike
        conn.execute(sql, PARAMS).fetchall()
    with timer() as limit:
        for sql in RAW_SQL:
            conn.execute(sql, PARAMS).fetchall()
    conn.close()
    return Measure(f"township stats, {len(figures['villages'])} villages, "
                   f"{figures['households']:,} households", ours(), limit(), goal=2.0,
                   note="limit: the same figures in hand-written grouped SQL")


BARE = """
import sys
from sqlalchemy import create_engine, text
e = create_engine("sqlite:///" + sys.argv[1])
with e.connect() as c:
    print(c.execute(text("SELECT count(*) FROM household")).scalar_one())
"""


def _stats_command(path: Path) -> Measure:
    from bench.startup import child_env

    env = child_env()

    def best(cmd: list[str]) -> float:
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)  # warm-up
        times = []
        for _ in range(3):
            with timer() as t:
                subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True)
            times.append(t())
        return min(times)

    ours = best([sys.executable, "-m", "app", "stats", "--db", str(path), "--month", MONTH,
                 "--json"])
    limit = best([sys.executable, "-c", BARE, str(path)])
    return Measure("minqing stats, small station, as a command", ours, limit, goal=1.5,
                   note="limit: python + SQLAlchemy open + one query")


def run(scale: Scale) -> list[Measure]:
    big = demo_store(scale.n(250_000, 20_000), 12)
    small = demo_store(600, 12, kind="village")
    return [_township_stats(big), _stats_command(small)]
