"""When the station file's integrity is checked, so a large file never blocks the first paint.

``PRAGMA quick_check`` reads every page: ~4 s on a 600 MB township file, at every open, before
the window could paint (issue 11). Now:

* on open (``check_on_open``): a small file (≤ ``SYNC_CHECK_MAX_BYTES``) still gets the full
  ``quick_check`` at once — it costs milliseconds and a damaged file is refused before anything
  reads it; a large file gets a cheap check of the header and the WAL header (magic, page size,
  the page count against the file's size, the schema readable), milliseconds whatever its size;
* the full ``quick_check`` of a large file runs **in the background** once a day
  (``full_check_if_due``: the window's worker pool, or ``start_background_check``'s thread
  elsewhere); a problem found there is reported to the user, who is offered the last good
  backup as at start. The date of the last clean full check is kept next to the file
  (``<file>.checked``, written to a temporary name and renamed), not in it: a check must never
  write to the file it checks;
* backups run ``quick_check`` on the copy before keeping it (``app.backup``), and
  ``minqing check`` runs the complete ``integrity_check`` — unchanged.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

SYNC_CHECK_MAX_BYTES = 32 * 1024 * 1024  # a 32 MB file's quick_check takes ~50 ms
_WAL_MAGIC = (0x377F0682, 0x377F0683)


def stamp_path(path: Path) -> Path:
    return Path(f"{path}.checked")


def last_full_check(path: Path) -> date | None:
    """The day of the last clean full check of this file, or None."""
    try:
        return date.fromisoformat(stamp_path(path).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def record_full_check(path: Path, day: date) -> None:
    """Remember the day of a clean full check (temp file then rename; best effort: a
    read-only folder only means the check runs again next time)."""
    stamp = stamp_path(path)
    tmp = stamp.with_name(stamp.name + ".tmp")
    with contextlib.suppress(OSError):
        tmp.write_text(day.isoformat(), encoding="ascii")
        os.replace(tmp, stamp)


def full_check_due(path: Path, today: date | None = None) -> bool:
    last = last_full_check(path)
    return last is None or last < (today or date.today())


def header_problems(path: Path) -> list[str]:
    """The cheap check: the 100-byte header, the WAL header, and the schema readable through a
    read-only connection. Reads a few pages whatever the file's size."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        return [str(exc)]
    if len(header) < 100 or header[:16] != b"SQLite format 3\x00":
        return ["not a SQLite database header"]
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return [f"bad page size in the header: {page_size}"]
    problems = []
    if size % page_size:
        problems.append(f"file size {size} is not a whole number of {page_size}-byte pages")
    pages, change, valid_for = struct.unpack(">I", header[28:32])[0], \
        struct.unpack(">I", header[24:28])[0], struct.unpack(">I", header[92:96])[0]
    wal = Path(f"{path}-wal")
    wal_size = 0
    with contextlib.suppress(OSError):
        wal_size = wal.stat().st_size if wal.exists() else 0
    if wal_size:
        with contextlib.suppress(OSError):
            with wal.open("rb") as fh:
                wal_header = fh.read(32)
            if len(wal_header) < 32 or struct.unpack(">I", wal_header[:4])[0] not in _WAL_MAGIC:
                problems.append("the write-ahead log (-wal) has a damaged header")
    elif pages and change == valid_for and pages * page_size > size:
        # (with a WAL present a checkpoint cut short may legitimately leave this; recovery
        # finishes it from the log)
        problems.append(f"header counts {pages} pages, the file holds {size // page_size}")
    if problems:
        return problems
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return []


def full_problems(path: Path, today: date | None = None) -> list[str]:
    """``quick_check`` (and the foreign keys) now; a clean result is remembered for the day."""
    from app.store import integrity_problems

    problems = integrity_problems(path, quick=True)
    if not problems:
        record_full_check(path, today or date.today())
    return problems


def check_on_open(path: Path, today: date | None = None) -> list[str]:
    """What ``open_store`` runs before touching an existing file (see the module text)."""
    try:
        large = path.stat().st_size > SYNC_CHECK_MAX_BYTES
    except OSError as exc:
        return [str(exc)]
    if not large:
        return full_problems(path, today)
    return header_problems(path)


def full_check_if_due(path: Path, today: date | None = None) -> list[str] | None:
    """For a background worker after the window is up: the day's full check if it has not
    run yet (None when it was not due), else its problems (empty = sound)."""
    if not full_check_due(path, today):
        return None
    return full_problems(path, today)


def start_background_check(path: Path, report: Callable[[list[str]], None],
                           today: date | None = None) -> threading.Thread:
    """Outside the window (no Qt worker pool): the day's full check in a daemon thread;
    ``report`` is called with the problems if there are any (from that thread)."""

    def work() -> None:
        problems = full_check_if_due(path, today)
        if problems:
            report(problems)

    thread = threading.Thread(target=work, name="minqing-integrity", daemon=True)
    thread.start()
    return thread
