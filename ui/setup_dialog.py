"""First run: set up the station this laptop keeps (W1)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.errors import ValidationError, ValidationErrors
from app.services.demo import fill_demo
from app.services.station import init_station, validate_station
from app.store import Store


class SetupDialog(QDialog):
    def __init__(self, store: Store, lang: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.setWindowTitle(self.tr("Set up this station"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Village / community"), "village")
        self.kind.addItem(self.tr("Township"), "township")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("12 digits for a village, 9 for a township"))
        self.name = QLineEdit()
        self.demo = QCheckBox(self.tr("Fill with demo data to try the app"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Station kind"), self.kind)
        form.addRow(self.tr("Division code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.demo)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        kind = str(self.kind.currentData())
        try:
            validate_station(kind, self.code.text(), self.name.text())
            init_station(self.store, kind=kind, code=self.code.text(), name=self.name.text())
        except (ValidationError, ValidationErrors) as exc:
            self.error.setText(exc.message(self.lang))
            return
        if self.demo.isChecked():
            from app.context import AppContext

            fill_demo(AppContext(self.store, lang=self.lang), households=600, months=12)
        super().accept()
