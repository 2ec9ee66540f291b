"""The household register as a lazy table model.

Holds only the ids matching the current filter (fetched in one indexed query) and fetches full
rows for the part of the table that is painted, a page at a time — so opening a 250,000-household
register costs about what a 1,000-household one does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.context import AppContext
from app.services import households as hh
from app.validation import mask_id, mask_phone

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class HouseholdTableModel(QAbstractTableModel):
    COLUMNS = ("group", "head_name", "id_number", "phone", "members", "liaison", "tags")

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ids: list[str] = []
        self._rows: dict[str, hh.HouseholdRow] = {}
        self._filter = hh.HouseholdFilter()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Group"), self.tr("Head of household"), self.tr("ID number"),
                self.tr("Phone"), self.tr("Members"), self.tr("Liaison cadre"), self.tr("Tags"))

    def set_filter(self, flt: hh.HouseholdFilter, limit: int = 1_000_000) -> None:
        self.beginResetModel()
        self._filter = flt
        with self.ctx.read() as s:
            self._ids = hh.search_ids(s, flt, limit=limit)
        self._rows.clear()
        self.endResetModel()

    def household_id(self, row: int) -> str:
        return self._ids[row]

    def ids(self) -> list[str]:
        return list(self._ids)

    def retranslate(self) -> None:
        """Header words follow the language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def refresh_rows(self) -> None:
        """Forget cached rows (after an edit or an assignment) and repaint what is visible."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def _row(self, row: int) -> hh.HouseholdRow | None:
        hid = self._ids[row]
        if hid not in self._rows:
            start = (row // PAGE) * PAGE
            page = self._ids[start:start + PAGE]
            with self.ctx.read() as s:
                for r in hh.rows_for(s, page):
                    self._rows[r.id] = r
        return self._rows.get(hid)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._row(index.row())
        if r is None:
            return None
        col = self.COLUMNS[index.column()]
        return {
            "group": r.group_name, "head_name": r.head_name, "id_number": mask_id(r.id_number),
            "phone": mask_phone(r.phone), "members": r.members_count,
            "liaison": r.liaison_name, "tags": "、".join(r.tags),
        }[col]
