"""A throw-away PostgreSQL server for the tests: ``initdb`` + ``pg_ctl`` in a temporary folder,
on a free port, listening only on a unix socket in that folder. One server per test session
(per xdist worker), one fresh database per test; all dropped afterwards.

Debian's ``postgresql`` package puts its programs under ``/usr/lib/postgresql/<version>/bin``
(not on PATH); ``MINQING_PG_BIN`` overrides. No PostgreSQL is a failure, never a skip: the
county tier must be tested (``.ci/run`` installs the package).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_USER = "minqing"


def pg_bin() -> Path:
    override = os.environ.get("MINQING_PG_BIN")
    candidates = [override] if override else sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
        if Path(p).parent.name.isdigit() else 0)
    for c in reversed(candidates):
        if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    raise PgMissing("PostgreSQL is not installed: no initdb/pg_ctl under "
                    "/usr/lib/postgresql/*/bin (apt-get install postgresql, or set "
                    "MINQING_PG_BIN). The county tier's tests need a real server; .ci/run "
                    "installs it.")


class PgMissing(RuntimeError):
    """No PostgreSQL programs, or one of them failed: the tests fail (never skip) with this."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    folder: Path
    port: int
    _n: itertools.count  # type: ignore[type-arg]
    _template: str = ""

    def url(self, database: str = "postgres") -> str:
        return (f"postgresql+psycopg://{PG_USER}@/{database}"
                f"?host={self.folder}&port={self.port}")

    def admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(host=str(self.folder), port=self.port, user=PG_USER,
                               dbname="postgres", autocommit=True)

    def create_database(self, template: str = "template1") -> str:
        name = f"t{os.getpid()}_{next(self._n)}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def migrated_template(self) -> str:
        """A database at the schema's head, made once per session: a test's database is a copy
        of it (``CREATE DATABASE … TEMPLATE``, ~0.1 s) instead of running every migration
        again (~2 s). ``pg_empty_url`` still starts from nothing, for the migration tests."""
        if not self._template:
            from app.store import open_store

            name = self.create_database()
            open_store(self.url(name)).close()
            self._template = name
        return self._template

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run(cmd: list[str], as_postgres: bool) -> None:
    if as_postgres:  # initdb and the server refuse to run as root
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise PgMissing(f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        with throwaway_server() as server:
            yield server
    except PgMissing as exc:
        pytest.fail(str(exc), pytrace=False)


@contextmanager
def throwaway_server(durable: bool = False) -> Iterator[PgServer]:
    """Start a server in a new temporary folder; stop it and delete the folder afterwards.
    Used by the fixture and (``durable``: fsync on, as in production) ``bench county_fill``."""
    binary = pg_bin()
    folder = Path(tempfile.mkdtemp(prefix="minqing-pg-"))
    as_postgres = os.geteuid() == 0
    if as_postgres:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    _run([str(binary / "initdb"), "-D", str(data), "-U", PG_USER, "--auth=trust", "-E", "UTF8",
          "--locale=C", "--no-sync"], as_postgres)
    # Durability is not what these tests measure: fsync off makes CREATE DATABASE fast.
    options = f"-p {port} -k {folder} -c listen_addresses='' -c max_connections=60"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    _run([str(binary / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
          "-w", "-t", "60", "start"], as_postgres)
    try:
        yield PgServer(folder, port, itertools.count())
    finally:
        _run([str(binary / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
             as_postgres)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database (no schema yet) on the session's server, dropped afterwards."""
    name = pg_server.create_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh database at the schema's head (no station yet), dropped after the test."""
    name = pg_server.create_database(pg_server.migrated_template())
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new station database on each dialect: a SQLite file path, or a PostgreSQL URL
    (already migrated; ``any_empty_db`` for one with no schema)."""
    if request.param == "sqlite":
        return str(tmp_path / "station.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(params=["sqlite", "postgresql"])
def any_empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "station.sqlite3")
    return str(request.getfixturevalue("pg_empty_url"))
