"""A batch applied to a station on PostgreSQL: no file backup first (the import is one
transaction there; the server's backups are pg_dump's), rows merged, and ``check`` proves the
merged rows against their digests as on SQLite."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.context import AppContext
from app.services.check import check_server
from app.services.demo import fill_demo
from app.services.station import init_station
from app.store import open_store
from models import Household
from sync.export import export_batch
from sync.importer import import_files
from tests.sync.synchelp import TOWNSHIP, V1, enroll_pair, make_station


def test_a_village_batch_merges_into_a_township_on_a_server(pg_url: str, tmp_path: Path) -> None:
    store = open_store(pg_url)
    init_station(store, kind="township", code=TOWNSHIP, name="石江镇")
    t = AppContext(store, actor="clerk-t")
    v1 = make_station(tmp_path / "v1.sqlite3", "village", V1, "石江村")
    try:
        fill_demo(v1, households=25, months=2, seed=3)
        enroll_pair(tmp_path, t, v1)
        usb = tmp_path / "usb"
        usb.mkdir()
        [res] = import_files(t, [export_batch(v1, usb).path])
        assert res.status == "applied", res
        with t.read() as s:
            n = s.execute(select(func.count()).select_from(Household)
                          .where(Household.origin_code == V1)).scalar_one()
        assert n == 25
        report = check_server(pg_url, "en")
        assert report.ok, report.problems
    finally:
        v1.store.close()
        store.close()
