"""数据交换: batches on a USB stick between a village and its township.

The clerk picks the stick once at the top; the tabs then send (preview → write in a worker →
report), receive (files on the stick, those for this station ticked → preview → import in a
worker → report per file) and show the state of things (batches sent and whether the township
confirmed them, missing batches, conflicts to decide, and on a township each village's last
batch). All rules live in ``sync/``; this page only shows and asks.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStorageInfo, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from models.vocab import StationKind
from sync.batch import (
    ExportPlan,
    ExportResult,
    ImportResult,
    export_batch,
    import_files,
    preview_export,
    preview_import,
    record_refusal,
    resolve_conflict,
)
from sync.drives import Drive, Volume, classify, human_size
from sync.status import DriveFile, Overview, batches_on, gaps_after, local_time, overview
from ui.i18n import current_lang, fmt_date, lbl
from ui.widgets import heading
from ui.workers import Progress, Task, run_task

ALL_VILLAGES = "*"
OK_STYLE = "color: #1b5e20;"
BAD_STYLE = "color: #b3261e;"


def _progress(p: Progress) -> Callable[[str, int, int], bool]:
    """The services' ``progress(stage, done, total)``: report, and False once cancelled."""
    def cb(_stage: str, done: int, total: int) -> bool:
        p.report(done, max(total, 1))
        return not p.cancelled()
    return cb


def _when(dt: datetime | None) -> str:
    if dt is None:
        return ""
    dt = local_time(dt)
    return f"{fmt_date(dt.date())} {dt:%H:%M}"


def _when_text(iso: str) -> str:
    try:
        return _when(datetime.fromisoformat(iso).replace(tzinfo=None))
    except ValueError:
        return ""


def _h(text: object) -> str:
    return html.escape(str(text))


def volumes() -> list[Volume]:
    """Mounted volumes as Qt sees them, handed to the Qt-free rules in ``sync.drives``."""
    out = []
    for v in QStorageInfo.mountedVolumes():
        if not v.isValid():
            continue
        out.append(Volume(v.rootPath(), v.displayName(),
                          bytes(v.fileSystemType().data()).decode("utf-8", "replace"),
                          max(v.bytesAvailable(), 0), max(v.bytesTotal(), 0), v.isReady(),
                          v.isReadOnly(), v.isRoot()))
    return out


POLL_MS = 1500


