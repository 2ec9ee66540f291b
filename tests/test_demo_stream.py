"""The streaming demo fill (issue 11): the same rows as the ORM's bulk insert would write, and
matter deadlines counted in working days with the station's own time limits."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.context import AppContext
from app.services import demo
from app.services.bulk import insert_rows
from app.services.calendar import table_for
from app.services.matters import set_deadline_rule
from app.services.station import init_station
from app.store import open_store
from app.workdays import add_workdays
from models import Matter

TODAY = date(2026, 11, 20)
DEMO_TABLES = ("village", "village_group", "household", "cadre", "assignment", "contact_card",
               "visit", "matter", "matter_note", "reply", "plan_item", "review", "event",
               "event_household", "opinion_box", "box_opening")


def _fill(path: Path, monkeypatch=None) -> dict[str, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    store = open_store(path)
    init_station(store, kind="township", code="430525101", name="石江镇")
    demo.fill_demo(AppContext(store, actor="t"), households=900, months=4, seed=5, today=TODAY)
    store.close()
    with sqlite3.connect(path) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in DEMO_TABLES}


def test_the_driver_fast_path_writes_exactly_what_the_core_insert_writes(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fast = _fill(tmp_path / "fast.sqlite3")
    monkeypatch.setattr(demo, "_insert", lambda uow, model, items: insert_rows(uow, model, items))
    core = _fill(tmp_path / "core.sqlite3")
    assert all(fast[t] for t in ("household", "visit", "matter", "review"))
    for table in DEMO_TABLES:
        assert fast[table] == core[table], table


def test_the_stream_is_flushed_in_pieces_and_gathers_to_the_same_rows(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(demo, "FLUSH_VISITS", 50)
    store = open_store(tmp_path / "s.sqlite3")
    init_station(store, kind="village", code="430525101201", name="石江村")
    ctx = AppContext(store)
    chunks = list(demo.iter_demo_rows(ctx, 300, 6, 2, TODAY))
    assert len(chunks) > 5
    gathered = demo.build_demo_rows(ctx, 300, 6, 2, TODAY)
    assert sum(len(c.get(Matter, [])) for c in chunks) == len(gathered[Matter])
    store.close()


def test_demo_deadlines_use_the_stations_time_limits_in_workdays(village: AppContext) -> None:
    set_deadline_rule(village, "dispute", "normal", 3)
    demo.fill_demo(village, households=400, months=3, seed=4, today=TODAY)
    table = table_for(village)
    with village.read() as s:
        rows = s.execute(select(Matter.category, Matter.received_date, Matter.deadline)).all()
    disputes = [r for r in rows if r.category == "dispute"]
    assert disputes
    for r in disputes:
        assert r.deadline == add_workdays(r.received_date, 3, table)[0]
    other = [r for r in rows if r.category != "dispute"]
    assert any(r.deadline != add_workdays(r.received_date, 3, table)[0] for r in other)
