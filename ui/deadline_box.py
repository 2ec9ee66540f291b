"""Settings › default time limits (办结时限): working days per category and urgency. Everyone
sees the limits in force; only an administrator changes them (the service refuses others too).
Matters already recorded keep their deadline."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services import matters as ms
from app.services.users import ADMIN_ROLES
from models.vocab import MatterCategory, MatterUrgency
from ui.i18n import current_lang, lbl
from ui.scaffold import Retranslating
from ui.widgets import error_label


class DeadlineRulesBox(Retranslating, QGroupBox):
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.admin = ctx.role in ADMIN_ROLES
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        self.cat_labels: dict[str, QLabel] = {}
        self.urg_labels: dict[str, QLabel] = {}
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#555")
        grid = QGridLayout()
        for j, u in enumerate(MatterUrgency, start=1):
            self.urg_labels[u.value] = QLabel()
            grid.addWidget(self.urg_labels[u.value], 0, j)
        for i, c in enumerate(MatterCategory, start=1):
            self.cat_labels[c.value] = QLabel()
            grid.addWidget(self.cat_labels[c.value], i, 0)
            for j, u in enumerate(MatterUrgency, start=1):
                spin = QSpinBox()
                spin.setRange(1, ms.MAX_WORKDAYS)
                spin.setEnabled(self.admin)
                self.spins[(c.value, u.value)] = spin
                grid.addWidget(spin, i, j)
        self.save_button = QPushButton()
        self.save_button.setEnabled(self.admin)
        self.save_button.clicked.connect(self.save)
        self.result = QLabel()
        self.error = error_label()
        foot = QHBoxLayout()
        foot.addWidget(self.save_button)
        foot.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addLayout(foot)
        self.load()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Default time limits (working days)"))
        self.note.setText(
            self.tr("A new matter's deadline is counted from these, by category and urgency. "
                    "Matters already recorded keep their deadline.") if self.admin else
            self.tr("Only an administrator changes the default time limits."))
        for code, lab in self.cat_labels.items():
            lab.setText(lbl(code))
        for code, lab in self.urg_labels.items():
            lab.setText(lbl(code))
        self.save_button.setText(self.tr("Save time limits"))
        self.save_button.setToolTip("" if self.admin else self.note.text())
        for (c, u), spin in self.spins.items():
            spin.setToolTip(self.note.text() if not self.admin else
                            self.tr("Built in: %1").replace("%1", str(
                                ms.builtin_workdays(c, u))))

    def load(self) -> None:
        for cell in ms.deadline_table(self.ctx):
            self.spins[(cell.category, cell.urgency)].setValue(cell.workdays)

    def save(self) -> None:
        """Each changed cell through the service (audited); the first refusal is shown."""
        self.error.setVisible(False)
        current = {(c.category, c.urgency): c.workdays for c in ms.deadline_table(self.ctx)}
        changed = 0
        try:
            for key, spin in self.spins.items():
                if spin.value() != current[key]:
                    ms.set_deadline_rule(self.ctx, key[0], key[1], spin.value())
                    changed += 1
        except MinqingError as exc:
            self.error.setText(exc.message(current_lang()))
            self.error.setVisible(True)
            return
        self.result.setText(self.tr("%n time limits changed", "", changed))
        self.saved.emit()
