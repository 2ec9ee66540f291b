"""The household register (W2/W3 context): lazy table, search-as-you-type, filters, detail pane,
add/edit dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.i18n import tr as message
from app.services import households as hh
from app.services import users
from app.services.household_detail import household_detail, register_choices
from models.vocab import HOUSEHOLD_TAGS
from ui.fonts import row_height
from ui.household_model import HouseholdTableModel
from ui.i18n import current_lang, fmt_date, lbl
from ui.permissions import grey_out
from ui.scaffold import FormDialog, Retranslating
from ui.settings_store import restore_splitter, save_splitter
from ui.widgets import heading


class HouseholdDialog(FormDialog):
    """Add or edit one household; problems are shown under the field, the form stays filled."""

    def __init__(self, ctx: AppContext, row: hh.HouseholdRow | None = None,
                 group_number: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", parent, ok=FormDialog.StandardButton.Save, min_width=480)
        self.ctx = ctx
        self.row = row
        self.saved_id: str | None = None
        self.head = QLineEdit(row.head_name if row else "")
        self.group = QSpinBox()
        self.group.setRange(0, 99)
        self.group.setSpecialValueText("—")
        self.group.setValue(group_number or 0)
        self.id_number = QLineEdit(row.id_number if row else "")
        self.phone = QLineEdit(row.phone if row else "")
        self.members = QSpinBox()
        self.members.setRange(1, 30)
        self.members.setValue(row.members_count if row else 1)
        self.address = QLineEdit(row.address if row else "")
        self.tags = QWidget()
        grid = QGridLayout(self.tags)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tag_boxes: list[QCheckBox] = []
        for i, t in enumerate(HOUSEHOLD_TAGS):
            check = QCheckBox(t)
            check.setChecked(bool(row and t in row.tags))
            self.tag_boxes.append(check)
            grid.addWidget(check, i // 3, i % 3)
        self.labels: list[QLabel] = []
        for key, widget in (("head_name", self.head), ("group", self.group),
                            ("id_number", self.id_number), ("phone", self.phone),
                            ("members_count", self.members), ("address", self.address),
                            ("tags", self.tags)):
            self.labels.append(QLabel())
            self.add_row(self.labels[-1], widget, key)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit household") if self.row else self.tr("New household"))
        names = [self.tr("Head of household"), self.tr("Group"), self.tr("ID number"),
                 self.tr("Phone"), self.tr("Members"), self.tr("Address"), self.tr("Tags")]
        for lab, name in zip(self.labels, names, strict=True):
            lab.setText(name)

    def data(self) -> hh.HouseholdInput:
        tags = [b.text() for b in self.tag_boxes if b.isChecked()]
        return hh.HouseholdInput(
            head_name=self.head.text(), group_number=self.group.value() or None,
            id_number=self.id_number.text(), phone=self.phone.text(),
            members_count=self.members.value(), address=self.address.text(), tags=tags)

    def submit(self) -> None:
        if self.row is None:
            self.saved_id = hh.add_household(self.ctx, self.data())
        else:
            hh.update_household(self.ctx, self.row.id, self.data())
            self.saved_id = self.row.id


class HouseholdDetail(QTextBrowser):
    """Everything about one household on one pane: tags, liaison, cards, visits, matters."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id: str | None = None
        # (household id, full ID number) after an audited reveal; another household masks again.
        self.revealed: tuple[str, str] | None = None
        self.setOpenLinks(False)

    def words(self) -> dict[str, str]:
        """Every word of the pane, through Qt's translator (kept out of f-strings so lupdate
        finds them)."""
        return {
            "pick": self.tr("Pick a household in the list."), "none": self.tr("none"),
            "id": self.tr("ID number"), "phone": self.tr("Phone"),
            "address": self.tr("Address"), "tags": self.tr("Tags"),
            "liaison": self.tr("Liaison cadre"), "now": self.tr("now"),
            "no_liaison": self.tr("No liaison cadre assigned yet."),
            "cards": self.tr("Contact cards"), "no_cards": self.tr("No contact card issued yet."),
            "visits": self.tr("Visits"), "no_visits": self.tr("Not visited yet."),
            "matters": self.tr("Matters"), "no_matters": self.tr("No matters."),
            "deadline": self.tr("deadline"),
        }

    def show_household(self, household_id: str | None) -> None:
        if self.revealed is not None and self.revealed[0] != household_id:
            self.revealed = None
        self.household_id = household_id
        w = self.words()
        if not household_id:
            self.setHtml(f"<p style='color:#777'>{w['pick']}</p>")
            return
        detail = household_detail(self.ctx, household_id)
        if detail is None:
            self.setHtml("")
            return
        row, history, card_rows = detail.household, detail.liaisons, detail.cards
        visits, matters = detail.visits, detail.matters
        members = self.tr("%n members", "", row.members_count)
        tags = "、".join(row.tags) or w["none"]
        html = [f"<h2>{row.head_name}</h2>",
                f"<p>{row.group_name} · {members}<br>",
                f"{w['id']}: {self._id_text(row.id_shown) or '—'}<br>",
                f"{w['phone']}: {row.phone_shown or '—'}<br>",
                f"{w['address']}: {row.address or '—'}<br>",
                f"{w['tags']}: {tags}</p>",
                f"<h3>{w['liaison']}</h3><p>"]
        if history:
            for name, start, end in history:
                span = f"{fmt_date(start)} – {fmt_date(end) if end else w['now']}"
                html.append(f"{name} ({span})<br>")
        else:
            html.append(w["no_liaison"])
        html.append(f"</p><h3>{w['cards']}</h3><p>")
        if card_rows:
            for c in card_rows:
                html.append(f"{c.card_no} · {fmt_date(c.issue_date)} · {c.cadre_name}<br>")
        else:
            html.append(w["no_cards"])
        html.append(f"</p><h3>{w['visits']}</h3><p>")
        if visits:
            for v in visits:
                html.append(f"<b>{fmt_date(v.visit_date)}</b> {lbl(v.mode)} · {v.cadre_name}"
                            f"<br>{v.summary}<br>")
        else:
            html.append(w["no_visits"])
        html.append(f"</p><h3>{w['matters']}</h3><p>")
        if matters:
            for m in matters:
                colour = "#b3261e" if m.overdue else "inherit"
                html.append(f"<span style='color:{colour}'>[{lbl(m.status)}] {lbl(m.category)}"
                            f" · {m.title} · {w['deadline']} {fmt_date(m.deadline)}</span><br>")
        else:
            html.append(w["no_matters"])
        html.append("</p>")
        self.setHtml("".join(html))


    def _id_text(self, masked: str) -> str:
        if self.revealed is not None and self.revealed[0] == self.household_id:
            return f"<b>{self.revealed[1]}</b>"
        return masked


