"""Fixtures for the release tests: a station file with demo data on disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.context import AppContext
from app.services.demo import fill_demo
from app.services.station import init_station
from app.store import open_store


@pytest.fixture(autouse=True)
def qt_settings_apart(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Qt tests here keep their QSettings (the remembered user name, window state) in the
    test's folder: never the laptop's, never the previous test's."""
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Path]:
    """A closed village file with a little demo data (WAL checkpointed by closing)."""
    path = tmp_path / "filled.sqlite3"
    store = open_store(path)
    init_station(store, kind="village", code="430525101201", name="石江村")
    fill_demo(AppContext(store), households=60, months=2)
    store.close()
    yield path
