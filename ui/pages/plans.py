"""Plans (预安销号, W11): this month's and next month's items per cadre.

Quick entry: pick a cadre, type one item per line, Ctrl+Enter adds them all. The table lists
the month's items; the buttons under it approve or assign (administrator), check off as done
or not done with the reason, confirm (administrator), carry an unfinished item into next month
or drop it with a reason. Every rule is the service's (``app.services.plans``); the page only
shows its dataclasses and its refusals.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services import plans as ps
from app.services.stats import Month
from ui.i18n import current_lang, lbl
from ui.permissions import grey_out
from ui.rows_model import RowsModel
from ui.scaffold import Retranslating
from ui.widgets import error_label, heading

Index = QModelIndex | QPersistentModelIndex
ADMIN_ROLES = ("administrator", "township_administrator")


def month_label(m: Month) -> str:
    return f"{m.year}年{m.month}月" if current_lang() == "zh_CN" else \
        date(m.year, m.month, 1).strftime("%b %Y")


class PlanTableModel(RowsModel):
    """The month's plan items, one row each, from ``PlanItemRow``s."""

    COLUMNS = 6
    columns = ("cadre", "text", "origin", "status", "note", "confirmed_by")
    rows: list[ps.PlanItemRow]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_headers([self.tr("Cadre"), self.tr("Plan item"), self.tr("From"),
                          self.tr("Status"), self.tr("Note"), self.tr("Confirmed by")])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            carried = (" " + self.tr("(carried over)")) if r.carried_from else ""
            return (r.cadre_name, r.text + carried, lbl(r.origin), lbl(r.status), r.note,
                    r.confirmed_by)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            colour = {"done": "#1b7a2f", "not_done": "#b3261e", "dropped": "#777777"}
            c = colour.get(r.status)
            return QBrush(QColor(c)) if c else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return r.text
        return None


