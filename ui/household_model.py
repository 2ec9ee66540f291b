"""The household register as a windowed table model (``ui.windowed_model``).

The row count is ``households.register_parts`` (one counting query, per village and group);
rows are read a window at a time with ``households.register_rows`` for what is painted, so
Ctrl+End or dragging the scroll bar to the bottom reads one window at the end, not every page
before it. Sorting by a column is an ORDER BY in the service. ID and phone numbers arrive
masked from the service (``RegisterRow.id_shown``/``phone_shown``): this module never sees a
full number.
"""

from __future__ import annotations

from typing import Any

from app.context import AppContext
from app.services import households as hh
from app.services.station import village_names
from ui.windowed_model import WindowedTableModel

WINDOW = 200  # rows per read: several screens of the table
KEEP_WINDOWS = 40  # windows kept in memory (8,000 rows), the oldest dropped first
PAGE = WINDOW  # older name, kept for callers


class HouseholdTableModel(WindowedTableModel[hh.RegisterRow, hh.HouseholdFilter]):
    COLUMNS = ("group", "head_name", "id_number", "phone", "members", "liaison", "tags")
    WINDOW = WINDOW
    KEEP_WINDOWS = KEEP_WINDOWS
    BACKGROUND_SEARCH_FROM = 20_000  # households: from here a search is counted in a worker

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(hh.HouseholdFilter(), parent)
        self.ctx = ctx
        self.sort_key = "group"
        # The count by stretch of the default order (village, group) of the latest filter:
        # it maps row numbers onto ranges of the register index.
        self._counts: dict[hh.HouseholdFilter, hh.RegisterCount] = {}
        # On a township the register holds several villages: name the village with the group.
        names = village_names(ctx)
        self._village_names = names if len(names) > 1 else {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Group"), self.tr("Head of household"), self.tr("ID number"),
                self.tr("Phone"), self.tr("Members"), self.tr("Liaison cadre"), self.tr("Tags"))

    # --- the service ---------------------------------------------------------------------
    def _count(self, flt: hh.HouseholdFilter) -> hh.RegisterCount:
        found = self._counts.get(flt)
        if found is None:
            found = hh.register_parts(self.ctx, flt)
            self._counts = {flt: found}  # only the latest filter's count is kept
        return found

    def count_rows(self, flt: hh.HouseholdFilter) -> int:
        self._counts.pop(flt, None)  # counting again: the register may have changed
        return self._count(flt).total

    def read_rows(self, flt: hh.HouseholdFilter, offset: int, limit: int
                  ) -> list[hh.RegisterRow]:
        # The stretches counted for this filter, if counted (a search shown before its count
        # has none, and needs none: it is one sorted query).
        return hh.register_rows(self.ctx, flt, self.sort_key or "group", self.descending,
                                offset=offset, limit=limit, total=self.total,
                                count=self._counts.get(flt))

    def count_in_background(self, flt: hh.HouseholdFilter) -> bool:
        """A search in a big register: its first window is shown at once and its matches are
        counted in a worker (counting 15,000 matches of "w" at 250,000 households takes as
        long as showing them); the register itself is counted at once (one index scan)."""
        return bool(flt.text.strip()) and self._largest >= self.BACKGROUND_SEARCH_FROM

    def row_key(self, row: hh.RegisterRow) -> str:
        return row.id

    def position_of(self, flt: hh.HouseholdFilter, key: str) -> int:
        return hh.register_position(self.ctx, flt, key, self.sort_key or "group",
                                    self.descending)

    def header_text(self, column: str) -> str:
        return self.headers()[self.COLUMNS.index(column)]

    def display(self, row: hh.RegisterRow, column: str) -> Any:
        if column == "group":
            return (f"{self._village_names[row.village_code]} {row.group_name}"
                    if row.village_code in self._village_names else row.group_name)
        return {
            "head_name": row.head_name, "id_number": row.id_shown, "phone": row.phone_shown,
            "members": row.members_count, "liaison": row.liaison_name,
            "tags": "、".join(row.tags),
        }[column]

    # --- what the register page asks -----------------------------------------------------
    def fetch_all(self) -> list[str]:
        """Every id of the current filter, in the list's order (for a bulk action)."""
        return hh.register_ids(self.ctx, self._filter, self.sort_key or "group",
                               self.descending)

    def household_id(self, row: int) -> str:
        return self.key(row)

    def ids(self) -> list[str]:
        return self.fetch_all()
