"""The household register as a windowed table model.

The model knows its row count (``households.register_count``, one counting query) and reads the
rows a window at a time (``households.register_rows`` with offset/limit) for the part that is
painted. So the scroll bar is the whole register from the start: Ctrl+End or dragging the bar to
the bottom reads one window at the end, not every page before it. Sorting by a column is an
ORDER BY in the service (a Python proxy model would take seconds at county size); the header's
sort indicator drives it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.context import AppContext
from app.services import households as hh
from app.services.station import village_names
from app.validation import mask_id, mask_phone

WINDOW = 200  # rows per read: several screens of the table
KEEP_WINDOWS = 40  # windows kept in memory (8,000 rows), the oldest dropped first
PAGE = WINDOW  # older name, kept for callers
Index = QModelIndex | QPersistentModelIndex


class HouseholdTableModel(QAbstractTableModel):
    COLUMNS = ("group", "head_name", "id_number", "phone", "members", "liaison", "tags")
    total_known = Signal(int)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filter = hh.HouseholdFilter()
        self._windows: OrderedDict[int, list[hh.HouseholdRow]] = OrderedDict()
        self.sort_key = "group"
        self.descending = False
        self.total: int | None = None
        # On a township the register holds several villages: name the village with the group.
        names = village_names(ctx)
        self._village_names = names if len(names) > 1 else {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Group"), self.tr("Head of household"), self.tr("ID number"),
                self.tr("Phone"), self.tr("Members"), self.tr("Liaison cadre"), self.tr("Tags"))

    # --- loading ------------------------------------------------------------------------
    def set_filter(self, flt: hh.HouseholdFilter, count_in_background: bool = False) -> None:
        """Count the filter's households (the row count) and forget the rows read so far;
        the rows painted are read when painted. ``count_in_background`` is accepted for old
        callers: the count is one indexed query and is now always taken at once."""
        del count_in_background
        self.beginResetModel()
        self._filter = flt
        self._windows.clear()
        self.total = hh.register_count(self.ctx, flt)
        self.endResetModel()
        self.total_known.emit(self.total)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header was clicked: the register in that column's order (in the service)."""
        if not 0 <= column < len(self.COLUMNS):
            return
        key = self.COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_key, self.descending = key, descending
        self._windows.clear()
        self.layoutChanged.emit()

    def _window(self, n: int) -> list[hh.HouseholdRow]:
        rows = self._windows.get(n)
        if rows is None:
            rows = hh.register_rows(self.ctx, self._filter, self.sort_key, self.descending,
                                    offset=n * WINDOW, limit=WINDOW)
            self._windows[n] = rows
            while len(self._windows) > KEEP_WINDOWS:
                self._windows.popitem(last=False)
        else:
            self._windows.move_to_end(n)
        return rows

    def row(self, row: int) -> hh.HouseholdRow | None:
        if not 0 <= row < (self.total or 0):
            return None
        rows = self._window(row // WINDOW)
        i = row % WINDOW
        return rows[i] if i < len(rows) else None

    def fetch_all(self) -> list[str]:
        """Every id of the current filter, in the list's order (for a bulk action)."""
        return hh.register_ids(self.ctx, self._filter, self.sort_key, self.descending)

    # --- access -------------------------------------------------------------------------
    def household_id(self, row: int) -> str:
        r = self.row(row)
        return r.id if r is not None else ""

    def ids(self) -> list[str]:
        return self.fetch_all()

    def row_of(self, household_id: str) -> int:
        """The row showing this household, or -1."""
        try:
            return self.fetch_all().index(household_id)
        except ValueError:
            return -1

    def retranslate(self) -> None:
        """Header words follow the language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def refresh_rows(self) -> None:
        """Forget cached rows (after an edit or an assignment) and repaint what is visible."""
        self._windows.clear()
        if self.total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.total - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (self.total or 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.row(index.row())
        if r is None:
            return None
        col = self.COLUMNS[index.column()]
        return {
            "group": (f"{self._village_names[r.village_code]} {r.group_name}"
                      if r.village_code in self._village_names else r.group_name),
            "head_name": r.head_name, "id_number": mask_id(r.id_number),
            "phone": mask_phone(r.phone), "members": r.members_count,
            "liaison": r.liaison_name, "tags": "、".join(r.tags),
        }[col]
