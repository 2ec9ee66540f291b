"""Importing the roster from the village's own spreadsheet (W2), step by step:

1. choose the file → ``read_roster`` in a worker (nothing written);
2. the columns: what each was recognised as; a column it could not recognise is mapped here
   by the clerk (or left out);
3. the check: a dry run of ``apply_roster`` — how many households would be added, updated,
   left as they are, and every refused row with its Excel row number, column and reason;
4. Apply: one transaction; then the outcome, the refused rows, and "Save refusal report…"
   (an .xlsx of the refused rows with a reason column, to fix and import again).

Nothing is written before Apply; a Cancel during Apply rolls the whole import back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.i18n import field_label
from app.paper.files import Cancelled
from app.paper.roster_import import (
    ImportReport,
    RosterPreview,
    RowError,
    apply_roster,
    known_fields,
    read_roster,
    save_report,
)
from app.services.household_detail import villages
from app.services.station import station_info
from ui.i18n import current_lang
from ui.paper_files import last_folder, os_error_text, remember_folder, service_progress
from ui.rows_model import RowsModel
from ui.scaffold import Retranslating
from ui.widgets import error_label, heading
from ui.workers import Progress, Task, run_task

Index = QModelIndex | QPersistentModelIndex
IGNORE = ""  # the combo's "leave this column out"
STEPS = ("file", "columns", "check", "done")


class RefusalModel(RowsModel):
    """Refused rows: Excel row, column, reason."""

    columns = ("row", "column", "message")
    rows: list[RowError]

    @property
    def errors(self) -> list[RowError]:
        return self.rows

    def set_errors(self, errors: list[RowError], headers: tuple[str, str, str]) -> None:
        self.set_rows(sorted(errors, key=lambda e: e.row), headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(e.row), e.column, e.message)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.message
        return None


class ImportDialog(Retranslating, QDialog):
    """``imported`` fires after a successful Apply (the register changed)."""

    imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: RosterPreview | None = None
        self.dry_run: ImportReport | None = None
        self.report: ImportReport | None = None
        self.task: Task | None = None
        self.busy = False
        self.step = "file"
        self.township = station_info(ctx).kind == "township"
        self.setObjectName("import_dialog")
        self.resize(820, 560)
        self.title = heading()
        self.stack = QStackedWidget()
        self.error = error_label()
        # 1. file
        self.file_page = QWidget()
        self.file_intro = QLabel()
        self.file_intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.choose = QPushButton()
        fl = QVBoxLayout(self.file_page)
        fl.addWidget(self.file_intro)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        fl.addLayout(row)
        self.village_label = QLabel()
        self.village = QComboBox()
        if self.township:
            for v in villages(ctx):
                self.village.addItem(f"{v.name}（{v.code}）", v.code)
            vrow = QFormLayout()
            vrow.addRow(self.village_label, self.village)
            fl.addLayout(vrow)
        fl.addStretch(1)
        # 2. columns
        self.columns_page = QWidget()
        self.columns_intro = QLabel()
        self.columns_intro.setWordWrap(True)
        self.columns = QTableWidget(0, 4)
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(0, 60)
        self.columns.setColumnWidth(1, 160)
        self.columns.setColumnWidth(3, 190)
        self.combos: list[QComboBox] = []
        cl = QVBoxLayout(self.columns_page)
        cl.addWidget(self.columns_intro)
        cl.addWidget(self.columns, 1)
        # 3. check and 4. done share the counts and the refused rows
        self.result_page = QWidget()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.refused_title = QLabel()
        self.refusals = RefusalModel(self)
        self.refused = QTableView()
        self.refused.setModel(self.refusals)
        self.refused.verticalHeader().setVisible(False)
        self.refused.setAlternatingRowColors(True)
        self.refused.setWordWrap(True)
        self.refused.verticalHeader().setMinimumSectionSize(26)
        self.refused.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.refused.setColumnWidth(0, 60)
        self.refused.setColumnWidth(1, 170)
        self.save_refusals = QPushButton()
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        rl = QVBoxLayout(self.result_page)
        rl.addWidget(self.counts)
        rl.addWidget(self.refused_title)
        rl.addWidget(self.refused, 1)
        srow = QHBoxLayout()
        srow.addWidget(self.save_refusals)
        srow.addWidget(self.saved_label, 1)
        rl.addLayout(srow)
        for page in (self.file_page, self.columns_page, self.result_page):
            self.stack.addWidget(page)
        # buttons
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.apply_button = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.apply_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.choose.clicked.connect(self.choose_file)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.close_dialog)
        self.save_refusals.clicked.connect(self.save_refusals_dialog)
        self.retranslate()
        self._show_step("file")

    # --- words ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import roster from Excel"))
        self.title.setText({
            "file": self.tr("1. Choose the roster file"),
            "columns": self.tr("2. Check the columns"),
            "check": self.tr("3. Check before importing"),
            "done": self.tr("4. Imported"),
        }[self.step])
        self.file_intro.setText(self.tr(
            "Choose the village's roster: an Excel workbook (.xlsx) or a CSV file. Title rows, "
            "merged cells, blank and subtotal rows are fine. Nothing is written until you "
            "press Import at the end."))
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.choose.setText(self.tr("Choose file…"))
        self.village_label.setText(self.tr("Village:"))
        self.columns.setHorizontalHeaderLabels([
            self.tr("Column"), self.tr("Header in the file"), self.tr("First value"),
            self.tr("Import as")])
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.apply_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close") if self.step == "done" else self.tr("Cancel"))
        self.save_refusals.setText(self.tr("Save refusal report…"))
        self._fill_combos_text()
        self._show_columns_intro()
        self._show_counts()

    def _show_step(self, step: str) -> None:
        self.step = step
        self.stack.setCurrentIndex({"file": 0, "columns": 1, "check": 2, "done": 2}[step])
        idle = not self.busy
        self.back_button.setVisible(step in ("columns", "check"))
        self.back_button.setEnabled(idle)
        self.next_button.setVisible(step in ("file", "columns"))
        self.next_button.setEnabled(idle and (step != "file" or bool(self.path.text())))
        self.apply_button.setVisible(step == "check")
        self.apply_button.setEnabled(idle and self.dry_run is not None and bool(
            self.dry_run.inserted or self.dry_run.updated))
        self.choose.setEnabled(idle)
        self.save_refusals.setVisible(step in ("check", "done"))
        rep = self.report or self.dry_run
        self.save_refusals.setEnabled(idle and rep is not None and bool(rep.errors))
        self.retranslate()

    # --- 1. the file ----------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the roster file"), str(last_folder()),
            self.tr("Rosters (*.xlsx *.xlsm *.csv *.txt);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the file in a worker; on success go to the columns."""
        self.path.setText(str(path))
        self.preview = None
        self.dry_run = None
        self.error.setVisible(False)
        self._run(self.tr("Reading %1…").replace("%1", path.name),
                  lambda _p: read_roster(path), self._read, cancellable=False)

    def _read(self, preview: RosterPreview) -> None:
        self.busy = False
        self.preview = preview
        remember_folder(preview.path)
        self._fill_columns()
        self._show_step("columns")

    # --- 2. the columns -------------------------------------------------------------------
    def _fill_columns(self) -> None:
        p = self.preview
        assert p is not None
        by_index = {i: f for f, i in p.mapping.items()}
        unrecognised = {i for i, _ in p.unrecognised}
        self.columns.setRowCount(len(p.headers))
        self.combos = []
        sample = ["" for _ in p.headers]
        for _, cells in p.rows:
            for i, text in enumerate(cells[:len(p.headers)]):
                if not sample[i] and text.strip():
                    sample[i] = text.strip()
        for i, head in enumerate(p.headers):
            letter = p.column_name(i).split("（")[0]
            for col, text in ((0, letter), (1, head), (2, sample[i][:40])):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if i in unrecognised:
                    item.setBackground(QColor("#fff6e0"))
                self.columns.setItem(i, col, item)
            combo = QComboBox()
            combo.addItem("", IGNORE)
            for fld, _label in known_fields(self.ctx.lang):
                combo.addItem("", fld)
            combo.setCurrentIndex(max(combo.findData(by_index.get(i, IGNORE)), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(i, 3, combo)
            self.combos.append(combo)
        self._fill_combos_text()

    def _fill_combos_text(self) -> None:
        lang = current_lang()
        for combo in self.combos:
            for j in range(combo.count()):
                fld = str(combo.itemData(j))
                combo.setItemText(j, field_label(fld, lang) if fld else
                                  self.tr("— leave out —"))

    def mapping(self) -> dict[str, int]:
        """Field → column, as the combos now say."""
        out: dict[str, int] = {}
        for i, combo in enumerate(self.combos):
            fld = str(combo.currentData() or "")
            if fld:
                out.setdefault(fld, i)
        return out

    def set_column(self, index: int, field: str) -> None:
        """Map column ``index`` (0 = A) to ``field`` ("" to leave it out)."""
        self.combos[index].setCurrentIndex(self.combos[index].findData(field))

    def _mapping_changed(self) -> None:
        self.dry_run = None
        self._show_columns_intro()

    def _mapping_problem(self) -> str:
        seen: dict[str, int] = {}
        for i, combo in enumerate(self.combos):
            fld = str(combo.currentData() or "")
            if fld and fld in seen:
                return self.tr("Columns %1 and %2 are both imported as “%3”: leave one out.") \
                    .replace("%1", self._letter(seen[fld])).replace("%2", self._letter(i)) \
                    .replace("%3", field_label(fld, current_lang()))
            seen[fld] = i
        if "head_name" not in seen:
            return MinqingError("roster_no_name_column").message(current_lang())
        return ""

    def _letter(self, i: int) -> str:
        assert self.preview is not None
        return self.preview.column_name(i).split("（")[0]

    def _show_columns_intro(self) -> None:
        p = self.preview
        if p is None:
            self.columns_intro.setText("")
            return
        text = self.tr("Sheet “%1”: header on row %2, %n rows below it.", "", len(p.rows)) \
            .replace("%1", p.sheet).replace("%2", str(p.header_row))
        missing = [i for i, _ in p.unrecognised if not self.combos
                   or not self.combos[i].currentData()]
        if missing:
            text += " " + self.tr("%n columns were not recognised (shaded): choose what "
                                  "each holds, or leave it out.", "", len(missing))
        self.columns_intro.setText(text)

    # --- 3. the check (dry run) -----------------------------------------------------------
    def next(self) -> None:
        if self.step == "file":
            if self.preview is not None:
                self._show_step("columns")
            elif self.path.text():
                self.load(Path(self.path.text()))
        elif self.step == "columns":
            self.check()

    def back(self) -> None:
        self.error.setVisible(False)
        self._show_step("file" if self.step == "columns" else "columns")

    def _village(self) -> str | None:
        return str(self.village.currentData()) if self.township else None

    def check(self) -> None:
        """Dry run with the chosen mapping: counts and refused rows; nothing written."""
        problem = self._mapping_problem()
        if problem:
            self._show_error_text(problem)
            return
        self.error.setVisible(False)
        preview, mapping, ctx, village = self.preview, self.mapping(), self.ctx, self._village()
        assert preview is not None
        self._run(self.tr("Checking every row…"), lambda p: apply_roster(
            ctx, preview, mapping, dry_run=True, village_code=village,
            on_progress=service_progress(p)), self._checked)

    def _checked(self, rep: ImportReport) -> None:
        self.busy = False
        self.dry_run = rep
        self.report = None
        self._show_step("check")

    def _show_counts(self) -> None:
        rep = self.report or self.dry_run
        if rep is None:
            self.counts.setText("")
            self.refused_title.setText("")
            self.refusals.set_errors([], ("", "", ""))
            return
        refused = len({e.row for e in rep.errors})
        if self.report is None:
            text = self.tr("If you import now — households: %1 new, %2 updated, %3 already "
                           "the same; rows refused: %4. Nothing has been written yet.")
        else:
            text = self.tr("Imported — households: %1 new, %2 updated, %3 already the same; "
                           "rows refused and not stored: %4.")
        self.counts.setText("<b>" + text.replace("%1", str(rep.inserted))
                            .replace("%2", str(rep.updated)).replace("%3", str(rep.unchanged))
                            .replace("%4", str(refused)) + "</b>")
        if rep.skipped:
            self.counts.setText(self.counts.text() + "<br>" + self.tr(
                "%n blank, subtotal or repeated header rows skipped.", "", len(rep.skipped)))
        self.refused_title.setText(self.tr("Refused rows (row numbers as in Excel):")
                                   if rep.errors else self.tr("No row was refused."))
        self.refusals.set_errors(rep.errors, (self.tr("Row"), self.tr("Column"),
                                              self.tr("Reason")))
        if len(rep.errors) <= 300:  # whole reasons; beyond that, one line each (tooltip)
            self.refused.resizeRowsToContents()

    # --- 4. apply -------------------------------------------------------------------------
    def apply(self) -> None:
        """Write every valid row in one transaction (Cancel rolls it all back)."""
        preview, mapping, ctx, village = self.preview, self.mapping(), self.ctx, self._village()
        assert preview is not None
        self._run(self.tr("Importing…"), lambda p: apply_roster(
            ctx, preview, mapping, village_code=village, on_progress=service_progress(p)),
            self._applied)

    def _applied(self, rep: ImportReport) -> None:
        self.busy = False
        self.report = rep
        self._show_step("done")
        self.imported.emit()

    def save_refusals_dialog(self) -> None:
        assert self.preview is not None
        name = self.tr("%1_refused.xlsx").replace("%1", self.preview.path.stem)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save refusal report"), str(self.preview.path.parent / name),
            self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.save_refusal_report(Path(path if path.lower().endswith(".xlsx")
                                          else path + ".xlsx"))

    def save_refusal_report(self, path: Path) -> None:
        rep = self.report or self.dry_run
        assert self.preview is not None and rep is not None
        try:
            n = save_report(self.preview, rep, path, self.ctx.lang)
        except MinqingError as exc:
            self._show_error_text(exc.message(current_lang()))
            return
        except OSError as exc:
            self._show_error_text(os_error_text(exc))
            return
        self.saved_label.setText(self.tr("%n refused rows saved to %1, with the reason "
                                         "beside each.", "", n).replace("%1", str(path)))

    def close_dialog(self) -> None:
        if self.busy:
            return
        if self.step == "done":
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or the window's close button: not while a read, check or import is running
        (its progress dialog has the Cancel for that)."""
        if not self.busy:
            super().reject()

    # --- the worker -----------------------------------------------------------------------
    def _run(self, label: str, work: Callable[[Progress], Any], done: Callable[[Any], None],
             cancellable: bool = True) -> None:
        self.busy = True
        self._show_step(self.step)
        outcome: dict[str, Any] = {}

        def tracked(p: Progress) -> Any:
            result = work(p)
            outcome["result"] = result  # known even if Cancel came after the commit
            return result

        self.task = task = run_task(self, label, tracked, done, self._failed, cancellable)
        task.finished.connect(lambda: self._finished(task, outcome, done))

    def _finished(self, task: Task, outcome: dict[str, Any], done: Callable[[Any], None]
                  ) -> None:
        if not task.progress.cancelled():
            return
        if "result" in outcome:  # too late to stop: it is done
            done(outcome["result"])
            return
        self.busy = False
        self._show_step(self.step)
        self._show_error_text(self.tr("Stopped: nothing was written."))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._show_step(self.step)
        if isinstance(exc, Cancelled):
            self._show_error_text(self.tr("Stopped: nothing was written."))
        elif isinstance(exc, MinqingError):
            self._show_error_text(exc.message(current_lang()))
        elif isinstance(exc, OSError):
            self._show_error_text(os_error_text(exc))
        else:
            raise exc  # unexpected: the calm dialog and the log

    def _show_error_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
