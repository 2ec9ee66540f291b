"""The CLI contract: commands, JSON shape, exit codes, languages."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.cli import main

V = ["--kind", "village", "--code", "430525101201", "--name", "石江村"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_demo_stats_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "v.sqlite3")
    assert run(capsys, "init", "--db", db, *V)[0] == 0
    code, out, _ = run(capsys, "demo", "--db", db, "--households", "150", "--months", "6",
                       "--seed", "5")
    assert code == 0 and json.loads(out)["household"] == 150
    month = date.today().strftime("%Y-%m")
    code, out, _ = run(capsys, "stats", "--db", db, "--month", month, "--json")
    assert code == 0
    fig = json.loads(out)
    assert fig["station"] == {"code": "430525101201", "name": "石江村", "kind": "village"}
    assert fig["month"] == month and fig["households"] == 150
    assert 0 < fig["coverage_ytd"] <= 1
    assert set(fig["matters"]) >= {"received", "resolved", "overdue", "escalated", "by_category"}
    assert sum(fig["matters"]["by_category"].values()) == fig["matters"]["received"]
    assert {"satisfaction_rate", "cards_issued", "visits", "households_visited"} <= set(fig)
    assert run(capsys, "check", "--db", db)[0] == 0


def test_stats_agree_with_the_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "v.sqlite3"
    run(capsys, "init", "--db", str(db), *V)
    run(capsys, "demo", "--db", str(db), "--households", "120", "--months", "3", "--seed", "2")
    month = date.today().replace(day=1)
    fig = json.loads(run(capsys, "stats", "--db", str(db), "--month",
                         month.strftime("%Y-%m"), "--json")[1])
    with sqlite3.connect(db) as c:
        visits = c.execute("SELECT count(*), count(DISTINCT household_id) FROM visit "
                           "WHERE visit_date >= ?", (month.isoformat(),)).fetchone()
        received = c.execute("SELECT count(*) FROM matter WHERE received_date >= ?",
                             (month.isoformat(),)).fetchone()[0]
    assert (fig["visits"], fig["households_visited"]) == visits
    assert fig["matters"]["received"] == received


def test_demo_is_deterministic_for_a_seed(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    dumps = []
    for name in ("a", "b"):
        db = tmp_path / f"{name}.sqlite3"
        run(capsys, "init", "--db", str(db), *V)
        run(capsys, "demo", "--db", str(db), "--households", "50", "--seed", "9")
        with sqlite3.connect(db) as c:
            dumps.append(c.execute("SELECT id, head_name, id_number FROM household "
                                   "ORDER BY id").fetchall())
    assert dumps[0] == dumps[1]


def test_township_stats_are_the_sum_of_villages(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.sqlite3")
    assert run(capsys, "init", "--db", db, "--kind", "township", "--code", "430525101",
               "--name", "石江镇")[0] == 0
    assert run(capsys, "demo", "--db", db, "--households", "1200", "--months", "4")[0] == 0
    fig = json.loads(run(capsys, "stats", "--db", db, "--month",
                         date.today().strftime("%Y-%m"), "--json")[1])
    villages = fig["villages"]
    assert len(villages) >= 2
    for key in ("households", "visits", "households_visited", "cards_issued"):
        assert fig[key] == sum(v[key] for v in villages), key
    for key in ("received", "resolved", "overdue", "escalated"):
        assert fig["matters"][key] == sum(v["matters"][key] for v in villages), key


def test_init_refuses_a_file_that_holds_a_station(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "v.sqlite3")
    run(capsys, "init", "--db", db, *V)
    code, _, err = run(capsys, "init", "--db", db, *V)
    assert code == 1 and "已经是“石江村”" in err
    code, _, err = run(capsys, "--lang", "en", "init", "--db", db, *V)
    assert code == 1 and "already holds the station" in err


def test_rejected_input_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "v.sqlite3"
    code, _, err = run(capsys, "init", "--db", str(db), "--kind", "village", "--code", "123",
                       "--name", "x")
    assert code == 1 and "12位数字代码" in err
    assert not db.exists()
    code, _, err = run(capsys, "stats", "--db", str(db), "--month", "2026-13")
    assert code == 1 and "YYYY-MM" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["init", "--kind", "city"])
    assert info.value.code == 2


def test_check_finds_an_edited_audit_trail(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "v.sqlite3"
    run(capsys, "init", "--db", str(db), *V)
    run(capsys, "demo", "--db", str(db), "--households", "20")
    with sqlite3.connect(db) as c:
        c.execute("UPDATE audit_event SET actor='mallory' WHERE seq=2")
    code, _, err = run(capsys, "check", "--db", str(db))
    assert code == 1 and "审计记录第 2 条" in err


def test_check_finds_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "v.sqlite3"
    run(capsys, "init", "--db", str(db), *V)
    run(capsys, "demo", "--db", str(db), "--households", "300")
    with sqlite3.connect(db) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    for i in range(8192, min(len(data), 40960), 7):
        data[i] ^= 0x5A
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "check", "--db", str(db))
    assert code == 1 and err


def test_python_dash_m_app_runs() -> None:
    out = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True,
                         text=True, check=True)
    assert "init" in out.stdout and "stats" in out.stdout
