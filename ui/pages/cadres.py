"""Cadres (W3): the liaison cadres, and assigning households to them in bulk — a whole group at
once, or the rows selected in the register table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services import cadres as cs
from app.services import households as hh
from app.services.station import village_names
from ui.household_model import HouseholdTableModel
from ui.i18n import current_lang
from ui.permissions import grey_out
from ui.widgets import FieldErrors, error_label, heading
from ui.workers import run_task

Index = QModelIndex | QPersistentModelIndex


class CadreTableModel(QAbstractTableModel):
    """Cadres; on a township (several villages) a first column names each cadre's village."""

    def __init__(self, parent: Any = None, villages: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.rows: list[cs.CadreRow] = []
        self.villages = villages or {}
        self.offset = 1 if len(self.villages) > 1 else 0

    def set_rows(self, rows: list[cs.CadreRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3 + self.offset)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4 + self.offset

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            names = (self.tr("Name"), self.tr("Title"), self.tr("Phone"), self.tr("Households"))
            return ((self.tr("Village"),) + names if self.offset else names)[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        values: tuple[Any, ...] = (r.name + ("" if r.active else " " + self.tr("(inactive)")),
                                   r.title, r.phone_shown, r.households)
        if self.offset:
            values = (self.villages.get(r.village_code, r.village_code), *values)
        return values[index.column()]


class CadreDialog(QDialog):
    def __init__(self, ctx: AppContext, row: cs.CadreRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("Edit cadre") if row else self.tr("New cadre"))
        self.name = QLineEdit(row.name if row else "")
        self.title = QLineEdit(row.title if row else "")
        self.phone = QLineEdit(row.phone if row else "")
        self.leader = QCheckBox(self.tr("Leads the station"))
        self.leader.setChecked(bool(row and row.is_leader))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(row.active if row else True)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = QFormLayout(self)
        form.addRow(self.general)
        for text, key, widget in ((self.tr("Name"), "name", self.name),
                                  (self.tr("Title"), "title", self.title),
                                  (self.tr("Phone"), "phone", self.phone)):
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(self.errors.add(key))
            form.addRow(text, box)
        form.addRow("", self.leader)
        if row:
            form.addRow("", self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        data = cs.CadreInput(name=self.name.text(), phone=self.phone.text(),
                             title=self.title.text(), is_leader=self.leader.isChecked())
        try:
            if self.row:
                cs.update_cadre(self.ctx, self.row.id, data, active=self.active.isChecked())
                self.saved_id = self.row.id
            else:
                self.saved_id = cs.add_cadre(self.ctx, data)
        except MinqingError as exc:
            self.errors.show(exc)
            return
        super().accept()


class CadresPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading()
        names = village_names(ctx)
        self.model = CadreTableModel(self, names)
        # A township's cadres come from many villages: a filter by village.
        self.village = QComboBox()
        self.village.setObjectName("cadre_village_filter")
        self.village.addItem("", "")
        for code, name in sorted(names.items()):
            self.village.addItem(name, code)
        self.village.setVisible(len(names) > 1)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.show_inactive = QCheckBox()
        # Why the selected cadre cannot be changed here (a township on a village's cadre).
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color:#8a5a00")
        self.refusal.setVisible(False)
        # Assigning panel
        self.assign_box = QGroupBox()
        self.target = QLabel()
        self.group = QComboBox()
        self.assign_group_button = QPushButton()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.households = HouseholdTableModel(ctx, self)
        self.hh_table = QTableView()
        self.hh_table.setModel(self.households)
        self.hh_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.hh_table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.hh_table.verticalHeader().setVisible(False)
        self.hh_table.horizontalHeader().setStretchLastSection(True)
        for col in (2, 3):  # ID and phone are not needed to pick households
            self.hh_table.setColumnHidden(col, True)
        self.hh_table.setColumnWidth(0, 70)
        self.hh_table.setColumnWidth(1, 125)
        self.assign_selected_button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.assigning = False
        self.read_only = False
        self.group_label = QLabel()
        ab = QVBoxLayout(self.assign_box)
        ab.addWidget(self.target)
        g = QHBoxLayout()
        g.addWidget(self.group_label)
        g.addWidget(self.group, 1)
        g.addWidget(self.assign_group_button)
        ab.addLayout(g)
        ab.addWidget(self.search)
        ab.addWidget(self.hh_table, 1)
        ab.addWidget(self.assign_selected_button)
        ab.addWidget(self.result)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.refusal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.village)
        buttons.addWidget(self.show_inactive)
        lv.addLayout(buttons)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.assign_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter)
        self.add_button.clicked.connect(self.add_cadre)
        self.edit_button.clicked.connect(self.edit_cadre)
        self.table.doubleClicked.connect(lambda _i: self.edit_cadre())
        self.show_inactive.toggled.connect(lambda _b: self.refresh())
        self.village.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda _a, _b: self._update_target())
        self.assign_group_button.clicked.connect(self.assign_group)
        self.assign_selected_button.clicked.connect(self.assign_selected)
        self.search.textChanged.connect(self._search)
        self.retranslate()
        self.refresh()
        self.reload_groups()
        self._search()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cadres and their households"))
        self.add_button.setText(self.tr("New cadre…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.show_inactive.setText(self.tr("Show inactive"))
        self.village.setItemText(0, self.tr("All villages"))
        self.assign_box.setTitle(self.tr("Assign households"))
        self.group_label.setText(self.tr("Whole group:"))
        self.assign_group_button.setText(self.tr("Assign the group"))
        self.search.setPlaceholderText(self.tr("Find households to select (name, pinyin, digits)"))
        self.assign_selected_button.setText(self.tr("Assign the selected households"))
        self.model.retranslate()
        self.households.retranslate()
        self._update_target()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, keep: str | None = None) -> None:
        keep = keep or self.current_id()
        rows = cs.cadres_for(self.ctx, str(self.village.currentData() or "") or None,
                             include_inactive=self.show_inactive.isChecked())
        self.model.set_rows(rows)
        idx = next((i for i, r in enumerate(rows) if r.id == keep), 0)
        if rows:
            self.table.selectRow(idx)
        self._update_target()

    def reload_groups(self) -> None:
        groups = cs.groups_to_assign(self.ctx)
        self.group.clear()
        for grp in groups:
            self.group.addItem(grp.name, grp.id)

    def _search(self) -> None:
        self.households.set_filter(hh.HouseholdFilter(text=self.search.text()))

    def current(self) -> cs.CadreRow | None:
        idx = self.table.currentIndex()
        return self.model.rows[idx.row()] if idx.isValid() else None

    def current_id(self) -> str | None:
        c = self.current()
        return c.id if c else None

    def select_cadre(self, cadre_id: str) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == cadre_id:
                self.table.selectRow(i)

    def _update_target(self) -> None:
        c = self.current()
        enabled = c is not None
        actions = cs.cadre_actions(self.ctx, c) if c is not None else None
        reason = actions.refusal.message(current_lang()) \
            if actions is not None and actions.refusal is not None else ""
        for w in (self.assign_group_button, self.assign_selected_button):
            w.setEnabled(enabled and not self.read_only and (actions is None or actions.assign))
            w.setToolTip(reason)
        if not self.read_only:
            self.edit_button.setEnabled(actions is None or actions.edit)
        self.edit_button.setToolTip(reason)
        self.refusal.setText(reason)
        self.refusal.setVisible(bool(reason))
        self.target.setText(self.tr("Make %1 the liaison cadre of:").replace("%1", c.name)
                            if c else self.tr("Pick a cadre on the left first."))

    def set_read_only(self, read_only: bool) -> None:
        """A read-only account sees cadres and their households but changes nothing."""
        self.read_only = read_only
        grey_out((self.add_button, self.edit_button, self.assign_group_button,
                  self.assign_selected_button), read_only)
        if not read_only:
            self._update_target()

    def add_cadre(self) -> None:
        dlg = CadreDialog(self.ctx, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh(keep=dlg.saved_id)
            self.changed.emit()

    def edit_cadre(self) -> None:
        c = self.current()
        if c is None or self.read_only or not cs.cadre_actions(self.ctx, c).edit:
            return
        dlg = CadreDialog(self.ctx, c, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.refresh(keep=c.id)
            self.changed.emit()

    def _assign(self, ids: list[str]) -> None:
        """One transaction in a worker thread: a whole group at county scale is thousands of
        rows. It cannot be interrupted half-way (all or nothing), so the dialog has no Cancel."""
        c = self.current()
        if c is None:
            return
        if not ids:
            self.result.setText(self.tr("No households selected."))
            return
        ctx, cadre_id, name = self.ctx, c.id, c.name
        self.assigning = True
        run_task(self, self.tr("Assigning %n household(s)…", "", len(ids)),
                 lambda _p: cs.assign(ctx, cadre_id, ids),
                 lambda changed: self._assigned(cadre_id, name, changed),
                 self._assign_failed, cancellable=False)

    def _assigned(self, cadre_id: str, name: str, changed: int) -> None:
        self.assigning = False
        self.result.setText(self.tr("%n household(s) now have %1 as liaison cadre.", "", changed)
                            .replace("%1", name))
        self.households.refresh_rows()
        self.refresh(keep=cadre_id)
        self.changed.emit()

    def _assign_failed(self, exc: BaseException) -> None:
        self.assigning = False
        if isinstance(exc, MinqingError):
            self.result.setText(exc.message(current_lang()))
        else:
            raise exc  # unexpected: the calm dialog and the log

    def assign_group(self) -> None:
        gid = str(self.group.currentData() or "")
        if not gid:
            return
        ids = cs.group_household_ids(self.ctx, gid)
        self._assign(ids)

    def assign_selected(self) -> None:
        rows = sorted({i.row() for i in self.hh_table.selectionModel().selectedRows()})
        self._assign([self.households.household_id(r) for r in rows])

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("cadres/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("cadres/splitter")
        if state is not None:
            self.splitter.restoreState(state)  # type: ignore[arg-type]
