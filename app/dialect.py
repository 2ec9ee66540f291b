"""Which database engine a station runs on, and what differs between them.

Village and township stations keep one SQLite file; a county runs the same models and services
on a PostgreSQL server. Everything that is not plain SQLAlchemy goes through here:

- telling a server URL (``postgresql+psycopg://USER@HOST:PORT/DB``) from a file path, and
  masking a URL before it is printed or written anywhere (the password never is);
- ``MINQING_DATABASE_URL``: connection settings from the environment, so a password can stay
  out of the command line (better still: libpq's ``~/.pgpass`` or ``PGPASSWORD``, which
  psycopg reads by itself);
- the writer lock: SQLite takes it with ``BEGIN IMMEDIATE`` (``app.store``); PostgreSQL with a
  transaction-scoped advisory lock (``pg_advisory_xact_lock``) taken as the first statement of
  every writing unit of work. Writers are serialised exactly as on SQLite — the audit chain
  stays one chain and no update is lost — while readers never wait (MVCC snapshots);
- the integrity check: on SQLite ``PRAGMA integrity_check``; on PostgreSQL the schema's
  revision, and every named constraint of the models present and validated in the catalogue.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url

from app.errors import StoreError

URL_ENV = "MINQING_DATABASE_URL"
# The lock every writing transaction takes on PostgreSQL (one key: writers are serialised the
# way BEGIN IMMEDIATE serialises them on SQLite), and the one migrations take.
WRITE_LOCK_KEY = 0x4D51_0001  # "MQ" 1
MIGRATE_LOCK_KEY = 0x4D51_0002
# How long a writer waits for another before "busy" — the same 5 s as SQLite's busy_timeout.
LOCK_TIMEOUT_MS = 5000

_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]+://", re.I)
# A URL that went through ``Path`` (which folds ``//`` into ``/``): still not a file.
_FOLDED_RE = re.compile(r"^[a-z][a-z0-9+.-]+:/", re.I)


def is_url(value: str | os.PathLike[str] | None) -> bool:
    """A SQLAlchemy URL (``postgresql+psycopg://…``), not a file path. A Windows drive letter
    (``C:/…``) is a path: the scheme needs two letters or more."""
    return value is not None and bool(_SCHEME_RE.match(str(value)))


def is_folded_url(path: str | os.PathLike[str]) -> bool:
    """A server URL passed where a file path was expected (``Path(url)``): file backups and
    restores refuse it with the pg_dump sentence instead of creating a folder named so."""
    return bool(_FOLDED_RE.match(str(path)))


def is_server(url: str) -> bool:
    return is_url(url) and make_url(url).get_backend_name() == "postgresql"


def mask_url(url: str) -> str:
    """The URL as it may be shown: the password (if any) replaced by ``***``."""
    if not is_url(url):
        return url
    return make_url(url).render_as_string(hide_password=True)


def has_password(url: str) -> bool:
    return is_url(url) and make_url(url).password is not None


def env_url() -> str | None:
    value = os.environ.get(URL_ENV, "").strip()
    return value or None


def resolve(raw: str | None, default: Path) -> Path | str:
    """The database a command or the window opens: ``--db`` (a file path or a URL), else
    ``MINQING_DATABASE_URL``, else the user's own station file. A password written into
    ``--db`` is refused: a command line is visible to every user of the machine (``ps``) and
    kept in shell history — use ``~/.pgpass``, ``PGPASSWORD`` or the environment variable."""
    if raw:
        if is_url(raw):
            if has_password(raw):
                raise StoreError("db_url_password", url=mask_url(raw))
            return raw
        return Path(raw)
    return env_url() or default


def display(location: Path | str) -> str:
    return mask_url(str(location)) if is_url(str(location)) else str(location)


# --- PostgreSQL -----------------------------------------------------------------------------


def _pg_begin(conn: Connection) -> None:
    """A writing unit of work takes the writers' advisory lock as its first statement; it is
    released by COMMIT or ROLLBACK. ``lock_timeout`` turns a long wait into "busy"."""
    from app.store import WRITE_OPTION

    if conn.get_execution_options().get(WRITE_OPTION, False):
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {LOCK_TIMEOUT_MS}")
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def make_server_engine(url: str, **kwargs: Any) -> Engine:
    """An engine on a PostgreSQL URL. Times are stored as naive UTC, like on SQLite: the
    session time zone is pinned to UTC so ``now()`` and casts agree with the app."""
    u = make_url(url)
    if u.get_backend_name() != "postgresql":
        raise StoreError("db_url_unsupported", url=mask_url(url))
    if u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    engine = create_engine(u, pool_pre_ping=True,
                           connect_args={"options": "-c timezone=UTC",
                                         "application_name": "minqing"}, **kwargs)
    event.listen(engine, "begin", _pg_begin)
    return engine


def lock_for_migration(conn: Connection) -> None:
    """Two windows starting on a new database at once: the second waits, then finds it at head."""
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATE_LOCK_KEY})")


def server_problems(engine: Engine) -> list[str]:
    """What ``check`` verifies on PostgreSQL besides the audit chain and content: every
    foreign key, unique and check constraint the models declare exists in the catalogue (a
    dropped constraint would let bad rows in unseen) and is validated (a ``NOT VALID``
    constraint does not cover old rows)."""
    from models.base import Base

    problems: list[str] = []
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT c.conname, t.relname, c.convalidated FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE n.nspname = current_schema() AND c.contype IN ('f', 'u', 'c', 'p')")).all()
    present = {(str(r[1]), str(r[0])) for r in rows}
    problems += [f"constraint {name} on {table} is NOT VALID"
                 for name, table, valid in rows if not valid]
    for table in Base.metadata.sorted_tables:
        for constraint in table.constraints:
            name = constraint.name
            if not isinstance(name, str) or name.startswith("ck_") and "%" in name:
                continue
            if (table.name, name) not in present and _declared_in_db(constraint):
                problems.append(f"constraint {name} missing on {table.name}")
    return problems


def _declared_in_db(constraint: Any) -> bool:
    from sqlalchemy import ForeignKeyConstraint, PrimaryKeyConstraint, UniqueConstraint

    return isinstance(constraint, ForeignKeyConstraint | PrimaryKeyConstraint | UniqueConstraint)


def copy_rows(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Bulk rows into PostgreSQL with ``COPY … FROM STDIN`` inside the caller's transaction:
    executemany's multi-row INSERTs measured ~2.8× slower than COPY of the same rows (``bench
    county_fill``). A column a row leaves out gets the model's Python default, as
    ``insert()`` would give it; the server applies constraints exactly as for an INSERT."""
    keys: list[str] = []
    for row in rows:
        for k in row:
            if k not in keys:
                keys.append(k)
    missing = object()
    defaults: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if default is None:
            continue
        if column.key not in keys:
            keys.append(column.key)
        defaults[column.key] = default
    cols = [table.columns[k] for k in keys]

    def value(row: dict[str, Any], key: str) -> Any:
        v = row.get(key, missing)
        if v is not missing:
            return v
        default = defaults.get(key)
        if default is None:
            return None
        return default.arg(None) if default.is_callable else default.arg

    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    names = ", ".join(f'"{c.name}"' for c in cols)
    with dbapi.cursor() as cur, cur.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as cp:
        for row in rows:
            cp.write_row([value(row, k) for k in keys])


def id_in(session: Any, column: Any, ids: list[str]) -> Any:
    """``column IN ids`` for a long list of keys: on PostgreSQL ``column = ANY(:ids)``, one
    array parameter — SQLAlchemy expands ``IN`` to one placeholder per key, and with 1,000–5,000
    keys psycopg's parsing of each new statement text and the server's planning of it was a
    fifth of a county import (``bench pg_county``); SQLite keeps ``IN``."""
    from sqlalchemy import String, any_, bindparam
    from sqlalchemy.dialects.postgresql import ARRAY

    if session.get_bind().dialect.name != "postgresql":
        return column.in_(ids)
    return column == any_(bindparam("ids_any", list(ids), type_=ARRAY(String)))
