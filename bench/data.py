"""Bench data: stations built once and cached under the temp folder between runs."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from app.context import AppContext
from app.services.demo import build_demo_rows, write_rows
from app.services.station import init_station
from app.store import open_store

CACHE = Path(tempfile.gettempdir()) / "minqing-bench"
TODAY = date(2026, 11, 20)


def empty_station(path: Path, kind: str = "township") -> AppContext:
    if path.exists():
        path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = open_store(path)
    if kind == "township":
        init_station(store, kind="township", code="430525101", name="石江镇")
    else:
        init_station(store, kind="village", code="430525101201", name="石江村")
    return AppContext(store, actor="bench")


def demo_store(households: int, months: int, kind: str = "township") -> Path:
    """A filled station file, built once per size and reused."""
    CACHE.mkdir(exist_ok=True)
    from app.store import head_revision

    # keyed by the schema too: a file cached by an older build would lack newer columns
    path = CACHE / f"{kind}-{households}-{months}-{head_revision()}.sqlite3"
    if path.exists():
        return path
    tmp = path.with_suffix(".building")
    ctx = empty_station(tmp, kind)
    write_rows(ctx, build_demo_rows(ctx, households, months, seed=1, today=TODAY), {})
    ctx.store.close()
    with sqlite3.connect(tmp) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.move(tmp, path)
    return path
