"""The shared Households and Matters pages on a county (issue 14): the register is counted and
searched across every township's villages, each row naming its township and village; the
matters list has the village column and a filter whose villages are named with their township;
the window is read-only there. The desk's batch age is counted to today, never negative."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services import households as hh
from app.services.county import county_desk
from app.services.matters import find_matters, matter_villages
from app.services.stats import Month
from models import Household
from tests.county_chain import Chain, build_chain
from tests.qt_window import qt_settings  # noqa: F401  (autouse)
from ui.main_window import MainWindow


@pytest.fixture
def chain(tmp_path: Path) -> Iterator[Chain]:
    c = build_chain(tmp_path, households=20, months=6)
    yield c
    c.close()


def test_register_and_matters_across_the_county(qtbot, chain: Chain) -> None:  # type: ignore[no-untyped-def]
    county = chain.county
    total = 0
    far_name = ""
    for code, v in chain.villages.items():
        with v.read() as s:
            total += s.execute(select(func.count()).select_from(Household)).scalar_one()
            if code.startswith("430525102"):
                far_name = s.execute(select(Household.head_name)).scalars().first() or ""
    assert hh.register_count(county, hh.HouseholdFilter()) == total
    found = hh.register_rows(county, hh.HouseholdFilter(text=far_name))
    assert any(r.village_code.startswith("430525102") for r in found)
    choices = matter_villages(county)
    assert [c.code for c in choices] == sorted(chain.villages)
    assert {c.name for c in choices} == {"石江镇 石江村", "石江镇 高沙村", "黄桥镇 黄桥村"}
    one = choices[-1].code
    rows = find_matters(county, village_code=one)
    assert rows and {r.village_code for r in rows} == {one}
    window = MainWindow(county)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.show_page("households")
    page = window.households
    assert not page.add_button.isEnabled()
    assert page.model.rowCount() == total
    shown = {page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())}
    assert any(str(x).startswith("黄桥镇 黄桥村") for x in shown)
    assert any(str(x).startswith("石江镇 高沙村") for x in shown)
    window.show_page("matters")
    mp = window.matters
    assert mp.village.isVisibleTo(mp) and mp.model.COLUMNS[0] == "village"
    mp.village.setCurrentIndex(mp.village.findData(one))
    assert mp.model.rows and {r.village_code for r in mp.model.rows} == {one}
    assert not mp.new_button.isEnabled()


def test_county_desk_batch_age_is_never_negative(chain: Chain) -> None:
    today = date.today()
    last_month = Month(today.year - 1, 12) if today.month == 1 else Month(today.year,
                                                                          today.month - 1)
    desk = county_desk(chain.county, last_month)
    assert desk.townships and all(t.batch_age_days == 0 for t in desk.townships)
