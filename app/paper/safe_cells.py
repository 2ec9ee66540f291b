"""What keeps every workbook and CSV the app writes safe to open.

- Formula injection: a name or summary a user typed that starts with ``= + - @`` or a tab must
  never become a formula when the township opens the file. Workbook cells are always written
  as text cells (never through openpyxl's "string starting with = is a formula" rule) and such
  values also get Excel's quote prefix, so editing the cell later keeps it text. In CSV, which
  has no cell types, such values are prefixed with an apostrophe (the OWASP recommendation).
- Characters XML cannot carry (control characters pasted from other programs) are dropped
  instead of crashing the writer halfway through a month's ledger.
- Personal data: ID numbers and household phones are masked unless the user asks for the full
  numbers (``Masker(full=True)``).
- CSV is UTF-8 with a BOM: without it Excel on Chinese Windows reads the file as GBK and shows
  mojibake.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.paper.files import atomic_open
from app.validation import mask_id, mask_phone

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# The characters XML 1.0 forbids (openpyxl's ILLEGAL_CHARACTERS_RE), plus DEL.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """Drop control characters that cannot be stored in a workbook (XML) or printed."""
    return _ILLEGAL.sub("", value) if _ILLEGAL.search(value) else value


def needs_guard(value: str) -> bool:
    """True when a spreadsheet would read ``value`` as the start of a formula."""
    return value.startswith(FORMULA_START)


def csv_safe(value: Any) -> Any:
    """A value for a CSV cell: text that could start a formula gets an apostrophe in front."""
    if isinstance(value, str):
        value = clean_text(value)
        if needs_guard(value):
            return "'" + value
    return value


@dataclass(frozen=True)
class Masker:
    """Masks ID numbers (first 6 + last 4) and household phones (138****1234) unless ``full``."""

    full: bool = False

    def id(self, value: str | None) -> str:
        if not value:
            return ""
        return value if self.full else mask_id(value)

    def phone(self, value: str | None) -> str:
        if not value:
            return ""
        return value if self.full else mask_phone(value)


def write_csv(path: str | os.PathLike[str], header: Sequence[str],
              rows: Iterable[Sequence[Any]]) -> int:
    """Write a CSV Excel opens correctly on Chinese Windows; returns the number of data rows."""
    n = 0
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([csv_safe(h) for h in header])
        for row in rows:
            writer.writerow([csv_safe(v) for v in row])
            n += 1
    return n
