from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.context import AppContext
from app.errors import ValidationErrors
from app.services import households as hh
from app.validation import id_check_digit
from models import AuditEvent, Household


def _id(body: str) -> str:
    return body + id_check_digit(body)


def test_add_household_stores_normalised_values_and_audits(village: AppContext) -> None:
    hid = hh.add_household(village, hh.HouseholdInput(
        head_name=" 张三 ", group_number=3, id_number=_id("43052519700203123").lower(),
        phone="138 1234 5678", members_count=4, tags=["低保户", "留守老人"]))
    with village.read() as s:
        row = hh.get_household(s, hid)
        stored = s.get(Household, hid)
        events = s.execute(select(AuditEvent).where(AuditEvent.entity_id == hid)).scalars().all()
    assert row is not None and stored is not None
    assert row.head_name == "张三" and row.group_name == "第3组"
    assert row.phone == "13812345678" and row.tags == ["低保户", "留守老人"]
    assert stored.origin_code == village.station_code and stored.version == 1
    assert stored.updated_by == "clerk"
    assert [e.action for e in events] == ["create"]
    assert json.loads(events[0].changes)["head_name"] == "张三"


def test_every_wrong_field_is_reported_at_once_and_nothing_is_written(
        village: AppContext) -> None:
    with pytest.raises(ValidationErrors) as info:
        hh.add_household(village, hh.HouseholdInput(
            head_name="", id_number="430525197002031230", phone="12345"))
    fields = {e.field for e in info.value.errors}
    assert {"head_name", "phone", "id_number"} <= fields
    msg = info.value.message("zh_CN")
    assert "户主姓名" in msg and "联系电话" in msg
    with village.read() as s:
        assert s.execute(select(Household)).first() is None


def test_update_bumps_version_and_audits_only_changes(village: AppContext) -> None:
    hid = hh.add_household(village, hh.HouseholdInput(head_name="李四", group_number=1))
    assert hh.update_household(village, hid, hh.HouseholdInput(
        head_name="李四", group_number=1, phone="13912345678"))
    assert not hh.update_household(village, hid, hh.HouseholdInput(
        head_name="李四", group_number=1, phone="13912345678"))
    with village.read() as s:
        stored = s.get(Household, hid)
        changes = [json.loads(e.changes) for e in s.execute(
            select(AuditEvent).where(AuditEvent.action == "update")).scalars()]
    assert stored is not None and stored.version == 2
    assert changes == [{"phone": ["", "13912345678"], "phone_rev": ["", "87654321931"]}]


def test_removed_household_is_kept_flagged_not_deleted(village: AppContext) -> None:
    hid = hh.add_household(village, hh.HouseholdInput(head_name="王五"))
    hh.remove_household(village, hid)
    with village.read() as s:
        stored = s.get(Household, hid)
        assert stored is not None and stored.deleted
        assert hh.search(s, "王五") == []


@pytest.fixture
def register(village: AppContext) -> AppContext:
    for name, idb, phone in [("张三", "43052519700203123", "13812345678"),
                             ("张三丰", "43052519600101456", "13900001111"),
                             ("章丽", "43052519900505789", ""),
                             ("曾国强", "43052519551212111", "13700002222"),
                             ("单丽娟", "43052519800808222", "")]:
        hh.add_household(village, hh.HouseholdInput(head_name=name, id_number=_id(idb),
                                                    phone=phone))
    return village


@pytest.mark.parametrize(("query", "expected"), [
    ("张三", {"张三", "张三丰"}),
    ("zs", {"张三", "张三丰"}),
    ("ZSF", {"张三丰"}),
    ("zhangsan", {"张三", "张三丰"}),
    ("zl", {"章丽"}),
    ("zgq", {"曾国强"}),  # polyphonic surname read zēng, not céng
    ("sl", {"单丽娟"}),  # 单 as a surname is shàn
    ("5678", {"张三"}),  # last digits of the phone
    ("001111", {"张三丰"}),
])
def test_search_by_name_pinyin_and_last_digits(register: AppContext, query: str,
                                               expected: set[str]) -> None:
    with register.read() as s:
        assert {r.head_name for r in hh.search(s, query)} == expected


def test_search_by_last_digits_of_id(register: AppContext) -> None:
    idn = _id("43052519900505789")
    with register.read() as s:
        assert [r.head_name for r in hh.search(s, idn[-4:])] == ["章丽"]


def test_search_uses_an_index_not_a_scan(register: AppContext) -> None:
    from sqlalchemy import text

    with register.read() as s:
        q = hh.filtered_query(hh.HouseholdFilter(text="zs"))
        compiled = q.compile(compile_kwargs={"literal_binds": True})
        plan = " ".join(str(r[-1]) for r in s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "USING INDEX" in plan and "SCAN household" not in plan.replace(
        "SCAN household USING", "")


def test_members_are_kept_with_the_household(village: AppContext) -> None:
    hid = hh.add_household(village, hh.HouseholdInput(head_name="赵六", members_count=1))
    mid = hh.add_member(village, hid, hh.MemberInput(name="赵小六", relation="子"))
    hh.add_member(village, hid, hh.MemberInput(name="钱七", relation="配偶"))
    with pytest.raises(ValidationErrors) as info:
        hh.add_member(village, hid, hh.MemberInput(name="孙八", phone="123"))
    assert info.value.errors[0].field == "phone"
    hh.remove_member(village, mid)
    with village.read() as s:
        assert [m.name for m in hh.list_members(s, hid)] == ["钱七"]
        row = hh.get_household(s, hid)
    assert row is not None and row.members_count == 3