class QuickEntry(QPlainTextEdit):
    """One item per line; Ctrl+Enter (either Enter key) submits them all."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class PlansPage(Retranslating, QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.setObjectName("plans_page")
        self.title = heading()
        self.month = QComboBox()
        self.month.setObjectName("plans_month")
        self.cadre_filter = QComboBox()
        self.summary = QLabel()
        self.model = PlanTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("plans_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 90)
        self.table.setWordWrap(False)
        self.error = error_label()
        self.approve_btn = QPushButton()
        self.done_btn = QPushButton()
        self.not_done_btn = QPushButton()
        self.confirm_btn = QPushButton()
        self.carry_btn = QPushButton()
        self.drop_btn = QPushButton()
        self.approve_btn.clicked.connect(self.approve_selected)
        self.done_btn.clicked.connect(lambda: self.close_selected(True))
        self.not_done_btn.clicked.connect(self._ask_not_done)
        self.confirm_btn.clicked.connect(self.confirm_selected)
        self.carry_btn.clicked.connect(self.carry_selected)
        self.drop_btn.clicked.connect(self._ask_drop)
        # quick entry
        self.entry_box = QGroupBox()
        self.entry_cadre = QComboBox()
        self.entry_cadre.setObjectName("plans_entry_cadre")
        self.entry_month = QComboBox()
        self.entry = QuickEntry()
        self.entry.setObjectName("plans_entry")
        self.entry.setTabChangesFocus(True)
        self.assigned = QCheckBox()
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("plans_add")
        self.add_btn.clicked.connect(self.add_entered)
        self.entry_hint = QLabel()
        self.entry_hint.setWordWrap(True)
        self.entry.submitted.connect(self.add_entered)
        self._cadre_label = QLabel()
        self._month_label = QLabel()
        self._filter_label = QLabel()
        self._entry_cadre_label = QLabel()
        self._entry_month_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self._month_label)
        top.addWidget(self.month)
        top.addWidget(self._filter_label)
        top.addWidget(self.cadre_filter)
        buttons = QHBoxLayout()
        for b in (self.approve_btn, self.done_btn, self.not_done_btn, self.confirm_btn,
                  self.carry_btn, self.drop_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.summary)
        lv.addWidget(self.table, 1)
        lv.addLayout(buttons)
        ev = QVBoxLayout(self.entry_box)
        row = QHBoxLayout()
        row.addWidget(self._entry_cadre_label)
        row.addWidget(self.entry_cadre, 1)
        ev.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self._entry_month_label)
        row2.addWidget(self.entry_month, 1)
        ev.addLayout(row2)
        ev.addWidget(self.entry, 1)
        ev.addWidget(self.entry_hint)
        ev.addWidget(self.assigned)
        ev.addWidget(self.add_btn)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.entry_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([760, 300])
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.error)
        outer.addWidget(split, 1)
        self._months()
        self.month.currentIndexChanged.connect(self.refresh)
        self.cadre_filter.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.read_only = False
        self.retranslate()
        self.reload()

    # --- words --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Work plans (预安销号)"))
        self._month_label.setText(self.tr("Month:"))
        self._filter_label.setText(self.tr("Cadre:"))
        self._entry_cadre_label.setText(self.tr("Cadre:"))
        self._entry_month_label.setText(self.tr("Month:"))
        self.entry_box.setTitle(self.tr("New items, one per line"))
        self.entry_hint.setText(self.tr("Type each item on its own line; Ctrl+Enter adds them "
                                        "all to the cadre's plan."))
        self.assigned.setText(self.tr("Assigned by the level above (安, approved at once)"))
        self.add_btn.setText(self.tr("Add items (Ctrl+Enter)"))
        self.approve_btn.setText(self.tr("Approve"))
        self.done_btn.setText(self.tr("Done"))
        self.not_done_btn.setText(self.tr("Not done…"))
        self.confirm_btn.setText(self.tr("Confirm"))
        self.carry_btn.setText(self.tr("Carry to next month"))
        self.drop_btn.setText(self.tr("Drop…"))
        for combo in (self.month, self.entry_month):
            for i in range(combo.count()):
                combo.setItemText(i, month_label(Month.parse(combo.itemData(i))))
        if self.cadre_filter.count():
            self.cadre_filter.setItemText(0, self.tr("All cadres"))
        self.model.retranslate()
        self._summarise()
        self._update_buttons()

    # --- data ---------------------------------------------------------------------------
    def _months(self) -> None:
        this = Month(self.today.year, self.today.month)
        nxt = ps.next_month(this)
        past = []
        m = this
        for _ in range(11):
            m = Month(m.year - (m.month == 1), 12 if m.month == 1 else m.month - 1)
            past.append(m)
        for mm in [nxt, this, *past]:
            self.month.addItem(month_label(mm), str(mm))
        for mm in (this, nxt):
            self.entry_month.addItem(month_label(mm), str(mm))
        self.month.setCurrentIndex(1)

    def reload(self) -> None:
        """Re-read the cadres (after the Cadres page changed them) and the items."""
        cadres = ps.plan_cadres(self.ctx)
        keep = self.cadre_filter.currentData()
        keep_entry = self.entry_cadre.currentData()
        self.cadre_filter.blockSignals(True)
        self.cadre_filter.clear()
        self.cadre_filter.addItem(self.tr("All cadres"), "")
        self.entry_cadre.clear()
        for c in cadres:
            text = f"{c.name}（{c.title}）" if c.title else c.name
            self.cadre_filter.addItem(text, c.id)
            if c.own:
                self.entry_cadre.addItem(text, c.id)
        if keep:
            self.cadre_filter.setCurrentIndex(max(0, self.cadre_filter.findData(keep)))
        if keep_entry:
            self.entry_cadre.setCurrentIndex(max(0, self.entry_cadre.findData(keep_entry)))
        self.cadre_filter.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        month = self.month.currentData()
        if not month:
            return
        self.model.set_rows(ps.list_items(self.ctx, month, self.cadre_filter.currentData()
                                          or None))
        self._summarise()
        self._update_buttons()

    def _summarise(self) -> None:
        rows = self.model.rows
        counted = [r for r in rows if r.status != "dropped"]
        done = sum(r.status == "done" for r in counted)
        if counted:
            self.summary.setText(self.tr("%1 items, %2 done: closure rate %3").replace(
                "%1", str(len(counted))).replace("%2", str(done)).replace(
                "%3", f"{done / len(counted):.0%}"))
        else:
            self.summary.setText(self.tr("No plan items for this month yet."))

    def selected(self) -> list[ps.PlanItemRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows]

    def select_rows(self, rows: list[int]) -> None:
        self.table.clearSelection()
        sm = self.table.selectionModel()
        for r in rows:
            sm.select(self.model.index(r, 0), sm.SelectionFlag.Select | sm.SelectionFlag.Rows)

    def _update_buttons(self, *_: Any) -> None:
        sel = self.selected() if hasattr(self, "read_only") else []
        admin = self.ctx.role in ADMIN_ROLES
        writable = not getattr(self, "read_only", False)
        any_open = any(r.is_open for r in sel)
        any_closed_unconfirmed = any(r.is_closed and not r.confirmed_by for r in sel)
        self.approve_btn.setEnabled(writable and admin and any(r.status == "planned"
                                                               for r in sel))
        self.done_btn.setEnabled(writable and any_open)
        self.not_done_btn.setEnabled(writable and any_open)
        self.confirm_btn.setEnabled(writable and admin and any_closed_unconfirmed)
        self.carry_btn.setEnabled(writable and len(sel) == 1 and sel[0].status in (
            "planned", "approved", "not_done"))
        self.drop_btn.setEnabled(writable and any_open)
        self.assigned.setEnabled(writable and admin)
        if not admin:
            self.assigned.setChecked(False)
        tip = "" if admin else self.tr("Only an administrator (the level above) approves, "
                                       "assigns and confirms.")
        for b in (self.approve_btn, self.confirm_btn, self.assigned):
            b.setToolTip(tip)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        grey_out([self.add_btn, self.entry], read_only)
        self._update_buttons()

    # --- actions ------------------------------------------------------------------------
    def _show(self, exc: MinqingError | None) -> None:
        self.error.setVisible(exc is not None)
        self.error.setText(exc.message(current_lang()) if exc else "")

    def _act(self, fn: Any) -> bool:
        try:
            fn()
        except MinqingError as exc:
            self._show(exc)
            self.refresh()
            return False
        self._show(None)
        self.refresh()
        self.changed.emit()
        return True

    def add_entered(self) -> bool:
        cadre = self.entry_cadre.currentData()
        lines = self.entry.toPlainText().splitlines()
        if not cadre:
            return False
        month = self.entry_month.currentData()
        ok = self._act(lambda: ps.add_items(self.ctx, cadre, month, lines,
                                            assigned=self.assigned.isChecked()))
        if ok:
            self.entry.clear()
            i = self.month.findData(month)
            if i >= 0 and i != self.month.currentIndex():
                self.month.setCurrentIndex(i)
            self.entry.setFocus()
        return ok

    def approve_selected(self) -> bool:
        ids = [r.id for r in self.selected() if r.status == "planned"]
        return self._act(lambda: ps.approve(self.ctx, ids))

    def close_selected(self, done: bool, note: str = "") -> bool:
        ids = [r.id for r in self.selected() if r.is_open]

        return self._act(lambda: ps.close_items(self.ctx, ids, done, note))

    def _ask_not_done(self) -> None:
        note, ok = QInputDialog.getText(self, self.tr("Not done"),
                                        self.tr("Why was it not done?"))
        if ok:
            self.close_selected(False, note)

    def confirm_selected(self) -> bool:
        ids = [r.id for r in self.selected() if r.is_closed and not r.confirmed_by]

        return self._act(lambda: ps.confirm_items(self.ctx, ids))

    def carry_selected(self) -> bool:
        sel = self.selected()
        if len(sel) != 1:
            return False
        return self._act(lambda: ps.carry_over(self.ctx, sel[0].id, self.today))

    def drop_selected(self, reason: str) -> bool:
        ids = [r.id for r in self.selected() if r.is_open]

        return self._act(lambda: ps.drop_items(self.ctx, ids, reason))

    def _ask_drop(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Drop"), self.tr("Reason:"))
        if ok:
            self.drop_selected(reason)
