"""An unexpected error is logged and shown calmly; slow work runs off the UI thread and can be
cancelled."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

import ui.main as ui_main
from ui.workers import Progress, run_task


def test_unexpected_error_goes_to_the_log_and_a_calm_dialog(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ui_main, "log_dir", lambda: tmp_path)
    for h in list(ui_main.log.handlers):
        ui_main.log.removeHandler(h)
    ui_main.setup_logging()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda self: shown.append((self.windowTitle(), self.text())) or 0)
    try:
        raise RuntimeError("disk went away")
    except RuntimeError as exc:
        ui_main.excepthook(RuntimeError, exc, exc.__traceback__)
    for h in ui_main.log.handlers:
        h.flush()
    log_text = (tmp_path / "minqing.log").read_text(encoding="utf-8")
    assert "RuntimeError: disk went away" in log_text and "Traceback" in log_text
    assert shown and shown[0][0] == "操作没有完成"
    assert "已保存的数据都安全" in shown[0][1] and str(tmp_path) in shown[0][1]
    for h in list(ui_main.log.handlers):
        ui_main.log.removeHandler(h)


def test_worker_runs_off_the_ui_thread_and_reports_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work(p: Progress) -> int:
        seen["thread"] = threading.current_thread()
        for i in range(5):
            p.report(i + 1, 5)
        return 42

    run_task(parent, "…", work, lambda r: seen.setdefault("result", r),
             lambda e: seen.setdefault("error", e))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["thread"] is not threading.main_thread()


def test_cancelled_work_stops_and_its_result_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}
    started = threading.Event()

    def work(p: Progress) -> str:
        started.set()
        while not p.cancelled():
            time.sleep(0.01)
        seen["stopped"] = True
        return "late"

    task = run_task(parent, "…", work, lambda r: seen.setdefault("result", r),
                    lambda e: seen.setdefault("error", e))
    assert started.wait(5)
    task.dialog.canceled.emit()  # what the Cancel button does
    qtbot.waitUntil(lambda: "stopped" in seen, timeout=5000)
    qtbot.wait(50)
    assert "result" not in seen and "error" not in seen


def test_worker_failure_is_reported_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def work(_p: Progress) -> None:
        raise ValueError("bad sheet")

    run_task(None, "…", work, lambda r: seen.setdefault("result", r),
             lambda e: seen.setdefault("error", (e, threading.current_thread())))
    qtbot.waitUntil(lambda: "error" in seen, timeout=5000)
    exc, thread = seen["error"]  # type: ignore[misc]
    assert isinstance(exc, ValueError) and thread is threading.main_thread()


def test_run_opens_the_window_on_an_existing_station(
        qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from app.context import AppContext
    from app.services import users
    from app.services.station import init_station
    from app.store import open_store
    from tests.ui.modal import answer_modal
    from ui.login_dialog import LoginDialog
    from ui.main_window import MainWindow

    store = open_store(db_path)
    init_station(store, kind="village", code="430525101201", name="石江村")
    users.create_user(AppContext(store), "li", "secret-1", "administrator")
    store.close()
    monkeypatch.setattr(ui_main, "log_dir", lambda: db_path.parent)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def sign_in(w) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(w, LoginDialog)
        w.name.setText("li")
        w.password.setText("secret-1")
        w.accept()

    answer_modal(sign_in)
    window = ui_main.start(db_path, lang="zh_CN")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.isVisible() and window.windowTitle() == "民情台账 — 石江村"
    assert sys.excepthook is ui_main.excepthook
    assert window.ctx.actor == "li"  # type: ignore[attr-defined]
    window.session.close()  # type: ignore[attr-defined]  # closing backup, file, lock
    import logging

    for logger in (ui_main.log, logging.getLogger("ui")):
        for h in list(logger.handlers):
            logger.removeHandler(h)
