"""县级 County desk (issue 14): the township leader's desk one level up — townships compared
this month against last (ranked, arrows, the bottom flagged), the villages of the chosen
township as the township's own comparison shows them, and overdue matters across the county
per township. Read-only: the county owns none of these records.

No SQL here and no session: ``app.services.county.county_desk`` returns dataclasses.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services.county import CountyDesk, TownshipCompared, TownshipOverdue, county_desk
from app.services.county import villages_of_township as _villages_of
from app.services.supervision import COUNTY_PREFIX, Notice, issue_township_notices, list_notices
from ui.i18n import current_lang, fmt_date
from ui.month_picker import MonthPicker
from ui.pages.compare import BAD, BOTTOM_BG, GOOD, CompareModel, fmt_delta
from ui.rows_model import RowsModel
from ui.scaffold import Retranslating
from ui.widgets import heading

Index = QModelIndex | QPersistentModelIndex
T_SHOWN = ("households", "households_visited", "coverage_ytd", "matters_received",
           "matters_resolved", "matters_overdue", "satisfaction_rate")
T_RATES = frozenset({"coverage_ytd", "satisfaction_rate"})


def _fmt(key: str, v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:.1%}" if key in T_RATES else f"{v:g}"


class TownshipsModel(RowsModel):
    columns = ("rank", "township", "villages", *T_SHOWN, "batch")
    rows: list[TownshipCompared]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_headers([self.tr("Rank"), self.tr("Township"), self.tr("Villages"),
                          self.tr("Households"), self.tr("Households visited"),
                          self.tr("Coverage this year"), self.tr("Matters received"),
                          self.tr("Resolved"), self.tr("Overdue"), self.tr("Satisfaction"),
                          self.tr("Last batch")])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "rank":
                return f"{t.rank}" + (" ▼" if t.bottom else "")
            if col == "township":
                return t.name
            if col == "villages":
                return t.villages
            if col == "batch":
                if t.last_batch is None:
                    return self.tr("none yet")
                return self.tr("%1, %n days ago", "", t.batch_age_days or 0).replace(
                    "%1", fmt_date(t.last_batch))
            v, _p, d = t.measures[col]
            key = "coverage_ytd" if col in T_RATES else col
            return f"{_fmt(col, v)} {fmt_delta(key, d)}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and col in T_SHOWN:
            return self.tr("Last month %1").replace("%1", _fmt(col, t.measures[col][1]))
        if role == Qt.ItemDataRole.ForegroundRole and col in T_SHOWN:
            d = t.direction(col)
            return QBrush(GOOD if d > 0 else BAD) if d else None
        if role == Qt.ItemDataRole.BackgroundRole and t.bottom:
            return QBrush(BOTTOM_BG)
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in ("township", "batch"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class OverdueModel(RowsModel):
    columns = ("township", "overdue", "max", "waiting")
    rows: list[TownshipOverdue]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_headers([self.tr("Township"), self.tr("Overdue matters"),
                          self.tr("Longest overdue (days)"),
                          self.tr("Escalations waiting")])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"township": t.name, "overdue": t.overdue, "max": t.max_days_overdue,
                    "waiting": t.waiting}[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == "overdue" and t.overdue:
            return QBrush(BAD)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != "township":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class NoticesModel(RowsModel):
    """The county's own supervision notices (numbered 县督…), earliest reply-by first."""

    columns = ("no", "village", "township", "matters", "issued", "reply_by")
    rows: list[Notice]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_headers([self.tr("Notice no."), self.tr("Village"), self.tr("Township"),
                          self.tr("Matters"), self.tr("Issued"), self.tr("Reply by")])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        n = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"no": n.notice_no, "village": n.village_name, "township": n.township_name,
                    "matters": n.matter_count, "issued": fmt_date(n.issue_date),
                    "reply_by": fmt_date(n.reply_by)}[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == "reply_by" \
                and n.reply_by < date.today():
            return QBrush(BAD)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "matters":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _table(model: RowsModel) -> QTableView:
    t = QTableView()
    t.setModel(model)
    t.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    t.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


class CountyPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: CountyDesk | None = None
        self._stale = True
        self.title = heading()
        self.month_label = QLabel()
        self.month = MonthPicker()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.readonly = QLabel()
        self.readonly.setWordWrap(True)
        self.towns = TownshipsModel(self)
        self.town_table = _table(self.towns)
        self.villages = CompareModel(self)
        self.village_table = _table(self.villages)
        self.overdue = OverdueModel(self)
        self.overdue_table = _table(self.overdue)
        self.notices = NoticesModel(self)
        self.notice_table = _table(self.notices)
        self.import_button = QPushButton()
        self.notice_button = QPushButton()
        self.reply_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.village_table, "")
        self.tabs.addTab(self.overdue_table, "")
        self.tabs.addTab(self.notice_table, "")
        bar = QHBoxLayout()
        bar.addWidget(self.month_label)
        bar.addWidget(self.month)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.notice_button)
        bar.addWidget(self.reply_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.town_table)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addWidget(self.readonly)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button.clicked.connect(self._pick_batches)
        self.reply_button.clicked.connect(self._pick_reply_folder)
        self.notice_button.clicked.connect(self._confirm_notices)
        for b in (self.import_button, self.notice_button, self.reply_button):
            b.setEnabled(ctx.can_write)  # a read-only account at the county looks, only
        self.town_table.selectionModel().selectionChanged.connect(lambda *_: self._show_town())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("County desk: townships compared"))
        self.month_label.setText(self.tr("Month:"))
        self.import_button.setText(self.tr("Import batches…"))
        self.reply_button.setText(self.tr("Reply to township…"))
        self.reply_button.setToolTip(self.tr("Receipts, supervision notices and the county's "
                                             "holiday table for the township chosen above"))
        self.notice_button.setText(self.tr("Supervise township…"))
        self.notice_button.setToolTip(self.tr("A supervision notice for each village of the "
                                              "township chosen above with overdue matters; it "
                                              "travels in the next reply to the township"))
        for b in (self.import_button, self.notice_button, self.reply_button):
            b.setMinimumWidth(b.sizeHint().width())  # re-fit after a language switch
        self.readonly.setText(self.tr("Read-only: every record here belongs to the village or "
                                      "township that sent it; the county writes only its own "
                                      "supervision notices and replies."))
        self.towns.retranslate()
        self.villages.retranslate()
        self.overdue.retranslate()
        self.notices.retranslate()
        self._tab_titles()
        self._update_summary()

    def _tab_titles(self) -> None:
        t = self.selected()
        self.tabs.setTabText(0, self.tr("Villages of %1").replace("%1", t.name) if t
                             else self.tr("Villages"))
        self.tabs.setTabText(1, self.tr("Overdue matters by township"))
        self.tabs.setTabText(2, self.tr("Supervision notices (%1)").replace(
            "%1", str(len(self.notices.rows))))

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.data = county_desk(self.ctx, self.month.month())
        self.towns.set_rows(list(self.data.townships))
        self.overdue.set_rows(list(self.data.overdue_by_township))
        self.notices.set_rows([n for n in list_notices(self.ctx)
                               if n.notice_no.startswith(COUNTY_PREFIX)])
        if self.towns.rows:
            self.town_table.selectRow(0)
        self._show_town()
        self._update_summary()

    def selected(self) -> TownshipCompared | None:
        rows = self.town_table.selectionModel().selectedRows()
        return self.towns.rows[rows[0].row()] if rows else None

    def _show_town(self) -> None:
        t = self.selected()
        if self.data is None or t is None:
            self.villages.set_rows([])
        else:
            self.villages.set_rows(_villages_of(self.data.comparison, t.code))
        self._tab_titles()

    def _update_summary(self) -> None:
        if self.data is None:
            self.summary.setText("")
            return
        sep = self.tr(", ", "between names in a list")
        bottom = [t.name for t in self.data.townships if t.bottom]
        text = self.tr("%n townships ranked. Bottom: %1.", "", len(self.data.townships))
        text = text.replace("%1", sep.join(bottom) or "—")
        text += " " + self.tr("Overdue across the county: %1.").replace(
            "%1", str(len(self.data.supervision.matters)))
        self.summary.setText(text)

    # --- batches: the county's two exchange actions, through ``app.services.exchange`` ----------------
    def _pick_batches(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Township batches"), "",
                                                self.tr("Batch files (*.mqb)"))
        if files:
            self.import_batches([Path(f) for f in files])

    def import_batches(self, paths: list[Path]) -> list[Any]:
        """Each township batch with the village files beside it; the outcome per file."""
        from app.services.exchange import import_county_batch

        results = [import_county_batch(self.ctx, p) for p in paths]
        lines = []
        for r in results:
            if r.status == "rejected":
                lines.append(self.tr("%1: refused — %2").replace("%1", r.township_name or
                                                                  Path(r.file).name)
                             .replace("%2", r.reason))
            else:
                lines.append(self.tr("%1: %n village batches checked and applied", "",
                                     sum(1 for v in r.villages if v["status"] == "applied"))
                             .replace("%1", r.township_name))
        self.message.setText("\n".join(lines))
        self.mark_stale()
        return results

    def _pick_reply_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the reply batch"))
        if folder:
            self.write_reply(Path(folder))

    def write_reply(self, folder: Path) -> Path | None:
        from app.services.exchange import export_county_reply

        t = self.selected()
        if t is None:
            return None
        try:
            res = export_county_reply(self.ctx, t.code, folder)
        except MinqingError as exc:
            self.message.setText(exc.message(current_lang()))
            return None
        self.message.setText(self.tr("Reply for %1 written: %2").replace("%1", t.name)
                             .replace("%2", str(res.path)))
        return res.path

    # --- supervision notices: the county's own records, through ``app.services.supervision`` --
    def _confirm_notices(self) -> None:
        t = self.selected()
        if t is None:
            return
        answer = QMessageBox.question(self, self.tr("Supervise township"), self.tr(
            "Issue a supervision notice to each village of %1 with overdue matters?").replace(
            "%1", t.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.issue_notices(t.code)

    def issue_notices(self, township_code: str) -> list[Notice]:
        """The button's work: one notice per village with overdue matters, then the list."""
        try:
            issued = issue_township_notices(self.ctx, township_code)
        except MinqingError as exc:
            self.message.setText(exc.message(current_lang()))
            return []
        sep = self.tr(", ", "between names in a list")
        self.message.setText(self.tr("%n supervision notices issued: %1. They travel in the "
                                     "next reply to the township.", "", len(issued))
                             .replace("%1", sep.join(n.notice_no for n in issued)))
        self.mark_stale()
        self.tabs.setCurrentIndex(2)
        return issued
