"""Locks and concurrency (issue 9): a writer that cannot get the lock says so in a sentence
naming the other program, exit 1, never a traceback; ``demo`` checks "station empty" inside
its own transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.store as store_mod
from app.cli import main
from app.context import AppContext
from app.errors import MinqingError, StoreError
from app.services import households as hh
from app.services.demo import build_demo_rows, write_rows
from app.store import open_store

V = ["--kind", "village", "--code", "430525101201", "--name", "石江村"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def locked(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A station whose write lock another program holds (as a window saving, or a long
    import, would); the wait is shortened so the test does not sit out five seconds."""
    db = str(tmp_path / "v.sqlite3")
    assert run(capsys, "init", "--db", db, *V)[0] == 0
    monkeypatch.setattr(store_mod, "BUSY_TIMEOUT_MS", 300)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield db
    other.execute("ROLLBACK")
    other.close()


def test_a_writer_that_cannot_get_the_lock_says_so(
        locked: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "demo", "--db", locked, "--households", "5")
    assert code == 1
    assert "另一个民情台账窗口或命令正在写入数据" in err and "Traceback" not in err
    roster = tmp_path / "roster.csv"
    roster.write_text("户主姓名,组\n张三,1\n", encoding="utf-8-sig")
    code, _, err = run(capsys, "--lang", "en", "roster", "import", str(roster), "--db", locked)
    assert code == 1
    assert "another Minqing window or command is writing; try again" in err


def test_the_service_refusal_is_a_store_error_not_an_operational_error(locked: str) -> None:
    store = open_store(locked)
    try:
        with pytest.raises(StoreError) as exc:
            hh.add_household(AppContext(store), hh.HouseholdInput(head_name="张三"))
        assert exc.value.code == "store_busy"
    finally:
        store.close()
    with sqlite3.connect(f"file:{locked}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM household").fetchone()[0] == 0


def test_demo_refuses_when_an_import_filled_the_station_meanwhile(village: AppContext) -> None:
    rows = build_demo_rows(village, households=10, months=1, seed=1)
    # A roster import commits while the demo rows are being prepared.
    hh.add_household(village, hh.HouseholdInput(head_name="张三", group_number=1))
    with pytest.raises(MinqingError) as exc:
        write_rows(village, rows, {"seed": 1})
    assert exc.value.code == "demo_not_empty"
    with sqlite3.connect(f"file:{village.store.path}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM household").fetchone()[0] == 1
