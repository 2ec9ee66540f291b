from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.validation import check_id_number, check_phone, id_check_digit, mask_id, mask_phone
from tests.sync.synchelp import world  # noqa: F401


def test_valid_id_numbers_pass_and_are_normalised() -> None:
    body = "43052519800101123"
    good = body + id_check_digit(body)
    assert check_id_number(good) == good
    # full-width digits, stray spaces and a lowercase x, as spreadsheets deliver them
    x_body = next(b for b in (f"4305251980010112{i}" for i in range(10))
                  if id_check_digit(b) == "X")
    messy = " " + x_body.translate(str.maketrans("0123456789", "０１２３４５６７８９")) + "x "
    assert check_id_number(messy) == x_body + "X"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("430525198001011234", "id_check_digit"),
        ("43052519800101123", "id_length"),
        ("430525198002301235", "id_birth_invalid"),
        ("4.30525E+17", "id_excel_scientific"),
        ("430525198001010000", "id_excel_zeroed"),
    ],
)
def test_wrong_id_numbers_are_named(value: str, code: str) -> None:
    if code == "id_check_digit":
        body = value[:17]
        wrong = "1" if id_check_digit(body) != "1" else "2"
        value = body + wrong
    with pytest.raises(ValidationError) as info:
        check_id_number(value)
    assert info.value.code == code
    assert info.value.field == "id_number"
    assert "身份证号" in info.value.message("zh_CN")


def test_future_birth_date_is_rejected() -> None:
    body = "43052520990101123"
    with pytest.raises(ValidationError) as info:
        check_id_number(body + id_check_digit(body), today=date(2026, 11, 21))
    assert info.value.code == "id_birth_invalid"


@pytest.mark.parametrize("value", ["13812345678", "138 1234 5678", "+86 13812345678",
                                   "0739-1234567", "07391234567", "１３８１２３４５６７８"])
def test_phones_accepted(value: str) -> None:
    assert check_phone(value)


