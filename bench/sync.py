"""Batch files at township scale: export and import of a 200,000-visit batch against the
practical limits on the same rows in the same run, and peak memory 200,000 vs 20,000 visits.

* export limit: the same rows selected with raw ``sqlite3``, one orjson line each, zlib level 1,
  sealed with AES-GCM into a file — what any export must at least do, without signing or checks.
* import limit: raw ``sqlite3.executemany`` of the same rows into an empty store with the same
  schema, indexes and pragmas (WAL, synchronous=FULL), one transaction. Our import additionally
  decrypts, reads the file twice (check pass, then apply pass), checks every value, looks up
  existing rows, takes a backup and audits.
* memory: peak RSS of a fresh process importing the batch (``resource.getrusage``), 200,000
  vs 20,000 visits; the goal is ≤ 1.5× (streaming, not loading the batch whole).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
import zlib
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from bench import Measure, Scale

ROOT = Path(__file__).resolve().parent.parent
VILLAGE = "430525101201"
TOWNSHIP = "430525101"
_CACHE: dict[bool, dict[str, Any]] = {}


def _add_visits(ctx: Any, n: int, seed: int) -> None:
    from sqlalchemy import select

    from app.services.bulk import insert_rows, stamp
    from models import Cadre, Household, Visit

    rng = random.Random(seed)
    with ctx.read() as s:
        hh = list(s.execute(select(Household.id)).scalars())
        cadres = list(s.execute(select(Cadre.id)).scalars())
    at = datetime(2026, 1, 1, 8)
    start = date(2025, 1, 1)
    modes = ["home", "phone", "walk_in", "joint_office"]

    def rows() -> Any:
        for _ in range(n):
            yield stamp({"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                         "village_code": VILLAGE, "household_id": rng.choice(hh),
                         "cadre_id": rng.choice(cadres),
                         "visit_date": start + timedelta(days=rng.randint(0, 600)),
                         "mode": rng.choice(modes),
                         "summary": "了解家庭生产生活情况，宣传惠民政策" * rng.randint(1, 3)},
                        ctx.station_code, "bench", at)

    with ctx.uow() as uow:
        insert_rows(uow, Visit, rows())
        uow.commit()


def _prepare(scale: Scale) -> dict[str, Any]:
    """Once per process: a village with N visits (and one with N/10), an enrolled township."""
    if scale.quick in _CACHE:
        return _CACHE[scale.quick]
    from app.context import AppContext
    from app.services.demo import fill_demo
    from app.services.station import init_station
    from app.store import open_store, wal_checkpoint
    from sync.batch import export_batch
    from sync.keys import enroll, write_card

    n = scale.n(200_000, 20_000)
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    vs = open_store(tmp / "village.sqlite3")
    init_station(vs, kind="village", code=VILLAGE, name="石江村")
    v = AppContext(vs)
    fill_demo(v, households=scale.n(2000, 500), months=1, seed=3)
    ts = open_store(tmp / "township.sqlite3")
    init_station(ts, kind="township", code=TOWNSHIP, name="石江镇")
    t = AppContext(ts)
    write_card(v, tmp / "v.card")
    write_card(t, tmp / "t.card")
    enroll(t, tmp / "v.card")
    enroll(v, tmp / "t.card")
    wal_checkpoint(vs.engine)
    vs.close()
    shutil.copy(tmp / "village.sqlite3", tmp / "small.sqlite3")
    out: dict[str, Any] = {"tmp": tmp, "n": n}
    for name, count in (("village", n), ("small", n // 10)):
        store = open_store(tmp / f"{name}.sqlite3")
        ctx = AppContext(store)
        _add_visits(ctx, count, seed=len(name))
        usb = tmp / f"usb-{name}"
        usb.mkdir()
        res = export_batch(ctx, usb, full=True)
        out[f"batch_{name}"] = res.path
        out[f"records_{name}"] = sum(res.counts.values())
        store.close()
    wal_checkpoint(ts.engine)
    ts.close()
    shutil.copy(tmp / "township.sqlite3", tmp / "township-template.sqlite3")
    _CACHE[scale.quick] = out
    return out


def _rows(db: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    from sync.records import TABLES

    out = {}
    with sqlite3.connect(db) as conn:
        for name, table in TABLES.items():
            cols = [c.key for c in table.columns]
            out[name] = (cols, conn.execute(
                f"SELECT {', '.join(cols)} FROM {name} WHERE origin_code = ?",
                (VILLAGE,)).fetchall())
    return out


def _raw_insert(db: Path, rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]]) -> float:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    start = time.perf_counter()
    conn.execute("BEGIN")
    for name, (cols, data) in rows.items():
        conn.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES "
                         f"({', '.join('?' * len(cols))})", data)
    conn.execute("COMMIT")
    took = time.perf_counter() - start
    conn.close()
    return took


def _raw_export(db: Path, out: Path) -> float:
    """Raw select + orjson + zlib, then AES-GCM over the compressed bytes (one seal, as a
    batch needs at least), written to a file."""
    import io
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from sync.records import TABLES, columns

    start = time.perf_counter()
    comp = zlib.compressobj(1)
    buf = io.BytesIO()
    with sqlite3.connect(db) as conn, buf as fh:
        for name in TABLES:
            cols = columns(name)
            cur = conn.execute(f"SELECT {', '.join(cols)} FROM {name} WHERE origin_code = ?",
                               (VILLAGE,))
            while batch := cur.fetchmany(5000):
                for row in batch:
                    fh.write(comp.compress(orjson.dumps({"t": name, "r": dict(zip(cols, row,
                                                                                    strict=True))})
                                           + b"\n"))
        fh.write(comp.flush())
        sealed = AESGCM(AESGCM.generate_key(bit_length=256)).encrypt(os.urandom(12),
                                                                     fh.getvalue(), None)
    out.write_bytes(sealed)
    return time.perf_counter() - start


CHILD = """
import resource, sys
from pathlib import Path
from app.context import AppContext
from app.store import open_store
from sync.batch import import_files
store = open_store(Path(sys.argv[1]))
res = import_files(AppContext(store), [Path(sys.argv[2])])[0]
assert res.status == "applied", res.reason
store.close()
try:  # VmHWM is this process's own peak; ru_maxrss keeps the parent's peak across exec
    with open("/proc/self/status") as fh:
        print(next(int(ln.split()[1]) for ln in fh if ln.startswith("VmHWM:")))
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _peak_rss_mb(db: Path, batch: Path) -> float:
    out = subprocess.run([sys.executable, "-c", CHILD, str(db), str(batch)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def run(scale: Scale) -> list[Measure]:
    from app.context import AppContext
    from app.store import open_store
    from sync.batch import export_batch, import_files

    d = _prepare(scale)
    tmp: Path = d["tmp"]
    n = d["n"]
    records = d["records_village"]
    # export: ours (seal, sign, write to the outbox, copy to the "stick", read back, verify)
    store = open_store(tmp / "village.sqlite3")
    ctx = AppContext(store)
    usb = tmp / f"usb-run-{uuid.uuid4().hex[:6]}"
    usb.mkdir()
    start = time.perf_counter()
    export_batch(ctx, usb, full=True)
    ours_export = time.perf_counter() - start
    store.close()
    shutil.rmtree(usb)
    raw_out = tmp / "raw-export.jsonl.z"
    limit_export = _raw_export(tmp / "village.sqlite3", raw_out)
    # import: ours vs raw executemany of the same rows into the same schema
    target = tmp / "township-run.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(tmp / "township-run.backups", ignore_errors=True)
    shutil.copy(tmp / "township-template.sqlite3", target)
    store = open_store(target)
    start = time.perf_counter()
    res = import_files(AppContext(store), [d["batch_village"]])[0]
    ours_import = time.perf_counter() - start
    store.close()
    assert res.status == "applied", res.reason
    rows = _rows(tmp / "village.sqlite3")
    raw_target = tmp / "raw-target.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{raw_target}{suffix}").unlink(missing_ok=True)
    shutil.copy(tmp / "township-template.sqlite3", raw_target)
    limit_import = _raw_insert(raw_target, rows)
    # memory in fresh processes
    mem: dict[str, float] = {}
    for name in ("village", "small"):
        db = tmp / f"mem-{name}.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(tmp / f"mem-{name}.backups", ignore_errors=True)
        shutil.copy(tmp / "township-template.sqlite3", db)
        mem[name] = _peak_rss_mb(db, d[f"batch_{name}"])
    big, small = mem["village"], mem["small"]
    label = f"{n // 1000}k visits"
    return [
        Measure(f"export batch, {label} ({records} records)", ours_export, limit_export,
                goal=2.0, note="limit: raw select + orjson + zlib + AES-GCM",
                extra={"MB": d["batch_village"].stat().st_size / 1e6}),
        Measure(f"import batch, {label} ({records} records)", ours_import, limit_import,
                goal=3.0, note="limit: raw sqlite3.executemany, same rows and schema"),
        Measure(f"import peak RSS, {label} vs {n // 10000}k (MB/1000)", big / 1000,
                small / 1000, goal=1.5, note="values are MB shown as 'ms'",
                extra={"rss_big_MB": big, "rss_small_MB": small}),
    ]
