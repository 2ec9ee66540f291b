"""Opening a station's database: a SQLite file or a county's PostgreSQL server; migrations,
and the newer-file guard.

What only SQLite understands (pragmas, ``BEGIN IMMEDIATE``, ``PRAGMA integrity_check``, the
durability settings — see its docstring) is in ``app.sqlite_adapter``; what only PostgreSQL
does, in ``app.dialect``. This module chooses between them and speaks SQLAlchemy otherwise.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from app import dialect, sqlite_adapter
from app.errors import StoreError
from app.paths import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config

BUSY_TIMEOUT_MS = 5000


WRITE_OPTION = "minqing_write"


def is_busy_error(exc: BaseException) -> bool:
    """SQLite's answer when another connection kept the write lock past ``busy_timeout``
    (another window, a CLI command, a batch import): "database is locked" / "is busy";
    PostgreSQL's when the writers' lock stayed taken past ``lock_timeout``."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return any(words in text for words in ("database is locked", "database is busy",
                                           "database table is locked",
                                           "canceling statement due to lock timeout"))


def busy_error() -> StoreError:
    """The sentence a writer gets instead of a traceback when the lock stays taken."""
    return StoreError("store_busy")


def make_engine(path: Path) -> Engine:
    """A station file's engine (``app.sqlite_adapter``: pragmas, BEGIN IMMEDIATE for writers)."""
    return sqlite_adapter.make_engine(path, BUSY_TIMEOUT_MS, WRITE_OPTION)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    return cfg


_REVISION_RE = re.compile(r"^(revision|down_revision)\s*=\s*['\"]?([\w.-]+|None)['\"]?\s*$", re.M)


@cache
def _revision_graph(folder: Path) -> tuple[frozenset[str], str]:
    """(every revision, the head), read from the migration files' ``revision`` and
    ``down_revision`` lines. Opening a file that is already at head — every start and every
    command — then needs no Alembic: importing it (with Mako and the dialect modules) was a
    fifth of a short command's time. ``tests/test_store.py`` checks this against Alembic's own
    view; the migrations are linear."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for f in sorted((folder / "versions").glob("*.py")):
        found = dict(_REVISION_RE.findall(f.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions.add(found["revision"])
        if found.get("down_revision", "None") != "None":
            parents.add(found["down_revision"])
    heads = revisions - parents
    if len(heads) != 1:
        raise StoreError("store_damaged", path=str(folder),
                         detail=f"migrations do not form one line: heads {sorted(heads)}")
    return frozenset(revisions), heads.pop()


def head_revision() -> str:
    return _revision_graph(migrations_path())[1]


def known_revisions() -> set[str]:
    return set(_revision_graph(migrations_path())[0])


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the engine's file in one real transaction (see ``upgrade_file``: through the
    engine's own connections the driver would commit each DDL statement on its own)."""
    database = engine.url.database
    assert database, "upgrade needs a file database"
    upgrade_file(Path(database), revision)


def _migration_engine(path: Path) -> Engine:
    """An engine whose transactions really include DDL (see ``sqlite_adapter.migration_engine``)."""
    return sqlite_adapter.migration_engine(path, BUSY_TIMEOUT_MS)


def upgrade_file(path: Path, revision: str = "head") -> None:
    """Migrate a file in one real transaction; any failure (including a broken foreign key
    after the migration) rolls everything back."""
    from alembic import command

    engine = _migration_engine(path)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            broken = sqlite_adapter.foreign_key_problems(conn)
            if broken:
                raise StoreError("store_damaged", path=str(path),
                                 detail=f"foreign keys broken by the upgrade: {broken[:3]}")
    finally:
        engine.dispose()


@dataclass
class Store:
    """An open station database. ``session()`` gives a new ORM session; services use it through
    a unit of work (``app.uow``)."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    # A PostgreSQL station: its URL with the password masked (``path`` then only names it).
    url: str = ""

    @property
    def is_server(self) -> bool:
        return bool(self.url)

    @property
    def location(self) -> str:
        """What to show for this database: the file's path or the masked URL."""
        return self.url or str(self.path)

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()


# The file checks live with the other SQLite specifics; callers (and tests) use these names.
integrity_problems = sqlite_adapter.integrity_problems
_looks_like_sqlite = sqlite_adapter.looks_like_sqlite


