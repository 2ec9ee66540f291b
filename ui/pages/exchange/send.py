"""The Send tab: pick the station, see what the next batch carries, write it to the stick in a
worker, read the report. The counts come from ``preview_export``; nothing is decided here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services import exchange
from app.services.exchange import ExportPlan, ExportResult, Overview
from models.vocab import StationKind
from ui.i18n import current_lang, fmt_date
from ui.pages.exchange.common import (
    ALL_VILLAGES,
    BAD_STYLE,
    progress_callback,
    set_rows,
    table,
)
from ui.pages.exchange.drive import DrivePicker
from ui.pages.exchange.report import ExchangeReport, h, note, shown
from ui.workers import Progress, Task, run_task


class SendTab(QWidget):
    """``sent`` after a batch was written (the page re-reads the state first), ``busy`` with
    the worker task when one starts."""

    sent = Signal()
    refresh_requested = Signal()
    busy = Signal(object)

    def __init__(self, ctx: AppContext, drive: DrivePicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drive = drive
        self.words = ExchangeReport(self)
        self.ov: Overview | None = None
        self.plan: ExportPlan | None = None
        self.plan_error = ""
        self.task: Task | None = None
        self.last_export: list[ExportResult] = []
        self.dest_label = QLabel()
        self.dest = QComboBox()
        self.dest.setMinimumWidth(240)
        self.full = QCheckBox()
        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.dest_label)
        row.addWidget(self.dest)
        row.addWidget(self.full)
        row.addStretch(1)
        row.addWidget(self.send_button)
        self.plan_text = QLabel()
        self.plan_text.setWordWrap(True)
        self.plan_table = table(2)
        self.send_report = QTextBrowser()
        self.send_report.setObjectName("send_report")
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.plan_text)
        self.plan_table.setMaximumWidth(360)
        split = QHBoxLayout()
        split.addWidget(self.plan_table, 0)
        split.addWidget(self.send_report, 1)
        box.addLayout(split, 1)
        self.dest.currentIndexChanged.connect(self.refresh_plan)
        self.full.toggled.connect(self.refresh_plan)
        self.send_button.clicked.connect(self.send)

    @property
    def township(self) -> bool:
        return self.ov is not None and self.ov.kind == StationKind.TOWNSHIP

    def retranslate(self) -> None:
        self.full.setText(self.tr("Send everything (full batch)"))
        self.full.setToolTip(self.tr("Normally only what changed since the last batch is sent. "
                                     "A full batch is for a first exchange or a restored laptop."))
        self.send_button.setText(self.tr("Write batch to the USB drive"))
        self.plan_table.setHorizontalHeaderLabels([self.tr("Records"), self.tr("Number")])
        self.dest_label.setText(self.tr("Send to:"))
        self._name_all_item()
        self._render_plan()
        if self.last_export:
            self.show_export_report(self.last_export)

    # --- reading ------------------------------------------------------------------------
    def set_overview(self, ov: Overview) -> None:
        self.ov = ov
        self._fill_destinations()
        self.dest_label.setText(self.tr("Send to:"))

    def _fill_destinations(self) -> None:
        assert self.ov is not None
        keep = self.dest.currentData()
        self.dest.blockSignals(True)
        self.dest.clear()
        wanted = StationKind.VILLAGE if self.township else StationKind.TOWNSHIP
        peers = [p for p in self.ov.peers if p.kind == wanted]
        if self.township and len(peers) > 1:
            self.dest.addItem("", ALL_VILLAGES)
        for p in peers:
            self.dest.addItem(f"{shown(p.name)} ({p.code})", p.code)
        i = self.dest.findData(keep)
        self.dest.setCurrentIndex(max(i, 0))
        self.dest.blockSignals(False)
        self._name_all_item()

    def _name_all_item(self) -> None:
        i = self.dest.findData(ALL_VILLAGES)
        if i >= 0:
            self.dest.setItemText(i, self.tr("Every village (one batch each)"))

    def refresh_plan(self) -> None:
        self.plan = None
        self.plan_error = ""
        code = self.dest.currentData()
        if code and code != ALL_VILLAGES:
            try:
                self.plan = exchange.preview_export(self.ctx, code, self.full.isChecked())
            except MinqingError as exc:
                self.plan_error = exc.message(current_lang())
        self._render_plan()

    def _render_plan(self) -> None:
        if self.ov is None:
            return
        code = self.dest.currentData()
        self.send_button.setEnabled(bool(code) and not self.plan_error)
        if not code:
            self.plan_text.setStyleSheet(BAD_STYLE)
            self.plan_text.setText(self.tr(
                "No station to send to yet. Pair with the %1 first (button above).").replace(
                "%1", self.tr("villages") if self.township else self.tr("township")))
            set_rows(self.plan_table, [])
            return
        if code == ALL_VILLAGES:
            self.plan_text.setStyleSheet("")
            self.plan_text.setText(self.tr(
                "One batch for each village: its township replies and receipts."))
            set_rows(self.plan_table, [])
            return
        if self.plan_error or self.plan is None:
            self.plan_text.setStyleSheet(BAD_STYLE)
            self.plan_text.setText(self.plan_error)
            return
        p = self.plan
        name = shown(p.destination_name)
        self.plan_text.setStyleSheet("")
        if p.full:
            how = self.tr("everything this station holds for it (full batch)")
        elif p.since is None:
            how = self.tr("everything not sent before")
        else:
            how = self.tr("only what changed since %1").replace(
                "%1", fmt_date(exchange.local_time(p.since).date()))
        total = sum(p.counts.values())
        if total == 0:
            self.plan_text.setText(self.tr(
                "Batch no. %1 for %2: nothing changed since %3. You may still send it (it tells "
                "the other side nothing is missing).").replace("%1", str(p.seq)).replace(
                "%2", name).replace(
                "%3", fmt_date(exchange.local_time(p.since).date()) if p.since else ""))
            set_rows(self.plan_table, [])
            return
        self.plan_text.setText(self.tr("Batch no. %1 for %2: %3 — %n records.", "", total).replace(
            "%1", str(p.seq)).replace("%2", name).replace("%3", how))
        set_rows(self.plan_table, [[self.words.table_name(k), str(v)]
                                   for k, v in p.counts.items() if v])

    # --- writing ------------------------------------------------------------------------
    def send(self) -> None:
        folder = self.drive.folder()
        if folder is None:
            self.send_report.setHtml(note(BAD_STYLE,
                                          self.tr("Choose the USB drive first (or a folder).")))
            return
        code = self.dest.currentData()
        if not code:
            return
        codes = [str(self.dest.itemData(i)) for i in range(self.dest.count())
                 if self.dest.itemData(i) != ALL_VILLAGES] if code == ALL_VILLAGES else [code]
        ctx, full = self.ctx, self.full.isChecked()
        box: dict[str, Any] = {"done": []}

        def work(p: Progress) -> list[ExportResult]:
            for c in codes:
                if p.cancelled():
                    break
                box["done"].append(exchange.export_batch(ctx, folder, c, full,
                                                         progress_callback(p)))
            return list(box["done"])

        self.send_button.setEnabled(False)
        self.task = run_task(self, self.tr("Writing the batch to the USB drive…"), work,
                             self._sent, self._send_failed)
        task = self.task
        self.busy.emit(task)
        task.finished.connect(lambda: self._send_finished(task, box))

    def _send_finished(self, task: Task, box: dict[str, Any]) -> None:
        self.send_button.setEnabled(True)
        if task.progress.cancelled():
            done: list[ExportResult] = box["done"]
            text = self.tr("Cancelled. Nothing more was written to the USB drive.")
            if not done:
                text = self.tr("Cancelled. Nothing was written to the USB drive.")
            self.last_export = done
            if done:
                self.show_export_report(done)
            self.send_report.append(f"<p style='{BAD_STYLE}'>{h(text)}</p>")
            self.refresh_requested.emit()

    def _sent(self, results: list[ExportResult]) -> None:
        self.last_export = results
        self.refresh_requested.emit()
        self.show_export_report(results)
        self.sent.emit()

    def _send_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, MinqingError):
            raise exc
        self.refresh_requested.emit()
        self.send_report.setHtml(note(BAD_STYLE, self.tr("Nothing was sent: %1").replace(
            "%1", exc.message(current_lang()))))

    def show_export_report(self, results: list[ExportResult]) -> None:
        names = {p.code: p.name for p in self.ov.peers} if self.ov is not None else {}
        self.send_report.setHtml(self.words.export_html(results, names))
