"""One windowed table model for the big lists (the register, the matters list).

A list at township or county scale holds tens or hundreds of thousands of rows; a model that
loads them all makes the first paint and Ctrl+End cost the whole list. This model instead:

- knows its row count from one counting query (``count_rows``), so the scroll bar is the whole
  list from the start; where counting would hold up the first paint (a search in a big
  register) the first window is shown at once and the count follows from a worker thread,
  the rows after the first window appearing when it arrives (``total_known``);
- reads rows a window at a time (``read_rows(offset, limit)``) for what is painted, keeping the
  last ``KEEP_WINDOWS`` windows (least recently used dropped first);
- sorts and filters in the service (an ORDER BY / WHERE), never in Python;
- finds the row of an id (``row_of``) through the service, to re-select a record after a refresh.

Subclasses say what a row is and how it is shown; the windowing is written once, here.
"""

from __future__ import annotations

import logging
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

log = logging.getLogger(__name__)
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
        try:
            total = self.model_count(self.flt)
        except Exception:  # counted again on the UI thread, where the error is shown
            log.exception("counting the list failed")
            total = -1
        self.signals.counted.emit(self.generation, total)


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
    # A list that was this large is counted in a worker thread (None: always at once; a
    # subclass may decide per filter in ``count_in_background``).
    BACKGROUND_COUNT_FROM: int | None = None
    total_known = Signal(int)

    def __init__(self, flt: F, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter: F = flt
        self._windows: OrderedDict[int, list[R]] = OrderedDict()
        self.sort_key: str | None = None
        self.descending = False
        self.total: int | None = None
        self._shown = 0  # rows the view has: the total, or the first window while counting
        self._largest = 0  # the largest count seen: how big the list can get
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

    def count_in_background(self, flt: F) -> bool:
        """Whether ``flt`` is counted in a worker thread, its first window shown meanwhile:
        by default when the list was already ``BACKGROUND_COUNT_FROM`` rows."""
        del flt
        return self.BACKGROUND_COUNT_FROM is not None and \
            (self.total or 0) >= self.BACKGROUND_COUNT_FROM

    # --- loading -------------------------------------------------------------------------
    @property
    def filter(self) -> F:
        return self._filter

    def set_filter(self, flt: F, count_in_background: bool | None = None) -> None:
        """Count ``flt``'s rows (the row count) and forget the rows read so far; the rows
        painted are read when painted. Counted in a worker thread when asked (or when
        ``count_in_background`` says so): then the first window is read and shown at once,
        and the rows after it appear when the count arrives (``total_known`` fires then);
        otherwise counted at once and ``total_known`` fires before this returns."""
        background = self.count_in_background(flt) if count_in_background is None \
            else count_in_background
        self.beginResetModel()
        self._generation += 1
        self._filter = flt
        self._windows.clear()
        if background:
            self.total = None
            first = self.read_rows(flt, 0, self.WINDOW)
            self._windows[0] = first
            background = len(first) == self.WINDOW  # fewer: that is the whole list
            self.total = None if background else len(first)
            self._shown = len(first)
        else:
            self.total = self._shown = self.count_rows(flt)
        self.endResetModel()
        if background:
            QThreadPool.globalInstance().start(_Count(self, self._generation, flt))
        else:
            self._known()

    def _known(self) -> None:
        assert self.total is not None
        self._largest = max(self._largest, self.total)
        self.total_known.emit(self.total)

    def _counted(self, generation: int, total: int) -> None:
        """The worker's count: the rows after the first window appear (or, if the list
        shrank meanwhile, the surplus goes); what is selected stays selected."""
        if generation != self._generation:  # a newer filter was set meanwhile
            return
        if total < 0:  # the worker failed: count here, so the error reaches the window
            total = self.count_rows(self._filter)
        if total > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, total - 1)
            self.total = self._shown = total
            self.endInsertRows()
        elif total < self._shown:
            self.beginRemoveRows(QModelIndex(), total, self._shown - 1)
            self.total = self._shown = total
            self._windows.clear()
            self.endRemoveRows()
        else:
            self.total = total
        self._known()

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
        if not 0 <= row < self._shown:
            return None
        rows = self._window(row // self.WINDOW)
        i = row % self.WINDOW
        return rows[i] if i < len(rows) else None

    def key(self, row: int) -> str:
        r = self.row(row)
        return self.row_key(r) if r is not None else ""

    def row_of(self, key: str) -> int:
        """The row showing this id under the current filter and order, or -1."""
        if not key or not self._shown:
            return -1
        return self.position_of(self._filter, key)

    def refresh_rows(self) -> None:
        """Forget cached rows (after an edit) and repaint what is visible; the count stays."""
        self._windows.clear()
        if self._shown:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._shown - 1, len(self.COLUMNS) - 1))

    def retranslate(self) -> None:
        """Header words (and shown labels) follow the language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._shown - 1, len(self.COLUMNS) - 1))

    # --- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

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
