"""Reports (W7, W9): the monthly ledger, the yearly coverage report and the annual archive,
each saved as an Excel workbook in a worker (progress, Cancel; a stopped save leaves no file).

The month's figures are shown on the page from ``month_stats`` — the very numbers the ledger's
summary sheet prints — so the clerk sees what the ledger will say before saving it. ID numbers
and phones are masked in the workbooks unless the clerk ticks "full numbers".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.paper.coverage import write_archive, write_coverage
from app.paper.files import Cancelled
from app.paper.ledger import write_ledger
from app.services.station import station_info
from app.services.stats import Month, month_figures
from app.services.users import may_see_full_numbers, record_export
from models.vocab import MatterCategory
from ui.i18n import current_lang, lbl, month_format
from ui.paper_files import (
    last_folder,
    os_error_text,
    remember_folder,
    service_progress,
    with_suffix,
)
from ui.rows_model import RowsModel
from ui.scaffold import Retranslating
from ui.settings_store import LEDGERS_SAVED
from ui.widgets import error_label, heading
from ui.workers import Loader, Progress, Task, run_task

Index = QModelIndex | QPersistentModelIndex


def last_month(today: date | None = None) -> Month:
    today = today or date.today()
    return Month(today.year - 1, 12) if today.month == 1 else Month(today.year, today.month - 1)


CLOSING_DAYS = 3  # the month in progress counts as "being closed" from its last three days


def month_to_close(today: date, saved: set[str]) -> Month:
    """The month the clerk is closing: in a month's last three days that month, before them
    the previous one — until its ledger is saved, then the month in progress. (30 November:
    November; 2 December: November, until its ledger is saved.)"""
    this = Month(today.year, today.month)
    closing = this if (this.last - today).days < CLOSING_DAYS else last_month(today)
    return this if str(closing) in saved else closing


def saved_ledgers(station_code: str) -> set[str]:
    """Months ("YYYY-MM") whose ledger was saved on this laptop for this station."""
    return set(LEDGERS_SAVED.at(station_code).get())


def remember_ledger(station_code: str, month: Month) -> None:
    months = sorted(saved_ledgers(station_code) | {str(month)})[-36:]
    LEDGERS_SAVED.at(station_code).set(months)


class FiguresModel(RowsModel):
    """The ledger's summary figures: (what, value) rows; the headings come with the rows."""

    columns = ("what", "value")
    rows: list[tuple[str, str]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportsPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: dict[str, Any] | None = None
        self.task: Task | None = None
        self.saved_path: Path | None = None
        self.busy = False
        self.title = heading()
        # monthly ledger
        self.ledger_box = QGroupBox()
        self.month_label = QLabel()
        self.month = QDateEdit()
        self.month.setCalendarPopup(False)
        lm = month_to_close(date.today(), saved_ledgers(ctx.station_code))
        self.month.setMaximumDate(QDate.currentDate())
        self.month.setDate(QDate(lm.year, lm.month, 1))
        self.full = QCheckBox()
        # Full numbers only for the roles the station allows (the CLI's rule, issue 9).
        self.full_allowed = may_see_full_numbers(ctx)
        self.full.setEnabled(self.full_allowed)
        self.full_note = QLabel()
        self.full_note.setWordWrap(True)
        self.full_note.setStyleSheet("color:#57606a")
        self.ledger_button = QPushButton()
        # a year: coverage and archive
        self.year_box = QGroupBox()
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, date.today().year)
        self.year.setValue(date.today().year)
        self.year.setGroupSeparatorShown(False)
        self.coverage_button = QPushButton()
        self.archive_button = QPushButton()
        self.year_note = QLabel()
        self.year_note.setWordWrap(True)
        self.year_note.setStyleSheet("color:#57606a")
        # outcome
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label()
        self.open_folder = QPushButton()
        self.open_folder.setVisible(False)
        # the month's figures
        self.figures_title = QLabel()
        self.model = FiguresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)

        lg = QGridLayout(self.ledger_box)
        lg.addWidget(self.month_label, 0, 0)
        lg.addWidget(self.month, 0, 1)
        lg.addWidget(self.full, 1, 0, 1, 2)
        lg.addWidget(self.full_note, 2, 0, 1, 2)
        lg.addWidget(self.ledger_button, 3, 0, 1, 2)
        lg.setColumnStretch(1, 1)
        yg = QGridLayout(self.year_box)
        yg.addWidget(self.year_label, 0, 0)
        yg.addWidget(self.year, 0, 1)
        yg.addWidget(self.year_note, 1, 0, 1, 2)
        yg.addWidget(self.coverage_button, 2, 0, 1, 2)
        yg.addWidget(self.archive_button, 3, 0, 1, 2)
        yg.setColumnStretch(1, 1)
        left = QVBoxLayout()
        left.addWidget(self.ledger_box)
        left.addWidget(self.year_box)
        left.addWidget(self.error)
        left.addWidget(self.result)
        left.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.figures_title)
        right.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addSpacing(12)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)

        self.loader = Loader(self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.ledger_button.clicked.connect(self.ledger_dialog)
        self.coverage_button.clicked.connect(self.coverage_dialog)
        self.archive_button.clicked.connect(self.archive_dialog)
        self.open_folder.clicked.connect(self._open_folder)
        self._stale = True
        self.retranslate()

    # --- words ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.ledger_box.setTitle(self.tr("Monthly ledger (民情台账)"))
        self.month_label.setText(self.tr("Month:"))
        self.month.setDisplayFormat(month_format())
        self.full.setText(self.tr("Full ID and phone numbers"))
        self.full.setToolTip("" if self.full_allowed else self.tr(
            "Your role may not export full numbers on this station."))
        self.full_note.setText(self.tr(
            "Off: ID numbers show only their first 6 and last 4 digits and phones as "
            "138****1234, as for anyone who need not see them. Tick only for a copy that "
            "stays in the office."))
        self.ledger_button.setText(self.tr("Save ledger as…"))
        self.year_box.setTitle(self.tr("A year"))
        self.year_label.setText(self.tr("Year:"))
        self.year_note.setText(self.tr(
            "Coverage: households not yet visited this year, by liaison cadre and group. "
            "Archive: the whole year's visits, matters and cards, for the records office."))
        self.coverage_button.setText(self.tr("Save coverage report as…"))
        self.archive_button.setText(self.tr("Save annual archive as…"))
        self.open_folder.setText(self.tr("Open folder"))
        self._show_figures()

    # --- the month's figures --------------------------------------------------------------
    def chosen_month(self) -> Month:
        d = self.month.date()
        return Month(d.year(), d.month())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Reload the month's figures in the background (only while shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.figures = None
        self._show_figures()
        ctx, month = self.ctx, self.chosen_month()

        def work() -> dict[str, Any]:
            return month_figures(ctx, month)

        self.loader.start(work)

    def _loaded(self, figures: dict[str, Any]) -> None:
        if figures.get("month") != str(self.chosen_month()):
            return  # the clerk has moved on to another month
        self.figures = figures
        self._show_figures()

    def _load_failed(self, exc: BaseException) -> None:
        self._show_error(exc)

    def _show_figures(self) -> None:
        month = self.chosen_month()
        name = month.first.strftime("%B %Y") if current_lang() != "zh_CN" else (
            f"{month.year}年{month.month}月")
        self.figures_title.setText("<b>" + self.tr("What the ledger for %1 will say").replace(
            "%1", name) + "</b>")
        headers = (self.tr("Figure"), self.tr("Value"))
        f = self.figures
        if f is None:
            self.model.set_rows([(self.tr("Counting…"), "")], headers)
            return

        def pct(v: Any) -> str:
            return "—" if v is None else f"{float(v) * 100:.1f}%"

        m = f["matters"]
        rows = [
            (self.tr("Households on the register"), str(f["households"])),
            (self.tr("Visits this month"), str(f["visits"])),
            (self.tr("Households visited this month"), str(f["households_visited"])),
            (self.tr("Households visited this year so far"), str(f["households_visited_ytd"])),
            (self.tr("Coverage this year"), pct(f["coverage_ytd"])),
            (self.tr("Matters received this month"), str(m["received"])),
        ]
        rows += [("    " + lbl(c.value), str(m["by_category"][c.value])) for c in MatterCategory]
        rows += [
            (self.tr("Resolved this month"), str(m["resolved"])),
            (self.tr("Overdue, not resolved"), str(m["overdue"])),
            (self.tr("Escalated to the township this month"), str(m["escalated"])),
            (self.tr("Satisfaction rated"), str(f["satisfaction"]["rated"])),
            (self.tr("Satisfied or fairly satisfied"),
             str(f["satisfaction"]["satisfied_or_basic"])),
            (self.tr("Satisfaction rate"), pct(f["satisfaction_rate"])),
            (self.tr("Contact cards issued this month"), str(f["cards_issued"])),
        ]
        self.model.set_rows(rows, headers)

    # --- saving ---------------------------------------------------------------------------
    def default_name(self, which: str) -> str:
        station = station_info(self.ctx).name
        if which == "ledger":
            word = self.tr("ledger")
            return f"{word}_{station}_{self.chosen_month()}.xlsx"
        word = self.tr("coverage") if which == "coverage" else self.tr("archive")
        return f"{word}_{station}_{self.year.value()}.xlsx"

    def _ask_path(self, title: str, which: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title,
                                              str(last_folder() / self.default_name(which)),
                                              self.tr("Excel workbooks (*.xlsx)"))
        return with_suffix(path, ".xlsx") if path else None

    def ledger_dialog(self) -> None:
        path = self._ask_path(self.tr("Save the monthly ledger as"), "ledger")
        if path:
            self.save_ledger(path)

    def coverage_dialog(self) -> None:
        path = self._ask_path(self.tr("Save the coverage report as"), "coverage")
        if path:
            self.save_coverage(path)

    def archive_dialog(self) -> None:
        path = self._ask_path(self.tr("Save the annual archive as"), "archive")
        if path:
            self.save_archive(path)

    def _full(self) -> bool:
        return self.full.isChecked() and self.full_allowed

    def save_ledger(self, path: Path) -> None:
        ctx, month, full = self.ctx, self.chosen_month(), self._full()
        self._ledger_month: Month | None = month

        def work(p: Progress) -> Any:
            res = write_ledger(ctx, month, path, full=full, on_progress=service_progress(p))
            record_export(ctx, "ledger", res.visits + res.matters, full, str(path))
            return res

        self._start(self.tr("Writing the ledger…"), path, work)

    def save_coverage(self, path: Path) -> None:
        ctx, year, full = self.ctx, self.year.value(), self._full()

        def work(p: Progress) -> Any:
            res = write_coverage(ctx, year, path, full=full, on_progress=service_progress(p))
            record_export(ctx, "coverage", res.households, full, str(path))
            return res

        self._start(self.tr("Writing the coverage report…"), path, work)

    def save_archive(self, path: Path) -> None:
        ctx, year, full = self.ctx, self.year.value(), self._full()

        def work(p: Progress) -> Any:
            res = write_archive(ctx, year, path, full=full, on_progress=service_progress(p))
            record_export(ctx, "archive", sum(res.values()), full, str(path))
            return res

        self._start(self.tr("Writing the annual archive…"), path, work)

    def _start(self, label: str, path: Path, work: Callable[[Progress], Any]) -> None:
        self.busy = True
        self.error.setVisible(False)
        self.result.setText("")
        self.open_folder.setVisible(False)
        for b in (self.ledger_button, self.coverage_button, self.archive_button):
            b.setEnabled(False)
        done: dict[str, bool] = {}

        def tracked(p: Progress) -> Any:
            result = work(p)
            done["written"] = True  # known even if Cancel came after the file was renamed
            return result

        self.task = task = run_task(self, label, tracked, lambda _r: self._saved(path),
                                    self._failed)
        task.finished.connect(lambda: self._finished(task, path, done))

    def _finished(self, task: Task, path: Path, done: dict[str, bool]) -> None:
        for b in (self.ledger_button, self.coverage_button, self.archive_button):
            b.setEnabled(True)
        if task.progress.cancelled():
            if done.get("written"):
                self._saved(path)
            else:
                self.busy = False
                self.result.setText(self.tr("Stopped: no file was written."))

    def _saved(self, path: Path) -> None:
        self.busy = False
        month = getattr(self, "_ledger_month", None)
        if month is not None:
            remember_ledger(self.ctx.station_code, month)
            self._ledger_month = None
        remember_folder(path)
        self.saved_path = path
        self.result.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.open_folder.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.result.setText(self.tr("Stopped: no file was written."))
        elif isinstance(exc, MinqingError):
            self.error.setText(exc.message(current_lang()))
            self.error.setVisible(True)
        elif isinstance(exc, OSError):
            self.error.setText(os_error_text(exc))
            self.error.setVisible(True)
        else:
            raise exc  # unexpected: the calm dialog and the log

    def _open_folder(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))
