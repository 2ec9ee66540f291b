"""数据交换: batches on a USB stick between a village and its township.

The clerk picks the stick once at the top; the tabs then send (``SendTab``: preview → write in
a worker → report), receive (``ReceiveTab``: files on the stick, those for this station ticked
→ preview → import in a worker → report per file) and show the state of things
(``StatusTab``: batches sent and whether the township confirmed them, missing batches,
conflicts to decide, and on a township each village's last batch). The page reads the state
once (``app.services.exchange.overview``) and hands it to each tab; all rules live in the
service and ``sync/`` behind it — this package only shows and asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.context import AppContext
from app.services import exchange
from app.services.exchange import DriveFile, ExportPlan, ExportResult, ImportResult, Overview
from models.vocab import StationKind
from ui.i18n import lbl
from ui.pages.exchange.county import CountyRow
from ui.pages.exchange.drive import DrivePicker
from ui.pages.exchange.receive import ReceiveTab
from ui.pages.exchange.report import shown
from ui.pages.exchange.send import SendTab
from ui.pages.exchange.status import StatusTab
from ui.scaffold import Retranslating
from ui.widgets import heading
from ui.workers import Task


class ExchangePage(Retranslating, QWidget):
    """Emits ``changed`` when an import changed records (the window refreshes other pages).

    The widgets of the tabs are reachable under their old names (``page.send_button``,
    ``page.receive_report``…), so the window, the screenshots and the tests drive the page as
    before the split."""

    changed = Signal()
    pair_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ov: Overview | None = None
        self.task: Task | None = None
        self.title = heading()
        self.station = QLabel()
        self.station.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pair_button = QPushButton()
        self.pair_button.clicked.connect(self.open_pairing)
        top = QHBoxLayout()
        top.addWidget(self.station, 1)
        top.addWidget(self.pair_button)
        self.drive = DrivePicker(str(ctx.store.path))
        self.county_row = CountyRow(ctx, self.drive)  # a township only (issue 14)
        self.county_row.setVisible(False)
        self.send_tab = SendTab(ctx, self.drive)
        self.receive_tab = ReceiveTab(ctx, self.drive)
        self.status_tab = StatusTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.send_tab, "")
        self.tabs.addTab(self.receive_tab, "")
        self.tabs.addTab(self.status_tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.drive)
        layout.addWidget(self.county_row)
        layout.addWidget(self.tabs, 1)
        for tab in (self.send_tab, self.receive_tab, self.status_tab):
            tab.refresh_requested.connect(self.refresh)
        self.send_tab.sent.connect(self.changed)
        self.receive_tab.imported.connect(self.changed)
        self.status_tab.resolved.connect(self.changed)
        self.county_row.changed.connect(self.changed)
        self.county_row.changed.connect(self.refresh)
        self.send_tab.busy.connect(self._busy)
        self.receive_tab.busy.connect(self._busy)
        self.drive.folder_changed.connect(self.receive_tab.list_files)
        self._alias_widgets()
        self.retranslate()
        self.refresh()

    def _alias_widgets(self) -> None:
        s, r, st = self.send_tab, self.receive_tab, self.status_tab
        self.dest, self.full, self.send_button = s.dest, s.full, s.send_button
        self.plan_text, self.plan_table, self.send_report = s.plan_text, s.plan_table, \
            s.send_report
        self.file_list, self.files_label, self.receive_report = r.file_list, r.files_label, \
            r.receive_report
        self.preview_button, self.import_button, self.refuse_button = r.preview_button, \
            r.import_button, r.refuse_button
        self.sent_table, self.villages_table, self.gaps_label = st.sent_table, \
            st.villages_table, st.gaps_label
        self.conflict_table, self.conflict_detail = st.conflict_table, st.conflict_detail
        self.sent_box, self.villages_box, self.conflicts_box = st.sent_box, st.villages_box, \
            st.conflicts_box
        self.relist_button = r.relist_button
        self.keep_button, self.take_button = st.keep_button, st.take_button

    def _busy(self, task: Task) -> None:
        self.task = task

    def showEvent(self, event: QShowEvent) -> None:
        """A stick plugged in while the clerk was elsewhere is found on coming back here."""
        self.drive.scan()
        super().showEvent(event)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Data exchange"))
        self.pair_button.setText(self.tr("Pair with a station…"))
        self.tabs.setTabText(0, self.tr("Send"))
        self.tabs.setTabText(1, self.tr("Receive"))
        self.tabs.setTabText(2, self.tr("Status"))
        self._render_station()
        self.send_tab.retranslate()
        self.receive_tab.retranslate()
        self.status_tab.retranslate()
        self.county_row.retranslate()

    # --- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the station's exchange state (after pairing, sending, importing)."""
        self.ov = ov = exchange.overview(self.ctx)
        self.send_tab.set_overview(ov)
        self._render_station()
        self.status_tab.set_overview(ov)
        self.send_tab.refresh_plan()
        self.receive_tab.set_overview(ov)
        township = ov.kind == StationKind.TOWNSHIP
        self.county_row.setVisible(township)
        if township:
            self.county_row.set_link(exchange.county_link(self.ctx))

    def _render_station(self) -> None:
        ov = self.ov
        if ov is None:
            return
        self.station.setText(self.tr("This station: %1 · %2 %3 · key fingerprint %4").replace(
            "%1", shown(ov.name)).replace("%2", lbl(ov.kind)).replace("%3", ov.code).replace(
            "%4", ov.fingerprint))
        self.pair_button.setStyleSheet("" if ov.peers else "font-weight: bold")

    @property
    def township(self) -> bool:
        return self.ov is not None and self.ov.kind == StationKind.TOWNSHIP

    # --- what the window, the screenshots and the tests call -----------------------------
    @property
    def plan(self) -> ExportPlan | None:
        return self.send_tab.plan

    @property
    def files(self) -> list[DriveFile]:
        return self.receive_tab.files

    @property
    def last_export(self) -> list[ExportResult]:
        return self.send_tab.last_export

    @last_export.setter
    def last_export(self, results: list[ExportResult]) -> None:
        self.send_tab.last_export = results

    @property
    def last_import(self) -> list[ImportResult]:
        return self.receive_tab.last_import

    @last_import.setter
    def last_import(self, results: list[ImportResult]) -> None:
        self.receive_tab.last_import = results

    @property
    def last_import_preview(self) -> bool:
        return self.receive_tab.last_import_preview

    @last_import_preview.setter
    def last_import_preview(self, preview: bool) -> None:
        self.receive_tab.last_import_preview = preview

    def refresh_plan(self) -> None:
        self.send_tab.refresh_plan()

    def send(self) -> None:
        self.send_tab.send()

    def show_export_report(self, results: list[ExportResult]) -> None:
        self.send_tab.show_export_report(results)

    def list_files(self) -> None:
        self.receive_tab.list_files()

    def ticked(self) -> list[Path]:
        return self.receive_tab.ticked()

    def set_ticked(self, paths: list[Path]) -> None:
        self.receive_tab.set_ticked(paths)

    def preview_receive(self) -> None:
        self.receive_tab.preview_receive()

    def receive(self) -> None:
        self.receive_tab.receive()

    def show_import_report(self, results: list[ImportResult], preview: bool) -> None:
        self.receive_tab.show_import_report(results, preview)

    def issue_refusals(self) -> None:
        self.receive_tab.issue_refusals()

    def select_conflict(self, row: int) -> None:
        self.status_tab.select_conflict(row)

    def resolve(self, take_incoming: bool) -> None:
        self.status_tab.resolve(take_incoming)

    # --- pairing ------------------------------------------------------------------------
    def open_pairing(self) -> None:
        from ui.pairing_wizard import PairingWizard

        wiz = PairingWizard(self.ctx, self.drive.folder(), self)
        wiz.finished.connect(lambda _r: self.refresh())
        wiz.open()
        self.wizard = wiz
