"""Filling a county's PostgreSQL database: our bulk path (the demo's ``write_rows``: one unit of
work, SQLAlchemy Core executemany, the writers' advisory lock, one summary audit event) vs
``COPY … FROM STDIN`` of the same rows into the same migrated, empty schema — the fastest way
PostgreSQL has to take rows in, so the ratio is what our store costs on top of the server.

The server is ``MINQING_BENCH_PG_URL`` if set (an empty database the bench may fill and
empty again), else a throw-away one started like the tests' (``tests/pg/server.py``): fsync
stays ON there, so both sides pay for a durable commit. Size: 20,000 households (~100,000
visits) by default; issue 14's 250,000 is ``MINQING_BENCH_COUNTY_HOUSEHOLDS=250000``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from bench import Measure, Scale, timer
from bench.data import TODAY


@contextmanager
def _server() -> Iterator[str]:
    url = os.environ.get("MINQING_BENCH_PG_URL")
    if url:
        yield url
        return
    from tests.pg.server import throwaway_server

    with throwaway_server(durable=True) as server:
        yield server.url(server.create_database())


def _copy_value(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.isoformat(sep=" ", timespec="microseconds")
    if isinstance(v, date):
        return v.isoformat()
    return v


def _empty(url: str) -> None:
    """Back to an empty station (keeping the schema and the station row) between the runs."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    with engine.begin() as conn:
        names = set(inspect(conn).get_table_names()) - {"alembic_version", "station",
                                                         "user_account", "setting"}
        from models.base import Base

        data = [t.name for t in Base.metadata.sorted_tables if t.name in names
                and t.name not in ("holiday", "duty_rule", "event_kind")]
        conn.execute(text("TRUNCATE " + ", ".join(f'"{n}"' for n in data) + " CASCADE"))
    engine.dispose()


def run(scale: Scale) -> list[Measure]:
    households = (int(os.environ.get("MINQING_BENCH_COUNTY_HOUSEHOLDS", 0))
                  or scale.n(20_000, 2_000))
    with _server() as url:
        return [fill_measure(url, households)]


def fill_measure(url: str, households: int, copy_url: str = "") -> Measure:
    """Our fill vs COPY of the same rows on the (empty, possibly unmigrated) database ``url``;
    ``bench.pg_county`` calls it at 250,000 households on its own server, with ``copy_url``:
    a second database in the same state (a copy of the same template) that the COPY fills —
    then neither side writes into tables just emptied by TRUNCATE."""
    import psycopg

    from app.context import AppContext
    from app.services.demo import build_demo_rows, write_rows
    from app.services.station import init_station
    from app.store import open_store

    months = 43  # ≈ 1.4 visits per household per year, as in store_fill
    store = open_store(url)
    ctx = AppContext(store, actor="bench")
    from app.services.station import get_station

    with ctx.read() as s:
        has_station = get_station(s) is not None
    if not has_station:
        init_station(store, kind="township", code="430525101", name="石江镇")
    if not copy_url:
        _empty(url)
    rows = build_demo_rows(ctx, households, months, seed=1, today=TODAY)
    n_visits = sum(len(v) for k, v in rows.items() if k.__name__ == "Visit")
    n_rows = sum(len(v) for v in rows.values())

    with timer() as ours_t:
        write_rows(ctx, rows, {"bench": True})
    store.close()
    if copy_url:
        url = copy_url
    else:
        _empty(url)

    # COPY: the same rows as tuples, prepared outside the timing, one transaction.
    prepared = []
    for model, items in rows.items():
        if not items:
            continue
        cols = list(items[0].keys())
        prepared.append((model.__tablename__, cols,  # type: ignore[attr-defined]
                         [tuple(_copy_value(r[c]) for c in cols) for r in items]))
    from sqlalchemy.engine import make_url

    u = make_url(url)
    conninfo = {"host": u.query.get("host") or u.host, "port": u.query.get("port") or u.port,
                "user": u.username, "dbname": u.database}
    with psycopg.connect(**{k: v for k, v in conninfo.items() if v}) as conn, timer() as copy_t:
        with conn.cursor() as cur:
            for table, cols, data in prepared:
                with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
                    for row in data:
                        cp.write_row(row)
        conn.commit()
    _empty(url)
    return Measure(f"county fill {households:,} households, {n_visits:,} visits (PostgreSQL)",
                   ours_t(), copy_t(), goal=2.0,
                   note="vs COPY of the same rows", extra={"rows": n_rows})
