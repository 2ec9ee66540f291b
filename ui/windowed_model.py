"""One windowed table model for the big lists (the register, the matters list).

A list at township or county scale holds tens or hundreds of thousands of rows; a model that
loads them all makes the first paint and Ctrl+End cost the whole list. This model instead:

- knows its row count from one counting query (``count_rows``), so the scroll bar is the whole
  list from the start; a list already known to be large is counted in a worker thread and the
  count arrives by ``total_known``;
- reads rows a window at a time (``read_rows(offset, limit)``) for what is painted, keeping the
  last ``KEEP_WINDOWS`` windows (least recently used dropped first);
- sorts and filters in the service (an ORDER BY / WHERE), never in Python;
- finds the row of an id (``row_of``) through the service, to re-select a record after a refresh.

Subclasses say what a row is and how it is shown; the windowing is written once, here.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
F = TypeVar("F")


class _CountSignals(QObject):
    counted = Signal(int, int)  # generation, total


class _Count(QRunnable):
    """The counting query off the UI thread (a service call: it opens its own session)."""

    def __init__(self, model: WindowedTableModel[Any, Any], generation: int, flt: Any) -> None:
        super().__init__()
        self.signals = model._count_signals
        self.model_count = model.count_rows
        self.generation = generation
        self.flt = flt

    def run(self) -> None:
        self.signals.counted.emit(self.generation, self.model_count(self.flt))


class WindowedTableModel(QAbstractTableModel, Generic[R, F]):
    """A table whose rows are read from a service a window at a time.

    Subclasses set ``COLUMNS`` and implement ``count_rows``, ``read_rows``, ``row_key``,
    ``position_of``, ``header_text`` and ``display`` (and ``role_data`` for colours/tooltips).
    ``sort_key``/``descending`` are passed to the service by ``read_rows``; ``None`` sort_key
    means the service's own default order.
    """

    COLUMNS: tuple[str, ...] = ()
    WINDOW = 200  # rows per read: several screens of the table
    KEEP_WINDOWS = 40  # windows kept in memory, the least recently used dropped first
    # A list that was this large is counted again in a worker thread (None: always at once).
    # Until the count arrives the table is empty, so a list whose count is cheap next to that
    # blank (the register's count is one indexed GROUP BY) keeps it off.
    BACKGROUND_COUNT_FROM: int | None = None
    total_known = Signal(int)

    def __init__(self, flt: F, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter: F = flt
        self._windows: OrderedDict[int, list[R]] = OrderedDict()
        self.sort_key: str | None = None
        self.descending = False
        self.total: int | None = None
        self._generation = 0
        self._count_signals = _CountSignals()
        self._count_signals.counted.connect(self._counted)

    # --- what a subclass says ------------------------------------------------------------
    def count_rows(self, flt: F) -> int:
        """How many rows ``flt`` lists (one counting query in the service)."""
        raise NotImplementedError

    def read_rows(self, flt: F, offset: int, limit: int) -> list[R]:
        """Rows ``offset`` … ``offset + limit`` of ``flt`` in the list's order."""
        raise NotImplementedError

    def row_key(self, row: R) -> str:
        """The id of a row (what ``row_of`` finds again)."""
        raise NotImplementedError

    def position_of(self, flt: F, key: str) -> int:
        """The row number of ``key`` in the list's order, or -1 (a service query)."""
        raise NotImplementedError

    def header_text(self, column: str) -> str:
        raise NotImplementedError

    def display(self, row: R, column: str) -> Any:
        raise NotImplementedError

    def role_data(self, row: R, column: str, role: int) -> Any:
        """Anything but the display text (colours, tooltips); nothing by default."""
        del row, column, role
        return None

    # --- loading -------------------------------------------------------------------------
    @property
    def filter(self) -> F:
        return self._filter

    def set_filter(self, flt: F, count_in_background: bool | None = None) -> None:
        """Count ``flt``'s rows (the row count) and forget the rows read so far; the rows
        painted are read when painted. The count runs in a worker thread when asked, or by
        default when the list was already ``BACKGROUND_COUNT_FROM`` rows (the table shows no
        rows until it arrives, then ``total_known`` fires); otherwise at once."""
        if count_in_background is None:
            count_in_background = self.BACKGROUND_COUNT_FROM is not None and \
                (self.total or 0) >= self.BACKGROUND_COUNT_FROM
        self.beginResetModel()
        self._generation += 1
        self._filter = flt
        self._windows.clear()
        self.total = None if count_in_background else self.count_rows(flt)
        self.endResetModel()
        if count_in_background:
            QThreadPool.globalInstance().start(_Count(self, self._generation, flt))
        else:
            assert self.total is not None
            self.total_known.emit(self.total)

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:  # a newer filter was set meanwhile
            return
        self.beginResetModel()
        self._windows.clear()
        self.total = total
        self.endResetModel()
        self.total_known.emit(total)

    def set_sort(self, key: str | None, descending: bool = False) -> None:
        """Another order (an ORDER BY in the service); the row count stays."""
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_key, self.descending = key, descending
        self._windows.clear()
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header was clicked: the list in that column's order (in the service)."""
        if 0 <= column < len(self.COLUMNS):
            self.set_sort(self.COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    def _window(self, n: int) -> list[R]:
        rows = self._windows.get(n)
        if rows is None:
            rows = self.read_rows(self._filter, n * self.WINDOW, self.WINDOW)
            self._windows[n] = rows
            while len(self._windows) > self.KEEP_WINDOWS:
                self._windows.popitem(last=False)
        else:
            self._windows.move_to_end(n)
        return rows

    def row(self, row: int) -> R | None:
        """The record shown on ``row`` (its window is read if it is not held)."""
        if not 0 <= row < (self.total or 0):
            return None
        rows = self._window(row // self.WINDOW)
        i = row % self.WINDOW
        return rows[i] if i < len(rows) else None

    def key(self, row: int) -> str:
        r = self.row(row)
        return self.row_key(r) if r is not None else ""

    def row_of(self, key: str) -> int:
        """The row showing this id under the current filter and order, or -1."""
        if not key or not self.total:
            return -1
        return self.position_of(self._filter, key)

    def refresh_rows(self) -> None:
        """Forget cached rows (after an edit) and repaint what is visible; the count stays."""
        self._windows.clear()
        if self.total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.total - 1, len(self.COLUMNS) - 1))

    def retranslate(self) -> None:
        """Header words (and shown labels) follow the language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.total - 1, len(self.COLUMNS) - 1))

    # --- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (self.total or 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return self.header_text(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row(index.row())
        if r is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(r, col)
        return self.role_data(r, col, role)
