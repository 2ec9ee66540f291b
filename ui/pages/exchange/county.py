"""The township's county row on the exchange page (issue 14): "Send to county" writes the
township's batch for its county to the stick, the villages' files it forwards beside it;
"Accept the county's reply" applies the county's reply files found on the stick (receipts,
supervision notices, the holiday table). Until now these were ``minqing county export`` /
``county accept`` only. Everything goes through ``app.services.exchange``; shown on a
township only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.context import AppContext
from app.errors import MinqingError
from app.services import exchange
from ui.i18n import current_lang
from ui.pages.exchange.drive import DrivePicker


class CountyRow(QWidget):
    """Emits ``changed`` after a county reply was applied (notices, holidays arrived)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, drive: DrivePicker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drive = drive
        self.link: exchange.CountyLink | None = None
        self.label = QLabel()
        self.send_button = QPushButton()
        self.accept_button = QPushButton()
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setVisible(False)  # shown with the first outcome
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.send_button)
        row.addWidget(self.accept_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row)
        outer.addWidget(self.report)
        self.send_button.clicked.connect(lambda: self.send())
        self.accept_button.clicked.connect(lambda: self.accept())
        self.retranslate()

    def retranslate(self) -> None:
        self.send_button.setText(self.tr("Send to county"))
        self.send_button.setToolTip(self.tr("Write this township's batch for the county to the "
                                            "USB drive, with the villages' batches it forwards"))
        self.accept_button.setText(self.tr("Accept the county's reply"))
        self.accept_button.setToolTip(self.tr("Apply the county's reply files on the USB drive: "
                                              "receipts, supervision notices, holidays"))
        for b in (self.send_button, self.accept_button):
            b.setMinimumWidth(b.sizeHint().width())
        self._render()

    def set_link(self, link: exchange.CountyLink | None) -> None:
        self.link = link
        self._render()

    def _render(self) -> None:
        if self.link is None:
            self.label.setText(self.tr("County: not paired yet — pair with the county's "
                                       "station card first"))
        else:
            self.label.setText(self.tr("County: %1 (%2)").replace("%1", self.link.name)
                               .replace("%2", self.link.code))
        ready = self.link is not None and self.ctx.can_write
        self.send_button.setEnabled(ready)
        self.accept_button.setEnabled(ready)

    def _say(self, text: str) -> None:
        self.report.setText(text)
        self.report.setVisible(bool(text))

    def _folder(self) -> Path | None:
        folder = self.drive.folder()
        if folder is None:
            self._say(self.tr("Choose the USB drive (or a folder) first."))
        return folder

    def send(self) -> exchange.CountyExport | None:
        folder = self._folder()
        if folder is None:
            return None
        try:
            res = exchange.send_to_county(self.ctx, folder)
        except MinqingError as exc:
            self._say(exc.message(current_lang()))
            return None
        self._say(
            self.tr("Written for the county: %1 (%2); %3 forwarded beside it.")
            .replace("%1", res.path.name)
            .replace("%2", self.tr("%n township records", "", sum(res.counts.values())))
            .replace("%3", self.tr("%n village batches", "", len(res.forwarded))))
        self.changed.emit()  # the status tab lists the batch sent
        return res

    def accept(self) -> list[dict[str, Any]]:
        folder = self._folder()
        if folder is None:
            return []
        files = exchange.county_replies_on(self.ctx, folder)
        if not files:
            self._say(self.tr("No reply from the county on the USB drive."))
            return []
        out, lines = [], []
        for p in files:
            try:
                r = exchange.accept_county_reply(self.ctx, p)
            except MinqingError as exc:
                lines.append(self.tr("%1: refused — %2").replace("%1", p.name)
                             .replace("%2", exc.message(current_lang())))
                continue
            out.append(r)
            if r["status"] == "already_applied":
                lines.append(self.tr("%1: already accepted").replace("%1", p.name))
            else:
                lines.append(self.tr("%1: %2 confirmed, %3 from the county")
                             .replace("%1", p.name)
                             .replace("%2", self.tr("%n batches", "", len(r["confirmed"])))
                             .replace("%3", self.tr("%n supervision notices", "",
                                                    len(r["notices"]))))
        self._say("\n".join(lines))
        if any(r["status"] == "applied" for r in out):
            self.changed.emit()
        return out
