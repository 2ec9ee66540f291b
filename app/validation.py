"""Checks users hit every day: resident ID numbers (GB 11643), phone numbers, dates.

Each check normalises what a clerk or a spreadsheet typically produces (full-width digits, stray
spaces, a lowercase check letter) before judging, and raises ``ValidationError`` naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from app.errors import ValidationError, ValidationErrors

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_FULLWIDTH = str.maketrans(
    "０１２３４５６７８９ＸｘＡ－（）　", "0123456789XxA-() "
)
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_LOCAL_LANDLINE = re.compile(r"^[2-9]\d{6,7}$")


class Problems:
    """Collects every wrong field of a form, so the form can show all of them at once rather
    than the first one only."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, func: Callable[..., Any], *args: Any, default: Any = "") -> Any:
        """``func(*args)``, or ``default`` with its ValidationError noted."""
        try:
            return func(*args)
        except ValidationError as e:
            self.errors.append(e)
            return default

    def add(self, field: str, code: str, **params: Any) -> None:
        self.errors.append(ValidationError(field, code, **params))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationErrors(self.errors)


def normalize_text(value: str) -> str:
    """Full-width to half-width for digits and the usual punctuation, trimmed."""
    return value.translate(_FULLWIDTH).strip()


def id_check_digit(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def normalize_id_number(value: str) -> str:
    return re.sub(r"\s+", "", normalize_text(value)).upper()


def check_id_number(value: str, field: str = "id_number", today: date | None = None) -> str:
    """Return the normalised 18-character ID, or raise naming what is wrong with it."""
    raw = normalize_id_number(value)
    if not raw:
        return ""
    if re.fullmatch(r"\d(\.\d+)?E\+?\d+", raw):
        raise ValidationError(field, "id_excel_scientific", value=value)
    if len(raw) != 18 or not re.fullmatch(r"\d{17}[\dX]", raw):
        raise ValidationError(field, "id_length", value=value)
    try:
        birth = date(int(raw[6:10]), int(raw[10:12]), int(raw[12:14]))
    except ValueError as exc:
        raise ValidationError(field, "id_birth_invalid", value=value) from exc
    if birth > (today or date.today()) or birth.year < 1880:
        raise ValidationError(field, "id_birth_invalid", value=value)
    if id_check_digit(raw[:17]) != raw[17]:
        if raw.endswith("0000") or raw.endswith("000"):
            # Excel keeps 15 significant digits: the tail was zeroed by the spreadsheet.
            raise ValidationError(field, "id_excel_zeroed", value=value)
        raise ValidationError(field, "id_check_digit", value=value)
    return raw


def check_phone(value: str, field: str = "phone") -> str:
    """Mobile (11 digits from 13–19) or landline with area code; returns it normalised."""
    raw = normalize_text(value)
    raw = re.sub(r"[\s()]", "", raw)
    if raw.startswith("+86"):
        raw = raw[3:]
    if not raw:
        return ""
    digits_only = raw.replace("-", "")
    if _MOBILE.fullmatch(digits_only):
        return digits_only
    if _LANDLINE.fullmatch(raw) or _LOCAL_LANDLINE.fullmatch(raw):
        return raw
    raise ValidationError(field, "phone_invalid", value=value)


def check_not_future(value: date, field: str, today: date | None = None) -> date:
    if value > (today or date.today()):
        raise ValidationError(field, "date_in_future", value=value.isoformat())
    return value


def check_required(value: str, field: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(field, "required")
    return value


def check_division_code(value: str, field: str, length: int) -> str:
    raw = normalize_text(value)
    if not re.fullmatch(rf"\d{{{length}}}", raw):
        raise ValidationError(field, "code_length", length=length, value=value)
    return raw


def mask_id(value: str) -> str:
    """First 6 and last 4 digits, as the personal-data rules ask for lists and exports."""
    if len(value) < 10:
        return value
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str) -> str:
    if len(value) == 11 and value.isdigit():
        return value[:3] + "****" + value[-4:]
    if len(value) > 4:
        return "*" * (len(value) - 4) + value[-4:]
    return value


_ID_IN_TEXT = re.compile(r"(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])")
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def mask_numbers_in(text: str) -> str:
    """Mask ID and mobile numbers quoted inside a message (a refusal names the value it refused);
    row and column already tell the clerk where to look."""
    text = _ID_IN_TEXT.sub(lambda m: mask_id(m.group(0)), text)
    return _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group(0)), text)
