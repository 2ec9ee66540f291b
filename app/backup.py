"""Backups with SQLite's online backup API, their rotation, and restoring one.

``sqlite3.Connection.backup`` copies a consistent snapshot page by page while the app keeps
working (a plain file copy of a WAL database can miss the last commits or catch a half-written
page). Every backup is written to a temporary name, checked, flushed to disk and then renamed, so
a cut in the middle never leaves a half file with a backup's name.

Automatic backups live in ``data_dir()/backups/<file stem>-<path hash>/``: one per day
(``daily-YYYY-MM-DD``, the last 7 kept, refreshed on closing the app) and one per month
(``monthly-YYYY-MM``, the last 12 kept, the month's latest state). A backup before a schema
upgrade goes to ``pre-upgrade-<revision>-<time>`` and is never rotated away.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from app.errors import MinqingError
from app.paths import data_dir

DAILY_KEEP = 7
MONTHLY_KEEP = 12
SUFFIX = ".sqlite3"


def backups_root() -> Path:
    return data_dir() / "backups"


def backup_folder(db_path: Path, root: Path | None = None) -> Path:
    """One folder per database file: two stations' files with the same name never mix."""
    resolved = str(Path(db_path).resolve())
    tag = hashlib.sha256(resolved.encode()).hexdigest()[:8]
    return (root or backups_root()) / f"{Path(db_path).stem}-{tag}"


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def file_problems(path: Path) -> list[str]:
    """Why a file is not a usable Minqing database (empty list if it is)."""
    from app.store import integrity_problems

    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return ["not a SQLite database"]
    except OSError as exc:
        return [str(exc)]
    problems = integrity_problems(path, quick=True)
    if problems:
        return problems
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return []


def backup_file(db_path: Path, out: Path) -> Path:
    """Snapshot ``db_path`` into ``out`` (a self-contained file, no -wal beside it).

    Reads through a read-only connection, so backing up a file never writes to it."""
    db_path, out = Path(db_path), Path(out)
    if not db_path.exists():
        raise MinqingError("store_not_sqlite", path=str(db_path))
    tmp = out.with_name(f".{out.name}.partial")
    try:
        # Inside the try: a stick pulled out (or a file where the folder should be) is a
        # refusal with a message, not a crash.
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                # One file on the stick: no WAL to lose if only the main file is copied on.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = file_problems(tmp)
        if problems:
            raise MinqingError("backup_failed", detail="; ".join(problems[:3]))
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        _fsync_dir(out.parent)
    except sqlite3.Error as exc:
        raise MinqingError("backup_failed", detail=str(exc)) from exc
    except OSError as exc:
        raise MinqingError("backup_failed", detail=str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return out


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def backup_now(db_path: Path, dest_dir: Path, now: datetime | None = None) -> Path:
    """"Back up to USB now": a dated copy in ``dest_dir`` (e.g. the stick's root)."""
    now = now or datetime.now()
    return backup_file(db_path, Path(dest_dir) / f"{Path(db_path).stem}-{_stamp(now)}{SUFFIX}")


def _rotate(folder: Path, prefix: str, keep: int) -> None:
    files = sorted(folder.glob(f"{prefix}-*{SUFFIX}"))
    for old in files[:-keep] if keep else files:
        old.unlink(missing_ok=True)


def automatic_backup(db_path: Path, *, now: datetime | None = None, root: Path | None = None,
                     refresh: bool = True) -> Path | None:
    """Today's backup and this month's, rotated. ``refresh=False`` (daily timer, app start)
    only writes if today has none yet; ``refresh=True`` (closing the app) replaces today's
    with the latest state. Returns the daily file written, or None if nothing was needed."""
    now = now or datetime.now()
    folder = backup_folder(db_path, root)
    daily = folder / f"daily-{now:%Y-%m-%d}{SUFFIX}"
    if daily.exists() and not refresh:
        return None
    backup_file(db_path, daily)
    monthly = folder / f"monthly-{now:%Y-%m}{SUFFIX}"
    tmp = monthly.with_name(f".{monthly.name}.partial")
    shutil.copy2(daily, tmp)  # same time stamp: the daily file is listed first
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, monthly)
    _rotate(folder, "daily", DAILY_KEEP)
    _rotate(folder, "monthly", MONTHLY_KEEP)
    return daily


def pre_upgrade_backup(db_path: Path, revision: str, *, root: Path | None = None,
                       now: datetime | None = None) -> Path:
    now = now or datetime.now()
    safe = re.sub(r"[^A-Za-z0-9_]", "_", revision)
    return backup_file(db_path, backup_folder(db_path, root)
                       / f"pre-upgrade-{safe}-{_stamp(now)}{SUFFIX}")


def list_backups(db_path: Path, root: Path | None = None) -> list[Path]:
    """This file's automatic backups, newest first."""
    folder = backup_folder(db_path, root)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith(".")]
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name.startswith("daily")),
                  reverse=True)


def last_good_backup(db_path: Path, root: Path | None = None) -> Path | None:
    """The newest backup of this file that passes the integrity check (what to offer when the
    file itself is damaged)."""
    for candidate in list_backups(db_path, root):
        if not file_problems(candidate):
            return candidate
    return None


def _aside_name(db_path: Path, now: datetime) -> Path:
    """A dated name beside the file that no earlier kept-aside file has."""
    base = f"{db_path.name}.before-restore-{_stamp(now)}"
    candidate, n = db_path.with_name(base), 1
    while candidate.exists() or Path(str(candidate) + "-wal").exists():
        n += 1
        candidate = db_path.with_name(f"{base}-{n}")
    return candidate


def restore(db_path: Path, backup: Path, *, now: datetime | None = None,
            ) -> Path | None:
    """Put ``backup`` in place of ``db_path``. The current file (with its -wal/-shm) is kept
    aside under a dated name, never overwritten; returns that name (None if there was no file).
    Refuses a damaged backup before touching anything."""
    db_path, backup = Path(db_path), Path(backup)
    problems = file_problems(backup)
    if problems:
        raise MinqingError("backup_damaged", path=str(backup), detail="; ".join(problems[:3]))
    from app.instance_lock import InstanceLock

    now = now or datetime.now()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with InstanceLock(db_path):  # not while a window has this file open
        tmp = db_path.with_name(f".{db_path.name}.restoring")
        backup_file(backup, tmp)
        aside: Path | None = None
        if db_path.exists():
            aside = _aside_name(db_path, now)
            os.replace(db_path, aside)
            for ext in ("-wal", "-shm"):
                side = Path(str(db_path) + ext)
                if side.exists():
                    os.replace(side, Path(str(aside) + ext))
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    return aside


def copy_in(src: Path, dest: Path) -> Path:
    """Copy a station file from a stick or share onto this laptop (never over an existing
    file)."""
    if Path(dest).exists():
        raise MinqingError("copy_target_exists", path=str(dest))
    return backup_file(src, dest)
