from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.validation import check_id_number, check_phone, id_check_digit, mask_id, mask_phone


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
