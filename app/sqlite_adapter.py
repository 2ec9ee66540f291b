"""Everything SQLite-only, in one module: a village's or township's station file.

Village and township stations keep one SQLite file; a county runs the same models and services
on PostgreSQL (``app.dialect``). Whatever only SQLite understands lives here — connection
pragmas, ``BEGIN IMMEDIATE``, the migration engine whose transactions include DDL,
``PRAGMA integrity_check``/``foreign_key_check``, reading a file's revision without
migrating it, the WAL checkpoint, and the demo's raw ``executemany`` fast path — so the rest
of ``app``, ``sync``, ``models`` and ``ui`` speaks plain SQLAlchemy and runs on both.
``tests/test_architecture.py::test_sqlite_only_sql_stays_in_the_adapter`` keeps it so.

The file-side exceptions that stay elsewhere, each explicitly about a SQLite *file* (never a
server): ``app.backup`` (``sqlite3``'s online backup of a file, and its copy's journal mode)
and ``app.integrity`` (the header check of a large file at start-up).

Durability: ``journal_mode=WAL`` with ``synchronous=FULL``. In WAL mode ``NORMAL`` never
corrupts the file on power loss but may roll back the last transactions after a cut; on a village
laptop that means a visit the clerk saw saved is gone. ``FULL`` fsyncs the WAL at every commit:
measured in ``bench`` (``commit_latency``) it costs a few milliseconds per interactive save,
invisible to a clerk, while bulk work is one transaction anyway. See docs/store.md.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from app.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"


def _pragmas(dbapi_conn: Any, busy_timeout_ms: int, foreign_keys: bool) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself instead of the sqlite3 module's
    # implicit, statement-sniffing transactions (the recipe in SQLAlchemy's SQLite docs).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    if foreign_keys:
        cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def make_engine(path: Path, busy_timeout_ms: int, write_option: str) -> Engine:
    """The station file's engine. A unit of work that will write (``write_option`` set on its
    connection) starts with BEGIN IMMEDIATE: it takes the write lock before its first read, so
    two writers cannot both read the audit chain's last hash and fork it, and a busy database
    makes the second one wait (busy_timeout) instead of failing mid-way."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout_ms / 1000})

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        _pragmas(dbapi_conn, busy_timeout_ms, foreign_keys=True)

    def on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(write_option, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def migration_engine(path: Path, busy_timeout_ms: int) -> Engine:
    """An engine whose transactions really include DDL.

    Python's sqlite3 driver only opens a transaction before INSERT/UPDATE/DELETE, so a
    ``CREATE TABLE`` at the start of a migration commits on its own and a later failure leaves a
    half-migrated file (measured: a failing test migration left its new table behind). Here the
    driver's own transaction handling is switched off and every transaction starts with an
    explicit ``BEGIN IMMEDIATE`` — SQLAlchemy's documented recipe for pysqlite. Foreign keys stay
    off while tables are rebuilt (batch mode copies and drops them) and are checked before the
    commit instead (``foreign_key_problems``)."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool,
                           connect_args={"timeout": busy_timeout_ms / 1000})

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        _pragmas(dbapi_conn, busy_timeout_ms, foreign_keys=False)

    def on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def foreign_key_problems(conn: Connection) -> list[Any]:
    """Rows whose foreign key points nowhere (checked before a migration commits)."""
    return list(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """``PRAGMA integrity_check`` through a read-only connection: a damaged file is never
    written to. ``quick`` uses ``quick_check`` (page and b-tree structure, not index contents):
    measured in ``bench release`` ~6× faster (50 ms vs 290 ms on a 47 MB township file), so it
    is what runs at every start and on every backup; ``minqing check`` runs the full check."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check" if quick
                                else "PRAGMA integrity_check").fetchall()
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [r[0] for r in rows if r[0] != "ok"]
    problems += [f"foreign key: {r[0]} row {r[1]} → {r[2]}" for r in fk]
    return problems


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def file_revision(path: Path) -> str | None:
    """The schema revision a file is at, read through a read-only connection before the
    engine's pragmas switch the file to WAL (a file from a newer Minqing stays untouched);
    ``None`` for a file with no schema yet."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has else None
    except sqlite3.DatabaseError as exc:
        raise StoreError("store_damaged", path=str(path), detail=str(exc)) from exc
    finally:
        conn.close()
    return None if rev is None else str(rev[0])


def wal_checkpoint(conn: Connection) -> None:
    """Fold the write-ahead log back into the file (before a file is copied whole)."""
    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _text(value: Any) -> Any:
    """A date or time as SQLAlchemy's SQLite types store it (the same text, so queries
    comparing strings see no difference between rows written here and by the ORM)."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def fast_insert(conn: Connection, table: Any, items: list[dict[str, Any]]) -> bool:
    """Rows straight to the driver's ``executemany``: plain tuples, the dates turned to text in
    one pass — SQLAlchemy's per-value bind processing was most of the demo fill's cost over raw
    ``sqlite3`` (bench store_fill). Only rows of one shape, and only when every column they
    leave out has a constant default; ``False`` (nothing written) otherwise, and the caller
    takes the Core bulk insert."""
    keys = items[0].keys()
    if any(r.keys() != keys for r in items):
        return False
    cols = list(keys)
    extra: dict[str, Any] = {}
    for column in table.columns:
        if column.key in keys or column.default is None:
            continue
        if not column.default.is_scalar:
            return False
        extra[column.key] = column.default.arg
    timed = {c.key for c in table.columns if isinstance(c.type, (Date, DateTime))}
    conv = [i for i, c in enumerate(cols) if c in timed]
    tail = tuple(_text(v) for v in extra.values())
    names = [table.columns[c].name for c in cols + list(extra)]
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' * len(names))})")
    data = []
    for r in items:
        row = list(r.values())
        for i in conv:
            v = row[i]
            if v is not None:
                row[i] = v.isoformat(sep=" ", timespec="microseconds") \
                    if isinstance(v, datetime) else v.isoformat()
        data.append((*row, *tail))
    conn.exec_driver_sql(sql, data)
    return True
