"""Backups, restore, upgrades with a backup first, and refusing damaged files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

import app.store as store_mod
from app import backup
from app.context import AppContext
from app.errors import MinqingError, StoreError
from app.instance_lock import InstanceLock
from app.services import households as hh
from app.store import alembic_config, head_revision, integrity_problems, open_store

GOLDEN = Path(__file__).parent.parent / "data" / "station_rev0001.sqlite3"


def _rows(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_online_backup_holds_every_committed_row_while_the_app_is_open(
        filled: Path, tmp_path: Path) -> None:
    store = open_store(filled)
    try:
        hh.add_household(AppContext(store), hh.HouseholdInput(head_name="新户"))
        # The new row sits in the WAL, not yet in the main file: a file copy would miss it.
        assert Path(str(filled) + "-wal").stat().st_size > 0
        out = backup.backup_file(filled, tmp_path / "usb" / "copy.sqlite3")
        assert _rows(out) == _rows(filled)
    finally:
        store.close()
    assert not Path(str(out) + "-wal").exists()
    assert integrity_problems(out) == []
    assert not list(out.parent.glob(".*partial"))


def test_automatic_backups_rotate_seven_daily_and_twelve_monthly(filled: Path,
                                                                 tmp_path: Path) -> None:
    root = tmp_path / "backups"
    start = datetime(2025, 1, 1, 18)
    for day in range(0, 420, 3):
        backup.automatic_backup(filled, now=start + timedelta(days=day), root=root)
    folder = backup.backup_folder(filled, root)
    daily = sorted(p.name for p in folder.glob("daily-*"))
    monthly = sorted(p.name for p in folder.glob("monthly-*"))
    assert len(daily) == 7 and len(monthly) == 12
    last = start + timedelta(days=417)
    assert daily[-1] == f"daily-{last:%Y-%m-%d}.sqlite3"
    assert monthly[-1] == f"monthly-{last:%Y-%m}.sqlite3"
    # The daily timer does not rewrite a backup already taken today; closing the app does.
    assert backup.automatic_backup(filled, now=last, root=root, refresh=False) is None
    assert backup.automatic_backup(filled, now=last, root=root) is not None


def test_restore_keeps_the_current_file_aside_and_refuses_damaged_backups(
        filled: Path, tmp_path: Path) -> None:
    saved = backup.backup_file(filled, tmp_path / "saved.sqlite3")
    before = _rows(filled)
    store = open_store(filled)
    hh.add_household(AppContext(store), hh.HouseholdInput(head_name="后加的户"))
    store.close()
    changed = _digest(filled)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(saved.read_bytes()[:8192])
    with pytest.raises(MinqingError) as info:
        backup.restore(filled, bad)
    assert info.value.code == "backup_damaged"
    assert _digest(filled) == changed
    aside = backup.restore(filled, saved)
    assert aside is not None and aside.exists() and _digest(aside) == changed
    assert _rows(filled) == before
    # Restoring again in the same second keeps both earlier files.
    first_aside = _digest(aside)
    aside2 = backup.restore(filled, aside)
    assert aside2 is not None and aside2 != aside
    assert _digest(aside) == first_aside and _rows(aside2) == before
    assert _rows(filled) == _rows(aside)


def test_restore_is_refused_while_a_window_has_the_file_open(filled: Path,
                                                            tmp_path: Path) -> None:
    saved = backup.backup_file(filled, tmp_path / "saved.sqlite3")
    with InstanceLock(filled), pytest.raises(StoreError) as info:
        backup.restore(filled, saved)
    assert info.value.code == "db_in_use"


def _damage(path: Path) -> None:
    """Overwrite the middle of the file with garbage, as a bad sector or a pulled USB does."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xde\xad\xbe\xef" * 2048)


def test_damaged_file_is_refused_unwritten_and_points_at_the_last_good_backup(
        filled: Path) -> None:
    good = backup.automatic_backup(filled)
    _damage(filled)
    assert integrity_problems(filled)
    digest = _digest(filled)
    with pytest.raises(StoreError) as info:
        open_store(filled)
    assert info.value.code == "store_damaged_at_start"
    assert str(good) in info.value.message("zh_CN") and "损坏" in info.value.message("zh_CN")
    assert backup.last_good_backup(filled) == good
    assert _digest(filled) == digest
    wal = Path(str(filled) + "-wal")  # read-only checks may leave an empty one, nothing more
    assert not wal.exists() or wal.stat().st_size == 0


def test_last_good_backup_skips_a_damaged_newer_backup(filled: Path, tmp_path: Path) -> None:
    root = tmp_path / "b"
    older = backup.automatic_backup(filled, now=datetime(2026, 1, 1), root=root)
    newer = backup.automatic_backup(filled, now=datetime(2026, 1, 2), root=root)
    assert older and newer
    _damage(newer)
    monthly = backup.backup_folder(filled, root) / "monthly-2026-01.sqlite3"
    _damage(monthly)
    import os

    os.utime(older, (1, 1))
    assert backup.last_good_backup(filled, root) == older


def test_upgrade_of_a_first_schema_file_takes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(GOLDEN, path)
    original = _rows(path)
    store = open_store(path)
    store.close()
    pre = [p for p in backup.list_backups(path) if p.name.startswith("pre-upgrade-0001")]
    assert len(pre) == 1
    assert _rows(pre[0]) == original
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            head_revision()


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(store_mod.migrations_path(), scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    (scripts / "versions" / "9000_broken.py").write_text(f'''"""A migration that fails half-way."""
import sqlalchemy as sa
from alembic import op

revision = "9000_broken"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("x", sa.Integer, primary_key=True))
    op.execute("UPDATE household SET head_name = 'overwritten'")
    raise RuntimeError("disk full while copying")


def downgrade() -> None:
    pass
''')
    path = tmp_path / "old.sqlite3"
    shutil.copy(GOLDEN, path)
    open_store(path).close()  # to the real head first
    before = _rows(path)
    monkeypatch.setattr(store_mod, "migrations_path", lambda: scripts)
    with pytest.raises(StoreError) as info:
        open_store(path)
    assert info.value.code == "migration_failed"
    msg = info.value.message("en")
    assert "left as it was" in msg and "disk full" in msg
    assert _rows(path) == before  # no half_done table, no overwritten names
    pre = [p for p in backup.list_backups(path) if p.name.startswith(f"pre-upgrade-{head}")]
    assert pre and str(pre[0]) in msg
