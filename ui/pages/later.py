"""Pages whose screens come with their own issues: they say so plainly instead of pretending."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.widgets import heading


class LaterPage(QWidget):
    def __init__(self, which: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.which = which
        self.title = heading()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {"cards": self.tr("Contact cards"), "reports": self.tr("Reports"),
                  "exchange": self.tr("Data exchange")}
        bodies = {
            "cards": self.tr("Printing contact cards comes in a later version of this window. "
                             "Cards already issued are listed in each household's detail pane."),
            "reports": self.tr("The monthly ledger and reports come in a later version. The "
                               "month's figures are on the Home page."),
            "exchange": self.tr("Sending batches to the township and reading its replies come "
                                "in a later version."),
        }
        self.title.setText(titles[self.which])
        self.text.setText(bodies[self.which])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
