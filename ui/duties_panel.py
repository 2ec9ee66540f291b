"""The month's duties on Home: each required activity met, not met or not yet due (W12).

A widget of its own so Home needs only two lines for it; fed by ``app.services.duties``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.context import AppContext
from app.errors import MinqingError
from ui.i18n import current_lang
from ui.scaffold import Retranslating

if TYPE_CHECKING:
    from app.services.duties import DutiesReport

# by duty state (app.services.duties MET / NOT_MET): the duties module is imported when a
# report is read, in Home's worker, not before the first paint
COLOURS = {"met": "#1a7f37", "not_met": "#b3261e"}


class DutiesPanel(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, load: bool = True
                 ) -> None:
        """``load=False``: the owner reads the report (Home, in its worker) and hands it to
        ``show_report``; the panel then reads nothing itself before the first paint."""
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
        if load:
            self.refresh()
        else:
            self.heading.setText("<b>" + self.tr("This month's duties") + "</b>")

    def on_language_change(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        from app.services.duties import month_duties
        from app.services.stats import Month

        today = date.today()
        try:
            rep: DutiesReport | MinqingError = month_duties(
                self.ctx, Month(today.year, today.month), today)
        except MinqingError as exc:
            rep = exc
        self.show_report(rep)

    def show_report(self, rep: DutiesReport | MinqingError) -> None:
        """Show a report read elsewhere (or the error that stopped reading it)."""
        lang = current_lang()
        self.heading.setText("<b>" + self.tr("This month's duties") + "</b>")
        if isinstance(rep, MinqingError):
            self.body.setText(rep.message(lang))
            return
        from app.i18n import tr

        self.lines = []
        for d in rep.duties:
            colour = COLOURS.get(d.state, "#6e7781")
            self.lines.append(
                f"<span style='color:{colour}'>● {tr('duty_' + d.state, lang)}</span> "
                f"{d.label}　{d.done}/{d.required}" + (f"（{d.detail}）" if d.detail else ""))
        self.body.setText("<br>".join(self.lines))
