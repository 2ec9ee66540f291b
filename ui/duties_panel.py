"""The month's duties on Home: each required activity met, not met or not yet due (W12).

A widget of its own so Home needs only two lines for it; fed by ``app.services.duties``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.context import AppContext
from app.errors import MinqingError
from app.services.duties import MET, NOT_MET, month_duties
from app.services.stats import Month
from ui.i18n import current_lang
from ui.scaffold import Retranslating

COLOURS = {MET: "#1a7f37", NOT_MET: "#b3261e"}


class DutiesPanel(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.body = QLabel()
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        self.lines: list[str] = []
        self.refresh()

    def on_language_change(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        today = date.today()
        lang = current_lang()
        self.heading.setText("<b>" + self.tr("This month's duties") + "</b>")
        try:
            rep = month_duties(self.ctx, Month(today.year, today.month), today)
        except MinqingError as exc:
            self.body.setText(exc.message(lang))
            return
        from app.i18n import tr

        self.lines = []
        for d in rep.duties:
            colour = COLOURS.get(d.state, "#6e7781")
            self.lines.append(
                f"<span style='color:{colour}'>● {tr('duty_' + d.state, lang)}</span> "
                f"{d.label}　{d.done}/{d.required}" + (f"（{d.detail}）" if d.detail else ""))
        self.body.setText("<br>".join(self.lines))
