"""The admin CLI: accounts for scripts, backup, restore, refusals, self-test."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.backup import list_backups
from app.cli import main

V = ["--kind", "village", "--code", "430525101201", "--name", "石江村"]
ROOT = Path(__file__).parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _count(db: str, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_accounts_from_a_script(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "v.sqlite3")
    assert run(capsys, "init", "--db", db, *V)[0] == 0
    # No accounts yet: the built-in administrator runs everything, no --user needed.
    monkeypatch.setenv("MINQING_NEW_PASSWORD", "first-pw")
    code, out, err = run(capsys, "user", "add", "li", "--role", "administrator", "--db", db)
    assert code == 0, err
    assert "li" in out and "管理员" in out
    # Now changing data needs a sign-in.
    code, _, err = run(capsys, "demo", "--db", db, "--households", "10")
    assert code == 1 and "--user" in err
    assert _count(db, "household") == 0
    monkeypatch.setenv("MINQING_PASSWORD", "wrong")
    code, _, err = run(capsys, "demo", "--db", db, "--households", "10", "--user", "li")
    assert code == 1 and "密码" in err
    monkeypatch.setenv("MINQING_PASSWORD", "first-pw")
    monkeypatch.setenv("MINQING_NEW_PASSWORD", "reader-pw")
    assert run(capsys, "user", "add", "zhao", "--role", "read_only", "--db", db,
               "--user", "li")[0] == 0
    monkeypatch.setenv("MINQING_PASSWORD", "reader-pw")
    code, _, err = run(capsys, "--lang", "en", "demo", "--db", db, "--households", "10",
                       "--user", "zhao")
    assert code == 1 and "read-only" in err
    assert _count(db, "household") == 0
    monkeypatch.setenv("MINQING_PASSWORD", "first-pw")
    code, _, err = run(capsys, "demo", "--db", db, "--households", "10", "--user", "li")
    assert code == 0, err
    assert _count(db, "household") == 10
    code, out, _ = run(capsys, "user", "list", "--db", db)
    assert code == 0 and "zhao\t只读" in out
    monkeypatch.setenv("MINQING_NEW_PASSWORD", "x")
    code, _, err = run(capsys, "user", "passwd", "zhao", "--db", db, "--user", "li")
    assert code == 1 and "至少 6 位" in err
    assert run(capsys, "user", "disable", "zhao", "--db", db, "--user", "li")[0] == 0
    monkeypatch.setenv("MINQING_PASSWORD", "reader-pw")
    code, _, err = run(capsys, "user", "list", "--db", db, "--user", "zhao")
    assert code == 1 and "停用" in err
    with sqlite3.connect(db) as conn:
        actors = {r[0] for r in conn.execute("SELECT actor FROM audit_event")}
    assert {"admin", "li"} <= actors


def test_password_prompt_when_no_environment_variable(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "v.sqlite3")
    run(capsys, "init", "--db", db, *V)
    answers = iter(["typed-pw", "typed-pw", "typed-pw"])
    monkeypatch.delenv("MINQING_PASSWORD", raising=False)
    monkeypatch.delenv("MINQING_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert run(capsys, "user", "add", "li", "--role", "administrator", "--db", db)[0] == 0
    code, _, err = run(capsys, "demo", "--db", db, "--households", "5", "--user", "li")
    assert code == 0, err


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "v.sqlite3")
    run(capsys, "init", "--db", db, *V)
    run(capsys, "demo", "--db", db, "--households", "20", "--months", "1")
    out_file = tmp_path / "usb" / "station.sqlite3"
    # Leaving the laptop: encrypted with the passphrase from the environment.
    monkeypatch.setenv("MINQING_PASSPHRASE", "stick-passphrase")
    code, out, _ = run(capsys, "backup", "--db", db, "--out", str(out_file))
    assert code == 0 and str(out_file) in out
    code, out, _ = run(capsys, "backup", "--db", db)
    assert code == 0 and list_backups(Path(db))
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE household SET head_name = 'broken'")
    code, out, _ = run(capsys, "--lang", "en", "restore", "--db", db, str(out_file))
    assert code == 0 and "kept as" in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM household WHERE head_name='broken'"
                            ).fetchone()[0] == 0
    aside = next(p for p in tmp_path.glob("v.sqlite3.before-restore-*")
                 if not p.name.endswith(("-wal", "-shm")))
    with sqlite3.connect(aside) as conn:
        assert conn.execute("SELECT count(*) FROM household WHERE head_name='broken'"
                            ).fetchone()[0] == 20
    assert run(capsys, "check", "--db", db)[0] == 0
    code, _, err = run(capsys, "restore", "--db", db, str(tmp_path / "nothing.sqlite3"))
    assert code == 1 and "nothing.sqlite3" in err


def test_self_test_flag_runs_every_step_and_exits_zero() -> None:
    proc = subprocess.run([sys.executable, "-m", "app", "--self-test", "--lang", "en"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    steps = {line.split()[1]: line.split()[0] for line in lines[:-1]}
    assert steps == {"resources": "ok", "migrations": "ok", "station": "ok", "records": "ok",
                     "audit": "ok", "backup": "ok", "lock": "ok", "window": "ok",
                     "paper": "ok" if (ROOT / "app" / "paper").exists() else "skipped"}
    assert lines[-1] == "self-test passed"


def test_self_test_fails_when_a_data_file_is_missing(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    import io

    import app.paths
    from app.selftest import run_self_test

    monkeypatch.setattr(app.paths, "migrations_path", lambda: tmp_path / "nowhere")
    out = io.StringIO()
    assert run_self_test("en", out) == 1
    assert "FAILED   resources" in out.getvalue()
    assert out.getvalue().rstrip().endswith("self-test failed: resources")


def test_restore_over_a_station_with_accounts_needs_an_administrator(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "v.sqlite3")
    run(capsys, "init", "--db", db, *V)
    saved = str(tmp_path / "saved.sqlite3")  # beside the database: stays on the laptop
    assert run(capsys, "backup", "--db", db, "--out", saved)[0] == 0
    monkeypatch.setenv("MINQING_NEW_PASSWORD", "admin-pw")
    run(capsys, "user", "add", "li", "--role", "administrator", "--db", db)
    monkeypatch.setenv("MINQING_PASSWORD", "admin-pw")
    monkeypatch.setenv("MINQING_NEW_PASSWORD", "clerk-pw")
    run(capsys, "user", "add", "wang", "--role", "clerk", "--db", db, "--user", "li")
    code, _, err = run(capsys, "restore", "--db", db, saved)
    assert code == 1 and "管理员" in err
    monkeypatch.setenv("MINQING_PASSWORD", "clerk-pw")
    code, _, err = run(capsys, "restore", "--db", db, saved, "--user", "wang")
    assert code == 1 and "管理员" in err
    assert _count(db, "app_user") == 2
    monkeypatch.setenv("MINQING_PASSWORD", "admin-pw")
    assert run(capsys, "restore", "--db", db, saved, "--user", "li")[0] == 0
    assert _count(db, "app_user") == 0


def test_a_station_file_on_a_stick_is_refused_by_commands(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import app.instance_lock as il

    db = str(tmp_path / "v.sqlite3")
    run(capsys, "init", "--db", db, *V)
    monkeypatch.setattr(il, "location_of", lambda path: il.Location.REMOVABLE)
    code, _, err = run(capsys, "demo", "--db", db, "--households", "5")
    assert code == 1 and "U盘" in err and "minqing restore --db" in err
    assert _count(db, "household") == 0
