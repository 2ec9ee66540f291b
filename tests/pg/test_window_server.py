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