class DrivePicker(QWidget):
    """The USB stick (or, as a fallback, any folder) batches are written to and read from."""

    folder_changed = Signal()

    def __init__(self, data_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_file = data_file
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setMinimumWidth(360)
        self.combo.setObjectName("drive_combo")
        self.rescan_button = QPushButton()
        self.choose_button = QPushButton()
        self.info = QLabel()
        self.info.setStyleSheet("color: #555")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.rescan_button)
        row.addWidget(self.choose_button)
        row.addWidget(self.info)
        self.drives: list[Drive] = []
        self.custom: str = ""
        # A stick plugged in (or pulled out) shows up by itself: the mounts are polled while
        # the picker is on screen (QStorageInfo reads the mount table: cheap).
        self.volumes_source = volumes
        self._seen: tuple[tuple[str, bool], ...] = ()
        self.watch = QTimer(self)
        self.watch.setInterval(POLL_MS)
        self.watch.timeout.connect(self.poll)
        self.watch.start()
        self.rescan_button.clicked.connect(self.scan)
        self.choose_button.clicked.connect(self.choose_folder)
        self.combo.currentIndexChanged.connect(self._changed)
        self.retranslate()
        self.scan()

    def retranslate(self) -> None:
        self.label.setText(self.tr("USB drive:"))
        self.rescan_button.setText(self.tr("Look again"))
        self.rescan_button.setToolTip(self.tr("Look again for USB drives (after plugging one in)"))
        self.choose_button.setText(self.tr("Choose folder…"))
        self._fill()

    def scan(self) -> None:
        found = self.volumes_source()
        self._seen = tuple((v.root, v.ready) for v in found)
        self.drives = classify(found, self.data_file)
        self._fill()

    def poll(self) -> bool:
        """Look at the mounts; rescan only when they changed. True if they did."""
        if not self.isVisible():
            return False
        found = self.volumes_source()
        if tuple((v.root, v.ready) for v in found) == self._seen:
            return False
        self.scan()
        return True

    def _fill(self) -> None:
        keep = self.folder()
        self.combo.blockSignals(True)
        self.combo.clear()
        if not self.drives and not self.custom:
            self.combo.addItem(self.tr("No USB drive found — plug one in, or choose a folder"),
                               "")
        for d in self.drives:
            mark = self.tr("USB drive") if d.removable else self.tr("other drive")
            state = "" if d.ready else " · " + self.tr("not ready")
            if d.ready and not d.writable:
                state = " · " + self.tr("read-only")
            self.combo.addItem(f"{d.root}  {d.name} ({mark}{state}) — "
                               + self.tr("%1 free").replace("%1", human_size(d.free)), d.root)
        if self.custom:
            self.combo.addItem(self.tr("Folder: %1").replace("%1", self.custom), self.custom)
        index = self.combo.findData(str(keep)) if keep else -1
        if index < 0:
            index = 0
            for i, d in enumerate(self.drives):
                if d.removable and d.writable:
                    index = i
                    break
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._changed()

    def set_folder(self, path: Path | str) -> None:
        """A folder chosen by hand (or by a test): becomes the current place."""
        self.custom = str(path)
        self._fill()
        self.combo.setCurrentIndex(self.combo.findData(self.custom))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of the USB drive"),
                                                str(self.folder() or Path.home()))
        if path:
            self.set_folder(path)

    def folder(self) -> Path | None:
        data = self.combo.currentData() if self.combo.count() else ""
        return Path(data) if data else None

    def _changed(self) -> None:
        folder = self.folder()
        if folder is None:
            self.info.setText("")
        else:
            try:
                import shutil

                free = shutil.disk_usage(folder).free
                self.info.setText(self.tr("%1 free").replace("%1", human_size(free)))
            except OSError:
                self.info.setText(self.tr("not ready"))
        self.folder_changed.emit()


