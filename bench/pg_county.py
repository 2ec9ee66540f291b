"""The county tier at issue 14's scale on a real PostgreSQL: 250,000 households, ~1.2M visits.

Every entry runs against a throw-away server the bench starts itself (``tests/pg/server.py``,
fsync ON as in production) — never one the user must start; ``MINQING_BENCH_PG_URL`` is not
used here. Size: ``MINQING_BENCH_COUNTY_HOUSEHOLDS`` (default 250,000; ``--quick`` 3,000) in 30
townships (``--quick``: 3) of 2 villages each (``--quick``: 1). ``MINQING_BENCH_PG_PARTS=import``
leaves the fill out (import, stats and search still run).

* **fill** — our bulk path (``write_rows``: one unit of work, the writers' advisory lock, COPY
  through ``app.dialect.copy_rows``, row digests, one audit event) vs a bare ``COPY`` of the same
  rows into the same empty schema (``bench.county_fill``). Goal ≤ 2×.
* **county import** — 30 township batches (each forwarding its villages' sealed files, built
  once with the real export code from demo villages and cached in the temp dir between
  invocations) through ``sync.county.import_county_batch`` vs the floor: open and decrypt the
  same files, parse every line, ``COPY`` the rows. Goal ≤ 3×.
* **county stats** — ``county_month_stats`` on the imported county vs the same figures from
  hand-written grouped SQL on a bare psycopg connection. Goal ≤ 2×; and the supervision list
  (``read_supervision`` over the county) under 1 s.
* **register search** — ``household_detail.quick_search`` per keystroke over typed prefixes of
  real head names and of their pinyin initials, median and p95; goal < 50 ms.

Search index: a **pinyin-prefix index**, not pg_trgm. What a clerk types is a prefix — the
first characters of a name, or the first pinyin initials (``zs`` for 张三) — and the register
already keeps those keys (``py_initials``, ``py_full``, ``head_name``) per household. A B-tree
answers a prefix as one index range and stops after the page's 8 rows, whatever the size, from
the first keystroke; a trigram index cannot use a one- or two-letter query (no trigram in it)
and would scan, and it needs the ``pg_trgm`` extension created by a privileged role. The
indexes (migration ``0007_pgsearch``, PostgreSQL only) are built with ``COLLATE "C"`` and the
search compares under the same collation: then "starts with" is exactly a byte range whatever
locale the county's database was created with (under ``zh_CN.UTF-8`` or ``en_US.UTF-8`` the
default collation does not keep a prefix contiguous, and would need ``text_pattern_ops``).
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from bench import Measure, Scale, timer

COUNTY = "430525"
MONTH = "2026-10"
AS_OF = date(2026, 10, 31)
MONTHS = 43  # ≈ 4.8 visits per household, the 1.2M visits for 250,000 households
CACHE_VERSION = "v1"
TOWN_BATCH = re.compile(r"MQ_\d{9}_to_\d{6}_\d{5}_\d{8}(_full)?\.mqb")  # not a village's file


def _sizes(scale: Scale) -> tuple[int, int, int]:
    households = int(os.environ.get("MINQING_BENCH_COUNTY_HOUSEHOLDS", 0)) \
        or scale.n(250_000, 3_000)
    return households, scale.n(30, 3), scale.n(2, 1)


# --- building the township batches (once, cached) ---------------------------------------------


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


def build_batches(households: int, towns: int, per_town: int) -> Path:
    """The cache folder: ``county-seed.sqlite3`` (the county's station, keys and enrolled
    townships) and ``stick/`` (every township's county batch with its forwarded village
    files), made with the real code: demo villages → their township → the county."""
    from app.services.demo import fill_demo
    from bench.data import TODAY
    from sync.batch import export_batch, import_files
    from sync.county import export_to_county

    folder = Path(tempfile.gettempdir()) / \
        f"minqing-bench-pgcounty-{CACHE_VERSION}-{households}-{towns}x{per_town}"
    if (folder / "done").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    work = folder / "work"
    stick = folder / "stick"
    work.mkdir(parents=True)
    stick.mkdir()
    t0 = time.perf_counter()
    county = _station(folder / "county-seed.sqlite3", "county", COUNTY, "洞口县")
    n_villages = towns * per_town
    for i in range(towns):
        tcode = f"{COUNTY}{101 + i:03d}"
        town = _station(work / f"{tcode}.sqlite3", "township", tcode, f"第{i + 1}镇")
        _pair(work, county, town)
        vstick = work / f"v{tcode}"
        vstick.mkdir()
        files = []
        for j in range(per_town):
            k = i * per_town + j
            share = households // n_villages + (1 if k < households % n_villages else 0)
            v = _station(work / f"{tcode}{j}.sqlite3", "village", f"{tcode}{201 + j:03d}",
                         f"第{i + 1}镇{j + 1}村")
            fill_demo(v, households=share, months=MONTHS, seed=k + 1, today=TODAY)
            _pair(work, town, v)
            files.append(export_batch(v, vstick).path)
            v.store.close()
        out = import_files(town, files)
        assert all(r.status == "applied" for r in out), [r.reason for r in out]
        export_to_county(town, stick)
        town.store.close()
        print(f"#   built township {i + 1}/{towns} ({time.perf_counter() - t0:.0f} s)",
              flush=True)
    county.store.close()
    shutil.rmtree(work, ignore_errors=True)
    (folder / "done").write_text("ok")
    return folder


def _seed_county(url: str, seed: Path) -> None:
    """The county station of the cache on the server: its schema by our migrations, then the
    rows of the seed file (station, keys, enrolled townships, audit chain) for every table the
    migrations left empty — so the cached batches, sealed for that county's key, open here."""
    from sqlalchemy import insert, select, text

    from app.store import open_store
    from models.base import Base

    src = open_store(seed, migrate=False, verify=False)
    dst = open_store(url)
    with src.engine.connect() as a, dst.engine.begin() as b:
        for table in Base.metadata.sorted_tables:
            if table.name == "alembic_version" or b.execute(
                    select(table).limit(1)).first() is not None:
                continue
            rows = [dict(r._mapping) for r in a.execute(select(table))]
            if not rows:
                continue
            b.execute(insert(table), rows)
            pk = list(table.primary_key.columns)
            if len(pk) == 1 and pk[0].autoincrement is not False \
                    and pk[0].type.python_type is int:  # the copied ids: move the sequence on
                b.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', "
                               f"'{pk[0].name}'), (SELECT max({pk[0].name}) FROM {table.name}))"))
    src.close()
    dst.close()


