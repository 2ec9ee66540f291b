"""Costs the release features add at start and close: the integrity check before opening a
file (a damaged file must never be written to), and the online backup taken on closing.

Limits on the same file in the same run: a bare ``PRAGMA quick_check`` on a plain sqlite3
connection (the check alone, without our open/migrate work; the full ``integrity_check`` is
printed beside it), and a plain file copy (what a
backup costs at the least; it is unsafe on a WAL file in use, which is why we do not use it).
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from pathlib import Path

from bench import Measure, Scale, timer

_CACHE: dict[int, Path] = {}


def _station(households: int) -> Path:
    if households in _CACHE:
        return _CACHE[households]
    from app.context import AppContext
    from app.services.demo import fill_demo
    from app.services.station import init_station
    from app.store import open_store

    folder = Path(tempfile.mkdtemp(prefix="bench-release-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "township.sqlite3"
    store = open_store(path)
    init_station(store, kind="township", code="430525101", name="石江镇")
    fill_demo(AppContext(store), households=households, months=12)
    store.close()
    _CACHE[households] = path
    return path


def run(scale: Scale) -> list[Measure]:
    from app.backup import backup_file
    from app.store import open_store

    households = scale.n(20_000, 600)
    path = _station(households)
    size_mb = path.stat().st_size / 1e6
    out: list[Measure] = []

    with timer() as ours:
        open_store(path).close()
    with timer() as full:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA integrity_check").fetchall()
        conn.close()
    with timer() as limit:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA quick_check").fetchall()
        conn.close()
    out.append(Measure(f"open with quick_check ({households} households)", ours(), limit(),
                       note="limit: bare PRAGMA quick_check",
                       extra={"MB": size_mb, "integrity_check_ms": full() * 1000}))

    target = path.with_name("backup.sqlite3")
    with timer() as ours:
        backup_file(path, target)
    copy = path.with_name("copy.sqlite3")
    with timer() as limit:
        shutil.copyfile(path, copy)
    out.append(Measure("online backup, verified and fsynced", ours(), limit(),
                       note="limit: plain file copy", extra={"MB": size_mb}))
    target.unlink()
    copy.unlink()
    return out
