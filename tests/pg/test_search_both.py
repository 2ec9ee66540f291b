"""The register's quick search on both dialects: the same households for the same keystrokes
(PostgreSQL takes its own path, ``household_detail._server_search``), and on PostgreSQL the
plan really uses the ``COLLATE "C"`` indexes of migration ``0007_pgsearch``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app.context import AppContext
from app.services.demo import fill_demo
from app.services.household_detail import quick_search
from app.services.households import HouseholdInput, add_household
from app.services.station import init_station
from app.store import open_store
from tests.conftest import VILLAGE_CODE

TYPED = ["z", "zh", "zs", "w", "l", "li", "张", "王", "李", "欧阳", "oy", "1", "12", "5678",
         "x", "0000X", "ZS", "zhang s"]


def _station(db: str) -> AppContext:
    store = open_store(db)
    init_station(store, kind="village", code=VILLAGE_CODE, name="石江村")
    ctx = AppContext(store, actor="clerk")
    fill_demo(ctx, households=300, months=2, seed=7)
    for name, phone in (("张三", "13800005678"), ("欧阳修", "13912345678"), ("张三丰", "")):
        add_household(ctx, HouseholdInput(head_name=name, phone=phone))
    return ctx


@pytest.fixture
def both(tmp_path: Path, pg_url: str) -> Iterator[tuple[AppContext, AppContext]]:
    lite, server = _station(str(tmp_path / "s.sqlite3")), _station(pg_url)
    yield lite, server
    lite.store.close()
    server.store.close()


def _found(ctx: AppContext, q: str, limit: int) -> list[tuple[str, str]]:
    # Ids differ between two fills (random uuids): compare what the clerk sees.
    return [(h.head_name, h.phone_shown) for h in quick_search(ctx, q, limit=limit)]


def test_same_suggestions_on_sqlite_and_postgresql(both: tuple[AppContext, AppContext]
                                                   ) -> None:
    lite, server = both
    for q in TYPED:
        for limit in (8, 500):
            a, b = _found(lite, q, limit), _found(server, q, limit)
            if limit == 500:  # everything that matches: exactly the same households
                assert sorted(a) == sorted(b), q
            else:  # a page: as many, each a real match
                assert len(a) == len(b), q
    assert ("张三", "138****5678") in _found(server, "zs", 500)
    names = [h.head_name for h in quick_search(server, "欧阳")]
    assert "欧阳修" in names and all(n.startswith("欧阳") for n in names)
    assert quick_search(server, "  ") == []


def test_postgresql_plan_uses_the_collate_c_prefix_indexes(pg_url: str) -> None:
    ctx = _station(pg_url)
    try:
        with ctx.store.engine.connect() as conn:
            names = set(conn.execute(text(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'household'")).scalars())
            assert {"ix_household_py_initials_c", "ix_household_py_full_c",
                    "ix_household_head_name_c", "ix_household_id_rev_c",
                    "ix_household_phone_rev_c"} <= names
            conn.execute(text("SET enable_seqscan = off"))  # 300 rows: force the choice
            plan = "\n".join(conn.execute(text(
                "EXPLAIN SELECT id FROM household WHERE deleted IS false AND "
                "py_initials COLLATE \"C\" >= 'zs' AND py_initials COLLATE \"C\" < 'zs\uffff' "
                "LIMIT 8")).scalars())
        assert "ix_household_py_initials_c" in plan, plan
    finally:
        ctx.store.close()


def test_sqlite_keeps_its_own_indexes(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite3")
    try:
        with store.engine.connect() as conn:
            names = set(conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
    finally:
        store.close()
    assert "ix_household_py_initials" in names
    assert not any(n.endswith("_c") and n.startswith("ix_household_") for n in names)
