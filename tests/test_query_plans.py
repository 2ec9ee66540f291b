"""The hot queries use an index (issue 11): ``EXPLAIN QUERY PLAN`` of every statement the
register window and search, the month's figures per village, the supervision list and the
matters list send — none may scan the whole visit, household or matter table.

The statements are captured from the services themselves (an engine event), so a change of
query shape is checked as it ships, with the parameters it was run with."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from app.context import AppContext
from app.services import households as hh
from app.services.demo import fill_demo
from app.services.matters import list_matters
from app.services.stats import Month, month_stats
from app.services.supervision import read_supervision

TODAY = date(2026, 11, 20)
BIG = ("visit", "household", "matter")
_SCAN = re.compile(r"^SCAN (\w+)(.*)$")


@contextmanager
def captured(ctx: AppContext) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def listen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
               executemany: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and not executemany:
            seen.append((statement, parameters))

    engine = ctx.store.engine
    event.listen(engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", listen)


def full_scans(ctx: AppContext, statements: list[tuple[str, Any]]) -> list[str]:
    """Plan lines that read a big table whole (no index), with their statement."""
    conn = sqlite3.connect(ctx.store.path)
    bad = []
    try:
        for sql, params in statements:
            for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params or ()):
                detail = row[-1]
                m = _SCAN.match(detail)
                if not m:
                    continue
                table = m.group(1)
                is_big = table in BIG or any(table.startswith(f"{t}_") for t in BIG)
                if is_big and "USING" not in m.group(2):
                    bad.append(f"{detail}  ←  {' '.join(sql.split())[-400:]}")
    finally:
        conn.close()
    return bad


@pytest.fixture
def filled(township: AppContext) -> AppContext:
    fill_demo(township, households=800, months=6, seed=3, today=TODAY)
    return township


def _check(ctx: AppContext, work: Callable[[], object]) -> None:
    with captured(ctx) as seen:
        work()
    assert seen, "no statement captured"
    assert full_scans(ctx, seen) == []


def test_register_window_and_search_use_indexes(filled: AppContext) -> None:
    with filled.read() as s:
        village = s.execute(__import__("sqlalchemy").text(
            "SELECT code FROM village ORDER BY code LIMIT 1")).scalar_one()
    _check(filled, lambda: hh.register_rows(filled, hh.HouseholdFilter(village_code=village),
                                            offset=200, limit=200))

    def search() -> None:
        with filled.read() as s:
            hh.search(s, "zh")
            hh.search(s, "138")
    _check(filled, search)


def test_month_figures_per_village_use_indexes(filled: AppContext) -> None:
    def work() -> None:
        with filled.read() as s:
            month_stats(s, Month(2026, 10), as_of=date(2026, 10, 31))
    _check(filled, work)


def test_supervision_list_uses_indexes(filled: AppContext) -> None:
    def work() -> None:
        with filled.read() as s:
            read_supervision(s, TODAY)
    _check(filled, work)


def test_matters_list_uses_indexes(filled: AppContext) -> None:
    def work() -> None:
        with filled.read() as s:
            list_matters(s, overdue_only=True, as_of=TODAY)
            list_matters(s, status="in_progress", as_of=TODAY)
    _check(filled, work)


def test_the_check_itself_sees_a_full_scan(filled: AppContext) -> None:
    """The test can fail: an unindexed filter is reported."""
    assert full_scans(filled, [("SELECT * FROM visit WHERE summary = ?", ("x",))])