def _refuse_damaged(path: Path, problems: list[str]) -> StoreError:
    from app.backup import last_good_backup

    backup = last_good_backup(path)
    detail = "; ".join(problems[:3])
    if backup is None:
        return StoreError("store_damaged", path=str(path), detail=detail)
    return StoreError("store_damaged_at_start", path=str(path), detail=detail, backup=str(backup))


def _create_private_file(path: Path) -> None:
    """A new station file is created owner-only (0600, its new folders 0700) before SQLite
    writes a byte; SQLite gives the -wal and -shm files the database file's mode."""
    from app.backup import create_private, private_dir

    private_dir(path.parent)
    if not path.exists():
        create_private(path)


def _tighten(path: Path) -> None:
    """A file made by an older Minqing (0644 under the usual umask) is made owner-only."""
    if os.name != "posix":
        return
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            if p.exists() and p.stat().st_uid == os.getuid() and p.stat().st_mode & 0o077:
                os.chmod(p, 0o600)


def open_store(path: Path | str, *, migrate: bool = True, verify: bool = True) -> Store:
    """Open (creating if absent) and bring the schema to head. Refuses a file written by a newer
    Minqing, a file that is not a SQLite database, and (``verify``) a damaged file — naming the
    last good backup — without touching any of them. An older file is backed up before it is
    migrated; a failed migration leaves it as it was and says where the backup is.
    A SQLAlchemy URL (``postgresql+psycopg://…``) opens a county's server instead."""
    if dialect.is_url(str(path)):
        return open_server_store(str(path), migrate=migrate)
    path = Path(path)
    at_head = False  # read below with sqlite3: a file already at head needs no migration step
    if path.exists() and path.stat().st_size > 0:
        if not _looks_like_sqlite(path):
            raise StoreError("store_not_sqlite", path=str(path))
        if verify:  # quick_check now for a small file, header check for a large one
            from app.integrity import check_on_open  # (its full check: in the background)

            problems = check_on_open(path)
            if problems:
                raise _refuse_damaged(path, problems)
        # Check the version before the engine's pragmas switch the file to WAL.
        rev = sqlite_adapter.file_revision(path)
        if rev is not None and rev not in known_revisions():
            raise StoreError("store_too_new", path=str(path), revision=rev)
        at_head = rev is not None and rev == head_revision()
    else:
        _create_private_file(path)
    _tighten(path)
    engine = make_engine(path)
    if migrate and not at_head:  # (the usual open: the version was read above, no engine work)
        current = current_revision(engine)
        if current != head_revision():
            backup = None
            if current is not None:
                from app.backup import pre_upgrade_backup

                backup = pre_upgrade_backup(path, current)
            try:
                upgrade_file(path)
            except Exception as exc:
                engine.dispose()
                raise StoreError("migration_failed", path=str(path), detail=str(exc),
                                 backup=str(backup) if backup else "-") from exc
    factory = sessionmaker(engine, expire_on_commit=False)
    return Store(path=path, engine=engine, session_factory=factory)


def open_server_store(url: str, *, migrate: bool = True) -> Store:
    """Open a PostgreSQL database and bring its schema to head in one transaction (PostgreSQL
    DDL is transactional: a failed migration leaves nothing behind), under an advisory lock so
    two instances starting at once do not both migrate. No file backup: a server is backed up
    with ``pg_dump`` (see the README's "County server")."""
    from sqlalchemy.exc import OperationalError

    engine = dialect.make_server_engine(url)
    shown = dialect.mask_url(url)
    try:
        current = current_revision(engine)
    except OperationalError as exc:
        engine.dispose()
        raise StoreError("db_server_unreachable", url=shown,
                         detail=str(exc.orig).strip().splitlines()[0]) from exc
    if current is not None and current not in known_revisions():
        engine.dispose()
        raise StoreError("store_too_new", path=shown, revision=current)
    if migrate and current != head_revision():
        from alembic import command

        try:
            with engine.begin() as conn:
                dialect.lock_for_migration(conn)
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except Exception as exc:
            engine.dispose()
            raise StoreError("migration_failed", path=shown, detail=str(exc), backup="-") from exc
    factory = sessionmaker(engine, expire_on_commit=False)
    return Store(path=Path(shown), engine=engine, session_factory=factory, url=shown)


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()


def wal_checkpoint(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":  # a server manages its own write-ahead log
        return
    with engine.connect() as conn:
        sqlite_adapter.wal_checkpoint(conn)