# --- the floor of an import: decrypt + parse + COPY --------------------------------------------


def _floor_import(url: str, paths: list[Path]) -> int:
    """Open each township batch and each village file it forwards (signature, key unwrap),
    decrypt and parse every line, and COPY the rows — no checks, no merge, no audit."""
    import base64

    import orjson

    from app.context import AppContext
    from app.dialect import copy_rows
    from app.store import open_store
    from sync import container
    from sync.county import _county_block, _open_forwarded
    from sync.merge import derive
    from sync.records import RECEIPT, TABLES, to_db
    from sync.verify import open_batch

    store = open_store(url)
    ctx = AppContext(store, actor="bench")
    n = 0
    seen: set[str] = set()
    with store.engine.connect() as conn:
        tx = conn.begin()
        for path in paths:
            with ctx.read() as s:
                op = open_batch(s, path)
                villages, fwd = _county_block(op)
                keys = {v["code"]: base64.b64decode(v["sign_public"]) for v in villages}
                opened = [_open_forwarded(s, op, f, path.parent, keys[f["origin"]])
                          for f in fwd] + [op]
            for o in opened:
                by_table: dict[str, list[dict[str, Any]]] = {}
                for line in container.iter_lines(o.env, o.key, o.man.batch_id, None):
                    obj = orjson.loads(line)
                    t = obj["t"]
                    if t == RECEIPT or obj["r"]["id"] in seen:
                        continue
                    seen.add(obj["r"]["id"])
                    by_table.setdefault(t, []).append(derive(t, to_db(t, obj["r"])))
                for t, rows in by_table.items():
                    copy_rows(conn, TABLES[t], rows)
                    n += len(rows)
        tx.commit()
    store.close()
    return n


