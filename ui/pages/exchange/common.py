"""Small pieces the exchange tabs share: colours of good and bad news, the worker's progress
callback in the services' shape, and a read-only table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from ui.workers import Progress

ALL_VILLAGES = "*"
OK_STYLE = "color: #1b5e20;"
BAD_STYLE = "color: #b3261e;"


def progress_callback(p: Progress) -> Callable[[str, int, int], bool]:
    """The services' ``progress(stage, done, total)``: report, and False once cancelled."""
    def cb(_stage: str, done: int, total: int) -> bool:
        p.report(done, max(total, 1))
        return not p.cancelled()
    return cb


def table(headers: int) -> QTableWidget:
    t = QTableWidget(0, headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.setAlternatingRowColors(True)
    return t


def set_rows(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(text))
    t.resizeColumnsToContents()
