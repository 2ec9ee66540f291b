"""The household register as a lazy table model.

Neither the ids nor the rows of the whole register are loaded: the model reads the register a
page of ids at a time (``households.register_segments`` / ``segment_ids`` in register order, or
``search_ids`` pages in index order when searching) through Qt's ``canFetchMore``/``fetchMore``,
and full rows for the part that is painted. The total count is computed in a worker thread and
announced by ``total_known`` — so opening a 250,000-household register costs about what a
1,000-household one does, and the window keeps painting.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from app.context import AppContext
from app.services import households as hh
from app.validation import mask_id, mask_phone

log = logging.getLogger(__name__)
PAGE = 200  # ids per fetch
COUNT_DELAY_MS = 60
ROW_PAGE = 50  # full rows per read: about two screens of the table
Index = QModelIndex | QPersistentModelIndex


class _CountSignals(QObject):
    done = Signal(int, int)  # generation, count


class _Count(QRunnable):
    def __init__(self, ctx: AppContext, flt: hh.HouseholdFilter, generation: int,
                 signals: _CountSignals) -> None:
        super().__init__()
        self.ctx, self.flt, self.generation, self.signals = ctx, flt, generation, signals

    def run(self) -> None:
        try:
            with self.ctx.read() as s:
                n = hh.count(s, self.flt)
            self.signals.done.emit(self.generation, n)
        except Exception:  # the window (or its store) closed while counting: nobody to tell
            log.info("household count dropped", exc_info=True)


class HouseholdTableModel(QAbstractTableModel):
    COLUMNS = ("group", "head_name", "id_number", "phone", "members", "liaison", "tags")
    total_known = Signal(int)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ids: list[str] = []
        self._rows: dict[str, hh.HouseholdRow] = {}
        self._filter = hh.HouseholdFilter()
        self._segments: list[hh.Segment] = []
        self._seg = 0
        self._offset = 0
        self._done = True
        self._generation = 0
        self.total: int | None = None
        self._count_signals = _CountSignals()
        self._count_signals.done.connect(self._count_done)
        # On a township the register holds several villages: name the village with the group.
        with ctx.read() as s:
            from app.services.station import list_villages

            villages = list_villages(s)
        self._village_names = {v.code: v.name for v in villages} if len(villages) > 1 else {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Group"), self.tr("Head of household"), self.tr("ID number"),
                self.tr("Phone"), self.tr("Members"), self.tr("Liaison cadre"), self.tr("Tags"))

    # --- loading ------------------------------------------------------------------------
    def set_filter(self, flt: hh.HouseholdFilter, count_in_background: bool = True) -> None:
        """Show the first page at once; the total follows from a worker (``total_known``)."""
        self.beginResetModel()
        self._filter = flt
        self._ids = []
        self._rows.clear()
        self._seg = 0
        self._offset = 0
        self._done = False
        self._generation += 1
        self.total = None
        if not flt.text.strip():
            with self.ctx.read() as s:
                self._segments = hh.register_segments(s, flt)
        self._ids = self._next_page(PAGE)
        self.endResetModel()
        if self._done:
            self._set_total(len(self._ids))
        elif count_in_background:
            # After the first paint (which needs only the first page): counting a county-size
            # register takes ~50–250 ms of a worker that competes with painting for the GIL.
            generation = self._generation
            QTimer.singleShot(COUNT_DELAY_MS, lambda: self._start_count(flt, generation))
        else:
            with self.ctx.read() as s:
                self._set_total(hh.count(s, flt))

    def _start_count(self, flt: hh.HouseholdFilter, generation: int) -> None:
        if generation == self._generation:  # not superseded by a newer filter meanwhile
            QThreadPool.globalInstance().start(
                _Count(self.ctx, flt, generation, self._count_signals))

    def _next_page(self, want: int) -> list[str]:
        out: list[str] = []
        with self.ctx.read() as s:
            if self._filter.text.strip():
                out = hh.search_ids(s, self._filter, limit=want, offset=self._offset)
                self._offset += len(out)
                self._done = len(out) < want
                return out
            while len(out) < want and self._seg < len(self._segments):
                seg = self._segments[self._seg]
                need = want - len(out)
                got = hh.segment_ids(s, self._filter, seg, need, self._offset)
                out += got
                if len(got) < need:  # this group is exhausted: go on with the next
                    self._seg += 1
                    self._offset = 0
                else:
                    self._offset += len(got)
            self._done = self._seg >= len(self._segments)
        return out

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._done:
            return
        more = self._next_page(PAGE)
        if more:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._ids += more
            self.endInsertRows()
        if self._done:
            self._set_total(len(self._ids))

    def fetch_all(self) -> list[str]:
        """Every id of the current filter (for a bulk action on a filtered list)."""
        while not self._done:
            self.fetchMore()
        return list(self._ids)

    def _count_done(self, generation: int, n: int) -> None:
        if generation == self._generation:
            self._set_total(n)

    def _set_total(self, n: int) -> None:
        self.total = n
        self.total_known.emit(n)

    # --- access -------------------------------------------------------------------------
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
            start = (row // ROW_PAGE) * ROW_PAGE
            page = self._ids[start:start + ROW_PAGE]
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
            "group": (f"{self._village_names[r.village_code]} {r.group_name}"
                      if r.village_code in self._village_names else r.group_name),
            "head_name": r.head_name, "id_number": mask_id(r.id_number),
            "phone": mask_phone(r.phone), "members": r.members_count,
            "liaison": r.liaison_name, "tags": "、".join(r.tags),
        }[col]
