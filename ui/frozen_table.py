"""A table whose first columns stay put while the others scroll sideways.

The comparison tables have fourteen columns; at 1024×600 a clerk scrolling to "duties met" loses
sight of which village the row is. Qt has no built-in frozen column, so this follows Qt's own
"Frozen Column" example: a second view over the same model and the same selection model lies on
top of the first columns, shows only those, and scrolls vertically with the main view. Sorting,
selection and keyboard moves go through the main view, so callers treat it as one QTableView.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class FrozenColumnsTable(QTableView):
    """A ``QTableView`` keeping its first ``frozen`` columns in view."""

    def __init__(self, frozen: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = frozen
        self.front = QTableView(self)
        self.front.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.front.verticalHeader().hide()
        self.front.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.front.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.front.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.front.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.front.setStyleSheet("QTableView { border: none; }")
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.front)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(
            lambda i, _old, new: self.front.setRowHeight(i, new))
        self.front.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.front.verticalScrollBar().setValue)
        # A click on the frozen header sorts like a click on the main header.
        self.front.horizontalHeader().sectionClicked.connect(self._front_header_clicked)

    # --- the same model, selection and look in both views -------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.front.setModel(model)
        if model is None:
            return
        self.front.setSelectionModel(self.selectionModel())
        model.layoutChanged.connect(self._sync_columns)
        model.modelReset.connect(self._sync_columns)
        model.columnsInserted.connect(self._sync_columns)
        self._sync_columns()

    def setSelectionModel(self, selection: QItemSelectionModel) -> None:
        super().setSelectionModel(selection)
        self.front.setSelectionModel(selection)

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:
        super().setSelectionBehavior(behavior)
        self.front.setSelectionBehavior(behavior)

    def setSelectionMode(self, mode: QAbstractItemView.SelectionMode) -> None:
        super().setSelectionMode(mode)
        self.front.setSelectionMode(mode)

    def setEditTriggers(self, triggers: Any) -> None:
        super().setEditTriggers(triggers)
        self.front.setEditTriggers(triggers)

    def setSortingEnabled(self, enable: bool) -> None:
        super().setSortingEnabled(enable)
        self.front.horizontalHeader().setSortIndicatorShown(enable)
        self.horizontalHeader().sortIndicatorChanged.connect(
            self.front.horizontalHeader().setSortIndicator)

    def _front_header_clicked(self, section: int) -> None:
        if not self.isSortingEnabled():
            return
        header = self.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() == section and \
                header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        self.sortByColumn(section, order)

    def _sync_columns(self, *_args: Any) -> None:
        model = self.model()
        if model is None:
            return
        for col in range(model.columnCount()):
            self.front.setColumnHidden(col, col >= self.frozen)
            if col < self.frozen:
                self.front.setColumnWidth(col, self.columnWidth(col))
        self._place_front()

    def _section_resized(self, index: int, _old: int, new: int) -> None:
        if index < self.frozen:
            self.front.setColumnWidth(index, new)
            self._place_front()

    # --- geometry -------------------------------------------------------------------------------
    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.frozen) if not self.isColumnHidden(c))

    def _place_front(self) -> None:
        vh = self.verticalHeader()
        x = self.frameWidth() + (vh.width() if vh.isVisible() else 0)
        self.front.setGeometry(x, self.frameWidth(), self.frozen_width(),
                               self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_front()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "front"):
            self._place_front()

    # --- keyboard and scrolling never hide the current cell under the frozen part ---------------
    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        if action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= self.frozen:
            visual = self.visualRect(current).topLeft().x()
            if visual < self.frozen_width():
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + visual - self.frozen_width())
        return current

    def scrollTo(self, index: QModelIndex | Any,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        if index.column() >= self.frozen:
            super().scrollTo(index, hint)
