"""Handing a matter on (issue 15): reassign its owner or extend its deadline, each with a
required reason (OK stays disabled until one is typed), and print its card for the paper file.
The rules (owner active and different, a later deadline, who may act) live in
``app.services.matters``; these dialogs only collect the answer and show the service's errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.paper.matter_card import write_matter_card
from app.services import matters as ms
from app.services.cadres import active_cadres
from ui.i18n import current_lang
from ui.paper_files import last_folder, os_error_text, remember_folder, with_suffix
from ui.scaffold import FormDialog
from ui.widgets import error_label


class ReasonDialog(FormDialog):
    """A change with a required reason: the OK button is enabled only once a reason is typed,
    so the clerk never meets a refusal for an empty box. Subclasses add their own field."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent, min_width=420)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.watch(self.reason.textChanged)

    def add_reason_row(self) -> None:
        self.add_row(self.tr("Reason (required)"), self.reason, "reason")

    def ready(self) -> bool:
        return bool(self.reason.toPlainText().strip())

    def act(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def submit(self) -> None:
        self.act()


class ReassignDialog(ReasonDialog):
    """Hand the matter to another active cadre of its village."""

    def __init__(self, ctx: AppContext, matter: ms.MatterRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reassign the owner"), parent)
        self.ctx = ctx
        self.matter = matter
        self.owner = QComboBox()
        for c in active_cadres(ctx, matter.village_code or None):
            if c.id != matter.owner_cadre_id:
                self.owner.addItem(f"{c.name}（{c.title}）" if c.title else c.name, c.id)
        self.form.addRow(self.tr("Current owner"), QLabel(matter.owner_name or "—"))
        self.add_row(self.tr("New owner"), self.owner, "owner")
        self.add_reason_row()

    def act(self) -> None:
        ms.reassign(self.ctx, self.matter.id, str(self.owner.currentData() or ""),
                    self.reason.toPlainText())


class ExtendDialog(ReasonDialog):
    """Give the matter a later deadline; the extension is counted in the month's ledger."""

    def __init__(self, ctx: AppContext, matter: ms.MatterRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Extend the deadline"), parent)
        self.ctx = ctx
        self.matter = matter
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        start = max(matter.deadline, date.today()) + timedelta(days=7)
        self.deadline.setDate(QDate(start.year, start.month, start.day))
        self.form.addRow(self.tr("Current deadline"), QLabel(matter.deadline.isoformat()))
        self.add_row(self.tr("New deadline"), self.deadline, "deadline")
        note = QLabel(self.tr("The extension is kept in the matter's history and counted in "
                              "the month's ledger."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#555")
        self.form.addRow(note)
        self.add_reason_row()

    def new_deadline(self) -> date:
        d = self.deadline.date()
        return date(d.year(), d.month(), d.day())

    def act(self) -> None:
        ms.extend_deadline(self.ctx, self.matter.id, self.new_deadline(),
                           self.reason.toPlainText())


class PrintCardDialog(QDialog):
    """The matter card for the paper file: A5 or A4, saved as a PDF or sent to a printer."""

    def __init__(self, ctx: AppContext, matter: ms.MatterRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.matter = matter
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Print matter card"))
        self.a5 = QRadioButton("A5")
        self.a4 = QRadioButton("A4")
        self.a5.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.a5)
        group.addButton(self.a4)
        sizes = QHBoxLayout()
        sizes.addWidget(self.a5)
        sizes.addWidget(self.a4)
        sizes.addStretch(1)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Matter"), QLabel(matter.title))
        form.addRow(self.tr("Paper size"), sizes)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.save_button.clicked.connect(self.save_dialog)
        self.print_button.clicked.connect(self.print_dialog)
        self.ask_path: Callable[[], str] = self._ask_path

    def paper_size(self) -> str:
        return "A4" if self.a4.isChecked() else "A5"

    def default_name(self) -> str:
        word = self.tr("matter-card")
        return f"{word}_{self.matter.id[:8]}_{date.today().isoformat()}.pdf"

    def _ask_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save matter card as PDF"), str(last_folder() / self.default_name()),
            self.tr("PDF files (*.pdf)"))
        return path

    def save_dialog(self) -> None:
        path = self.ask_path()
        if path:
            self.save_pdf(with_suffix(path, ".pdf"))

    def save_pdf(self, path: Path) -> bool:
        self.error.setVisible(False)
        try:
            pages = write_matter_card(self.ctx, self.matter.id, path, size=self.paper_size())
        except MinqingError as exc:
            self.error.setText(exc.message(current_lang()))
            self.error.setVisible(True)
            return False
        except OSError as exc:
            self.error.setText(os_error_text(exc))
            self.error.setVisible(True)
            return False
        remember_folder(path)
        self.saved = path
        self.message.setText(self.tr("Saved to %1 (%n pages)", "", pages)
                             .replace("%1", str(path)))
        return True

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if self.paper_size() == "A4"
                                      else QPageSize.PageSizeId.A5))
        printer.setFullPage(True)
        printer.setDocName(self.tr("Matter card"))
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Print matter card"))
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """One or two pages: drawn in the window's thread, no worker needed."""
        import tempfile

        from ui.pages.cards import paint_pdf

        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "card.pdf"
            try:
                write_matter_card(self.ctx, self.matter.id, pdf, size=self.paper_size())
                sent = paint_pdf(pdf, printer, lambda _d, _t: True)
            except MinqingError as exc:
                self.error.setText(exc.message(current_lang()))
                self.error.setVisible(True)
                return
        self.message.setText(self.tr("%n pages sent to the printer", "", sent))
