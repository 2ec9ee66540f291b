"""Settings: station details (kept in the store and audited), language, font size and idle lock
(kept in QSettings, per laptop), backups (``ui.pages.backups``) and user accounts
(``ui.pages.accounts``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services import users
from app.services.station import station_info, update_station
from ui.deadline_box import DeadlineRulesBox
from ui.i18n import current_lang, languages, lbl
from ui.pages.accounts import AccountsBox
from ui.pages.backups import BackupBox
from ui.pages.calendar_box import CalendarBox
from ui.permissions import read_only_tip
from ui.scaffold import Retranslating
from ui.settings_store import ACTOR, IDLE_MINUTES, LARGE_FONT
from ui.widgets import FieldErrors, error_label, heading


class SettingsPage(Retranslating, QWidget):
    language_chosen = Signal(str)
    large_font_chosen = Signal(bool)
    station_saved = Signal()
    idle_minutes_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading()
        self.station_box = QGroupBox()
        self.code = QLabel()
        self.name = QLineEdit()
        self.office_days = QLineEdit()
        self.hotline = QLineEdit()
        self.address = QLineEdit()
        self.save_button = QPushButton()
        self.saved_label = QLabel()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.station_form = QFormLayout(self.station_box)
        self.station_form.addRow(self.general)
        self.station_labels = [QLabel() for _ in range(5)]
        self.station_form.addRow(self.station_labels[0], self.code)
        for lab, key, w in zip(self.station_labels[1:], ("station_name", "office_days", "phone",
                                                          "address"),
                               (self.name, self.office_days, self.hotline, self.address),
                               strict=True):
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(w)
            box.addWidget(self.errors.add(key))
            self.station_form.addRow(lab, box)
        self.station_form.addRow(self.save_button, self.saved_label)
        self.view_box = QGroupBox()
        self.language = QComboBox()
        for code, name in languages():  # every catalogue shipped: a language is files only
            self.language.addItem(name, code)
        self.large_font = QCheckBox()
        self.lang_label = QLabel()
        self.actor = QLineEdit(ctx.actor)
        self.actor_label = QLabel()
        view_form = QFormLayout(self.view_box)
        view_form.addRow(self.lang_label, self.language)
        view_form.addRow("", self.large_font)
        view_form.addRow(self.actor_label, self.actor)
        # Signed in with an account: the name is the account's, not typed here.
        signed_in = users.accounts_exist(ctx)
        self.actor.setReadOnly(signed_in)
        self.actor.setEnabled(not signed_in)
        self.actor.editingFinished.connect(self._actor_changed)
        from ui.startup import idle_minutes

        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setValue(idle_minutes())
        self.idle_label = QLabel()
        view_form.addRow(self.idle_label, self.idle)
        self.idle.valueChanged.connect(self._idle_changed)
        from app.services.users import ADMIN_ROLES

        self.backup_box = BackupBox(ctx.store.path, offsite_allowed=ctx.role in ADMIN_ROLES)
        self.accounts_box = AccountsBox(ctx)
        row = QHBoxLayout()
        row.addWidget(self.backup_box, 1)
        row.addWidget(self.accounts_box, 1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.title)
        layout.addWidget(self.station_box)
        layout.addWidget(self.view_box)
        layout.addLayout(row)
        self.calendar_box = CalendarBox(ctx)  # 节假日安排: import a year's holiday table
        layout.addWidget(self.calendar_box)
        self.deadline_box = DeadlineRulesBox(ctx)  # 办结时限 by category and urgency
        layout.addWidget(self.deadline_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.read_only = False
        self.load()
        self.language.setCurrentIndex(max(self.language.findData(current_lang()), 0))
        self.large_font.setChecked(LARGE_FONT.get())
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(self.language.currentData())))
        self.large_font.toggled.connect(self.large_font_chosen.emit)
        self.save_button.clicked.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.station_box.setTitle(self.tr("Station details (printed on contact cards)"))
        for lab, text in zip(self.station_labels, (
                self.tr("Division code"), self.tr("Name"), self.tr("Office days"),
                self.tr("Hotline"), self.tr("Address")), strict=True):
            lab.setText(text)
        self.office_days.setPlaceholderText(self.tr("e.g. Monday to Friday, 8:30–17:30"))
        self.save_button.setText(self.tr("Save station details"))
        self.view_box.setTitle(self.tr("This laptop"))
        self.lang_label.setText(self.tr("Language"))
        self.large_font.setText(self.tr("Larger text"))
        self.actor_label.setText(self.tr("Who is working (recorded with each change)"))
        self.idle_label.setText(self.tr("Lock the window after this many minutes without use"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" min"))
        if self.read_only:
            self.save_button.setToolTip(read_only_tip())
        self.saved_label.clear()
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(current_lang()), 0))
        self.language.blockSignals(False)
        info = station_info(self.ctx)
        self.code.setText(f"{info.code} · {lbl(info.kind)}")

    def set_read_only(self, read_only: bool) -> None:
        """A read-only account sees the station details but cannot save them."""
        self.read_only = read_only
        for field in (self.name, self.office_days, self.hotline, self.address):
            field.setReadOnly(read_only)
        self.save_button.setEnabled(not read_only)
        self.save_button.setToolTip(read_only_tip() if read_only else "")

    def _idle_changed(self, minutes: int) -> None:
        IDLE_MINUTES.set(max(0, minutes))
        self.idle_minutes_chosen.emit(minutes)

    def _actor_changed(self) -> None:
        name = self.actor.text().strip()
        if name and not self.actor.isReadOnly():
            self.ctx.actor = name
            ACTOR.set(name)

    def load(self) -> None:
        info = station_info(self.ctx)
        self.name.setText(info.name)
        self.office_days.setText(info.office_days)
        self.hotline.setText(info.hotline)
        self.address.setText(info.address)

    def save(self) -> None:
        self.errors.clear()
        try:
            update_station(self.ctx, name=self.name.text().strip() or None,
                           office_days=self.office_days.text().strip(),
                           hotline=self.hotline.text().strip(),
                           address=self.address.text().strip())
        except MinqingError as exc:
            self.errors.show(exc)
            return
        self.saved_label.setText(self.tr("Saved."))
        self.station_saved.emit()
