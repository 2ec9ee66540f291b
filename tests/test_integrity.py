"""The integrity check off the first paint (issue 11): a large file opens after a cheap header
check, its full ``quick_check`` runs in the background once a day — and still finds damage."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

import app.integrity as integrity
import app.store as store_module
from app.context import AppContext
from app.errors import StoreError
from app.services.demo import fill_demo
from app.store import open_store, wal_checkpoint

TODAY = date(2026, 11, 20)


def _filled(village: AppContext, tmp_path: Path) -> Path:
    fill_demo(village, households=200, months=3, seed=1, today=TODAY)
    wal_checkpoint(village.store.engine)
    village.store.close()
    out = tmp_path / "copy.sqlite3"
    shutil.copy(village.store.path, out)
    return out


def _damage_a_table_page(path: Path, table: str = "visit") -> None:
    """Garbage over a b-tree page of a table (not the header): only a full check sees it."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                        (table,)).fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * 200)


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as large (the threshold is what makes a file large, not its bytes)."""
    monkeypatch.setattr(integrity, "SYNC_CHECK_MAX_BYTES", 0)


def test_a_healthy_large_file_opens_without_quick_check_on_this_thread(
        village: AppContext, tmp_path: Path, large: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _filled(village, tmp_path)
    threads: list[threading.Thread] = []
    real = store_module.integrity_problems

    def spy(p: Path, quick: bool = False) -> list[str]:
        threads.append(threading.current_thread())
        return real(p, quick)

    monkeypatch.setattr(store_module, "integrity_problems", spy)
    store = open_store(path)
    store.close()
    assert threads == []  # the header check only
    reported: list[list[str]] = []
    integrity.start_background_check(path, reported.append, today=TODAY).join(30)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert reported == []
    assert integrity.last_full_check(path) == TODAY
    assert integrity.full_check_if_due(path, TODAY) is None  # once a day
    assert integrity.full_check_due(path, date(2026, 11, 21))


def test_a_damaged_large_file_is_still_reported_by_the_background_check(
        village: AppContext, tmp_path: Path, large: None) -> None:
    path = _filled(village, tmp_path)
    _damage_a_table_page(path)
    assert integrity.header_problems(path) == []  # opening is not held up…
    reported: list[list[str]] = []
    integrity.start_background_check(path, reported.append, today=TODAY).join(30)
    assert reported and reported[0]  # …but the day's check finds it
    assert integrity.last_full_check(path) is None  # and it stays due
    # a small file is refused at open as before
    integrity.SYNC_CHECK_MAX_BYTES = 1 << 40
    with pytest.raises(StoreError):
        open_store(path)


def test_a_damaged_header_or_wal_is_refused_at_open_even_when_large(
        village: AppContext, tmp_path: Path, large: None) -> None:
    path = _filled(village, tmp_path)
    bad = tmp_path / "bad.sqlite3"
    shutil.copy(path, bad)
    with bad.open("r+b") as fh:
        fh.seek(16)
        fh.write(b"\x00\x07")  # page size 7
    with pytest.raises(StoreError):
        open_store(bad)
    truncated = tmp_path / "short.sqlite3"
    data = path.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError):
        open_store(truncated)
    Path(f"{path}-wal").write_bytes(b"not a wal header" * 4)
    assert integrity.header_problems(path)


def test_the_window_reports_damage_found_after_the_first_paint(
        qtbot, village: AppContext, tmp_path: Path, large: None) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    path = _filled(village, tmp_path)
    _damage_a_table_page(path, "audit_event")  # a table the home page does not read
    ctx = AppContext(open_store(path), actor=village.actor, role=village.role)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.integrity_problems is not None, timeout=20000)
    assert window.integrity_problems
    assert window._integrity_box.objectName() == "integrity_warning"
    window._integrity_box.close()
    ctx.store.close()