# --- the floor of the month's figures: hand-written SQL ----------------------------------------

# The same figures as app.services.stats (bench/stats.py's RAW_SQL, in PostgreSQL's spelling).
RAW_SQL = [
    "SELECT village_code, count(*) FROM household WHERE created_at < %(end_dt)s AND "
    "(NOT deleted OR updated_at >= %(end_dt)s) GROUP BY village_code",
    "SELECT village_code, count(*), count(DISTINCT household_id) FROM visit WHERE NOT deleted "
    "AND visit_date BETWEEN %(first)s AND %(last)s GROUP BY village_code",
    "SELECT v.village_code, count(DISTINCT v.household_id) FROM visit v JOIN household h "
    "ON h.id = v.household_id WHERE NOT v.deleted AND v.visit_date BETWEEN %(ystart)s AND "
    "%(last)s AND h.created_at < %(end_dt)s AND (NOT h.deleted OR h.updated_at >= %(end_dt)s) "
    "GROUP BY v.village_code",
    "SELECT village_code, category, count(*) FROM matter WHERE NOT deleted AND received_date "
    "BETWEEN %(first)s AND %(last)s GROUP BY village_code, category",
    "SELECT village_code, count(*) FROM matter WHERE NOT deleted AND status = 'resolved' "
    "AND resolved_date BETWEEN %(first)s AND %(last)s GROUP BY village_code",
    "SELECT village_code, count(*) FROM matter WHERE NOT deleted AND received_date <= %(last)s "
    "AND deadline < %(last)s AND (status != 'resolved' OR resolved_date > %(last)s) "
    "GROUP BY village_code",
    "SELECT village_code, count(*) FROM matter WHERE NOT deleted AND escalated_date "
    "BETWEEN %(first)s AND %(last)s GROUP BY village_code",
    "SELECT village_code, satisfaction, count(*) FROM matter WHERE NOT deleted AND "
    "status = 'resolved' AND resolved_date BETWEEN %(first)s AND %(last)s AND "
    "satisfaction != '' GROUP BY village_code, satisfaction",
    "SELECT h.village_code, count(*) FROM contact_card c JOIN household h ON h.id = "
    "c.household_id WHERE NOT c.deleted AND c.issue_date BETWEEN %(first)s AND %(last)s "
    "GROUP BY h.village_code",
]


def _psycopg(url: str) -> Any:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.query.get("host") or u.host, port=u.query.get("port") or u.port,
                           user=u.username, dbname=u.database)


def _stats(ctx: Any, url: str) -> tuple[Measure, Measure, int]:
    from datetime import datetime

    from app.services.county import county_month_stats
    from app.services.stats import Month
    from app.services.supervision import read_supervision

    month = Month.parse(MONTH)
    with ctx.read() as s:  # warm: SQLAlchemy compiles each statement once
        county_month_stats(s, month, as_of=AS_OF)
    with timer() as ours, ctx.read() as s:
        fig = county_month_stats(s, month, as_of=AS_OF)
    params = {"first": date(2026, 10, 1), "last": date(2026, 10, 31),
              "ystart": date(2026, 1, 1), "end_dt": datetime(2026, 11, 1)}
    with _psycopg(url) as conn:
        for sql in RAW_SQL:  # warm the buffers alike
            conn.execute(sql, params).fetchall()
        with timer() as limit:
            for sql in RAW_SQL:
                conn.execute(sql, params).fetchall()
    with ctx.read() as s:
        read_supervision(s, AS_OF)
    with timer() as sup_t, ctx.read() as s:
        sup = read_supervision(s, AS_OF)
    households = int(fig["households"])
    return (Measure(f"county stats {MONTH}, {len(fig['townships'])} townships, "
                    f"{households:,} households (PostgreSQL)", ours(), limit(), goal=2.0,
                    note="limit: the same figures in hand-written grouped SQL"),
            Measure(f"county supervision list, {len(sup.matters):,} overdue (PostgreSQL)",
                    sup_t(), 1.0, goal=1.0, note="limit = the 1 s budget"),
            households)


