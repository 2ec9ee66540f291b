"""Events: the month's gatherings (joint office days, meetings …) and the opinion boxes.

Fed only by service dataclasses (``app.services.events`` / ``boxes``); writes go through the
same services, so the window refuses exactly what the CLI refuses.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.i18n import tr as msg
from app.services import boxes as box_service
from app.services import events as event_service
from app.services.matters import MatterInput
from app.services.stats import Month
from models.event import EventKind
from models.vocab import MatterCategory
from ui.i18n import current_lang, fmt_date, lbl
from ui.rows_model import RowsModel
from ui.scaffold import Retranslating
from ui.widgets import error_label, heading

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    return msg(f"event_kind_{kind}", current_lang())


class EventTableModel(RowsModel):
    """The month's gatherings, one row each (headings set by the page's ``retranslate``)."""

    columns = ("date", "kind", "title", "days", "households", "matters", "on_spot")
    rows: list[event_service.EventRow]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return [fmt_date(r.start_date), kind_label(r.kind), r.title, str(r.days),
                str(r.households), str(r.matters), str(r.on_spot)][index.column()]


class EventDialog(QDialog):
    """The event form: kind, dates, people present (households by group or search), minutes,
    and the matters raised, each possibly settled on the spot."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: event_service.EventSaved | None = None
        self.setWindowTitle(self.tr("New gathering"))
        self.kind = QComboBox()
        for k in EventKind:
            self.kind.addItem(kind_label(k.value), k.value)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.days = QSpinBox()
        self.days.setRange(1, 31)
        self.hours = QSpinBox()
        self.hours.setRange(0, 99)  # the service names what is impossible
        self.hours.setValue(8)
        self.title_edit = QLineEdit()
        self.place = QLineEdit()
        self.chair = QLineEdit()
        self.guests = QLineEdit()
        self.minutes = QPlainTextEdit()
        self.minutes.setFixedHeight(60)
        self.cadres = QListWidget()
        self.cadres.setFixedHeight(80)
        for c in event_service.cadres_for_picking(ctx):
            it = QListWidgetItem(f"{c.name} {c.title}".strip())
            it.setData(Qt.ItemDataRole.UserRole, c.id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.cadres.addItem(it)
        self.group = QComboBox()
        self.group.addItem(self.tr("All groups"), "")
        for g in event_service.groups_for_picking(ctx):
            self.group.addItem(g.name, g.id)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or pinyin initials"))
        self.find_btn = QPushButton(self.tr("Find"))
        self.tick_all = QPushButton(self.tr("Tick all listed"))
        self.households = QListWidget()
        self.households.setFixedHeight(120)
        self.picked: set[str] = set()
        self.matters = QTableWidget(0, 4)
        self.matters.setFixedHeight(110)
        self.matters.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.matters.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.matters.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Matter"),
                                                self.tr("On the spot"), self.tr("Result")])
        self.add_matter = QPushButton(self.tr("Add a matter raised"))
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(QLabel(self.tr("days:")))
        when.addWidget(self.days)
        when.addWidget(QLabel(self.tr("hours a day:")))
        when.addWidget(self.hours)
        form.addRow(self.tr("Date:"), when)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Chair:"), self.chair)
        form.addRow(self.tr("Cadres present:"), self.cadres)
        form.addRow(self.tr("Other guests:"), self.guests)
        pick = QHBoxLayout()
        pick.addWidget(self.group)
        pick.addWidget(self.search, 1)
        pick.addWidget(self.find_btn)
        pick.addWidget(self.tick_all)
        form.addRow(self.tr("Households:"), pick)
        form.addRow("", self.households)
        form.addRow(self.tr("Minutes:"), self.minutes)
        form.addRow(self.tr("Matters raised:"), self.matters)
        form.addRow("", self.add_matter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.group.currentIndexChanged.connect(lambda _i: self.list_households())
        self.find_btn.clicked.connect(self.list_households)
        self.search.returnPressed.connect(self.list_households)
        self.tick_all.clicked.connect(self._tick_all)
        self.households.itemChanged.connect(self._ticked)
        self.add_matter.clicked.connect(self.add_matter_row)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.resize(720, 760)
        self.list_households()

    def list_households(self) -> None:
        self.households.blockSignals(True)
        self.households.clear()
        for h in event_service.households_for_picking(
                self.ctx, group_id=self.group.currentData() or "", text=self.search.text()):
            it = QListWidgetItem(f"{h.name}（{h.group}）" if h.group else h.name)
            it.setData(Qt.ItemDataRole.UserRole, h.id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if h.id in self.picked
                             else Qt.CheckState.Unchecked)
            self.households.addItem(it)
        self.households.blockSignals(False)

    def _tick_all(self) -> None:
        for i in range(self.households.count()):
            self.households.item(i).setCheckState(Qt.CheckState.Checked)

    def _ticked(self, it: QListWidgetItem) -> None:
        hid = it.data(Qt.ItemDataRole.UserRole)
        if it.checkState() == Qt.CheckState.Checked:
            self.picked.add(hid)
        else:
            self.picked.discard(hid)

    def add_matter_row(self) -> None:
        row = self.matters.rowCount()
        self.matters.insertRow(row)
        cat = QComboBox()
        for c in MatterCategory:
            cat.addItem(lbl(c.value), c.value)
        self.matters.setCellWidget(row, 0, cat)
        self.matters.setCellWidget(row, 1, QLineEdit())
        self.matters.setCellWidget(row, 2, QCheckBox())
        self.matters.setCellWidget(row, 3, QLineEdit())

    def data(self) -> event_service.EventInput:
        raised = []
        for r in range(self.matters.rowCount()):
            cat, title = self.matters.cellWidget(r, 0), self.matters.cellWidget(r, 1)
            spot, result = self.matters.cellWidget(r, 2), self.matters.cellWidget(r, 3)
            assert isinstance(cat, QComboBox) and isinstance(title, QLineEdit)
            assert isinstance(spot, QCheckBox) and isinstance(result, QLineEdit)
            if not title.text().strip():
                continue
            raised.append(event_service.RaisedMatter(
                MatterInput(category=cat.currentData(), title=title.text()),
                on_spot=spot.isChecked(), result=result.text()))
        cadres = [self.cadres.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.cadres.count())
                  if self.cadres.item(i).checkState() == Qt.CheckState.Checked]
        return event_service.EventInput(
            kind=self.kind.currentData(), start_date=_pydate(self.day.date()),
            title=self.title_edit.text(), days=self.days.value(), hours=self.hours.value(),
            place=self.place.text(), chair=self.chair.text(), guests=self.guests.text(),
            minutes=self.minutes.toPlainText(), cadre_ids=cadres,
            household_ids=sorted(self.picked), matters=raised)

    def save(self) -> None:
        try:
            self.saved = event_service.record_event(self.ctx, self.data())
        except MinqingError as exc:
            self.error.setText(exc.message(current_lang()))
            self.error.show()
            return
        self.accept()


