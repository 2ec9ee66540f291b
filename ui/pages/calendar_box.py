"""Holiday table (节假日安排) in Settings: which years are known, importing a file, and a small
dialog to type the State Council's notice line by line (``2027-01-01,休,元旦``).

Everything is done by ``app.services.calendar``; this box only shows its answers. Only an
administrator imports; others see the state with the buttons disabled and the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.i18n import tr as message
from app.services import calendar
from ui.i18n import current_lang
from ui.scaffold import FormDialog, Retranslating
from ui.widgets import error_label


class NoticeDialog(FormDialog):
    """Lines typed from the notice. Import (enabled once something is typed) imports them; a
    bad line keeps the dialog open with the message naming the line, and nothing is written."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Type the holiday notice"), parent, ok_text=self.tr("Import"))
        self.ctx = ctx
        self.summary: calendar.ImportSummary | None = None
        self.intro = self.add_note(self.tr(
            "One day per line: date, 休 (day off) or 班 (make-up working day), name. "
            "For example:"))
        self.example = self.add_note("2027-01-01,休,元旦\n2027-02-07,班,春节")
        self.example.setStyleSheet("font-family: monospace; color: #555")
        self.text = QPlainTextEdit()
        self.text.setMinimumSize(420, 220)
        self.top.addWidget(self.text, 1)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.watch(self.text.textChanged)

    def ready(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def submit(self) -> None:
        self.summary = calendar.import_notice(self.ctx, self.text.toPlainText())


class CalendarBox(Retranslating, QGroupBox):
    """``choose_file`` is the file picker (a parameter so tests need no file dialog)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 choose_file: Callable[[QWidget], str] | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choose_file = choose_file or self._ask_file
        self.today = today
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.file_button = QPushButton()
        self.notice_button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label()
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.notice_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        self.file_button.clicked.connect(self.import_file)
        self.notice_button.clicked.connect(self.type_notice)
        allowed = calendar.may_import(ctx)
        for b in (self.file_button, self.notice_button):
            b.setEnabled(allowed)
        self.allowed = allowed
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Holiday table"))
        self.file_button.setText(self.tr("Import from file…"))
        self.notice_button.setText(self.tr("Type the notice…"))
        tip = "" if self.allowed else self.tr("Only an administrator imports the holiday table.")
        for b in (self.file_button, self.notice_button):
            b.setToolTip(tip)
        self.show_state()

    def show_state(self) -> None:
        year = self.today().year
        lines = []
        for y in (year, year + 1):
            info = calendar.year_info(self.ctx, y)
            if not info.known:
                text = self.tr("%1: not known yet — deadlines counted into it are provisional")
            else:
                text = {
                    "library": self.tr("%1: known (built into the program)"),
                    "township": self.tr("%1: known (from the township)"),
                    "notice": self.tr("%1: known (typed from the notice)"),
                }.get(info.source, self.tr("%1: known (imported from a file)"))
            lines.append(text.replace("%1", str(y)))
        lines.append(self.tr("File columns: date, kind (holiday or workday, also 休 or 班), "
                             "name — CSV (UTF-8 or GBK) or Excel .xlsx, with the header row "
                             "date,kind,name or 日期,类型,名称."))
        self.state.setText("<br>".join(lines))

    def _ask_file(self, parent: QWidget) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent, self.tr("Holiday table file"), "",
            self.tr("Holiday table (*.csv *.xlsx)"))
        return path

    def import_file(self) -> None:
        path = self.choose_file(self)
        if not path:
            return
        self._run(lambda: calendar.import_file(self.ctx, path))

    def type_notice(self) -> None:
        dialog = NoticeDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.summary is not None:
            self._done(dialog.summary)

    def _run(self, job: Callable[[], calendar.ImportSummary]) -> None:
        try:
            summary = job()
        except MinqingError as exc:
            self.result.clear()
            self.error.setText(exc.message(current_lang()))
            self.error.setVisible(True)
            return
        self._done(summary)

    def _done(self, s: calendar.ImportSummary) -> None:
        self.error.setVisible(False)
        self.result.setText(message("calendar_imported", current_lang(),
                                    years="、".join(map(str, s.years)), added=s.added,
                                    changed=s.changed, removed=s.removed,
                                    recomputed=s.recomputed))
        self.show_state()
