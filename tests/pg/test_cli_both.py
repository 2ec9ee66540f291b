"""``init`` / ``demo`` / ``stats --json`` / ``check`` on a file and on a PostgreSQL URL: the same
figures from the same seed; the URL's password never printed; backup refused on a server."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cli import main

V = ["--kind", "village", "--code", "430525101201", "--name", "石江村"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _figures(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, object]:
    assert run(capsys, "init", "--db", db, *V)[0] == 0
    code, out, err = run(capsys, "demo", "--db", db, "--households", "80", "--months", "4",
                         "--seed", "7")
    assert code == 0, err
    code, out, err = run(capsys, "stats", "--db", db, "--month",
                         date.today().strftime("%Y-%m"), "--json")
    assert code == 0, err
    fig: dict[str, object] = json.loads(out)
    return fig


def test_stats_json_same_on_both_dialects(tmp_path, pg_url: str,  # type: ignore[no-untyped-def]
                                          capsys: pytest.CaptureFixture[str]) -> None:
    on_file = _figures(capsys, str(tmp_path / "v.sqlite3"))
    on_server = _figures(capsys, pg_url)
    assert on_file["households"] == 80
    assert on_server == on_file
    code, out, err = run(capsys, "check", "--db", pg_url)
    assert code == 0, err


def test_database_url_from_environment(pg_url: str, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINQING_DATABASE_URL", pg_url)
    code, out, err = run(capsys, "init", *V)
    assert code == 0, err
    assert "postgresql+psycopg://minqing@" in out
    code, out, _ = run(capsys, "stats", "--month", "2026-01", "--json")
    assert code == 0 and json.loads(out)["station"]["code"] == "430525101201"


def test_password_on_the_command_line_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "en", "init", "--db",
                       "postgresql+psycopg://clerk:s3cret@localhost/county", *V)
    assert code == 1
    assert "s3cret" not in err and "~/.pgpass" in err


def test_backup_on_a_server_points_at_pg_dump(pg_url: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "init", "--db", pg_url, *V)[0] == 0
    code, _, err = run(capsys, "--lang", "en", "backup", "--db", pg_url)
    assert code == 1 and "pg_dump" in err


def test_check_finds_a_dropped_constraint_and_a_forged_event(
        pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import create_engine, text

    assert run(capsys, "init", "--db", pg_url, *V)[0] == 0
    assert run(capsys, "demo", "--db", pg_url, "--households", "10", "--months", "1")[0] == 0
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET actor = 'forger' WHERE seq = 1"))
    code, _, err = run(capsys, "--lang", "en", "check", "--db", pg_url)
    assert code == 1 and "audit" in err.lower()
    with engine.begin() as conn:
        fk = conn.execute(text(
            "SELECT conname FROM pg_constraint WHERE contype = 'f' "
            "AND conrelid = 'visit'::regclass LIMIT 1")).scalar_one()
        conn.execute(text(f'ALTER TABLE visit DROP CONSTRAINT "{fk}"'))
    engine.dispose()
    code, _, err = run(capsys, "--lang", "en", "check", "--db", pg_url)
    assert code == 1 and fk in err
