"""Home's figures (one worker call: month, dashboard, duties) on both dialects: the dashboard's
matter tiles are one conditional-aggregate statement, the month's resolved / overdue /
escalated one more — portable SQL, checked here against a count made by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from app.context import AppContext
from app.services.dashboard import home_figures
from app.services.demo import fill_demo
from app.services.station import init_station
from app.store import open_store
from models import Matter
from tests.conftest import VILLAGE_CODE


@pytest.fixture
def village(any_db: str) -> Iterator[AppContext]:
    store = open_store(any_db)
    init_station(store, kind="village", code=VILLAGE_CODE, name="石江村")
    ctx = AppContext(store, actor="clerk")
    yield ctx
    store.close()


def test_home_figures_match_a_count_by_hand(village: AppContext) -> None:
    fill_demo(village, households=40, months=3)
    today = date.today()
    got = home_figures(village, today, duties=True)
    with village.read() as s:
        matters = s.execute(select(Matter).where(Matter.deleted.is_(False))).scalars().all()
    unresolved = [m for m in matters if m.status != "resolved"]
    assert got.dashboard.open_matters == len(unresolved)
    assert got.dashboard.overdue == sum(1 for m in unresolved if m.deadline < today)
    first = date(today.year, today.month, 1)
    assert got.month["matters"]["resolved"] == sum(
        1 for m in matters if m.status == "resolved" and m.resolved_date is not None
        and first <= m.resolved_date <= today)
    assert got.month["households"] == 40
    assert len(got.dashboard.visits_per_month) == 12
    assert got.duties is not None and not isinstance(got.duties, Exception)
