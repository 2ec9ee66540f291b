"""Visits (民情日记, W5): the keyboard-first visit form with its matters, and a cadre's diary.

Keys: type a few pinyin letters in 农户, ↓ and Enter pick; Tab moves on; Ctrl+Enter (or Enter in
a one-line field) saves; Esc clears the form (asking first when something was typed) and Ctrl+Z
brings a cleared form back. Matters raised in the visit are added in the same
form (Alt+M) and saved in the same transaction as the visit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError, ValidationError, ValidationErrors
from app.services import households as household_service
from app.services import matters as matter_service
from app.services import visits as visit_service
from app.services.cadres import cadres_for
from models.vocab import MatterCategory, MatterUrgency, VisitMode
from ui.i18n import date_format, fmt_date, lbl, month_format
from ui.permissions import grey_out
from ui.scaffold import Retranslating
from ui.settings_store import restore_splitter, save_splitter
from ui.widgets import FieldErrors, HouseholdPicker, error_label, heading, tab_leaves


def clear_field_error(errors: FieldErrors, field: str) -> None:
    """The clerk is fixing this field: its message goes at once (the others stay)."""
    lab = errors.labels.get(field)
    if lab is not None and not lab.isHidden():
        lab.clear()
        lab.setVisible(False)


@dataclass(frozen=True)
class FormSnapshot:
    """What a cleared visit form held, so Ctrl+Z can bring it back."""

    household_id: str | None
    picker_text: str
    picker_detail: str
    visit_date: date
    mode: str
    cadre_id: str
    summary: str
    # category, title, deadline, touched, urgency
    matters: tuple[tuple[str, str, date, bool, str], ...]


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class MatterEntry(QFrame):
    """One matter raised in the visit: category, title, deadline (auto from the category's
    time limit until the user changes it), with its own error labels."""

    remove_requested = Signal(object)

    def __init__(self, received: date, parent: QWidget | None = None,
                 ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ctx = ctx
        self.received = received
        self.deadline_touched = False
        self.provisional = False
        self.category = QComboBox()
        for c in MatterCategory:
            self.category.addItem(lbl(c.value), c.value)
        self.urgency = QComboBox()
        for u in MatterUrgency:
            self.urgency.addItem(lbl(u.value), u.value)
        self.urgency_label = QLabel()
        # 暂定: the deadline was counted into a year whose holiday table is not in yet.
        self.provisional_label = QLabel()
        self.provisional_label.setStyleSheet("color:#8a5a00")
        self.provisional_label.setVisible(False)
        self.title = QLineEdit()
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat(date_format())
        tab_leaves(self.deadline)
        self.remove = QPushButton("✕")
        self.remove.setFixedWidth(32)
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.cat_label, self.title_label, self.deadline_label = QLabel(), QLabel(), QLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.cat_label, 0, 0)
        grid.addWidget(self.category, 0, 1)
        grid.addWidget(self.deadline_label, 0, 2)
        grid.addWidget(self.deadline, 0, 3)
        grid.addWidget(self.remove, 0, 4)
        grid.addWidget(self.errors.add("category"), 1, 1)
        grid.addWidget(self.errors.add("deadline"), 1, 2, 1, 3)
        grid.addWidget(self.urgency_label, 2, 0)
        grid.addWidget(self.urgency, 2, 1)
        grid.addWidget(self.provisional_label, 2, 2, 1, 3)
        grid.addWidget(self.title_label, 3, 0)
        grid.addWidget(self.title, 3, 1, 1, 4)
        grid.addWidget(self.errors.add("title"), 4, 1, 1, 4)
        self.errors.add("received_date", self.errors.labels["deadline"])
        grid.setColumnStretch(1, 1)
        self.category.currentIndexChanged.connect(lambda _i: self._auto_deadline())
        self.urgency.currentIndexChanged.connect(lambda _i: self._auto_deadline())
        self.deadline.dateChanged.connect(self._deadline_edited)
        self.category.currentIndexChanged.connect(
            lambda _i: clear_field_error(self.errors, "category"))
        self.title.textChanged.connect(lambda _t: clear_field_error(self.errors, "title"))
        self.deadline.dateChanged.connect(lambda _d: clear_field_error(self.errors, "deadline"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._auto_deadline()
        self.retranslate()

    def retranslate(self) -> None:
        self.cat_label.setText(self.tr("Category"))
        self.title_label.setText(self.tr("Matter"))
        self.deadline_label.setText(self.tr("Deadline"))
        self.urgency_label.setText(self.tr("Urgency"))
        self.provisional_label.setText(self.tr("Provisional: that year's holiday table "
                                               "is not in yet"))
        for i in range(self.urgency.count()):
            self.urgency.setItemText(i, lbl(str(self.urgency.itemData(i))))
        self.title.setPlaceholderText(self.tr("What is asked, in a few words"))
        self.remove.setToolTip(self.tr("Remove this matter"))
        for i in range(self.category.count()):
            self.category.setItemText(i, lbl(str(self.category.itemData(i))))
        self.deadline.setLocale(QLocale())  # month names follow the language switch
        self.deadline.setDisplayFormat(date_format())

    def _deadline_edited(self) -> None:
        if not self._setting:
            self.deadline_touched = True
            self.provisional = False  # a date the clerk chose is not counted
            self.provisional_label.setVisible(False)

    _setting = False

    def set_received(self, received: date) -> None:
        self.received = received
        self._auto_deadline()

    def _auto_deadline(self) -> None:
        if self.deadline_touched:
            return
        category, urgency = str(self.category.currentData()), str(self.urgency.currentData())
        if self.ctx is not None:
            due = matter_service.suggested_deadline(self.ctx, category, self.received, urgency)
            d, provisional = due.due, due.provisional
        else:
            d, exact = matter_service.default_deadline(category, self.received, urgency)
            provisional = not exact
        self.provisional = provisional
        self.provisional_label.setVisible(provisional)
        self._setting = True
        self.deadline.setDate(qdate(d))
        self._setting = False

    def data(self) -> matter_service.MatterInput:
        return matter_service.MatterInput(
            category=str(self.category.currentData()), title=self.title.text(),
            deadline=pydate(self.deadline.date()), received_date=self.received,
            urgency=str(self.urgency.currentData()))


class VisitForm(QGroupBox):
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = False
        self.picker = HouseholdPicker(ctx)
        self.date = QDateEdit(qdate(date.today()))
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(qdate(date.today()))
        tab_leaves(self.date)
        self.mode = QComboBox()
        for m in VisitMode:
            self.mode.addItem(lbl(m.value), m.value)
        self.cadre = QComboBox()
        self.cadre.setPlaceholderText("—")
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(70)
        self.summary.setMaximumHeight(110)
        self.matters: list[MatterEntry] = []
        self.matters_box = QVBoxLayout()
        self.matters_box.setSpacing(4)
        self.add_matter_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.clear_button = QPushButton()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.undo_note = QLabel()
        self.undo_note.setStyleSheet("color: #555;")
        self.undo_note.setVisible(False)
        self.snapshot: FormSnapshot | None = None
        form = QFormLayout()
        self.form = form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.row_labels = [QLabel() for _ in range(5)]
        for i, (key, widget) in enumerate((("household", self.picker), ("visit_date", self.date),
                                           ("mode", self.mode), ("cadre", self.cadre),
                                           ("summary", self.summary))):
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(self.errors.add(key))
            self.row_labels[i].setBuddy(widget)
            form.addRow(self.row_labels[i], box)
        self.matters_title = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_matter_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        inner = QWidget()
        v = QVBoxLayout(inner)
        v.addWidget(self.general)
        v.addWidget(self.undo_note)
        v.addLayout(form)
        v.addWidget(self.matters_title)
        v.addLayout(self.matters_box)
        v.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        self.scroller = scroll
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addLayout(buttons)
        self.add_matter_button.clicked.connect(self.add_matter)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self.date.dateChanged.connect(self._date_changed)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.save,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Alt+M"), self, self.add_matter,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_clear,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Text fields take Ctrl+Z for their own undo; once they have nothing of their own to
        # undo (a cleared field), Ctrl+Z there brings the cleared form back.
        for w in (self.picker.edit, self.summary, self.date):
            w.installEventFilter(self)
        # A field's message goes as soon as the clerk changes that field.
        self.picker.picked.connect(self._household_picked)
        self.picker.edit.textEdited.connect(
            lambda _t: clear_field_error(self.errors, "household"))
        self.date.dateChanged.connect(lambda _d: clear_field_error(self.errors, "visit_date"))
        self.mode.currentIndexChanged.connect(lambda _i: clear_field_error(self.errors, "mode"))
        self.cadre.currentIndexChanged.connect(
            lambda _i: clear_field_error(self.errors, "cadre"))
        self.summary.textChanged.connect(lambda: clear_field_error(self.errors, "summary"))
        self.reload_cadres()
        self.retranslate()
        self._tab_order()

    def retranslate(self) -> None:
        self.setTitle(self.tr("New visit"))
        for lab, text in zip(self.row_labels, (
                self.tr("&Household"), self.tr("&Date"), self.tr("M&ode"), self.tr("&Cadre"),
                self.tr("What was &learned")), strict=True):
            lab.setText(text)
        self.summary.setPlaceholderText(self.tr("What the household said, what was seen…"))
        self.matters_title.setText(self.tr("Matters raised in this visit (one card each)"))
        self.add_matter_button.setText(self.tr("Add a matter (Alt+M)"))
        self.save_button.setText(self.tr("Save visit (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Clear (Esc)"))
        for i in range(self.mode.count()):
            self.mode.setItemText(i, lbl(str(self.mode.itemData(i))))
        self.date.setLocale(QLocale())
        self.date.setDisplayFormat(date_format())
        self.picker.retranslate()
        for m in self.matters:
            m.retranslate()

    def reload_cadres(self) -> None:
        """The cadre list (after the Cadres page changed it); the choice made stays."""
        current = self.cadre.currentData()
        cadres = cadres_for(self.ctx)
        self.cadre.clear()
        for c in cadres:
            self.cadre.addItem(f"{c.name}（{c.title}）" if c.title else c.name, c.id)
        self._set_cadre(str(current or ""))

    def _set_cadre(self, cadre_id: str) -> None:
        """That cadre; with none known, the only cadre of a one-cadre station, else no choice
        (the clerk picks: never silently the cadre of the previous visit)."""
        idx = self.cadre.findData(cadre_id) if cadre_id else -1
        if idx < 0 and self.cadre.count() == 1:
            idx = 0
        self.cadre.setCurrentIndex(idx)

    def _household_picked(self, household_id: str) -> None:
        """The household's liaison cadre is who usually visits it."""
        clear_field_error(self.errors, "household")
        row = household_service.household(self.ctx, household_id)
        if row is not None and row.liaison_id and self.cadre.findData(row.liaison_id) >= 0:
            self.cadre.setCurrentIndex(self.cadre.findData(row.liaison_id))

    def pick(self, household_id: str) -> None:
        row = household_service.household(self.ctx, household_id)
        if row is not None:
            self.picker.set_household(row.id, row.head_name,
                                      " · ".join(p for p in (row.head_name, row.group_name) if p))

    def _date_changed(self) -> None:
        for m in self.matters:
            m.set_received(pydate(self.date.date()))

    def add_matter(self) -> MatterEntry:
        entry = MatterEntry(pydate(self.date.date()), ctx=self.ctx)
        entry.remove_requested.connect(self.remove_matter)
        entry.title.returnPressed.connect(self.save)
        self.matters.append(entry)
        self.matters_box.addWidget(entry)
        self._tab_order()
        entry.title.setFocus(Qt.FocusReason.OtherFocusReason)
        entry.category.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroller.ensureWidgetVisible(entry)
        return entry

    def remove_matter(self, entry: MatterEntry) -> None:
        self.matters.remove(entry)
        entry.setParent(None)  # type: ignore[call-overload]
        entry.deleteLater()
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab walks the form top to bottom: visit fields, each matter, then the buttons."""
        chain: list[QWidget] = [self.picker.edit, self.date, self.mode, self.cadre, self.summary]
        for m in self.matters:
            chain += [m.category, m.title, m.deadline, m.urgency]
        chain += [self.add_matter_button, self.clear_button, self.save_button]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only account reads the diary but records nothing: the form is greyed out."""
        self.read_only = read_only
        grey_out((self.picker, self.date, self.mode, self.cadre, self.summary,
                  self.add_matter_button, self.clear_button, self.save_button), read_only)

    def visit_input(self) -> visit_service.VisitInput:
        return visit_service.VisitInput(
            cadre_id=str(self.cadre.currentData() or ""), household_id=self.picker.household_id,
            visit_date=pydate(self.date.date()), mode=str(self.mode.currentData()),
            summary=self.summary.toPlainText(),
            matters=[m.data() for m in self.matters])

    def save(self) -> visit_service.VisitSaved | None:
        """Check every matter on its own row first (so each message lands beside its row),
        then save visit and matters in one transaction. Nothing typed is cleared on error."""
        if self.read_only:  # Ctrl+Enter on a greyed-out form
            return None
        self.picker.flush()
        if self.picker.household_id is None and self.picker.results.isVisible() \
                and self.picker.edit.hasFocus():
            self.picker._pick_index(self.picker.results.currentIndex())
        self.errors.clear()
        ok = True
        for m in self.matters:
            m.errors.clear()
            try:
                matter_service.validate(m.data())
            except MinqingError as exc:
                m.errors.show(exc)
                ok = False
        data = self.visit_input()
        if self.picker.household_id is None and self.picker.edit.text().strip():
            self.errors.show(ValidationErrors([ValidationError("household", "no_household_picked",
                                                               value=self.picker.edit.text())]))
            self.picker.setFocus()
            return None
        if not ok:
            self.general.setText(self.tr("Please correct the matters marked in red."))
            self.general.setVisible(True)
            return None
        try:
            saved = visit_service.record_visit(self.ctx, data)
        except ValidationErrors as exc:
            visit_errors = [e for e in exc.errors
                            if e.field in ("household", "visit_date", "mode", "cadre", "summary")]
            self.errors.show(ValidationErrors(visit_errors or exc.errors))
            return None
        except MinqingError as exc:
            self.errors.show(exc)
            return None
        self.saved.emit(saved)
        self.reset()
        return saved

    # --- clearing, and bringing a cleared form back --------------------------------------
    def has_content(self) -> bool:
        """Something the clerk typed or picked that a clear would lose."""
        return bool(self.picker.household_id or self.picker.edit.text().strip()
                    or self.summary.toPlainText().strip()
                    or any(m.title.text().strip() for m in self.matters))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc (not taken by a child, e.g. an open popup) clears the form — after asking, when
        something was typed."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.escape()
            return
        super().keyPressEvent(event)

    def escape(self) -> bool:
        """Esc: an empty form is reset at once; a form with text only if the clerk says so."""
        if self.has_content():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Clear the form"),
                              self.tr("Clear what was typed in this visit? Ctrl+Z brings it "
                                      "back while the window is open."),
                              QMessageBox.StandardButton.NoButton, self)
            yes = box.addButton(self.tr("Clear"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("Keep typing"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() is not yes:
                return False
        self.clear()
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.snapshot is not None:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) and not self._own_undo(obj):
                self.undo_clear()
                return True
        return super().eventFilter(obj, event)

    def _own_undo(self, obj: QObject) -> bool:
        if isinstance(obj, QLineEdit):
            return obj.isUndoAvailable()
        if isinstance(obj, QPlainTextEdit):
            return obj.document().isUndoAvailable()
        return False

    def take_snapshot(self) -> FormSnapshot:
        return FormSnapshot(
            household_id=self.picker.household_id, picker_text=self.picker.edit.text(),
            picker_detail=self.picker.chosen.text().removeprefix("✓ "),
            visit_date=pydate(self.date.date()), mode=str(self.mode.currentData()),
            cadre_id=str(self.cadre.currentData() or ""), summary=self.summary.toPlainText(),
            matters=tuple((str(m.category.currentData()), m.title.text(),
                           pydate(m.deadline.date()), m.deadline_touched,
                           str(m.urgency.currentData()))
                          for m in self.matters))

    def clear(self) -> None:
        """The Clear button and Esc: empty the form for the next visit, keeping what it held
        so Ctrl+Z can bring it back."""
        if self.has_content():
            self.snapshot = self.take_snapshot()
            self.undo_note.setText(self.tr("The form was cleared. Ctrl+Z brings it back."))
            self.undo_note.setVisible(True)
        self.reset()
        if self.snapshot is not None:
            self.undo_note.setVisible(True)

    def undo_clear(self) -> bool:
        """Ctrl+Z: the cleared form again, as it was (only into an empty form, so nothing
        typed since is overwritten)."""
        snap = self.snapshot
        if snap is None or self.has_content():
            return False
        self.snapshot = None
        self.undo_note.setVisible(False)
        self.date.setDate(qdate(snap.visit_date))
        self.mode.setCurrentIndex(max(self.mode.findData(snap.mode), 0))
        if snap.household_id:
            self.picker.set_household(snap.household_id, snap.picker_text, snap.picker_detail)
        else:
            self.picker.edit.setText(snap.picker_text)
        self._set_cadre(snap.cadre_id)
        self.summary.setPlainText(snap.summary)
        for category, title, deadline, touched, urgency in snap.matters:
            entry = self.add_matter()
            entry.category.setCurrentIndex(max(entry.category.findData(category), 0))
            entry.urgency.setCurrentIndex(max(entry.urgency.findData(urgency), 0))
            entry.title.setText(title)
            if touched:
                entry.deadline.setDate(qdate(deadline))
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def reset(self) -> None:
        """A new visit: no household, date today, mode 入户走访, no cadre until the household
        names its liaison — nothing carries over from the previous visit."""
        today = date.today()
        self.picker.set_household(None)
        self.summary.clear()
        for m in list(self.matters):
            self.remove_matter(m)
        self.date.setMaximumDate(qdate(today))
        self.date.setDate(qdate(today))
        self.mode.setCurrentIndex(max(self.mode.findData(VisitMode.HOME.value), 0))
        self._set_cadre("")
        self.errors.clear()
        self.undo_note.setVisible(False)
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)


ALL = "*"


class DiaryView(QWidget):
    """One cadre's diary: visits of the chosen month, grouped by day."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading()
        self.cadre = QComboBox()
        self.month = QDateEdit(qdate(date.today()))
        self.month.setCalendarPopup(False)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.cadre, 2)
        top.addWidget(self.month, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        layout.addWidget(self.summary)
        self.cadre.currentIndexChanged.connect(lambda _i: self.refresh())
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self._ready = False
        self.reload_cadres()
        self.retranslate()
        self._ready = True
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Diary"))
        idx = self.cadre.findData(ALL)
        if idx >= 0:
            self.cadre.setItemText(idx, self.tr("All cadres"))
        self.month.setLocale(QLocale())
        self.month.setDisplayFormat(month_format())
        self.refresh()

    def reload_cadres(self) -> None:
        current = self.cadre.currentData()
        cadres = cadres_for(self.ctx)
        self.cadre.blockSignals(True)
        self.cadre.clear()
        for c in cadres:
            self.cadre.addItem(c.name, c.id)
        self.cadre.addItem(self.tr("All cadres"), ALL)
        idx = self.cadre.findData(current)
        self.cadre.setCurrentIndex(max(idx, 0))
        self.cadre.blockSignals(False)
        self.refresh()

    def show_everyone_this_month(self) -> None:
        self.show_everyone(date.today().year, date.today().month)

    def show_everyone(self, year: int, month: int) -> None:
        self.month.setDate(QDate(year, month, 1))
        self.set_cadre(ALL)

    def set_cadre(self, cadre_id: str) -> None:
        idx = self.cadre.findData(cadre_id)
        if idx >= 0:
            self.cadre.setCurrentIndex(idx)

    def refresh(self) -> None:
        if not self._ready:
            return
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Day / household"), self.tr("Mode"),
                                              self.tr("What was learned")])
        cadre_id = str(self.cadre.currentData() or "")
        if not cadre_id or self.cadre.count() == 1:
            self.summary.setText(self.tr("No cadres yet: add them on the Cadres page."))
            return
        everyone = cadre_id == ALL
        m = self.month.date()
        first = date(m.year(), m.month(), 1)
        last = date(m.year() + (m.month() == 12), m.month() % 12 + 1, 1)
        rows = visit_service.find_visits(self.ctx, start=first, end=last,
                                         cadre_id="" if everyone else cadre_id, limit=2000)
        rows = [r for r in rows if r.visit_date < last]
        days: dict[date, QStandardItem] = {}
        for r in rows:
            parent = days.get(r.visit_date)
            if parent is None:
                parent = QStandardItem(fmt_date(r.visit_date, weekday=True))
                f = parent.font()
                f.setBold(True)
                parent.setFont(f)
                days[r.visit_date] = parent
                self.model.appendRow([parent, QStandardItem(), QStandardItem()])
                parent.setData(r.visit_date.isoformat(), Qt.ItemDataRole.UserRole)
            said = QStandardItem(r.summary)
            said.setToolTip(r.summary)
            who = r.household_name or "—"
            if everyone:
                who = f"{who} · {r.cadre_name}"
            parent.appendRow([QStandardItem(who), QStandardItem(lbl(r.mode)), said])
        for i, item in enumerate(days.values()):
            self.model.item(i, 1).setText(self.tr("%n visits", "", item.rowCount()))
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 230)
        self.tree.setColumnWidth(1, 90)
        self.summary.setText(self.tr("%n visits this month", "", len(rows)))


class VisitsPage(Retranslating, QWidget):
    visit_saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading()
        self.form = VisitForm(ctx)
        self.diary = DiaryView(ctx)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.diary)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter)
        self.form.saved.connect(self._saved)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Visits — people's-conditions diary"))

    def on_language_change(self) -> None:
        self.retranslate()
        self.form.retranslate()
        self.diary.retranslate()

    def _saved(self, saved: visit_service.VisitSaved) -> None:
        self.diary.set_cadre(str(self.form.cadre.currentData() or ""))
        self.diary.refresh()
        self.visit_saved.emit(saved)

    def reload(self) -> None:
        self.form.reload_cadres()
        self.diary.reload_cadres()

    def set_read_only(self, read_only: bool) -> None:
        self.form.set_read_only(read_only)

    def new_visit(self, household_id: str | None = None) -> None:
        """Ctrl+N: an empty form starts afresh (today, 入户走访); a half-filled one is kept.
        With a household (Ctrl+N on the register) the form opens on it."""
        if not self.form.has_content():
            self.form.reset()
        if household_id:
            self.form.pick(household_id)
            self.form.summary.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.form.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_state(self) -> None:
        save_splitter("visits", self.splitter)

    def restore_state(self) -> None:
        restore_splitter("visits", self.splitter)
