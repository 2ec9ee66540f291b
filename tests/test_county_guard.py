"""A county station is read-only in its services, not only in its window (issue 14): a county
user calling the household or matter services is refused in the user's language and nothing of
that transaction is written; what the county owns (settings, accounts, holidays) stays
writable. Run on SQLite and on a real PostgreSQL (``any_db``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import MinqingError
from app.services import households as hh
from app.services import matters as ms
from app.services.calendar import Entry, import_entries
from app.services.station import add_village, update_station
from app.services.users import create_user
from models import AuditEvent, HolidayDay, Household, Matter
from tests.county_chain import Chain, build_chain


@pytest.fixture
def chain(any_db: str, tmp_path: Path) -> Iterator[Chain]:
    c = build_chain(tmp_path, any_db, households=8, months=3)
    yield c
    c.close()


def _counts(ctx: AppContext) -> tuple[int, int, int, int]:
    with ctx.read() as s:
        return tuple(int(s.execute(select(func.count()).select_from(m)).scalar_one())
                     for m in (Household, Matter, AuditEvent, HolidayDay))  # type: ignore[return-value]


def test_county_services_refuse_village_records_and_write_nothing(chain: Chain) -> None:
    county = chain.county
    before = _counts(county)
    assert before[0] > 0 and before[1] > 0  # the townships' villages arrived
    with county.read() as s:
        house = s.execute(select(Household).limit(1)).scalar_one()
        matter = s.execute(select(Matter).where(Matter.status != "resolved").limit(1)
                           ).scalar_one()
        house_id, village, matter_id = house.id, house.village_code, matter.id
    refused = [
        lambda: hh.add_household(county, hh.HouseholdInput(head_name="张三",
                                                           village_code=village)),
        lambda: hh.update_household(county, house_id, hh.HouseholdInput(head_name="李四")),
        lambda: hh.remove_household(county, house_id),
        lambda: hh.add_member(county, house_id, hh.MemberInput(name="王五")),
        lambda: ms.add_note(county, matter_id, "县里改一下"),
        lambda: ms.resolve(county, matter_id, "已解决"),
        lambda: add_village(county, "430525101299", "新村"),
    ]
    for call in refused:
        with pytest.raises(MinqingError) as err:
            call()
        assert err.value.code == "county_read_only", err.value.code
        assert "县级工作站只查看" in err.value.message("zh_CN")
        assert "county station only reads" in err.value.message("en")
    assert _counts(county) == before  # no partial write, no audit event
    with county.read() as s:
        assert s.get(Household, house_id).head_name == house.head_name  # type: ignore[union-attr]


def test_county_still_writes_what_it_owns(chain: Chain) -> None:
    county = chain.county
    update_station(county, hotline="0739-1234567")
    create_user(county, "county-admin", "a-long-password-1", "administrator")
    year = date.today().year + 1
    import_entries(county, [Entry(date(year, 1, 1), "holiday", "元旦")])
    with county.read() as s:
        assert s.execute(select(func.count()).select_from(HolidayDay).where(
            HolidayDay.origin_code == "430525")).scalar_one() == 1


def test_a_township_is_not_affected(chain: Chain) -> None:
    town = chain.townships["430525101"]
    add_village(town, "430525101299", "新村")  # a township still registers its villages
