"""The window's household reads mask numbers in the service, not widget by widget (issue 10)."""

from __future__ import annotations

from app.context import AppContext
from app.services import households as hh
from app.services.household_detail import household_detail, quick_search, register_choices

ID = "430525198001011256"


def test_detail_and_search_come_masked(village: AppContext) -> None:
    hid = hh.add_household(village, hh.HouseholdInput(head_name="王秀英", group_number=1,
                                                      id_number=ID, phone="13812345678"))
    detail = household_detail(village, hid)
    assert detail is not None
    shown = detail.household
    assert shown.head_name == "王秀英"
    assert ID not in shown.id_shown and shown.id_shown.endswith(ID[-4:])
    assert shown.phone_shown != "13812345678" and shown.phone_shown.endswith("5678")
    assert not hasattr(shown, "id_number") and not hasattr(shown, "phone")
    [hit] = quick_search(village, "wxy")
    assert hit.id == hid and hit.phone_shown == shown.phone_shown
    assert [g.name for g in register_choices(village).groups]
    assert household_detail(village, "no-such-id") is None
