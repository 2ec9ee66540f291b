"""Each record is changed only by the station it belongs to: the township holds its villages'
records read-only and answers with replies of its own."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.context import AppContext
from app.errors import MinqingError
from app.services import households as hh
from app.services import matters as ms
from app.services.demo import fill_demo
from models import Household, Matter


def test_township_cannot_edit_a_village_record_but_can_answer(township: AppContext) -> None:
    fill_demo(township, households=300, months=6, seed=2)
    with township.read() as s:
        house = s.execute(select(Household).limit(1)).scalar_one()
        escalated = s.execute(select(Matter).where(Matter.status == "escalated")).scalars().first()
    assert house.origin_code != township.station_code
    with pytest.raises(MinqingError) as info:
        hh.update_household(township, house.id, hh.HouseholdInput(head_name="改名"))
    assert info.value.code == "not_owner"
    assert house.origin_code in info.value.message("zh_CN")
    with pytest.raises(MinqingError):
        hh.remove_household(township, house.id)
    with township.read() as s:
        again = s.get(Household, house.id)
        assert again is not None and again.head_name == house.head_name and not again.deleted
    assert escalated is not None
    ms.answer(township, escalated.id, "已协调")
    with township.read() as s:
        assert "reply" in [n.kind for n in ms.matter_timeline(s, escalated.id)]
