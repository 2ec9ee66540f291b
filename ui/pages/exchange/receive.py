"""The Receive tab: the batch files on the stick (those addressed to this station ticked),
check or import the ticked ones in a worker, the report per file, and on a township the
signed refusal receipts that tell a village why its batch was refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services import exchange
from app.services.exchange import DriveFile, ImportResult, Overview
from models.vocab import StationKind
from ui.i18n import current_lang
from ui.pages.exchange.common import BAD_STYLE, progress_callback
from ui.pages.exchange.drive import DrivePicker
from ui.pages.exchange.report import ExchangeReport, h, note, shown, when_text
from ui.workers import Progress, Task, run_task


class ReceiveTab(QWidget):
    """``imported`` when an import changed records, ``refresh_requested`` when the station's
    state should be re-read, ``busy`` with the worker task when one starts."""

    imported = Signal()
    refresh_requested = Signal()
    busy = Signal(object)

    def __init__(self, ctx: AppContext, drive: DrivePicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drive = drive
        self.words = ExchangeReport(self)
        self.ov: Overview | None = None
        self.task: Task | None = None
        self.files: list[DriveFile] = []
        self.last_import: list[ImportResult] = []
        self.last_import_preview = False
        self.files_label = QLabel()
        self.file_list = QTreeWidget()
        self.file_list.setRootIsDecorated(False)
        self.file_list.setColumnCount(7)
        self.file_list.setAlternatingRowColors(True)
        self.relist_button = QPushButton()
        self.preview_button = QPushButton()
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.refuse_button = QPushButton()
        self.refuse_button.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.files_label, 1)
        row.addWidget(self.relist_button)
        row.addWidget(self.preview_button)
        row.addWidget(self.import_button)
        self.receive_report = QTextBrowser()
        self.receive_report.setObjectName("receive_report")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.file_list)
        split.addWidget(self.receive_report)
        split.setSizes([220, 300])
        refuse_row = QHBoxLayout()
        refuse_row.addStretch(1)
        refuse_row.addWidget(self.refuse_button)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(split, 1)
        box.addLayout(refuse_row)
        self.refuse_button.clicked.connect(self.issue_refusals)
        self.relist_button.clicked.connect(self.list_files)
        self.preview_button.clicked.connect(self.preview_receive)
        self.import_button.clicked.connect(self.receive)

    @property
    def township(self) -> bool:
        return self.ov is not None and self.ov.kind == StationKind.TOWNSHIP

    def retranslate(self) -> None:
        self.file_list.setHeaderLabels([self.tr("File"), self.tr("From"), self.tr("To"),
                                        self.tr("Batch no."), self.tr("Written on"),
                                        self.tr("Size"), self.tr("Note")])
        self.relist_button.setText(self.tr("Look again"))
        self.preview_button.setText(self.tr("Check ticked files"))
        self.import_button.setText(self.tr("Import ticked files"))
        self.refuse_button.setText(self.tr("Tell the villages why (refusal receipts)"))
        self.refuse_button.setToolTip(self.tr(
            "A signed receipt saying why each refused batch was not accepted goes to the "
            "village with the next batch, so its clerk can correct and send again."))
        self._render_files()
        if self.last_import:
            self.show_import_report(self.last_import, self.last_import_preview)

    def set_overview(self, ov: Overview) -> None:
        self.ov = ov
        self.list_files()

    # --- files on the stick -------------------------------------------------------------
    def list_files(self) -> None:
        folder = self.drive.folder()
        code = self.ov.code if self.ov else ""
        self.files = exchange.batches_on(folder, code, current_lang()) if folder else []
        self._render_files()

    def _render_files(self) -> None:
        before = {str(it.data(0, Qt.ItemDataRole.UserRole)):
                  it.checkState(0) == Qt.CheckState.Checked for it in self._items()}
        self.file_list.clear()
        for f in self.files:
            dest = shown(f.destination_name or f.destination)
            if f.for_us:
                dest = self.tr("this station")
            problem = shown(f.problem)
            note_text = problem or ("" if f.for_us else self.tr("for another station"))
            item = QTreeWidgetItem([shown(f.path.name), shown(f.origin_name or "?"), dest,
                                    f"{f.seq}" + (" " + self.tr("(full)") if f.full else "")
                                    if f.seq else "", when_text(f.created_at),
                                    exchange.human_size(f.size), note_text])
            item.setData(0, Qt.ItemDataRole.UserRole, str(f.path))
            on = before.get(str(f.path), f.for_us)
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if f.problem:
                item.setForeground(6, Qt.GlobalColor.red)
                item.setToolTip(6, problem)
            elif not f.for_us:
                for c in range(7):
                    item.setForeground(c, Qt.GlobalColor.gray)
            self.file_list.addTopLevelItem(item)
        for c in range(6):
            self.file_list.resizeColumnToContents(c)
        folder = self.drive.folder()
        if folder is None:
            self.files_label.setText(self.tr("Choose the USB drive first (or a folder)."))
        elif not self.files:
            self.files_label.setText(self.tr("No batch files (.mqb) in %1.").replace(
                "%1", shown(folder)))
        else:
            mine = sum(1 for f in self.files if f.for_us)
            self.files_label.setText(self.tr(
                "%n batch files in %1; %2 addressed to this station are ticked.", "", len(self.files)
                ).replace("%1", shown(folder)).replace("%2", str(mine)))

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.file_list.topLevelItem(i) for i in range(self.file_list.topLevelItemCount()))
        return [it for it in items if it is not None]

    def ticked(self) -> list[Path]:
        out = []
        for item in self._items():
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(Path(item.data(0, Qt.ItemDataRole.UserRole)))
        return out

    def set_ticked(self, paths: list[Path]) -> None:
        want = {str(p) for p in paths}
        for item in self._items():
            item.setCheckState(0, Qt.CheckState.Checked
                               if item.data(0, Qt.ItemDataRole.UserRole) in want
                               else Qt.CheckState.Unchecked)

    # --- importing ----------------------------------------------------------------------
    def preview_receive(self) -> None:
        self._start_import(preview=True)

    def receive(self) -> None:
        self._start_import(preview=False)

    def _start_import(self, preview: bool) -> None:
        paths = self.ticked()
        if not paths:
            self.receive_report.setHtml(note(BAD_STYLE, self.tr("Tick the files to import.")))
            return
        ctx = self.ctx
        box: dict[str, Any] = {"results": []}

        def work(p: Progress) -> list[ImportResult]:
            # One call for all files: each origin's batches go in by sequence number and the
            # store is backed up once. A cancel refuses the file in progress (rolled back) and
            # every file after it, each with the reason "cancelled".
            fn = exchange.preview_import if preview else exchange.import_files
            box["results"] = fn(ctx, paths, progress=progress_callback(p))
            return list(box["results"])

        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        label = self.tr("Checking the batch files…") if preview \
            else self.tr("Importing the batch files…")
        self.task = run_task(self, label, work, lambda r: self._received(r, preview),
                             self._receive_failed)
        task = self.task
        self.busy.emit(task)
        task.finished.connect(lambda: self._receive_finished(task, box, preview))

    def _receive_finished(self, task: Task, box: dict[str, Any], preview: bool) -> None:
        self.import_button.setEnabled(True)
        self.preview_button.setEnabled(True)
        if task.progress.cancelled():
            results: list[ImportResult] = box["results"]
            self.last_import, self.last_import_preview = results, preview
            self.show_import_report(results, preview)
            text = self.tr("Cancelled: files marked “cancelled” above were not imported.")
            self.receive_report.append(f"<p style='{BAD_STYLE}'>{h(text)}</p>")
            self.refresh_requested.emit()
            if any(r.status == "applied" for r in results):
                self.imported.emit()

    def _received(self, results: list[ImportResult], preview: bool) -> None:
        self.last_import, self.last_import_preview = results, preview
        self.refresh_requested.emit()
        self.show_import_report(results, preview)
        if any(r.status == "applied" for r in results):
            self.imported.emit()

    def _receive_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, MinqingError):
            raise exc
        self.receive_report.setHtml(note(BAD_STYLE, exc.message(current_lang())))

    def show_import_report(self, results: list[ImportResult], preview: bool) -> None:
        self.refuse_button.setVisible(self.township and not preview and any(
            r.status == "rejected" and r.origin for r in results))
        self.receive_report.setHtml(self.words.import_html(
            results, self._missing_after(results, preview)))

    def _missing_after(self, results: list[ImportResult], preview: bool) -> list[str]:
        if preview:
            incoming = [(r.origin, r.origin_name, r.seq, False) for r in results
                        if r.status == "preview"]
            return exchange.gaps_after(self.ctx, incoming)
        return self.ov.gaps if self.ov is not None else []

    def issue_refusals(self) -> None:
        """Township: a signed 'refused' receipt for each refused file that is authentic, sent
        with the next batch to its village (``record_refusal``)."""
        lines = []
        for r in self.last_import:
            if r.status != "rejected" or not r.origin:
                continue
            try:
                done = exchange.record_refusal(self.ctx, r.file)
            except MinqingError as exc:
                lines.append(self.words.refusal_line(r.file, None, exc.message(current_lang())))
                continue
            lines.append(self.words.refusal_line(r.file, done))
        self.refuse_button.setVisible(False)
        self.receive_report.append("<p>" + "<br>".join(lines) + "</p>")
        self.refresh_requested.emit()
