"""The county tier on SQLite (issue 14): two townships of demo villages, their batches
forwarded to the county.

* county import: ``sync.county.import_county_batch`` of both township batches (every village
  file re-verified against its village's key, checked and merged) against the limit of the same
  village files imported by their townships (``sync.batch.import_files``) — the forwarding
  design should cost little more than the township's own import. Goal ≤ 1.5×.
* county stats: ``county_month_stats`` on the county against ``month_stats`` on each township,
  summed (the same figures, one level up). Goal ≤ 2×.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from bench import Measure, Scale

COUNTY = "430525"
TOWNS = ("430525101", "430525102")


def _station(path: Path, kind: str, code: str, name: str) -> Any:
    from app.context import AppContext
    from app.services.station import init_station
    from app.store import open_store

    store = open_store(path)
    init_station(store, kind=kind, code=code, name=name)
    return AppContext(store, actor="bench")


def _pair(tmp: Path, a: Any, b: Any) -> None:
    from sync.keys import enroll, write_card

    ca, cb = tmp / f"{a.station_code}.card", tmp / f"{b.station_code}.card"
    write_card(a, ca)
    write_card(b, cb)
    enroll(b, ca)
    enroll(a, cb)


def run(scale: Scale) -> list[Measure]:
    from app.services.county import county_month_stats
    from app.services.demo import fill_demo
    from app.services.stats import Month, month_stats
    from sync.batch import export_batch, import_files
    from sync.county import export_to_county, import_county_batch

    per_village = scale.n(3000, 200)
    villages_per_town = scale.n(3, 2)
    tmp = Path(tempfile.mkdtemp(prefix="mq-bench-county-"))
    opened: list[Any] = []
    try:
        county = _station(tmp / "county.sqlite3", "county", COUNTY, "洞口县")
        opened.append(county)
        stick = tmp / "usb"
        stick.mkdir()
        towns = []
        township_import = 0.0
        for i, t in enumerate(TOWNS):
            town = _station(tmp / f"{t}.sqlite3", "township", t, f"镇{i}")
            opened.append(town)
            _pair(tmp, county, town)
            files = []
            for j in range(villages_per_town):
                v = _station(tmp / f"{t}{j}.sqlite3", "village", f"{t}{201 + j:03d}", f"村{j}")
                opened.append(v)
                fill_demo(v, households=per_village, months=12, seed=i * 10 + j)
                _pair(tmp, town, v)
                files.append(export_batch(v, stick).path)
            t0 = time.perf_counter()
            out = import_files(town, files)
            township_import += time.perf_counter() - t0
            assert all(r.status == "applied" for r in out)
            towns.append(town)
        up = [export_to_county(t, stick).path for t in towns]
        t0 = time.perf_counter()
        res = [import_county_batch(county, p) for p in up]
        county_import = time.perf_counter() - t0
        assert all(r.status == "applied" for r in res), [r.reason for r in res]
        month = Month.parse(f"{date.today():%Y-%m}")
        t0 = time.perf_counter()
        for t in towns:
            with t.read() as s:
                month_stats(s, month)
        town_stats = time.perf_counter() - t0
        t0 = time.perf_counter()
        with county.read() as s:
            fig = county_month_stats(s, month)
        county_stats = time.perf_counter() - t0
        households = fig["households"]
    finally:
        for c in opened:
            c.store.close()
        shutil.rmtree(tmp, ignore_errors=True)
    n_v = len(TOWNS) * villages_per_town
    return [
        Measure(f"county import: {len(TOWNS)} township batches, {n_v} village files, "
                f"{households} households", county_import, township_import, 1.5,
                "limit = the townships importing the same village files"),
        Measure(f"county stats for a month ({households} households)", county_stats,
                town_stats, 2.0, "limit = month_stats on each township, summed"),
    ]
