"""Files at rest (issue 9): the database, its backups and every temporary file are owner-only;
a killed backup leaves nothing others can read; a backup that leaves the laptop is encrypted
and comes back only with its passphrase."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app import backup
from app.cli import main
from app.context import AppContext
from app.services import households as hh
from app.services.users import create_user
from app.store import open_store

V = ["--kind", "village", "--code", "430525101201", "--name", "石江村"]
ROOT = Path(__file__).parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def usual_umask() -> object:
    """The usual desktop umask (022): without care every new file would be world-readable."""
    old = os.umask(0o022)
    yield None
    os.umask(old)


def test_a_new_station_file_and_its_wal_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "station.sqlite3"
    store = open_store(path)
    try:
        from app.services.station import init_station

        init_station(store, kind="village", code="430525101201", name="石江村")
        hh.add_household(AppContext(store), hh.HouseholdInput(head_name="张三"))
        assert mode(path) == 0o600
        for side in ("-wal", "-shm"):
            assert mode(Path(f"{path}{side}")) == 0o600, side
        assert mode(path.parent) == 0o700
    finally:
        store.close()


def test_an_older_world_readable_file_is_tightened_on_open(filled: Path) -> None:
    os.chmod(filled, 0o644)
    open_store(filled).close()
    assert mode(filled) == 0o600


def test_backups_are_owner_only(filled: Path, tmp_path: Path) -> None:
    out = backup.backup_file(filled, tmp_path / "copies" / "copy.sqlite3")
    assert mode(out) == 0o600 and mode(out.parent) == 0o700
    root = tmp_path / "auto"
    daily = backup.automatic_backup(filled, root=root)
    assert daily is not None
    folder = backup.backup_folder(filled, root)
    assert mode(folder) == 0o700
    for f in folder.iterdir():
        assert mode(f) == 0o600, f.name


KILL_DURING_BACKUP = textwrap.dedent("""
    import os, signal, sqlite3, sys
    import app.backup as b

    real = sqlite3.connect

    class Dying(sqlite3.Connection):
        def execute(self, sql, *args):
            if "journal_mode" in sql:  # the pages are copied: the partial file is full
                os.kill(os.getpid(), signal.SIGKILL)
            return super().execute(sql, *args)

    def connect(target, *args, **kwargs):
        if str(target).endswith((".partial", ".snapshot")):
            kwargs["factory"] = Dying
        return real(target, *args, **kwargs)

    class Shim:
        connect = staticmethod(connect)
        Error = sqlite3.Error
        DatabaseError = sqlite3.DatabaseError

    b.sqlite3 = Shim
    os.umask(0o022)
    db, out = sys.argv[1], sys.argv[2]
    if len(sys.argv) > 3:
        b.encrypted_backup(db, out, sys.argv[3])
    else:
        b.backup_file(db, out)
