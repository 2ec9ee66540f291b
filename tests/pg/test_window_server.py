"""The window's start-up steps on a county server URL: no local-disk refusal, no one-window
lock, the store opened on PostgreSQL."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services.station import init_station
from app.store import open_store
from ui.startup import Startup


def test_startup_opens_a_server_url(pg_url: str, qtbot: QtBot) -> None:
    store = open_store(pg_url)
    init_station(store, kind="village", code="430525101201", name="石江村")
    store.close()
    steps = Startup(pg_url, "en")
    second = Startup(pg_url, "en")  # a colleague's window on the same server
    try:
        assert steps.check_local() and steps.take_lock() and steps.open_file()
        assert second.check_local() and second.take_lock() and second.open_file()
        assert steps.store is not None and steps.store.is_server
        assert steps.set_up_station()  # has a station: no wizard
    finally:
        steps.abandon()
        second.abandon()


def test_a_window_on_a_server_takes_no_file_backups(pg_url: str, qtbot: QtBot) -> None:
    """The automatic backups copy a station's file; a county server is backed up with pg_dump,
    so a window on it starts none (and no hourly 'use pg_dump' notice in its status bar)."""
    from PySide6.QtWidgets import QMainWindow

    from app.context import AppContext
    from ui.startup import Session

    store = open_store(pg_url)
    init_station(store, kind="village", code="430525101201", name="石江村")
    window = QMainWindow()
    qtbot.addWidget(window)
    session = Session(window, AppContext(store, actor="clerk"), None, minutes=0)
    try:
        assert session.daily is None
        qtbot.wait(50)  # the first tick of a file station's backup would run now
        assert window.statusBar().currentMessage() == ""
    finally:
        session.close()