def _table(headers: int) -> QTableWidget:
    t = QTableWidget(0, headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    t.setAlternatingRowColors(True)
    return t


def _set_rows(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(text))
    t.resizeColumnsToContents()


class ExchangePage(QWidget):
    """Emits ``changed`` when an import changed records (the window refreshes other pages)."""

    changed = Signal()
    pair_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ov: Overview | None = None
        self.plan: ExportPlan | None = None
        self.task: Task | None = None
        self.last_export: list[ExportResult] = []
        self.last_import: list[ImportResult] = []
        self.files: list[DriveFile] = []
        self.title = heading()
        self.station = QLabel()
        self.station.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pair_button = QPushButton()
        self.pair_button.clicked.connect(self.open_pairing)
        top = QHBoxLayout()
        top.addWidget(self.station, 1)
        top.addWidget(self.pair_button)
        self.drive = DrivePicker(str(ctx.store.path))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._send_tab(), "")
        self.tabs.addTab(self._receive_tab(), "")
        self.tabs.addTab(self._status_tab(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.drive)
        layout.addWidget(self.tabs, 1)
        self.drive.folder_changed.connect(self.list_files)
        self.retranslate()
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _send_tab(self) -> QWidget:
        w = QWidget()
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
        self.plan_table = _table(2)
        self.send_report = QTextBrowser()
        self.send_report.setObjectName("send_report")
        box = QVBoxLayout(w)
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
        return w

    def _receive_tab(self) -> QWidget:
        w = QWidget()
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
        box = QVBoxLayout(w)
        box.addLayout(row)
        box.addWidget(split, 1)
        box.addLayout(refuse_row)
        self.refuse_button.clicked.connect(self.issue_refusals)
        self.relist_button.clicked.connect(self.list_files)
        self.preview_button.clicked.connect(self.preview_receive)
        self.import_button.clicked.connect(self.receive)
        return w

    def _status_tab(self) -> QWidget:
        w = QWidget()
        self.sent_box = QGroupBox()
        self.sent_table = _table(5)
        QVBoxLayout(self.sent_box).addWidget(self.sent_table)
        self.villages_box = QGroupBox()
        self.villages_table = _table(4)
        QVBoxLayout(self.villages_box).addWidget(self.villages_table)
        self.gaps_label = QLabel()
        self.gaps_label.setWordWrap(True)
        self.conflicts_box = QGroupBox()
        self.conflict_table = _table(5)
        self.conflict_detail = _table(3)
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
        box = QVBoxLayout(w)
        box.addLayout(tables, 1)
        box.addWidget(self.gaps_label)
        box.addWidget(self.conflicts_box, 1)
        self.conflict_table.itemSelectionChanged.connect(self._show_conflict)
        self.keep_button.clicked.connect(lambda: self.resolve(False))
        self.take_button.clicked.connect(lambda: self.resolve(True))
        return w

    def showEvent(self, event: QShowEvent) -> None:
        """A stick plugged in while the clerk was elsewhere is found on coming back here."""
        self.drive.scan()
        super().showEvent(event)

    # --- language -----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Data exchange"))
        self.pair_button.setText(self.tr("Pair with a station…"))
        self.tabs.setTabText(0, self.tr("Send"))
        self.tabs.setTabText(1, self.tr("Receive"))
        self.tabs.setTabText(2, self.tr("Status"))
        self.full.setText(self.tr("Send everything (full batch)"))
        self.full.setToolTip(self.tr("Normally only what changed since the last batch is sent. "
                                     "A full batch is for a first exchange or a restored laptop."))
        self.send_button.setText(self.tr("Write batch to the USB drive"))
        self.plan_table.setHorizontalHeaderLabels([self.tr("Records"), self.tr("Number")])
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
        self._render_overview()
        self._render_plan()
        self._render_files()
        if self.last_export:
            self.show_export_report(self.last_export)
        if self.last_import:
            self.show_import_report(self.last_import, self.last_import_preview)

    def table_name(self, table: str) -> str:
        names = {"village_group": self.tr("Village groups"), "cadre": self.tr("Cadres"),
                 "household": self.tr("Households"), "member": self.tr("Household members"),
                 "assignment": self.tr("Liaison assignments"),
                 "contact_card": self.tr("Contact cards"), "visit": self.tr("Visits"),
                 "matter": self.tr("Matters"), "matter_note": self.tr("Matter progress notes"),
                 "reply": self.tr("Township replies"), "_receipt": self.tr("Receipts")}
        names.update({"plan_item": self.tr("Work plan items"),
                      "review": self.tr("Villagers' ratings")})
        return names.get(table, table)

    # --- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the station's exchange state (after pairing, sending, importing)."""
        self.ov = overview(self.ctx)
        self._fill_destinations()
        self._render_overview()
        self.refresh_plan()
        self.list_files()

    @property
    def township(self) -> bool:
        return self.ov is not None and self.ov.kind == StationKind.TOWNSHIP

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
            self.dest.addItem(f"{p.name} ({p.code})", p.code)
        i = self.dest.findData(keep)
        self.dest.setCurrentIndex(max(i, 0))
        self.dest.blockSignals(False)
        self._name_all_item()

    def _name_all_item(self) -> None:
        i = self.dest.findData(ALL_VILLAGES)
        if i >= 0:
            self.dest.setItemText(i, self.tr("Every village (one batch each)"))

    def _render_overview(self) -> None:
        ov = self.ov
        if ov is None:
            return
        self._name_all_item()
        self.dest_label.setText(self.tr("Send to:"))
        self.station.setText(self.tr("This station: %1 · %2 %3 · key fingerprint %4").replace(
            "%1", ov.name).replace("%2", lbl(ov.kind)).replace("%3", ov.code).replace(
            "%4", ov.fingerprint))
        status = {"sent": self.tr("waiting for the township's receipt"),
                  "confirmed": self.tr("confirmed"), "refused": self.tr("refused — see receipt")}
        rows = []
        for b in ov.sent:
            st = status.get(b.status, b.status)
            if b.status == "confirmed" and b.confirmed_at is not None:
                st = self.tr("confirmed on %1").replace(
                    "%1", fmt_date(local_time(b.confirmed_at).date()))
            if self.township and b.status == "sent":
                st = self.tr("sent")
            if b.status == "refused" and b.reason:
                st = self.tr("refused: %1").replace("%1", b.reason)
            rows.append([b.destination_name, f"{b.seq}" + (" " + self.tr("(full)") if b.full
                                                             else ""),
                         _when(b.created_at), st, b.file_name])
        _set_rows(self.sent_table, rows)
        self.villages_box.setVisible(self.township)
        vrows = []
        for v in ov.villages:
            vrows.append([f"{v.name} ({v.code})" + ("" if v.enrolled else " · "
                                                    + self.tr("not paired")),
                          str(v.last_seq) if v.last_seq is not None
                          else self.tr("none received yet"),
                          _when(v.last_created), _when(v.last_applied)])
        _set_rows(self.villages_table, vrows)
        if ov.gaps:
            self.gaps_label.setStyleSheet(BAD_STYLE)
            self.gaps_label.setText(self.tr("Missing batches: %1").replace(
                "%1", "; ".join(ov.gaps)))
        else:
            self.gaps_label.setStyleSheet(OK_STYLE)
            self.gaps_label.setText(self.tr("No batch is missing."))
        crows = []
        for c in ov.conflicts:
            diff = [self._field(k) for k in c.differing()]
            crows.append([f"{self.table_name(c.table)} · {self._record_title(c.local)}",
                          c.origin_name, str(c.version), _when(c.detected_at), ", ".join(diff)])
        _set_rows(self.conflict_table, crows)
        self.conflicts_box.setTitle(self.tr("Conflicts to decide (%1)").replace(
            "%1", str(len(ov.conflicts))))
        self._show_conflict()
        peerless = not [p for p in ov.peers]
        self.pair_button.setStyleSheet("font-weight: bold" if peerless else "")

    def _field(self, key: str) -> str:
        from app.i18n import field_label

        return field_label(key, current_lang())

    @staticmethod
    def _record_title(row: dict[str, Any]) -> str:
        for k in ("head_name", "title", "name", "summary", "text"):
            v = row.get(k)
            if isinstance(v, str) and v:
                return v[:24]
        return str(row.get("id", ""))[:8]

    # --- send ---------------------------------------------------------------------------
    def refresh_plan(self) -> None:
        self.plan = None
        self.plan_error = ""
        code = self.dest.currentData()
        if code and code != ALL_VILLAGES:
            try:
                self.plan = preview_export(self.ctx, code, self.full.isChecked())
            except MinqingError as exc:
                self.plan_error = exc.message(current_lang())
        self._render_plan()

    def _render_plan(self) -> None:
        if not hasattr(self, "plan_error"):
            return
        code = self.dest.currentData()
        self.send_button.setEnabled(bool(code) and not self.plan_error)
        if not code:
            self.plan_text.setStyleSheet(BAD_STYLE)
            self.plan_text.setText(self.tr(
                "No station to send to yet. Pair with the %1 first (button above).").replace(
                "%1", self.tr("villages") if self.township else self.tr("township")))
            _set_rows(self.plan_table, [])
            return
        if code == ALL_VILLAGES:
            self.plan_text.setStyleSheet("")
            self.plan_text.setText(self.tr(
                "One batch for each village: its township replies and receipts."))
            _set_rows(self.plan_table, [])
            return
        if self.plan_error or self.plan is None:
            self.plan_text.setStyleSheet(BAD_STYLE)
            self.plan_text.setText(self.plan_error)
            return
        p = self.plan
        self.plan_text.setStyleSheet("")
        if p.full:
            how = self.tr("everything this station holds for it (full batch)")
        elif p.since is None:
            how = self.tr("everything not sent before")
        else:
            how = self.tr("only what changed since %1").replace(
                "%1", fmt_date(local_time(p.since).date()))
        total = sum(p.counts.values())
        if total == 0:
            self.plan_text.setText(self.tr(
                "Batch no. %1 for %2: nothing changed since %3. You may still send it (it tells "
                "the other side nothing is missing).").replace("%1", str(p.seq)).replace(
                "%2", p.destination_name).replace(
                "%3", fmt_date(local_time(p.since).date()) if p.since else ""))
            _set_rows(self.plan_table, [])
            return
        self.plan_text.setText(self.tr("Batch no. %1 for %2: %3 — %4 record(s).").replace(
            "%1", str(p.seq)).replace("%2", p.destination_name).replace("%3", how).replace(
            "%4", str(total)))
        _set_rows(self.plan_table, [[self.table_name(k), str(v)] for k, v in p.counts.items()
                                    if v])

    def send(self) -> None:
        folder = self.drive.folder()
        if folder is None:
            self._report(self.send_report, BAD_STYLE,
                         self.tr("Choose the USB drive first (or a folder)."))
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
                box["done"].append(export_batch(ctx, folder, c, full, _progress(p)))
            return list(box["done"])

        self.send_button.setEnabled(False)
        self.task = run_task(self, self.tr("Writing the batch to the USB drive…"), work,
                             self._sent, self._send_failed)
        task = self.task
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
            self.send_report.append(f"<p style='{BAD_STYLE}'>{_h(text)}</p>")
            self.refresh()

    def _sent(self, results: list[ExportResult]) -> None:
        self.last_export = results
        self.refresh()
        self.show_export_report(results)
        self.changed.emit()

    def _send_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, MinqingError):
            raise exc
        self.refresh()
        self._report(self.send_report, BAD_STYLE,
                     self.tr("Nothing was sent: %1").replace("%1", exc.message(current_lang())))

    def show_export_report(self, results: list[ExportResult]) -> None:
        parts = []
        verified = self.tr("Read back from the USB drive and verified: complete and sealed.")
        kept = self.tr("A copy stays on this computer until the receipt confirms it, so a lost "
                       "USB drive costs nothing.")
        for r in results:
            name = self._peer_name(r.destination)
            kind = self.tr("full batch") if r.full else self.tr("changes only")
            counts = ", ".join(f"{self.table_name(k)} {v}" for k, v in r.counts.items() if v) \
                or self.tr("no records")
            head = self.tr("Batch no. %1 for %2 written.").replace("%1", str(r.seq)).replace(
                "%2", name)
            file_line = self.tr("File: %1 (%2, %3)").replace("%1", r.path.name).replace(
                "%2", human_size(r.size)).replace("%3", kind)
            folder_line = self.tr("Folder: %1").replace("%1", str(r.path.parent))
            parts.append(
                f"<p><b style='{OK_STYLE}'>✔ {_h(head)}</b><br>{_h(file_line)}<br>"
                f"{_h(folder_line)}<br>{_h(verified)}<br>{_h(counts)}<br>"
                f"<span style='color:#555'>{_h(kept)}</span></p>")
        self.send_report.setHtml("".join(parts))

    def _peer_name(self, code: str) -> str:
        if self.ov is not None:
            for p in self.ov.peers:
                if p.code == code:
                    return p.name
        return code

    @staticmethod
    def _report(view: QTextBrowser, style: str, text: str) -> None:
        view.setHtml(f"<p style='{style}'>{_h(text)}</p>")

    # --- receive ------------------------------------------------------------------------
    def list_files(self) -> None:
        folder = self.drive.folder()
        code = self.ov.code if self.ov else ""
        self.files = batches_on(folder, code, current_lang()) if folder else []
        self._render_files()

    def _render_files(self) -> None:
        before = {str(it.data(0, Qt.ItemDataRole.UserRole)):
                  it.checkState(0) == Qt.CheckState.Checked for it in self._items()}
        self.file_list.clear()
        for f in self.files:
            dest = f.destination_name or f.destination
            if f.for_us:
                dest = self.tr("this station")
            note = f.problem or ("" if f.for_us else self.tr("for another station"))
            item = QTreeWidgetItem([f.path.name, f.origin_name or "?", dest,
                                    f"{f.seq}" + (" " + self.tr("(full)") if f.full else "")
                                    if f.seq else "", _when_text(f.created_at),
                                    human_size(f.size), note])
            item.setData(0, Qt.ItemDataRole.UserRole, str(f.path))
            on = before.get(str(f.path), f.for_us)
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if f.problem:
                item.setForeground(6, Qt.GlobalColor.red)
                item.setToolTip(6, f.problem)
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
                "%1", str(folder)))
        else:
            mine = sum(1 for f in self.files if f.for_us)
            self.files_label.setText(self.tr(
                "%1 batch file(s) in %2; %3 addressed to this station are ticked.").replace(
                "%1", str(len(self.files))).replace("%2", str(folder)).replace("%3", str(mine)))

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

    def preview_receive(self) -> None:
        self._start_import(preview=True)

    def receive(self) -> None:
        self._start_import(preview=False)

    def _start_import(self, preview: bool) -> None:
        paths = self.ticked()
        if not paths:
            self._report(self.receive_report, BAD_STYLE, self.tr("Tick the files to import."))
            return
        ctx = self.ctx
        box: dict[str, Any] = {"results": []}

        def work(p: Progress) -> list[ImportResult]:
            # One call for all files: each origin's batches go in by sequence number and the
            # store is backed up once. A cancel refuses the file in progress (rolled back) and
            # every file after it, each with the reason "cancelled".
            fn = preview_import if preview else import_files
            box["results"] = fn(ctx, paths, progress=_progress(p))
            return list(box["results"])

        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        label = self.tr("Checking the batch files…") if preview \
            else self.tr("Importing the batch files…")
        self.task = run_task(self, label, work, lambda r: self._received(r, preview),
                             self._receive_failed)
        task = self.task
        task.finished.connect(lambda: self._receive_finished(task, box, preview))

    def _receive_finished(self, task: Task, box: dict[str, Any], preview: bool) -> None:
        self.import_button.setEnabled(True)
        self.preview_button.setEnabled(True)
        if task.progress.cancelled():
            results: list[ImportResult] = box["results"]
            self.last_import, self.last_import_preview = results, preview
            self.show_import_report(results, preview)
            note = self.tr("Cancelled: files marked “cancelled” above were not imported.")
            self.receive_report.append(f"<p style='{BAD_STYLE}'>{_h(note)}</p>")
            self.refresh()
            if any(r.status == "applied" for r in results):
                self.changed.emit()

    last_import_preview = False

    def _received(self, results: list[ImportResult], preview: bool) -> None:
        self.last_import, self.last_import_preview = results, preview
        self.refresh()
        self.show_import_report(results, preview)
        if any(r.status == "applied" for r in results):
            self.changed.emit()

    def _receive_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, MinqingError):
            raise exc
        self._report(self.receive_report, BAD_STYLE, exc.message(current_lang()))

    def show_import_report(self, results: list[ImportResult], preview: bool) -> None:
        self.refuse_button.setVisible(self.township and not preview and any(
            r.status == "rejected" and r.origin for r in results))
        parts = []
        refused = self.tr("Refused — nothing was imported from this file")
        reason = self.tr("Reason: %1")
        again = self.tr("Already imported before — nothing changed")
        checked = self.tr("Checked and can be imported (nothing written yet)")
        imported = self.tr("Imported")
        missing_word = self.tr("Missing batches:")
        for r in results:
            name = Path(r.file).name
            who = self.tr("batch no. %1 from %2").replace("%1", str(r.seq)).replace(
                "%2", r.origin_name or r.origin) if r.origin else ""
            c = r.counts
            counts = self.tr("new %1 · updated %2 · unchanged %3 · conflicts %4").replace(
                "%1", str(c.inserted)).replace("%2", str(c.updated)).replace(
                "%3", str(c.unchanged)).replace("%4", str(c.conflicts))
            if r.status == "rejected":
                head = f"<b style='{BAD_STYLE}'>✘ {_h(refused)}</b>"
                body = f"<span style='{BAD_STYLE}'>{_h(reason.replace('%1', r.reason))}</span>"
            elif r.status == "already_applied":
                head = f"<b>＝ {_h(again)}</b>"
                body = ""
            elif r.status == "preview":
                head = f"<b>？ {_h(checked)}</b>"
                body = _h(self.tr("Would give: %1").replace("%1", counts))
            else:
                head = f"<b style='{OK_STYLE}'>✔ {_h(imported)}</b>"
                body = _h(counts)
            if c.conflicts and r.status in ("applied", "preview"):
                body += "<br>" + _h(self.tr(
                    "Conflicting records keep the version here; decide them under Status."))
            tables = ", ".join(f"{self.table_name(k)} {v}" for k, v in r.tables.items() if v)
            parts.append(f"<p><b>{_h(name)}</b>{' — ' + _h(who) if who else ''}<br>{head}"
                         f"{'<br>' + body if body else ''}"
                         f"{'<br><span style=color:#555>' + _h(tables) + '</span>' if tables else ''}</p>")  # noqa: E501
        missing = self._missing_after(results, preview)
        if missing:
            parts.append(f"<p style='{BAD_STYLE}'><b>{_h(missing_word)}</b> "
                         + "<br>".join(_h(g) for g in missing) + "</p>")
        self.receive_report.setHtml("".join(parts))

    def _missing_after(self, results: list[ImportResult], preview: bool) -> list[str]:
        if preview:
            incoming = [(r.origin, r.origin_name, r.seq, False) for r in results
                        if r.status == "preview"]
            return gaps_after(self.ctx, incoming)
        return self.ov.gaps if self.ov is not None else []

    def issue_refusals(self) -> None:
        """Township: a signed 'refused' receipt for each refused file that is authentic, sent
        with the next batch to its village (``sync.batch.record_refusal``)."""
        lines = []
        for r in self.last_import:
            if r.status != "rejected" or not r.origin:
                continue
            name = Path(r.file).name
            try:
                done = record_refusal(self.ctx, r.file)
            except MinqingError as exc:
                lines.append(f"<span style='{BAD_STYLE}'>{_h(name)}: "
                             f"{_h(exc.message(current_lang()))}</span>")
                continue
            lines.append(f"<span style='{OK_STYLE}'>{_h(name)}: " + _h(self.tr(
                "refusal receipt for batch no. %1 from %2 recorded; it goes with the next batch "
                "to that village.").replace("%1", str(done.seq)).replace(
                "%2", done.origin_name)) + "</span>")
        self.refuse_button.setVisible(False)
        self.receive_report.append("<p>" + "<br>".join(lines) + "</p>")
        self.refresh()

    # --- conflicts ----------------------------------------------------------------------
    def _current_conflict(self) -> Any:
        if self.ov is None:
            return None
        rows = self.conflict_table.selectionModel().selectedRows() \
            if self.conflict_table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.ov.conflicts):
            return None
        return self.ov.conflicts[rows[0].row()]

    def _show_conflict(self) -> None:
        c = self._current_conflict()
        self.keep_button.setEnabled(c is not None)
        self.take_button.setEnabled(c is not None)
        if c is None:
            _set_rows(self.conflict_detail, [])
            return
        rows = [[self._field(k), str(c.local.get(k, "")), str(c.incoming.get(k, ""))]
                for k in c.differing()]
        _set_rows(self.conflict_detail, rows)

    def select_conflict(self, row: int) -> None:
        self.conflict_table.selectRow(row)

    def resolve(self, take_incoming: bool) -> None:
        c = self._current_conflict()
        if c is None:
            return
        try:
            resolve_conflict(self.ctx, c.id, take_incoming)
        except MinqingError as exc:
            self.gaps_label.setText(exc.message(current_lang()))
            return
        self.refresh()
        self.changed.emit()

    # --- pairing ------------------------------------------------------------------------
    def open_pairing(self) -> None:
        from ui.pairing_wizard import PairingWizard

        wiz = PairingWizard(self.ctx, self.drive.folder(), self)
        wiz.finished.connect(lambda _r: self.refresh())
        wiz.open()
        self.wizard = wiz

