"""Matters (一事一卡, W6): the list with filters (overdue first and highlighted), and the card
with its progress notes, resolve, escalate (village) and answer (township)."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services import matters as ms
from app.services.cadres import cadres_for
from app.services.station import station_info
from app.services.supervision import matter_supervision
from models.vocab import MatterCategory, MatterStatus, Satisfaction
from ui.i18n import current_lang, fmt_date, lbl
from ui.matter_dialogs import ExtendDialog, PrintCardDialog, ReassignDialog
from ui.permissions import grey_out
from ui.scaffold import Retranslating
from ui.settings_store import restore_splitter, save_splitter
from ui.widgets import FieldErrors, error_label, heading
from ui.windowed_model import WindowedTableModel

Index = QModelIndex | QPersistentModelIndex
OVERDUE_BG = QColor("#fde7e4")
OVERDUE_FG = QColor("#9b1c12")


class MatterTableModel(WindowedTableModel[ms.MatterRow, ms.MatterFilter]):
    """Every matter of the filter, in the service's order (overdue first, then by deadline),
    read a window at a time (``ui.windowed_model``): a township with 42,000 matters shows them
    all, and painting the last row reads one window at the end."""

    COLUMNS: tuple[str, ...] = ("deadline", "status", "category", "title", "household", "owner",
                                "received")
    # 42,000 matters count in ~12 ms (bench/ui_list.py): counted at once up to far beyond that.
    BACKGROUND_COUNT_FROM = 200_000

    def __init__(self, ctx: AppContext, parent: Any = None, with_village: bool = False) -> None:
        super().__init__(ms.MatterFilter(), parent)
        self.ctx = ctx
        # The count per rank of each filter counted: it maps row numbers onto index ranges.
        self._counts: dict[ms.MatterFilter, ms.MatterCount] = {}
        # A township's list names each matter's village in a first column.
        if with_village:
            self.COLUMNS = ("village", *MatterTableModel.COLUMNS)

    # --- the service ---------------------------------------------------------------------
    def _count(self, flt: ms.MatterFilter) -> ms.MatterCount:
        found = self._counts.get(flt)
        if found is None:
            found = ms.matter_count(self.ctx, flt)
            self._counts = {flt: found}  # only the latest filter's count is kept
        return found

    def count_rows(self, flt: ms.MatterFilter) -> int:
        self._counts.pop(flt, None)  # counting again: the list may have changed
        return self._count(flt).total

    def read_rows(self, flt: ms.MatterFilter, offset: int, limit: int) -> list[ms.MatterRow]:
        return ms.matter_rows(self.ctx, flt, offset, limit, self._count(flt))

    def row_key(self, row: ms.MatterRow) -> str:
        return row.id

    def position_of(self, flt: ms.MatterFilter, key: str) -> int:
        return ms.matter_position(self.ctx, flt, key, self._count(flt))

    @property
    def rows(self) -> list[ms.MatterRow]:
        """Every row of the filter, read whole — for tests and small callers; the table
        itself only ever reads the windows it paints."""
        return [r for i in range(self.rowCount()) if (r := self.row(i)) is not None]

    # --- how a row is shown --------------------------------------------------------------
    def header_text(self, column: str) -> str:
        return {"village": self.tr("Village"), "deadline": self.tr("Deadline"),
                "status": self.tr("Status"), "category": self.tr("Category"),
                "title": self.tr("Matter"), "household": self.tr("Household"),
                "owner": self.tr("Owner"), "received": self.tr("Received")}[column]

    def display(self, r: ms.MatterRow, col: str) -> Any:
        if col == "deadline":
            text = fmt_date(r.deadline)
            if r.provisional:  # counted into a year whose holiday table is not in yet
                text += " " + self.tr("(provisional)")
            return text + " " + self.tr("(overdue)") if r.late else text
        if col in ("status", "category"):
            return lbl(r.status if col == "status" else r.category)
        if col == "received":
            return fmt_date(r.received_date)
        return {"village": r.village_name, "title": r.title, "household": r.household_name,
                "owner": r.owner_name}[col]

    def role_data(self, r: ms.MatterRow, col: str, role: int) -> Any:
        if r.late:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BG)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_FG)
        if role == Qt.ItemDataRole.ToolTipRole and col == "title":
            return r.title
        return None


class TextDialog(QDialog):
    """A short form: one required text (result, escalation note, reply) and, for resolving,
    the household's satisfaction. Errors show under the field; the text stays."""

    def __init__(self, title: str, prompt: str, field: str, with_satisfaction: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("Not asked yet"), "")
        for s in Satisfaction:
            self.satisfaction.addItem(lbl(s.value), s.value)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        form = QFormLayout(self)
        form.addRow(self.general)
        box = QVBoxLayout()
        box.addWidget(self.text)
        box.addWidget(self.errors.add(field))
        form.addRow(prompt, box)
        if with_satisfaction:
            box2 = QVBoxLayout()
            box2.addWidget(self.satisfaction)
            box2.addWidget(self.errors.add("satisfaction"))
            form.addRow(self.tr("Satisfaction"), box2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.action: Any = None

    def accept(self) -> None:
        try:
            if self.action is not None:
                self.action(self.text.toPlainText(), str(self.satisfaction.currentData() or ""))
        except MinqingError as exc:
            self.errors.show(exc)
            return
        super().accept()


class MatterCard(QWidget):
    """The card of one matter: facts, progress timeline, and what can be done next."""

    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.matter: ms.MatterRow | None = None
        self.read_only = False
        self.kind = station_info(ctx).kind
        self.view = QTextBrowser()
        self.note = QLineEdit()
        self.add_note_button = QPushButton()
        self.note_error = error_label()
        self.resolve_button = QPushButton()
        self.escalate_button = QPushButton()
        self.answer_button = QPushButton()
        self.satisfaction_combo = QComboBox()
        self.reopen_button = QPushButton()
        self.satisfaction_button = QPushButton()
        self.reassign_button = QPushButton()
        self.extend_button = QPushButton()
        self.print_button = QPushButton()
        # Why this station may not work on the matter (a township on a village's matter).
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color:#8a5a00")
        self.refusal.setVisible(False)
        notes = QHBoxLayout()
        notes.addWidget(self.note, 1)
        notes.addWidget(self.add_note_button)
        actions = QHBoxLayout()
        actions.addWidget(self.resolve_button)
        actions.addWidget(self.escalate_button)
        actions.addWidget(self.answer_button)
        actions.addWidget(self.satisfaction_combo)
        actions.addWidget(self.reopen_button)
        actions.addStretch(1)
        handing = QHBoxLayout()
        handing.addWidget(self.reassign_button)
        handing.addWidget(self.extend_button)
        handing.addWidget(self.print_button)
        handing.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.refusal)
        layout.addLayout(notes)
        layout.addWidget(self.note_error)
        layout.addLayout(actions)
        layout.addLayout(handing)
        self.add_note_button.clicked.connect(self.add_note)
        self.note.returnPressed.connect(self.add_note)
        self.resolve_button.clicked.connect(self.resolve)
        self.escalate_button.clicked.connect(self.escalate)
        self.answer_button.clicked.connect(self.answer)
        self.satisfaction_combo.activated.connect(self._satisfaction_chosen)
        self.reopen_button.clicked.connect(self.reopen)
        self.reassign_button.clicked.connect(self.reassign)
        self.extend_button.clicked.connect(self.extend)
        self.print_button.clicked.connect(self.print_card)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setPlaceholderText(self.tr("Progress note: what was done today"))
        self.add_note_button.setText(self.tr("Add note"))
        self.resolve_button.setText(self.tr("Resolve…"))
        self.escalate_button.setText(self.tr("Escalate to township…"))
        self.answer_button.setText(self.tr("Answer…"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.reassign_button.setText(self.tr("Reassign owner…"))
        self.extend_button.setText(self.tr("Extend deadline…"))
        self.print_button.setText(self.tr("Print matter card…"))
        self.reopen_button.setToolTip(self.tr("The household came back unsatisfied: work on it "
                                              "again"))
        self.satisfaction_combo.clear()
        self.satisfaction_combo.addItem(self.tr("Record satisfaction…"), "")
        for sat in Satisfaction:
            self.satisfaction_combo.addItem(lbl(sat.value), sat.value)
        self.show_matter(self.matter)

    def show_matter(self, m: ms.MatterRow | None) -> None:
        """Show the matter and offer what the service allows for it (``matter_actions``)."""
        self.matter = m
        self.note_error.setVisible(False)
        act = ms.matter_actions(self.ctx, m, self.kind)
        for widget in (self.note, self.add_note_button):
            widget.setEnabled(act.note)
        self.resolve_button.setEnabled(act.resolve)
        self.escalate_button.setVisible(act.show_escalate)
        self.escalate_button.setEnabled(act.escalate)
        self.answer_button.setVisible(act.show_answer)
        self.answer_button.setEnabled(act.answer)
        self.reopen_button.setVisible(act.show_reopen)
        self.reopen_button.setEnabled(act.reopen)
        self.satisfaction_combo.setVisible(act.show_satisfaction)
        self.satisfaction_combo.setEnabled(act.satisfaction)
        self.satisfaction_combo.setCurrentIndex(0)
        self.reassign_button.setEnabled(act.reassign)
        self.extend_button.setEnabled(act.extend)
        self.print_button.setEnabled(act.print_card)
        reason = act.refusal.message(current_lang()) if act.refusal is not None else ""
        self.refusal.setText(reason)
        self.refusal.setVisible(bool(reason))
        for act_widget in self.owner_actions():
            act_widget.setToolTip(reason)
        if self.read_only:
            grey_out(self.edit_widgets(), True)
        w = {
            "pick": self.tr("Pick a matter in the list."), "category": self.tr("Category"),
            "status": self.tr("Status"), "household": self.tr("Household"),
            "owner": self.tr("Owner"), "received": self.tr("Received"),
            "deadline": self.tr("Deadline"), "overdue": self.tr("(overdue)"),
            "provisional": self.tr("(provisional: that year's holiday table is not in yet)"),
            "resolved_on": self.tr("Resolved on"), "result": self.tr("Result"),
            "satisfaction": self.tr("Satisfaction"), "not_asked": self.tr("not asked yet"),
            "progress": self.tr("Progress"), "reply": self.tr("Township reply"),
            "no_notes": self.tr("No progress noted since it was received."),
        }
        if m is None:
            self.view.setHtml(f"<p style='color:#777'>{w['pick']}</p>")
            return
        history = ms.matter_history(self.ctx, m.id)
        late = m.late
        colour = "#b3261e" if late else "inherit"
        html = [f"<h2>{m.title}</h2><p>",
                f"{w['category']}: {lbl(m.category)}<br>",
                f"{w['status']}: <b>{lbl(m.status)}</b><br>",
                f"{w['household']}: {m.household_name or '—'}<br>",
                f"{w['owner']}: {m.owner_name or '—'}<br>",
                f"{w['received']}: {fmt_date(m.received_date)}<br>",
                f"<span style='color:{colour}'>{w['deadline']}: {fmt_date(m.deadline)}"
                f"{' ' + w['overdue'] if late else ''}"
                f"{' ' + w['provisional'] if m.provisional else ''}</span><br>"]
        sup = matter_supervision(self.ctx, m.id)
        if sup is not None and m.status != MatterStatus.RESOLVED:
            html.append("<b style='color:#b3261e'>" + self.tr(
                "Under supervision: notice %1, reply by %2").replace("%1", sup.latest_no)
                .replace("%2", fmt_date(sup.reply_by)) + "</b><br>")
        if m.status == MatterStatus.RESOLVED:
            html.append(f"{w['resolved_on']}: {fmt_date(m.resolved_date)}<br>"
                        f"{w['result']}: {m.result}<br>"
                        f"{w['satisfaction']}: {lbl(m.satisfaction) or w['not_asked']}<br>")
        html.append(f"</p><h3>{w['progress']}</h3>")
        lang = current_lang()
        html.append("<ul>")
        for n in history:
            who = w["reply"] if n.kind == "reply" else n.author
            by = f" ({escape(who)})" if who else ""
            html.append(f"<li><b>{fmt_date(n.on)}</b>{by} {escape(n.describe(lang))}</li>")
        html.append("</ul>")
        if len(history) <= 1:
            html.append(f"<p>{w['no_notes']}</p>")
        self.view.setHtml("".join(html))

    def edit_widgets(self) -> tuple[QWidget, ...]:
        return (self.note, self.add_note_button, self.resolve_button, self.escalate_button,
                self.answer_button, self.satisfaction_combo, self.reopen_button,
                self.reassign_button, self.extend_button)

    def owner_actions(self) -> tuple[QWidget, ...]:
        """What only the station that recorded the matter may do (not the township's answer)."""
        return (self.note, self.add_note_button, self.resolve_button, self.escalate_button,
                self.satisfaction_combo, self.reopen_button, self.reassign_button,
                self.extend_button)

    def reassign_dialog(self) -> ReassignDialog | None:
        return ReassignDialog(self.ctx, self.matter, self) if self.matter else None

    def extend_dialog(self) -> ExtendDialog | None:
        return ExtendDialog(self.ctx, self.matter, self) if self.matter else None

    def print_card_dialog(self) -> PrintCardDialog | None:
        return PrintCardDialog(self.ctx, self.matter, self) if self.matter else None

    def reassign(self) -> None:
        self._run(self.reassign_dialog())

    def extend(self) -> None:
        self._run(self.extend_dialog())

    def print_card(self) -> None:
        dlg = self.print_card_dialog()
        if dlg is not None:
            dlg.exec()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        grey_out(self.edit_widgets(), read_only)
        self.show_matter(self.matter)  # re-enable what the matter's status allows

    def _fail(self, exc: MinqingError) -> None:
        self.note_error.setText(exc.message(current_lang()))
        self.note_error.setVisible(True)

    def add_note(self) -> None:
        if self.matter is None:
            return
        try:
            ms.add_note(self.ctx, self.matter.id, self.note.text())
        except MinqingError as exc:
            self._fail(exc)
            return
        self.note.clear()
        self.changed.emit(self.matter.id)

    def _dialog(self, title: str, prompt: str, field: str, action: Any,
                with_satisfaction: bool = False) -> TextDialog:
        dlg = TextDialog(title, prompt, field, with_satisfaction, self)
        dlg.action = action
        return dlg

    def resolve_dialog(self) -> TextDialog | None:
        if self.matter is None:
            return None
        mid = self.matter.id
        return self._dialog(self.tr("Resolve the matter"), self.tr("Result"), "result",
                            lambda text, sat: ms.resolve(self.ctx, mid, text, satisfaction=sat),
                            with_satisfaction=True)

    def escalate_dialog(self) -> TextDialog | None:
        if self.matter is None:
            return None
        mid = self.matter.id
        return self._dialog(self.tr("Escalate to the township"),
                            self.tr("Why the village cannot solve it"), "note",
                            lambda text, _s: ms.escalate(self.ctx, mid, text))

    def answer_dialog(self) -> TextDialog | None:
        if self.matter is None:
            return None
        mid = self.matter.id
        return self._dialog(self.tr("Answer the escalated matter"), self.tr("Reply"), "reply",
                            lambda text, _s: ms.answer(self.ctx, mid, text))

    def _satisfaction_chosen(self, index: int) -> None:
        code = str(self.satisfaction_combo.itemData(index) or "")
        if not code or self.matter is None:
            return
        try:
            ms.record_satisfaction(self.ctx, self.matter.id, code)
        except MinqingError as exc:
            self._fail(exc)
            return
        self.changed.emit(self.matter.id)

    def reopen(self) -> None:
        if self.matter is None:
            return
        try:
            ms.set_status(self.ctx, self.matter.id, MatterStatus.IN_PROGRESS.value)
        except MinqingError as exc:
            self._fail(exc)
            return
        self.changed.emit(self.matter.id)

    def _run(self, dlg: QDialog | None) -> None:
        if dlg is not None and dlg.exec() == QDialog.DialogCode.Accepted and self.matter:
            self.changed.emit(self.matter.id)

    def resolve(self) -> None:
        self._run(self.resolve_dialog())

    def escalate(self) -> None:
        self._run(self.escalate_dialog())

    def answer(self) -> None:
        self._run(self.answer_dialog())


class MattersPage(Retranslating, QWidget):
    changed = Signal()
    new_matter_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading()
        self.status = QComboBox()
        self.category = QComboBox()
        self.owner = QComboBox()
        self.overdue = QCheckBox()
        # A township's matters come from many villages: a filter by village.
        self.villages = ms.matter_villages(ctx)
        self.village = QComboBox()
        self.village.setObjectName("matter_village_filter")
        self.village.addItem("", "")
        for v in self.villages:
            self.village.addItem(v.name, v.code)
        self.village.setVisible(bool(self.villages))
        self.view = ""  # "due_week"/"unresolved": a list opened from a home figure
        self._keep: str | None = None
        self.only_label = QLabel()
        self.only_clear = QPushButton()
        self.only_clear.clicked.connect(lambda: self.set_filter())
        self.count = QLabel()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_matter_requested.emit)
        self.model = MatterTableModel(ctx, self, with_village=bool(self.villages))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.card = MatterCard(ctx)
        # The board: one button per status with its count; a click shows that column.
        self.board: dict[str, QPushButton] = {}
        board = QHBoxLayout()
        for st in MatterStatus:
            b = QPushButton()
            b.setCheckable(True)
            b.setStyleSheet("QPushButton { padding: 6px 10px; }"
                            "QPushButton:checked { background: #dbe7fb; font-weight: bold; }")
            b.clicked.connect(lambda _c=False, code=st.value: self.set_filter(
                status="" if self.status.currentData() == code else code))
            self.board[st.value] = b
            board.addWidget(b)
        bar = QHBoxLayout()
        for w in (self.village, self.status, self.category, self.owner):
            bar.addWidget(w, 1)
        bar.addWidget(self.overdue)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(board)
        lv.addLayout(bar)
        only = QHBoxLayout()
        only.addWidget(self.only_label, 1)
        only.addWidget(self.only_clear)
        lv.addLayout(only)
        lv.addWidget(self.table)
        foot = QHBoxLayout()
        foot.addWidget(self.count, 1)
        foot.addWidget(self.new_button)
        lv.addLayout(foot)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter)
        self.status.addItem("", "")
        for s in MatterStatus:
            self.status.addItem(lbl(s.value), s.value)
        self.category.addItem("", "")
        for c in MatterCategory:
            self.category.addItem(lbl(c.value), c.value)
        self.owner.addItem("", "")
        self._loading = True
        self.reload_owners()
        for combo in (self.village, self.status, self.category, self.owner):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue.toggled.connect(lambda _b: self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.total_known.connect(lambda _n: self._counted())
        self.card.changed.connect(self._matter_changed)
        self.retranslate()
        self._loading = False
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Matters — one card per matter"))
        self.overdue.setText(self.tr("Overdue only"))
        self.new_button.setText(self.tr("New matter (walk-in or phone)…"))
        self.only_label.setText(self.tr("Showing the matters due this week")
                                if self.view == "due_week"
                                else self.tr("Showing the matters not yet resolved"))
        self.only_clear.setText(self.tr("Show all"))
        for w in (self.only_label, self.only_clear):
            w.setVisible(bool(self.view))
        self.new_button.setToolTip(self.tr("A matter is recorded with the contact that raised "
                                           "it: the visit form opens with one matter row"))
        self.village.setItemText(0, self.tr("All villages"))
        self.status.setItemText(0, self.tr("All statuses"))
        self.category.setItemText(0, self.tr("All categories"))
        self.owner.setItemText(0, self.tr("All owners"))
        for combo in (self.status, self.category):
            for i in range(1, combo.count()):
                combo.setItemText(i, lbl(str(combo.itemData(i))))
        self.model.retranslate()
        self.count.setText(self.tr("%n matters", "", self.model.rowCount()))
        if not self._loading:
            self._update_board()

    def on_language_change(self) -> None:
        self.retranslate()
        self.card.retranslate()

    def reload_owners(self) -> None:
        current = self.owner.currentData()
        cadres = cadres_for(self.ctx)
        self.owner.blockSignals(True)
        while self.owner.count() > 1:
            self.owner.removeItem(1)
        for c in cadres:
            self.owner.addItem(c.name, c.id)
        self.owner.setCurrentIndex(max(self.owner.findData(current), 0))
        self.owner.blockSignals(False)

    def set_filter(self, status: str = "", overdue: bool = False, view: str = "") -> None:
        """``view``: "due_week" or "unresolved" — the lists behind the home figures."""
        self.view = view if view in ("due_week", "unresolved") else ""
        self.retranslate()
        self._loading = True
        self.status.setCurrentIndex(max(self.status.findData(status), 0))
        self.category.setCurrentIndex(0)
        self.owner.setCurrentIndex(0)
        self.overdue.setChecked(overdue)
        self._loading = False
        self.refresh()

    def current_filter(self) -> ms.MatterFilter:
        return ms.MatterFilter(
            status=str(self.status.currentData() or ""),
            category=str(self.category.currentData() or ""),
            owner_id=str(self.owner.currentData() or ""),
            village_code=str(self.village.currentData() or ""),
            overdue_only=self.overdue.isChecked(), view=self.view)

    def refresh(self, keep: str | None = None) -> None:
        """The list for the filter: counted, then read a window at a time as it is painted
        (every matter, in the service's order); ``keep`` stays selected if still listed."""
        if self._loading:
            return
        self._keep = keep
        self.count.setText(self.tr("Counting…"))
        self.model.set_filter(self.current_filter())  # total_known → _counted (now or later)
        self._update_board()
        self._fit_deadline_column()

    def _fit_deadline_column(self) -> None:
        """The deadline column as wide as a late deadline's text. Not resizeColumnToContents:
        Qt would read the first 1,000 rows to measure them, of a list read window by window."""
        sample = f"{fmt_date(date(2026, 12, 28))} {self.tr('(overdue)')}"
        width = self.table.fontMetrics().horizontalAdvance(sample) + 30  # cell margins
        self.table.setColumnWidth(self.model.COLUMNS.index("deadline"), width)

    def _counted(self) -> None:
        """The row count is known (at once, or from the worker thread when the list was
        large): show it and select the kept matter (or the first)."""
        self.count.setText(self.tr("%n matters", "", self.model.rowCount()))
        keep, self._keep = self._keep, None
        row = max(self.model.row_of(keep), 0) if keep else 0
        if self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.card.show_matter(None)

    def _update_board(self) -> None:
        counts = ms.matter_status_counts(self.ctx)
        current = str(self.status.currentData() or "")
        for code, b in self.board.items():
            b.setText(f"{lbl(code)}  {counts.get(code, 0)}")
            b.setChecked(code == current)

    def _selected(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self.card.show_matter(self.current())

    def current(self) -> ms.MatterRow | None:
        idx = self.table.currentIndex()
        return self.model.row(idx.row()) if idx.isValid() else None

    def select_matter(self, matter_id: str) -> bool:
        """Select (and scroll to) a matter if the list shows it: its row comes from the
        service, not from reading the list."""
        row = self.model.row_of(matter_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _matter_changed(self, matter_id: str) -> None:
        self.refresh(keep=matter_id)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """A read-only account: no new matter, no notes or status changes."""
        grey_out((self.new_button,), read_only)
        self.card.set_read_only(read_only)

    def save_state(self) -> None:
        save_splitter("matters", self.splitter)

    def restore_state(self) -> None:
        restore_splitter("matters", self.splitter)
