"""Contact cards (W4): choose households, look at the sheets, then print or save the PDF.

The preview shows the PDF ``preview_cards`` draws (card numbers not yet given), rendered page by
page — the same drawing code that prints, not a picture made for the screen. Printing and saving
go through ``print_cards``, which records a new card number for every household before drawing;
if the clerk stops before the sheets exist, the service voids those numbers. Printing sends the
rendered pages of that same PDF to the printer the clerk chose in the system dialog.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPageSize, QPainter, QPixmap, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.paper.cards_pdf import (
    PER_PAGE,
    CardsResult,
    preview_cards,
    print_cards,
    void_cards,
)
from app.paper.files import Cancelled
from app.paper.pdf_pages import PageImage, render_pages
from app.services.cards import print_selection
from app.services.household_detail import groups as station_groups
from app.services.station import station_info
from ui.i18n import current_lang
from ui.paper_files import (
    last_folder,
    os_error_text,
    remember_folder,
    service_progress,
    with_suffix,
)
from ui.scaffold import Retranslating
from ui.widgets import error_label, heading
from ui.workers import Loader, Progress, Task, run_task

PREVIEW_SHEETS = 2  # sheets of fronts drawn for the preview (the first 20 households)
PREVIEW_DPI = 72.0
PRINT_DPI_MAX = 300.0


@dataclass(frozen=True)
class Choice:
    """Which households, as ``print_cards`` takes it."""

    group: str | None = None
    household_ids: tuple[str, ...] | None = None
    reissue_only: bool = False


@dataclass
class PreviewResult:
    ids: list[str]
    reissue: int
    images: list[QImage]
    pages: int  # pages of the preview PDF
    missing: list[tuple[str, str]]


def qimage(page: PageImage) -> QImage:
    """A QImage that owns its pixels (the PDFium buffer is released after this)."""
    img = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return img.copy()


def sheets_for(cards: int, duplex: bool) -> int:
    """A4 sheets the print takes: fronts, and backs behind each (duplex) or one sheet of backs
    for the reverse of the card stock."""
    if not cards:
        return 0
    fronts = math.ceil(cards / PER_PAGE)
    return fronts * 2 if duplex else fronts + 1


def paint_pdf(pdf: Path, printer: QPrinter, progress: Callable[[int, int], bool]) -> int:
    """Draw every page of ``pdf`` on ``printer`` at full page (the A4 sheet itself, so the
    cards keep their 90 × 54 mm). Runs in a worker: Qt allows painting on a QPrinter outside
    the GUI thread. Returns pages sent; raises ``Cancelled`` (job aborted) when stopped."""
    dpi = min(float(printer.resolution()), PRINT_DPI_MAX)
    painter = QPainter()
    if not painter.begin(printer):
        raise MinqingError("cards_printer_failed")
    sent = 0

    def draw(page: PageImage) -> None:
        nonlocal sent
        if sent:
            printer.newPage()
        target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        target.moveTo(0, 0)
        painter.drawImage(target, qimage(page))
        sent += 1

    try:
        render_pages(pdf, dpi, draw, on_progress=progress)
    except BaseException:
        printer.abort()
        painter.end()
        raise
    painter.end()
    return sent


class CardsPage(Retranslating, QWidget):
    """Choose → preview → print or save. ``cards_issued`` tells the window the register's card
    history changed."""

    cards_issued = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selection: list[str] = []
        self.busy = False
        self.preview: PreviewResult | None = None
        self.last_result: CardsResult | None = None
        self.saved_path: Path | None = None
        self.task: Task | None = None
        self._outcome: dict[str, CardsResult] = {}
        self.title = heading()
        self.which_box = QLabel()
        self.all = QRadioButton()
        self.by_group = QRadioButton()
        self.group = QComboBox()
        self.selected = QRadioButton()
        self.reissue = QRadioButton()
        self.all.setChecked(True)
        self.choice_group = QButtonGroup(self)
        for b in (self.all, self.by_group, self.selected, self.reissue):
            self.choice_group.addButton(b)
        self.duplex = QCheckBox()
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.issue_note = QLabel()
        self.issue_note.setWordWrap(True)
        self.issue_note.setStyleSheet("color:#8a4b00; background:#fff6e0; padding:6px; "
                                      "border:1px solid #f0d9a8; border-radius:4px")
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label()
        self.open_folder = QPushButton()
        self.open_folder.setVisible(False)
        self.preview_title = QLabel()
        self.preview_title.setWordWrap(True)
        self.sheets = QWidget()
        self.sheets_layout = QVBoxLayout(self.sheets)
        self.sheets_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.sheets_layout.setSpacing(12)
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(self.sheets)
        self.preview_area.setStyleSheet("QScrollArea { background: #8a8f98; }")
        self.sheets.setStyleSheet("background: #8a8f98;")
        self.page_labels: list[QLabel] = []

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 8, 0)
        lv.addWidget(self.which_box)
        grid = QGridLayout()
        grid.addWidget(self.all, 0, 0, 1, 2)
        grid.addWidget(self.by_group, 1, 0)
        grid.addWidget(self.group, 1, 1)
        grid.addWidget(self.selected, 2, 0, 1, 2)
        grid.addWidget(self.reissue, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        lv.addLayout(grid)
        lv.addSpacing(6)
        lv.addWidget(self.duplex)
        lv.addSpacing(6)
        lv.addWidget(self.count)
        lv.addWidget(self.issue_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        lv.addLayout(buttons)
        lv.addWidget(self.error)
        lv.addWidget(self.result)
        lv.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        lv.addStretch(1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        rv.addWidget(self.preview_title)
        rv.addWidget(self.preview_area, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.splitter, 1)

        self.loader = Loader(self)
        self.loader.loaded.connect(self._previewed)
        self.loader.failed.connect(self._preview_failed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.choice_group.buttonToggled.connect(self._toggled)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.duplex.toggled.connect(lambda _on: self._changed())
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        self.open_folder.clicked.connect(self._open_folder)
        self._stale = True  # counted and drawn when first shown, not at start-up
        self.reload_choices()
        self.retranslate()

    # --- words ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Contact cards"))
        self.which_box.setText("<b>" + self.tr("Which households get a card") + "</b>")
        self.all.setText(self.tr("All households on the register"))
        self.by_group.setText(self.tr("One villager group:"))
        self.selected.setText(self.tr("Selected on the Households page (%n)", "",
                                      len(self.selection)))
        reissue = self.preview.reissue if self.preview else 0
        self.reissue.setText(self.tr("Needing a new card: liaison cadre changed (%n)", "",
                                     reissue))
        self.duplex.setText(self.tr("Double-sided printer: backs behind each sheet"))
        self.duplex.setToolTip(self.tr("Without it, one sheet of backs per village is added "
                                       "to print on the reverse of the card stock."))
        self.issue_note.setText(self.tr(
            "Printing or saving the PDF gives every card a new number and records it in the "
            "register (the household's card history), naming its liaison cadre. The preview "
            "issues nothing."))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.open_folder.setText(self.tr("Open folder"))
        self._show_count()
        self._show_preview_title()

    # --- choosing -------------------------------------------------------------------------
    def reload_choices(self) -> None:
        current = self.group.currentData()
        groups = station_groups(self.ctx)
        self.group.blockSignals(True)
        self.group.clear()
        # the service takes a group's name (on a township: that group in every village)
        for name in dict.fromkeys(g.name for g in groups):
            self.group.addItem(name, name)
        idx = self.group.findData(current)
        self.group.setCurrentIndex(max(idx, 0))
        self.group.blockSignals(False)
        self.by_group.setEnabled(bool(groups))
        self.group.setEnabled(bool(groups))

    def set_selection(self, household_ids: list[str]) -> None:
        """The households selected on the Households page (the window passes them)."""
        self.selection = list(household_ids)
        self.selected.setEnabled(bool(self.selection))
        if not self.selection and self.selected.isChecked():
            self.all.setChecked(True)
        self.retranslate()
        if self.selected.isChecked():
            self._changed()

    def _toggled(self, _button: QRadioButton, on: bool) -> None:
        if on:
            self._changed()

    def _group_changed(self) -> None:
        if not self.by_group.isChecked():
            self.by_group.setChecked(True)  # refreshes through the toggle
        else:
            self._changed()

    def _changed(self) -> None:
        """The choice changed: what was counted and drawn no longer holds (Print and Save wait
        for the new count), and the preview follows after a short pause."""
        self.preview = None
        self.count.setText(self.tr("Counting…"))
        self._set_buttons()
        self._debounce.start()

    def choice(self) -> Choice:
        if self.by_group.isChecked():
            return Choice(group=str(self.group.currentData() or "") or None)
        if self.selected.isChecked():
            return Choice(household_ids=tuple(self.selection))
        if self.reissue.isChecked():
            return Choice(reissue_only=True)
        return Choice()

    # --- preview (background) -------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Count the chosen households and draw the first sheets, off the UI thread (only
        while the page is shown; otherwise when it next is)."""
        self.preview = None
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.count.setText(self.tr("Counting…"))
        self._set_buttons()
        ctx, choice, duplex = self.ctx, self.choice(), self.duplex.isChecked()
        def work() -> PreviewResult:
            ids, reissue = print_selection(ctx, group=choice.group,
                                           household_ids=choice.household_ids,
                                           reissue_only=choice.reissue_only)
            first = ids[:PREVIEW_SHEETS * PER_PAGE]
            if not first:
                return PreviewResult(ids, reissue, [], 0, [])
            pdf = _temp_pdf()
            try:
                res = preview_cards(ctx, pdf, first, duplex=duplex)
                images: list[QImage] = []
                render_pages(pdf, PREVIEW_DPI, lambda p: images.append(qimage(p)))
            finally:
                pdf.unlink(missing_ok=True)
            return PreviewResult(ids, reissue, images, res.pages, res.missing_glyphs_summary())

        self.loader.start(work)

    def _previewed(self, result: PreviewResult) -> None:
        self.preview = result
        self.error.setVisible(False)
        for lab in self.page_labels:
            self.sheets_layout.removeWidget(lab)
            lab.deleteLater()
        self.page_labels = []
        for img in result.images:
            lab = QLabel()
            lab.setPixmap(QPixmap.fromImage(img))
            lab.setStyleSheet("background: white; border: 1px solid #555;")
            lab.setFixedSize(img.width() + 2, img.height() + 2)
            self.sheets_layout.addWidget(lab, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(lab)
        self.retranslate()
        self._set_buttons()

    def _preview_failed(self, exc: BaseException) -> None:
        self.count.setText("")
        self._show_error(exc)

    def _show_count(self) -> None:
        if self.preview is None:
            return
        n = len(self.preview.ids)
        if not n:
            self.count.setText(self.tr("No household matches this choice."))
            return
        sheets = sheets_for(n, self.duplex.isChecked())
        self.count.setText(self.tr("%n cards on about %1.", "", n)
                           .replace("%1", self.tr("%n A4 sheets of 10 cards", "", sheets)))

    def _show_preview_title(self) -> None:
        p = self.preview
        if p is None:
            self.preview_title.setText(self.tr("Preview: drawing the sheets…"))
            return
        if not p.ids:
            self.preview_title.setText(self.tr("Preview: nothing to show."))
            return
        text = self.tr("Preview of the PDF (the first %n households); the card number is "
                       "given when printing.", "", min(len(p.ids), PREVIEW_SHEETS * PER_PAGE))
        for chars, names in p.missing:
            text += "<br><span style='color:#b3261e'>" + self.tr(
                "The font has no %1 (in %2): printed as □ to write in by hand.").replace(
                "%1", chars).replace("%2", names) + "</span>"
        self.preview_title.setText(text)

    def _set_buttons(self) -> None:
        ready = self.preview is not None and bool(self.preview.ids) and not self.busy
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- issuing: save or print -----------------------------------------------------------
    def _confirm(self, what: str) -> bool:
        n = len(self.preview.ids) if self.preview else 0
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Contact cards"), self.tr(
            "%n households will each get a new card number, recorded in the register.", "",
            n) + "\n" + what, QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Issue and continue"))
        return box.exec() == QMessageBox.StandardButton.Ok

    def default_pdf_name(self) -> str:
        from datetime import date

        name = station_info(self.ctx).name
        word = self.tr("contact-cards")
        return f"{word}_{name}_{date.today().isoformat()}.pdf"

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save contact cards as PDF"),
            str(last_folder() / self.default_pdf_name()), self.tr("PDF files (*.pdf)"))
        if path and self._confirm(self.tr("Then the PDF is saved.")):
            self.save_pdf(with_suffix(path, ".pdf"))

    def print_dialog(self) -> None:
        printer = self.make_printer()
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Print contact cards"))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        if self._confirm(self.tr("Then the sheets go to the printer.")):
            self.print_to(printer)

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the PDF has its own margins: print it 1:1
        printer.setDocName(self.tr("Contact cards"))
        if self.duplex.isChecked():
            printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        return printer

    def save_pdf(self, path: Path) -> None:
        """Issue the cards and write the PDF to ``path`` in a worker (progress, Stop)."""
        ctx, choice, duplex = self.ctx, self.choice(), self.duplex.isChecked()

        def work(p: Progress) -> CardsResult:
            return print_cards(ctx, path, group=choice.group,
                               household_ids=choice.household_ids, duplex=duplex,
                               reissue_only=choice.reissue_only, on_progress=service_progress(p))

        self._start(self.tr("Drawing the contact cards…"), work, saved=path)

    def print_to(self, printer: QPrinter) -> None:
        """Issue the cards, draw the PDF, send its pages to ``printer`` (in a worker). Stopped
        before the last page is sent, the job is aborted and the card numbers voided."""
        ctx, choice, duplex = self.ctx, self.choice(), self.duplex.isChecked()
        pdf = _temp_pdf()

        def work(p: Progress) -> CardsResult:
            try:
                res = print_cards(ctx, pdf, group=choice.group,
                                  household_ids=choice.household_ids, duplex=duplex,
                                  reissue_only=choice.reissue_only,
                                  on_progress=service_progress(p, 0, 2))
                try:
                    paint_pdf(pdf, printer, service_progress(p, 1, 2))
                except BaseException:
                    void_cards(ctx, res.issued)
                    raise
                return res
            finally:
                pdf.unlink(missing_ok=True)

        self._start(self.tr("Printing the contact cards…"), work, saved=None)

    def _start(self, label: str, work: Callable[[Progress], CardsResult],
               saved: Path | None) -> None:
        self.busy = True
        self._set_buttons()
        self.error.setVisible(False)
        self.result.setText("")
        self.open_folder.setVisible(False)
        outcome = self._outcome = {}

        def tracked(p: Progress) -> CardsResult:
            res = work(p)
            outcome["result"] = res  # known even if Stop came after the last step
            return res

        self.task = task = run_task(self, label, tracked, lambda r: self._issued(r, saved),
                                    self._failed)
        task.finished.connect(lambda: self._task_finished(task, saved))

    def _task_finished(self, task: Task, saved: Path | None) -> None:
        if not task.progress.cancelled():
            return
        if "result" in self._outcome:  # Stop pressed too late: the cards exist
            self._issued(self._outcome["result"], saved)
        else:
            self.busy = False
            self._set_buttons()
            self.result.setText(self.tr("Stopped: no card was issued, nothing was saved."))
            self.refresh()

    def _issued(self, res: CardsResult, saved: Path | None) -> None:
        self.busy = False
        self.last_result = res
        if saved is not None:
            remember_folder(saved)
            text = self.tr("%n cards issued and saved: %1 in %2.", "", res.cards)
            text = text.replace("%1", self.tr("%n pages", "", res.pages)).replace("%2", str(saved))
            self.open_folder.setVisible(True)
            self.saved_path = saved
        else:
            text = self.tr("%n cards issued and sent to the printer (%1).", "",
                           res.cards).replace("%1", self.tr("%n pages", "", res.pages))
        for chars, names in res.missing_glyphs_summary():
            text += "\n" + self.tr("The font has no %1 (in %2): printed as □ to write in by "
                                   "hand.").replace("%1", chars).replace("%2", names)
        self.result.setText(text)
        self.cards_issued.emit()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._set_buttons()
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.result.setText(self.tr("Stopped: no card was issued, nothing was saved."))
            return
        if isinstance(exc, MinqingError):
            self.error.setText(exc.message(current_lang()))
            self.error.setVisible(True)
            return
        if isinstance(exc, OSError):
            self.error.setText(os_error_text(exc))
            self.error.setVisible(True)
            return
        raise exc  # unexpected: the calm dialog and the log

    def _open_folder(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))


def _temp_pdf() -> Path:
    fd, name = tempfile.mkstemp(prefix="minqing-cards-", suffix=".pdf")
    os.close(fd)
    return Path(name)