# --- search per keystroke ----------------------------------------------------------------------


def _search(ctx: Any, url: str, households: int) -> Measure:
    import random

    from app.services.household_detail import quick_search

    with _psycopg(url) as conn:
        rows = conn.execute("SELECT head_name, py_initials FROM household WHERE NOT deleted "
                            "ORDER BY id LIMIT 2000").fetchall()
    rng = random.Random(14)
    typed: list[str] = []
    for name, initials in rng.sample(rows, min(20, len(rows))):
        typed += [name[:k] for k in range(1, len(name) + 1)]
        typed += [initials[:k] for k in range(1, len(initials) + 1)]
    for q in typed[:5]:  # warm
        quick_search(ctx, q)
    times = []
    empty = 0
    for q in typed:
        t0 = time.perf_counter()
        found = quick_search(ctx, q)
        times.append(time.perf_counter() - t0)
        empty += not found
    assert empty == 0, f"{empty} typed prefixes of real households found nothing"
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    return Measure(f"county register search per keystroke, {households:,} households, "
                   f"{len(typed)} prefixes (median; PostgreSQL)", statistics.median(times), 0.050,
                   goal=1.0, extra={"p95_ms": p95 * 1000, "max_ms": times[-1] * 1000},
                   note="limit = the 50 ms budget; names and pinyin initials")


# --- the run -----------------------------------------------------------------------------------


def run(scale: Scale) -> list[Measure]:
    from app.context import AppContext
    from app.services.station import init_station
    from app.store import open_store
    from bench.county_fill import fill_measure
    from sync.county import import_county_batch
    from tests.pg.server import throwaway_server

    households, towns, per_town = _sizes(scale)
    # MINQING_BENCH_PG_PARTS=import: leave the fill out (at full size on a loaded machine the
    # fill alone takes many minutes; ``bench county_fill`` measures it on its own too).
    parts = os.environ.get("MINQING_BENCH_PG_PARTS", "fill,import").split(",")
    cache = build_batches(households, towns, per_town)
    paths = sorted(p for p in (cache / "stick").iterdir() if TOWN_BATCH.fullmatch(p.name))
    if len(paths) != towns:
        raise RuntimeError(f"expected {towns} township batches in {cache / 'stick'}, "
                           f"found {len(paths)}: {[p.name for p in paths][:5]}")
    out: list[Measure] = []
    with throwaway_server(durable=True) as server:
        if "fill" in parts:
            base = server.create_database()
            store = open_store(server.url(base))
            init_station(store, kind="township", code=f"{COUNTY}101", name="石江镇")
            store.close()
            out.append(fill_measure(server.url(server.create_database(base)), households,
                                    server.url(server.create_database(base))))
        seed = server.create_database()
        _seed_county(server.url(seed), cache / "county-seed.sqlite3")
        ours_url = server.url(server.create_database(seed))
        floor_url = server.url(server.create_database(seed))

        ctx = AppContext(open_store(ours_url), actor="bench")
        from app.pinyin import name_keys

        name_keys("张三")  # loads pypinyin's tables (seconds) before either side is timed
        with timer() as ours:
            res = [import_county_batch(ctx, p) for p in paths]
        assert all(r.status == "applied" for r in res), [r.reason for r in res]
        with timer() as floor:
            n_rows = _floor_import(floor_url, paths)
        stats, sup, n_hh = _stats(ctx, ours_url)
        out.append(Measure(f"county import {towns} township batches, {towns * per_town} "
                           f"village files, {n_hh:,} households (PostgreSQL)", ours(), floor(),
                           goal=3.0, note="limit: decrypt + parse + COPY of the same files",
                           extra={"rows": n_rows}))
        out += [stats, sup, _search(ctx, ours_url, n_hh)]
        ctx.store.close()
    return out
