"""The command line is not a back door (issue 9): once a station has accounts, reading out
personal data needs a signed-in user, full numbers need a role the station allows, every
read-out is on the audit trail, and a refused command writes nothing at all."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.cli import main
from app.context import AppContext
from app.services.users import create_user
from models import Household
from sync.batch import export_batch
from tests.sync.synchelp import World, world  # noqa: F401

V = ["--kind", "village", "--code", "430525101201", "--name", "石江村"]
ROOT = Path(__file__).parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _exports(db: str | Path) -> list[tuple[str, str, dict[str, object]]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT actor, entity, changes FROM audit_event "
                            "WHERE action = 'export' ORDER BY seq").fetchall()
    return [(a, e, json.loads(c)) for a, e, c in rows]


def _ids(db: str | Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT id_number FROM household WHERE id_number != ''")]


def _cells(path: Path) -> set[str]:
    wb = openpyxl.load_workbook(path, read_only=True)
    found = {str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None}
    wb.close()
    return found


@pytest.fixture
def station(tmp_path: Path, capsys: pytest.CaptureFixture[str],
            monkeypatch: pytest.MonkeyPatch) -> str:
    """A village with demo data and three accounts: li (administrator), wang (clerk) and
    zhao (read-only); passwords are the name + "-pass"."""
    db = str(tmp_path / "v.sqlite3")
    assert run(capsys, "init", "--db", db, *V)[0] == 0
    assert run(capsys, "demo", "--db", db, "--households", "12", "--months", "1")[0] == 0
    monkeypatch.setenv("MINQING_NEW_PASSWORD", "li-pass")
    assert run(capsys, "user", "add", "li", "--role", "administrator", "--db", db)[0] == 0
    monkeypatch.setenv("MINQING_PASSWORD", "li-pass")
    for name, role in (("wang", "clerk"), ("zhao", "read_only")):
        monkeypatch.setenv("MINQING_NEW_PASSWORD", f"{name}-pass")
        assert run(capsys, "user", "add", name, "--role", role, "--db", db,
                   "--user", "li")[0] == 0
    monkeypatch.delenv("MINQING_PASSWORD")
    monkeypatch.delenv("MINQING_NEW_PASSWORD")
    return db


def test_without_accounts_exports_run_as_the_built_in_administrator_and_are_audited(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "v.sqlite3")
    run(capsys, "init", "--db", db, *V)
    run(capsys, "demo", "--db", db, "--households", "8", "--months", "1")
    out = tmp_path / "roster.xlsx"
    code, _, err = run(capsys, "roster", "export", "--db", db, "--out", str(out),
                       "--full-numbers")
    assert code == 0, err
    assert set(_ids(db)) <= _cells(out)  # the administrator sees full numbers
    (actor, what, changes), = _exports(db)
    assert (actor, what) == ("admin", "roster")
    assert changes["records"] == 8 and changes["full_numbers"] is True
    assert str(out.resolve()) in str(changes["file"])


@pytest.mark.parametrize("argv", [
    ["roster", "export", "--out", "{d}/out.xlsx"],
    ["ledger", "--month", "2026-11", "--out", "{d}/out.xlsx"],
    ["coverage", "--year", "2026", "--out", "{d}/out.xlsx", "--archive", "{d}/arch.xlsx"],
    ["cards", "--out", "{d}/out.pdf"],
    ["backup", "--out", "{d}/out.sqlite3"],
])
def test_nobody_signed_in_reads_out_nothing(station: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            argv: list[str]) -> None:
    outdir = tmp_path / "out"
    outdir.mkdir()
    code, _, err = run(capsys, *[a.format(d=outdir) for a in argv], "--db", station)
    assert code == 1 and "--user" in err and "Traceback" not in err
    assert list(outdir.iterdir()) == []
    assert _exports(station) == []


def test_a_wrong_password_is_a_refusal_for_every_command(
        station: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINQING_PASSWORD", "not-his")
    out = tmp_path / "copy.sqlite3"
    for argv in (["backup", "--out", str(out)], ["roster", "export", "--out", str(out)],
                 ["stats", "--month", "2026-11"]):
        code, got, err = run(capsys, "--lang", "en", *argv, "--db", station, "--user", "li")
        assert code == 1, argv
        assert "wrong user name or password" in err and got == ""
    assert not out.exists()


def test_full_numbers_only_for_the_roles_the_station_allows(
        station: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    ids = set(_ids(station))
    out = tmp_path / "roster.xlsx"
    monkeypatch.setenv("MINQING_PASSWORD", "wang-pass")
    code, _, err = run(capsys, "roster", "export", "--db", station, "--out", str(out),
                       "--full-numbers", "--user", "wang")
    assert code == 1 and "完整身份证号" in err and not out.exists()
    code, _, err = run(capsys, "ledger", "--month", "2026-11", "--db", station, "--out",
                       str(out), "--full-numbers", "--user", "wang")
    assert code == 1 and not out.exists()
    # Masked, the clerk may; the read-out is audited with who, what and how many.
    code, _, err = run(capsys, "roster", "export", "--db", station, "--out", str(out),
                       "--user", "wang")
    assert code == 0, err
    assert not ids & _cells(out)
    assert [(a, w, c["records"], c["full_numbers"]) for a, w, c in _exports(station)] == [
        ("wang", "roster", 12, False)]
    # A read-only user reads out masked too, and that is on record as well.
    monkeypatch.setenv("MINQING_PASSWORD", "zhao-pass")
    code, _, err = run(capsys, "coverage", "--year", "2026", "--db", station, "--out",
                       str(tmp_path / "cov.xlsx"), "--user", "zhao")
    assert code == 0, err
    assert _exports(station)[-1][:2] == ("zhao", "coverage")
    # The administrator allows clerks; only an administrator may change that.
    code, _, err = run(capsys, "settings", "--db", station, "--full-number-roles",
                       "administrator,clerk", "--user", "zhao")
    assert code == 1
    monkeypatch.setenv("MINQING_PASSWORD", "li-pass")
    code, out_text, err = run(capsys, "settings", "--db", station, "--full-number-roles",
                              "administrator,clerk", "--user", "li")
    assert code == 0 and "工作人员" in out_text, err
    monkeypatch.setenv("MINQING_PASSWORD", "wang-pass")
    code, _, err = run(capsys, "roster", "export", "--db", station, "--out", str(out),
                       "--full-numbers", "--user", "wang")
    assert code == 0, err
    assert ids <= _cells(out)
    assert _exports(station)[-1][0] == "wang" and _exports(station)[-1][2]["full_numbers"]


def test_a_read_only_user_changes_their_own_password_only(
        station: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINQING_PASSWORD", "zhao-pass")
    monkeypatch.setenv("MINQING_NEW_PASSWORD", "zhao-new-pass")
    code, _, err = run(capsys, "user", "passwd", "zhao", "--db", station, "--user", "zhao")
    assert code == 0, err
    monkeypatch.setenv("MINQING_PASSWORD", "zhao-new-pass")
    assert run(capsys, "user", "list", "--db", station, "--user", "zhao")[0] == 0
    code, _, err = run(capsys, "user", "passwd", "wang", "--db", station, "--user", "zhao")
    assert code == 1 and "管理员" in err
    # Still read-only for everything else.
    code, _, err = run(capsys, "demo", "--db", station, "--user", "zhao")
    assert code == 1 and "只读" in err


def test_refused_batch_commands_leave_no_backup_and_no_batch(
        world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    batch = export_batch(world.v1, world.usb).path
    for ctx in (world.township, world.v1):
        create_user(ctx, "li", "li-admin-pass", "administrator" if ctx is world.v1
                    else "township_administrator")
        create_user(AppContext(ctx.store, actor="li", role="administrator"), "zhao",
                    "zhao-pass", "read_only")
    township_db = str(world.township.store.path)
    # Nobody signed in: the import is refused before its before-import backup.
    code, _, err = run(capsys, "batch", "import", str(batch), "--db", township_db)
    assert code == 1 and "--user" in err
    assert not (tmp_path / "township.backups").exists()
    # A read-only user is refused too, before anything.
    monkeypatch.setenv("MINQING_PASSWORD", "zhao-pass")
    code, _, err = run(capsys, "batch", "import", str(batch), "--db", township_db,
                       "--user", "zhao")
    assert code == 1 and "只读" in err
    assert not (tmp_path / "township.backups").exists()
    # Export by a read-only user: nothing on the stick, nothing in the outbox.
    stick = tmp_path / "stick"
    stick.mkdir()
    outbox = tmp_path / "v1.outbox"
    before = sorted(p.name for p in outbox.iterdir()) if outbox.exists() else []
    code, _, err = run(capsys, "batch", "export", "--to", str(stick), "--db",
                       str(world.v1.store.path), "--user", "zhao")
    assert code == 1 and "只读" in err
    assert list(stick.iterdir()) == []
    after = sorted(p.name for p in outbox.iterdir()) if outbox.exists() else []
    assert after == before


def test_refused_roster_import_report_writes_nothing(
        station: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "roster.csv"
    src.write_text("户主姓名,身份证号,组\n张三,430525199001011235,1\n", encoding="utf-8-sig")
    report = tmp_path / "report.xlsx"
    code, _, err = run(capsys, "roster", "import", str(src), "--db", station, "--report",
                       str(report), "--full-numbers")
    assert code == 1 and "--user" in err
    assert not report.exists()
    with sqlite3.connect(station) as conn:
        assert conn.execute("SELECT count(*) FROM household WHERE head_name='张三'"
                            ).fetchone()[0] == 0


def test_the_cli_refuses_through_a_real_process(station: str, tmp_path: Path) -> None:
    """The same through ``python -m app`` as a script runs it: exit 1, a sentence, no file."""
    out = tmp_path / "ledger.xlsx"
    env = {"PATH": "/usr/bin:/bin", "MINQING_PASSWORD": "wrong", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    proc = subprocess.run([sys.executable, "-m", "app", "--lang", "en", "ledger", "--db",
                           station, "--month", "2026-11", "--out", str(out), "--user", "li"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 1
    assert "wrong user name or password" in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists()


def test_households_exported_match_the_register(station: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The audited count is the number of rows actually read out."""
    from app.store import open_store

    monkeypatch.setenv("MINQING_PASSWORD", "li-pass")
    out = tmp_path / "r.xlsx"
    assert run(capsys, "roster", "export", "--db", station, "--out", str(out),
               "--user", "li")[0] == 0
    store = open_store(station)
    try:
        with store.session() as s:
            n = len(s.execute(select(Household.id).where(Household.deleted.is_(False))).all())
    finally:
        store.close()
    assert _exports(station)[-1][2]["records"] == n