@pytest.mark.parametrize("value", ["1381234567", "12812345678", "12345", "phone"])
def test_bad_phones_rejected(value: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_phone(value)
    assert info.value.field == "phone"


def test_masking() -> None:
    assert mask_id("430525198001011234") == "430525********1234"
    assert mask_phone("13812341234") == "138****1234"


def test_numbers_quoted_in_messages_are_masked() -> None:
    from app.validation import mask_numbers_in

    text = "“430525198001011235”的校验位不对；电话 13812341234；代码 430525101201"
    out = mask_numbers_in(text)
    assert "430525198001011235" not in out and "430525********1235" in out
    assert "138****1234" in out
    assert "430525101201" in out  # a 12-digit division code is not personal


# --- One rule set for forms, roster import and batch import (issue 9) ------------------------

def _good_id() -> str:
    body = "43052519800101123"
    return body + id_check_digit(body)


def _household(**over: object) -> dict[str, object]:
    r: dict[str, object] = {"id_number": _good_id(), "phone": "13812345678", "members_count": 3}
    r.update(over)
    return r


def test_a_sound_record_passes_the_shared_rules() -> None:
    from app.validation import record_problems

    assert record_problems("household", _household()) == []
    assert record_problems("household", _household(id_number="", phone="")) == []
    assert record_problems("visit", {"visit_date": date.today().isoformat()}) == []


@pytest.mark.parametrize(("table", "record", "field", "code"), [
    ("household", _household(id_number=_good_id()[:17] + ("1" if _good_id()[17] != "1" else "2")),
     "id_number", "id_check_digit"),
    ("household", _household(id_number="430525209913451234"), "id_number", "id_birth_invalid"),
    ("household", _household(phone="12345"), "phone", "phone_invalid"),
    ("household", _household(phone="138-1234-5678"), "phone", "phone_invalid"),  # not normalised
    ("household", _household(members_count=0), "members_count", "members_out_of_range"),
    ("household", _household(members_count=31), "members_count", "members_out_of_range"),
    ("member", {"id_number": "43052519800101123X", "phone": ""}, "id_number", "id_check_digit"),
    ("cadre", {"phone": "999"}, "phone", "phone_invalid"),
    ("visit", {"visit_date": "2199-01-01"}, "visit_date", "date_in_future"),
    ("visit", {"visit_date": "1901-05-04"}, "visit_date", "date_out_of_range"),
    ("matter", {"received_date": "2026-01-01", "deadline": "2199-01-01"}, "deadline",
     "date_out_of_range"),
    ("reply", {"reply_date": "2099-13-45"}, "reply_date", "date_invalid"),
])
def test_what_the_forms_refuse_is_named_in_a_record(table: str, record: dict[str, object],
                                                     field: str, code: str) -> None:
    from app.validation import record_problems

    if table == "member":
        body = str(record["id_number"])[:17]
        if id_check_digit(body) == "X":
            record["id_number"] = body + "1"
    problems = record_problems(table, record)
    assert [(p.field, p.code) for p in problems] == [(field, code)]


def test_the_forms_use_the_same_bounds(village) -> None:  # type: ignore[no-untyped-def]
    from app.errors import ValidationErrors
    from app.services import households as hh
    from app.services import matters as mt

    with pytest.raises(ValidationErrors) as info:
        hh.add_household(village, hh.HouseholdInput(head_name="张三", members_count=31))
    assert [e.code for e in info.value.errors] == ["members_out_of_range"]
    with pytest.raises(ValidationErrors) as info:
        mt.create_matter(village, mt.MatterInput(category="hardship", title="修路",
                                                 received_date=date(1901, 1, 1)))
    assert "date_out_of_range" in [e.code for e in info.value.errors]
    with pytest.raises(ValidationErrors) as info:
        mt.create_matter(village, mt.MatterInput(category="hardship", title="修路",
                                                 deadline=date(2199, 1, 1)))
    assert [e.code for e in info.value.errors] == ["date_out_of_range"]


def test_record_schema_versions_that_do_not_exist_are_refused() -> None:
    from app.validation import check_record_schema
    from sync.container import BatchRefused
    from sync.records import RECORD_SCHEMA, upgrade_record

    assert check_record_schema(RECORD_SCHEMA, RECORD_SCHEMA) == RECORD_SCHEMA
    for bad_schema in (0, -1, RECORD_SCHEMA + 1):
        with pytest.raises(ValidationError):
            check_record_schema(bad_schema, RECORD_SCHEMA)
        with pytest.raises(BatchRefused):
            upgrade_record(bad_schema, "household", {"id": "x"})


def test_a_batch_import_refuses_what_the_forms_refuse(world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Crafted batches, signed with the village's real key: a household whose ID check digit
    is wrong, a visit dated 2199, a household of 31 members, a record schema 0."""
    import orjson

    from sync.batch import export_batch, import_files
    from tests.sync.synchelp import craft, db_digest, lines_of

    v1, t = world.v1, world.township
    genuine = lines_of(t, export_batch(v1, world.usb).path)
    before = db_digest(t)

    def variant(table: str, change: dict[str, object], name: str, **kw: object) -> object:
        out = []
        done = False
        for ln in genuine:
            obj = orjson.loads(ln)
            if not done and obj["t"] == table and (table != "household" or obj["r"]["id_number"]):
                obj["r"].update(change)
                done = True
            out.append(orjson.dumps(obj))
        assert done, table
        return import_files(t, [craft(v1, t, world.tmp / name, out, **kw)])[0]

    hid = next(orjson.loads(ln)["r"] for ln in genuine
               if orjson.loads(ln)["t"] == "household" and orjson.loads(ln)["r"]["id_number"])
    wrong = hid["id_number"][:17] + ("1" if hid["id_number"][17] != "1" else "2")
    res = variant("household", {"id_number": wrong}, "id.mqb")
    assert res.status == "rejected" and "id_number" in res.reason
    assert wrong not in res.reason  # the refusal masks the number it quotes
    res = variant("visit", {"visit_date": "2199-01-01"}, "visit.mqb")
    assert res.status == "rejected" and "visit_date" in res.reason
    res = variant("household", {"members_count": 31}, "members.mqb")
    assert res.status == "rejected" and "members_count" in res.reason
    res = variant("visit", {}, "schema.mqb", overrides={"record_schema": 0})
    assert res.status == "rejected"
    assert db_digest(t) == before
    # The genuine batch itself is sound under the same rules.
    assert import_files(t, [craft(v1, t, world.tmp / "ok.mqb", genuine)])[0].status == "applied"
