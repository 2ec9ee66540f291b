"""Shared fixtures: every test gets its own real SQLite file in a temporary folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Automatic and pre-upgrade backups go under the user's data folder: keep tests out of the real one.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="minqing-test-data-")
atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], True)

from app.context import AppContext  # noqa: E402
from app.services.station import add_village, init_station  # noqa: E402
from app.store import open_store  # noqa: E402

# A throw-away PostgreSQL server (pg_server, pg_url, any_db) for the county tier.
pytest_plugins = ["tests.pg.server"]

VILLAGE_CODE = "430525101201"
TOWNSHIP_CODE = "430525101"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "station.sqlite3"


@pytest.fixture
def village(db_path: Path) -> Iterator[AppContext]:
    store = open_store(db_path)
    init_station(store, kind="village", code=VILLAGE_CODE, name="石江村")
    ctx = AppContext(store, actor="clerk")
    yield ctx
    store.close()


@pytest.fixture
def township(tmp_path: Path) -> Iterator[AppContext]:
    store = open_store(tmp_path / "township.sqlite3")
    init_station(store, kind="township", code=TOWNSHIP_CODE, name="石江镇")
    ctx = AppContext(store, actor="township-clerk")
    add_village(ctx, "430525101201", "石江村")
    add_village(ctx, "430525101202", "黄桥村")
    yield ctx
    store.close()


@pytest.fixture
def today() -> date:
    return date.today()