class HouseholdsPage(Retranslating, QWidget):
    """The register: what the clerk searches all day."""

    count_changed = Signal(int)
    visit_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.group = QComboBox()
        self.tag = QComboBox()
        self.liaison = QComboBox()
        self.not_visited = QCheckBox()
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.visit_button = QPushButton()
        self.import_button = QPushButton()
        self.model = HouseholdTableModel(ctx, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.font()))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        for col, width in enumerate((70, 125, 165, 110, 70, 90)):
            self.table.setColumnWidth(col, width)
        # Click a header to sort by it (in the service: fast at any register size).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.count = QLabel()
        self.detail = HouseholdDetail(ctx)
        self.reveal_button = QPushButton()
        self.read_only = False
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.detail, 1)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addStretch(1)
        rv.addLayout(reveal_row)
        bar = QHBoxLayout()
        bar.addWidget(self.group, 1)
        bar.addWidget(self.tag, 1)
        bar.addWidget(self.liaison, 1)
        bar.addWidget(self.not_visited)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addLayout(bar)
        lv.addWidget(self.table)
        foot = QHBoxLayout()
        foot.addWidget(self.count, 1)
        foot.addWidget(self.import_button)
        foot.addWidget(self.visit_button)
        foot.addWidget(self.add_button)
        foot.addWidget(self.edit_button)
        lv.addLayout(foot)
        self.splitter = QSplitter()
        self.splitter.setObjectName("households_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.group, self.tag, self.liaison):
            combo.currentIndexChanged.connect(self.refresh)
        self.not_visited.toggled.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        # Ctrl+End / Ctrl+Home move the current row without selecting: the pane follows it.
        self.table.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._selected(QItemSelection(), QItemSelection()))
        self.model.total_known.connect(lambda _n: self._update_count())
        self.table.doubleClicked.connect(lambda _i: self.edit_household())
        self.add_button.clicked.connect(self.add_household)
        self.edit_button.clicked.connect(self.edit_household)
        self.visit_button.clicked.connect(self._visit)
        self.import_button.clicked.connect(self.import_roster)
        self.reveal_button.clicked.connect(self.reveal_id)
        self._loading = True
        self.retranslate()
        self.reload_choices()
        self._loading = False
        self.refresh()
        # a township's or county's rows name the village (and township) with the group
        if len(str(self.model.index(0, 0).data() or "")) > 6:
            self.table.resizeColumnToContents(0)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Households"))
        self.search.setPlaceholderText(
            self.tr("Search: name, pinyin initials, last digits of ID or phone (Ctrl+F)"))
        self.not_visited.setText(self.tr("Not visited this year"))
        self.add_button.setText(self.tr("New household…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.visit_button.setText(self.tr("Record a visit…"))
        self.import_button.setText(self.tr("Import from Excel…"))
        self.import_button.setToolTip(self.tr("Import the village's roster from an Excel or "
                                              "CSV file"))
        self.reveal_button.setText(self.tr("Show full ID number"))
        self._update_reveal()
        self.model.retranslate()
        for combo, text in ((self.group, self.tr("All groups")), (self.tag, self.tr("All tags")),
                            (self.liaison, self.tr("All liaison cadres"))):
            if combo.count():
                combo.setItemText(0, text)
        self._update_count()
        self.detail.show_household(self.detail.household_id)

    def reload_choices(self) -> None:
        """Fill the filter combos from the store (groups, cadres may have changed)."""
        self._loading = True
        choices = register_choices(self.ctx)
        groups, cadres = choices.groups, choices.cadres
        for combo, items in (
            (self.group, [(g.name, g.id) for g in groups]),
            (self.tag, [(t, t) for t in HOUSEHOLD_TAGS]),
            (self.liaison, [(c.name, c.id) for c in cadres]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", "")
            for text, data in items:
                combo.addItem(text, data)
            idx = combo.findData(current)
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)
        self.retranslate()
        self._loading = False

    def current_filter(self) -> hh.HouseholdFilter:
        return hh.HouseholdFilter(
            text=self.search.text(), group_id=str(self.group.currentData() or ""),
            tag=str(self.tag.currentData() or ""), liaison_id=str(self.liaison.currentData() or ""),
            not_visited_in_year=date.today().year if self.not_visited.isChecked() else None)

    def refresh(self) -> None:
        if self._loading:
            return
        self.model.set_filter(self.current_filter())
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.show_household(None)

    def _update_count(self) -> None:
        n = self.model.total
        if n is None:
            self.count.setText(self.tr("Counting…"))
            return
        self.count.setText(self.tr("%n households", "", n))
        self.count_changed.emit(n)
        if n and not self.table.currentIndex().isValid():  # counted in a worker (a big list)
            self.table.selectRow(0)

    def _selected(self, _sel: QItemSelection, _old: QItemSelection) -> None:
        self.detail.show_household(self.selected_id())
        self._update_reveal()

    def _update_reveal(self) -> None:
        """Only roles allowed to see full numbers get the button; each use is audited."""
        allowed = users.may_reveal(self.ctx)
        self.reveal_button.setEnabled(allowed and self.selected_id() is not None)
        self.reveal_button.setToolTip(
            self.tr("Shows this household's full ID number; the showing is recorded in the "
                    "audit trail") if allowed
            else message("reveal_not_allowed", current_lang(), user=self.ctx.actor))

    def reveal_id(self) -> str | None:
        """The full number of the selected household in the detail pane (audited)."""
        hid = self.selected_id()
        if not hid:
            return None
        try:
            number = users.reveal_id(self.ctx, hid)
        except MinqingError as exc:
            QMessageBox.warning(self, self.tr("Show full ID number"),
                                exc.message(current_lang()))
            return None
        self.detail.revealed = (hid, number)
        self.detail.show_household(hid)
        return number

    def set_read_only(self, read_only: bool) -> None:
        """A read-only account: no new/edit/visit actions (the service would refuse them)."""
        self.read_only = read_only
        grey_out((self.add_button, self.edit_button, self.visit_button, self.import_button),
                 read_only)

    def _visit(self) -> None:
        hid = self.selected_id()
        if hid:
            self.visit_requested.emit(hid)

    def selected_id(self) -> str | None:
        idx = self.table.currentIndex()
        return self.model.household_id(idx.row()) if idx.isValid() else None

    def selected_ids(self) -> list[str]:
        """Every selected row's household (the Contact cards page prints for them)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [hid for r in rows if (hid := self.model.household_id(r))]

    def show_not_visited(self) -> None:
        self.search.clear()
        self.not_visited.setChecked(True)

    def add_household(self) -> None:
        dlg = HouseholdDialog(self.ctx, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload_choices()
            self.refresh()

    def import_roster(self) -> QDialog:
        """The roster import dialog (W2); the register reloads after an import."""
        from ui.import_dialog import ImportDialog

        dlg = ImportDialog(self.ctx, self)
        dlg.imported.connect(self._imported)
        dlg.open()
        return dlg

    def _imported(self) -> None:
        self.reload_choices()
        self.refresh()

    def edit_household(self) -> None:
        hid = self.selected_id()
        if not hid or self.read_only:
            return
        row = hh.household(self.ctx, hid)
        if row is None:
            return
        number = None
        digits = "".join(ch for ch in row.group_name if ch.isdigit())
        if digits:
            number = int(digits)
        dlg = HouseholdDialog(self.ctx, row, number, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.model.refresh_rows()
            self.detail.show_household(hid)

    def save_state(self) -> None:
        save_splitter("households", self.splitter)

    def restore_state(self) -> None:
        restore_splitter("households", self.splitter)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
