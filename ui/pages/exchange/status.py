"""The Status tab: batches sent and whether the township confirmed them, on a township each
village's last batch, the batches still missing, and the conflicts a person must decide
(kept here or taken from the batch — ``resolve_conflict`` keeps the record's owner)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services import exchange
from app.services.exchange import ConflictRow, Overview
from models.vocab import StationKind
from ui.i18n import current_lang, fmt_date
from ui.pages.exchange.common import BAD_STYLE, OK_STYLE, set_rows, table
from ui.pages.exchange.report import ExchangeReport, record_title, shown, when


class StatusTab(QWidget):
    """``resolved`` after a conflict was decided (the page re-reads the state first)."""

    resolved = Signal()
    refresh_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.words = ExchangeReport(self)
        self.ov: Overview | None = None
        self.sent_box = QGroupBox()
        self.sent_table = table(5)
        QVBoxLayout(self.sent_box).addWidget(self.sent_table)
        self.villages_box = QGroupBox()
        self.villages_table = table(4)
        QVBoxLayout(self.villages_box).addWidget(self.villages_table)
        self.gaps_label = QLabel()
        self.gaps_label.setWordWrap(True)
        self.conflicts_box = QGroupBox()
        self.conflict_table = table(5)
        self.conflict_detail = table(3)
        self.keep_button = QPushButton()
        self.take_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        cbox = QVBoxLayout(self.conflicts_box)
        inner = QSplitter(Qt.Orientation.Horizontal)
        inner.addWidget(self.conflict_table)
        inner.addWidget(self.conflict_detail)
        cbox.addWidget(inner, 1)
        cbox.addLayout(buttons)
        tables = QHBoxLayout()
        tables.addWidget(self.sent_box, 1)
        tables.addWidget(self.villages_box, 1)
        box = QVBoxLayout(self)
        box.addLayout(tables, 1)
        box.addWidget(self.gaps_label)
        box.addWidget(self.conflicts_box, 1)
        self.conflict_table.itemSelectionChanged.connect(self._show_conflict)
        self.keep_button.clicked.connect(lambda: self.resolve(False))
        self.take_button.clicked.connect(lambda: self.resolve(True))

    @property
    def township(self) -> bool:
        return self.ov is not None and self.ov.kind == StationKind.TOWNSHIP

    def retranslate(self) -> None:
        self.sent_box.setTitle(self.tr("Batches sent"))
        self.sent_table.setHorizontalHeaderLabels([
            self.tr("To"), self.tr("Batch no."), self.tr("Written on"), self.tr("Receipt"),
            self.tr("File")])
        self.villages_box.setTitle(self.tr("Batches received from each village"))
        self.villages_table.setHorizontalHeaderLabels([
            self.tr("Village"), self.tr("Last batch"), self.tr("Written on"),
            self.tr("Imported on")])
        self.conflicts_box.setTitle(self.tr("Conflicts to decide"))
        self.conflict_table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("From"), self.tr("Version"), self.tr("Found on"),
            self.tr("Differs in")])
        self.conflict_detail.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Kept here"), self.tr("Arrived")])
        self.keep_button.setText(self.tr("Keep the version here"))
        self.take_button.setText(self.tr("Take the version that arrived"))
        self._render()

    def set_overview(self, ov: Overview) -> None:
        self.ov = ov
        self._render()

    def _render(self) -> None:
        ov = self.ov
        if ov is None:
            return
        status = {"sent": self.tr("waiting for the township's receipt"),
                  "confirmed": self.tr("confirmed"), "refused": self.tr("refused — see receipt")}
        rows = []
        for b in ov.sent:
            st = status.get(b.status, b.status)
            if b.status == "confirmed" and b.confirmed_at is not None:
                st = self.tr("confirmed on %1").replace(
                    "%1", fmt_date(exchange.local_time(b.confirmed_at).date()))
            if self.township and b.status == "sent":
                st = self.tr("sent")
            if b.status == "refused" and b.reason:
                st = self.tr("refused: %1").replace("%1", shown(b.reason))
            rows.append([shown(b.destination_name),
                         f"{b.seq}" + (" " + self.tr("(full)") if b.full else ""),
                         when(b.created_at), st, b.file_name])
        set_rows(self.sent_table, rows)
        self.villages_box.setVisible(self.township)
        vrows = []
        for v in ov.villages:
            vrows.append([f"{shown(v.name)} ({v.code})" + ("" if v.enrolled else " · "
                                                           + self.tr("not paired")),
                          str(v.last_seq) if v.last_seq is not None
                          else self.tr("none received yet"),
                          when(v.last_created), when(v.last_applied)])
        set_rows(self.villages_table, vrows)
        if ov.gaps:
            self.gaps_label.setStyleSheet(BAD_STYLE)
            self.gaps_label.setText(self.tr("Missing batches: %1").replace(
                "%1", shown("; ".join(ov.gaps))))
        else:
            self.gaps_label.setStyleSheet(OK_STYLE)
            self.gaps_label.setText(self.tr("No batch is missing."))
        crows = []
        for c in ov.conflicts:
            diff = [self.words.field(k) for k in c.differing()]
            crows.append([f"{self.words.table_name(c.table)} · {record_title(c.local)}",
                          shown(c.origin_name), str(c.version), when(c.detected_at),
                          ", ".join(diff)])
        set_rows(self.conflict_table, crows)
        self.conflicts_box.setTitle(self.tr("Conflicts to decide (%1)").replace(
            "%1", str(len(ov.conflicts))))
        self._show_conflict()

    # --- conflicts ----------------------------------------------------------------------
    def current_conflict(self) -> ConflictRow | None:
        if self.ov is None:
            return None
        rows = self.conflict_table.selectionModel().selectedRows() \
            if self.conflict_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.ov.conflicts):
            return None
        return self.ov.conflicts[rows[0].row()]

    def _show_conflict(self) -> None:
        c = self.current_conflict()
        self.keep_button.setEnabled(c is not None)
        self.take_button.setEnabled(c is not None)
        if c is None:
            set_rows(self.conflict_detail, [])
            return
        rows = [[self.words.field(k), shown(c.local.get(k, "")), shown(c.incoming.get(k, ""))]
                for k in c.differing()]
        set_rows(self.conflict_detail, rows)

    def select_conflict(self, row: int) -> None:
        self.conflict_table.selectRow(row)

    def resolve(self, take_incoming: bool) -> None:
        c = self.current_conflict()
        if c is None:
            return
        try:
            exchange.resolve_conflict(self.ctx, c.id, take_incoming)
        except MinqingError as exc:
            self.gaps_label.setText(exc.message(current_lang()))
            return
        self.refresh_requested.emit()
        self.resolved.emit()
