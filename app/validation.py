"""Checks users hit every day: resident ID numbers (GB 11643), phone numbers, dates.

Each check normalises what a clerk or a spreadsheet typically produces (full-width digits, stray
spaces, a lowercase check letter) before judging, and raises ``ValidationError`` naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
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
    """A day that has happened; the same rule as ``check_event_date`` (which also refuses a
    date before stations kept records), kept under its old name for the forms."""
    return check_event_date(value, field, today)


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


# --- One rule set for forms, roster import and batch import (issue 9) ----------------------
# The forms call these field by field; the roster import goes through the household form's
# ``validate``; the batch record checker (``sync.records.check_record``) calls
# ``record_problems`` on every incoming record. A value the form would refuse is refused in a
# batch too, naming the field.

EARLIEST_EVENT = date(1950, 1, 1)  # no station keeps visits, matters or cards from before
PLAN_YEARS_AHEAD = 5  # a deadline or an assignment's end lies at most this far ahead
MEMBERS_MIN, MEMBERS_MAX = 1, 30
# Laptops' clocks differ: a record dated "today" on a village laptop whose clock runs ahead is
# not refused at the township for it. Forms use the day itself.
CLOCK_SLACK = timedelta(days=2)


def check_date_between(value: date, field: str, low: date, high: date) -> date:
    if not low <= value <= high:
        raise ValidationError(field, "date_out_of_range", value=value.isoformat(),
                              low=low.isoformat(), high=high.isoformat())
    return value


def check_event_date(value: date, field: str, today: date | None = None) -> date:
    """A day something happened (visit, matter received, note, reply, card issued, resolved):
    not in the future, not before stations kept records."""
    today = today or date.today()
    if value > today:
        raise ValidationError(field, "date_in_future", value=value.isoformat())
    return check_date_between(value, field, EARLIEST_EVENT, today)


def check_planned_date(value: date, field: str, today: date | None = None) -> date:
    """A day planned ahead (deadline, end of an assignment): at most a few years away."""
    today = today or date.today()
    high = today.replace(year=today.year + PLAN_YEARS_AHEAD, day=min(today.day, 28))
    return check_date_between(value, field, EARLIEST_EVENT, high)


def check_members(value: object, field: str = "members_count") -> int:
    """Household members: a whole number from 1 to 30 (the roster and the form agree)."""
    if type(value) is not int or not MEMBERS_MIN <= value <= MEMBERS_MAX:
        raise ValidationError(field, "members_out_of_range", value=str(value), low=MEMBERS_MIN,
                              high=MEMBERS_MAX)
    return value


def check_record_schema(schema: object, newest: int) -> int:
    """A batch's record schema must be one that exists: 1 up to the newest this build knows."""
    if type(schema) is not int or not 1 <= schema <= newest:
        raise ValidationError("record_schema", "unknown_value", value=str(schema))
    return schema


# Which rule each travelling column follows (table → column → kind).
EVENT, PLANNED, ID_NUMBER, PHONE, MEMBERS = "event", "planned", "id_number", "phone", "members"
RECORD_RULES: dict[str, dict[str, str]] = {
    "household": {"id_number": ID_NUMBER, "phone": PHONE, "members_count": MEMBERS},
    "member": {"id_number": ID_NUMBER, "phone": PHONE},
    "cadre": {"phone": PHONE},
    "assignment": {"start_date": EVENT, "end_date": PLANNED},
    "contact_card": {"issue_date": EVENT},
    "visit": {"visit_date": EVENT},
    "matter": {"received_date": EVENT, "deadline": PLANNED, "resolved_date": EVENT,
               "escalated_date": EVENT},
    "matter_note": {"note_date": EVENT},
    "reply": {"reply_date": EVENT},
}


def _as_date(value: object, field: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, "date_invalid", value=str(value)) from None


def record_problems(table: str, record: dict[str, Any],
                    today: date | None = None) -> list[ValidationError]:
    """What the forms would refuse in one record arriving from a file (a batch): ID check
    digit and birth date, phone shape, members 1–30, dates within bounds. Values must already
    be in the form's normalised spelling. Empty list when the record is sound."""
    today = (today or date.today()) + CLOCK_SLACK
    problems = Problems()
    for key, rule in RECORD_RULES.get(table, {}).items():
        if key not in record or record[key] is None:
            continue
        value = record[key]
        if rule == MEMBERS:
            problems.check(check_members, value, key)
        elif rule in (ID_NUMBER, PHONE):
            check: Callable[..., str] = check_id_number if rule == ID_NUMBER else check_phone
            got = problems.check(check, str(value), key, default=None)
            if got is not None and got != value:
                problems.add(key, "id_length" if rule == ID_NUMBER else "phone_invalid",
                             value=str(value))
        else:
            d = problems.check(_as_date, value, key, default=None)
            if d is not None:
                rule_check = check_event_date if rule == EVENT else check_planned_date
                problems.check(rule_check, d, key, today)
    return problems.errors