class BoxesTab(QWidget):
    """The opinion boxes, one per group, and this month's openings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Place"),
                                              self.tr("Installed"), self.tr("Last opened"),
                                              self.tr("Openings this month")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.group = QLineEdit()
        self.group.setPlaceholderText(self.tr("Group number"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Where the box hangs"))
        self.add = QPushButton(self.tr("Add box"))
        self.slips = QSpinBox()
        self.slips.setRange(0, 999)
        self.open_btn = QPushButton(self.tr("Record an opening of the selected box today"))
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.group)
        row.addWidget(self.place, 1)
        row.addWidget(self.add)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(self.tr("Slips found:")))
        row2.addWidget(self.slips)
        row2.addWidget(self.open_btn)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        layout.addLayout(row)
        layout.addLayout(row2)
        layout.addWidget(self.error)
        self.add.clicked.connect(self._add)
        self.open_btn.clicked.connect(self._open)
        self.box_ids: list[str] = []

    def refresh(self, month: Month) -> None:
        ov = box_service.boxes_overview(self.ctx, month)
        self.table.setRowCount(len(ov.boxes))
        self.box_ids = [b.id for b in ov.boxes]
        for i, b in enumerate(ov.boxes):
            for j, text in enumerate([b.group_name, b.place, fmt_date(b.installed),
                                      fmt_date(b.last_opened) if b.last_opened else "—",
                                      str(b.openings)]):
                self.table.setItem(i, j, _item(text))
        self.missing.setText(self.tr("Groups without a box: %1").replace(
            "%1", "、".join(ov.groups_without_box)) if ov.groups_without_box else "")

    def _add(self) -> None:
        self._run(lambda: box_service.add_box(self.ctx, self.group.text(), self.place.text()))

    def _open(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.error.setText(self.tr("Select a box first."))
            self.error.show()
            return
        self._run(lambda: box_service.open_box(self.ctx, self.box_ids[row], date.today(),
                                               self.slips.value(), opened_by=self.ctx.actor))

    def _run(self, action: Any) -> None:
        try:
            action()
        except MinqingError as exc:
            self.error.setText(exc.message(current_lang()))
            self.error.show()
            return
        self.error.hide()
        today = date.today()
        self.refresh(Month(today.year, today.month))


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _item(text: str) -> Any:
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem(text)


class EventsPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading()
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy-MM")
        self.new = QPushButton()
        self.model = EventTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1):  # a date and a kind are never cut short
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.summary = QLabel()
        self.boxes = BoxesTab(ctx)
        self.tabs = QTabWidget()
        events_tab = QWidget()
        top = QHBoxLayout()
        self.month_label = QLabel()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.new)
        inner = QVBoxLayout(events_tab)
        inner.addLayout(top)
        inner.addWidget(self.view, 1)
        inner.addWidget(self.summary)
        self.tabs.addTab(events_tab, "")
        self.tabs.addTab(self.boxes, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.new.clicked.connect(self.new_event)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Gatherings and opinion boxes"))
        self.month_label.setText(self.tr("Month:"))
        self.new.setText(self.tr("New gathering…"))
        self.tabs.setTabText(0, self.tr("Gatherings"))
        self.tabs.setTabText(1, self.tr("Opinion boxes"))
        self.model.set_headers([self.tr("Date"), self.tr("Kind"), self.tr("Title"),
                                self.tr("Days"), self.tr("Households"), self.tr("Matters"),
                                self.tr("Settled on the spot")])

    def on_language_change(self) -> None:
        self.retranslate()
        self.refresh()

    def current_month(self) -> Month:
        d = self.month.date()
        return Month(d.year(), d.month())

    def refresh(self) -> None:
        month = self.current_month()
        rows = event_service.list_events(self.ctx, month)
        self.model.set_rows(rows)
        fig = event_service.month_event_figures(self.ctx, month)
        self.summary.setText(
            self.tr("%1 gatherings, %2 joint office days, %3 households reached, "
                    "%4 matters raised, %5 settled on the spot")
            .replace("%1", str(fig["held"])).replace("%2", str(fig["joint_office_days"]))
            .replace("%3", str(fig["households_reached"]))
            .replace("%4", str(fig["matters_raised"]))
            .replace("%5", str(fig["resolved_on_spot"])))
        self.boxes.refresh(month)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only account is not offered what the services would refuse."""
        from ui.permissions import grey_out

        grey_out([self.new, self.boxes.add, self.boxes.open_btn], read_only)

    def new_event(self) -> None:
        dlg = EventDialog(self.ctx, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