""")


def _killed_backup(tmp_path: Path, *args: str) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-c", KILL_DURING_BACKUP, *args], cwd=ROOT,
                          env=env, capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()


def test_a_killed_backup_leaves_only_an_owner_only_partial_that_the_next_one_removes(
        filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "copies" / "copy.sqlite3"
    out.parent.mkdir()
    _killed_backup(tmp_path, str(filled), str(out))
    left = list(out.parent.iterdir())
    assert left, "the kill came after the partial file was written"
    for f in left:
        assert f.name.startswith(".") and ".partial" in f.name
        assert mode(f) == 0o600, f"{f.name} is readable by others"
    assert not out.exists()
    backup.backup_file(filled, out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.sqlite3"]


def test_a_killed_encrypted_backup_puts_nothing_readable_on_the_stick(
        filled: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _killed_backup(tmp_path, str(filled), str(stick / "station.minqing-backup"),
                   "stick-passphrase")
    assert list(stick.iterdir()) == []  # the plain snapshot is only ever on the laptop


def _private_key(db: Path) -> bytes:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return bytes(conn.execute("SELECT sign_private FROM sync_own_key").fetchone()[0])


def test_a_backup_that_leaves_the_laptop_is_encrypted_and_restored_with_its_passphrase(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "v.sqlite3"
    run(capsys, "init", "--db", str(db), *V)
    run(capsys, "demo", "--db", str(db), "--households", "15", "--months", "1")
    with sqlite3.connect(db) as conn:
        name = conn.execute("SELECT head_name FROM household LIMIT 1").fetchone()[0]
    key = _private_key(db)
    stick = tmp_path / "stick"
    out = stick / "station.sqlite3"

    # Without a passphrase (none in the environment, no terminal): refused, nothing written.
    monkeypatch.delenv("MINQING_PASSPHRASE", raising=False)
    code, _, err = run(capsys, "--lang", "en", "backup", "--db", str(db), "--out", str(out))
    assert code == 1 and "MINQING_PASSPHRASE" in err and not out.exists()
    monkeypatch.setenv("MINQING_PASSPHRASE", "short")
    code, _, err = run(capsys, "backup", "--db", str(db), "--out", str(out))
    assert code == 1 and "至少 8 位" in err and not out.exists()

    monkeypatch.setenv("MINQING_PASSPHRASE", "a long stick passphrase")
    code, _, err = run(capsys, "backup", "--db", str(db), "--out", str(out))
    assert code == 0, err
    data = out.read_bytes()
    assert backup.is_encrypted(out) and not data.startswith(b"SQLite format 3")
    assert name.encode() not in data and key not in data
    assert sorted(p.name for p in stick.iterdir()) == ["station.sqlite3"]
    assert mode(out) == 0o600

    # A wrong passphrase restores nothing; the right one brings the station back.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE household SET head_name = 'broken'")
    monkeypatch.setenv("MINQING_PASSPHRASE", "not the passphrase")
    code, _, err = run(capsys, "--lang", "en", "restore", "--db", str(db), str(out))
    assert code == 1 and "wrong passphrase" in err
    assert not list(tmp_path.glob("v.sqlite3.before-restore-*"))
    monkeypatch.delenv("MINQING_PASSPHRASE")
    code, _, err = run(capsys, "--lang", "en", "restore", "--db", str(db), str(out))
    assert code == 1 and "encrypted backup" in err
    monkeypatch.setenv("MINQING_PASSPHRASE", "a long stick passphrase")
    code, _, err = run(capsys, "restore", "--db", str(db), str(out))
    assert code == 0, err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM household WHERE head_name = 'broken'"
                            ).fetchone()[0] == 0
    assert _private_key(db) == key
    assert mode(db) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    # An altered encrypted file is refused like a wrong passphrase.
    tampered = tmp_path / "tampered.sqlite3"
    tampered.write_bytes(data[:-40] + bytes(b ^ 1 for b in data[-40:]))
    code, _, err = run(capsys, "--lang", "en", "restore", "--db", str(db), str(tampered))
    assert code == 1 and "altered" in err


def test_only_an_administrator_takes_a_backup_off_the_laptop(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "v.sqlite3"
    run(capsys, "init", "--db", str(db), *V)
    store = open_store(db)
    try:
        ctx = AppContext(store)
        create_user(ctx, "li", "li-admin-pw", "administrator")
        create_user(AppContext(store, actor="li", role="administrator"), "wang",
                    "wang-clerk-pw", "clerk")
    finally:
        store.close()
    out = tmp_path / "stick" / "station.sqlite3"
    monkeypatch.setenv("MINQING_PASSPHRASE", "a long stick passphrase")
    monkeypatch.setenv("MINQING_PASSWORD", "wang-clerk-pw")
    code, _, err = run(capsys, "backup", "--db", str(db), "--out", str(out), "--user", "wang")
    assert code == 1 and "管理员" in err and not out.exists()
    # Beside the database it stays on the laptop: a clerk may, unencrypted and owner-only.
    beside = tmp_path / "copy.sqlite3"
    code, _, err = run(capsys, "backup", "--db", str(db), "--out", str(beside), "--user", "wang")
    assert code == 0, err
    assert not backup.is_encrypted(beside) and mode(beside) == 0o600
    monkeypatch.setenv("MINQING_PASSWORD", "li-admin-pw")
    code, _, err = run(capsys, "backup", "--db", str(db), "--out", str(out), "--user", "li")
    assert code == 0 and backup.is_encrypted(out), err


def test_the_next_start_removes_a_partial_left_by_a_killed_automatic_backup(
        filled: Path, tmp_path: Path) -> None:
    root = tmp_path / "auto"
    assert backup.automatic_backup(filled, root=root) is not None
    folder = backup.backup_folder(filled, root)
    stale = folder / ".daily-2026-01-01.sqlite3.partial"
    stale.write_bytes(b"half a copy")
    # A start on a day that already has its backup writes nothing, but still cleans up.
    assert backup.automatic_backup(filled, root=root, refresh=False) is None
    assert not stale.exists()


def test_batch_and_copy_partials_are_owner_only(tmp_path: Path) -> None:
    from sync.safefile import temp_name, write_atomic

    final = tmp_path / "stick" / "batch.mqb"
    final.parent.mkdir()
    tmp = temp_name(final)
    assert mode(tmp) == 0o600  # before a byte is written: a kill leaves nothing readable
    with tmp.open("wb") as fh:
        fh.write(b"sealed")
    assert mode(tmp) == 0o600
    tmp.unlink()
    write_atomic(final, b"sealed batch")
    assert mode(final) == 0o600
