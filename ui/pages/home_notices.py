"""Home, village side: the supervision notices (督办单) the township sent with its reply
batches, each with its reply-by date; hidden when there are none (and on a township)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.context import AppContext
from app.services.supervision import Notice, list_notices
from ui.i18n import fmt_date
from ui.scaffold import Retranslating

BOX_STYLE = ("QWidget#notices { border: 1px solid #e6b3ad; border-radius: 6px; "
             "background: #fdf3f1; }")


class NoticesBox(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("notices")
        self.setStyleSheet(BOX_STYLE)
        self.notices: list[Notice] = []
        self.title = QLabel()
        self.body = QLabel()
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.refresh()

    def refresh(self) -> None:
        village = len(self.ctx.station_code) == 12  # village codes have 12 digits
        self.notices = list_notices(self.ctx) if village else []
        self._render()

    def on_language_change(self) -> None:
        self._render()

    def _render(self) -> None:
        self.setVisible(bool(self.notices))
        if not self.notices:
            return
        today = date.today()
        self.title.setText("<b style='color:#9b1c12'>" + self.tr(
            "Supervision notices from the township: %n", "", len(self.notices)) + "</b>")
        lines = []
        for n in self.notices:
            left = n.days_left(today)
            when = self.tr("reply by %1").replace("%1", fmt_date(n.reply_by))
            if left < 0:
                when += " · " + self.tr("%n days late", "", -left)
            elif left <= 2:
                when += " · " + self.tr("%n days left", "", left)
            colour = "#b3261e" if left < 0 else "#1f2d3d"
            lines.append(f"<span style='color:{colour}'>{n.notice_no} · "
                         + self.tr("%n overdue matters", "", n.matter_count)
                         + (f" · {n.owner_name}" if n.owner_name else "") + f" · {when}</span>")
        self.body.setText("<br>".join(lines))
