"""The home page's visits-per-month series on both dialects: it used SQLite's ``strftime``,
which a county's PostgreSQL does not have; now counted per day and summed per month."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from app.context import AppContext
from app.services.dashboard import dashboard
from app.services.demo import fill_demo
from app.services.station import init_station
from app.store import open_store
from models import Visit
from tests.conftest import VILLAGE_CODE

TODAY = date(2026, 11, 20)


def test_visits_per_month_on_both_dialects(any_db: str) -> None:
    store = open_store(any_db)
    try:
        init_station(store, kind="village", code=VILLAGE_CODE, name="石江村")
        ctx = AppContext(store, actor="clerk")
        fill_demo(ctx, households=200, months=14, seed=3, today=TODAY)
        with ctx.read() as s:
            board = dashboard(s, TODAY)
            days = s.execute(select(Visit.visit_date).where(Visit.deleted.is_(False))).scalars()
            by_month = Counter(f"{d:%Y-%m}" for d in days)
    finally:
        store.close()
    assert [str(m) for m in board.months][-1] == "2026-11"
    assert board.visits_per_month == [by_month.get(str(m), 0) for m in board.months]
    assert sum(board.visits_per_month) > 0
