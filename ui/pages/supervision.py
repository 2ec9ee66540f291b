"""督办 Supervision (township, W13): every overdue matter across the villages with its days
overdue (calendar and working days), owner and escalation state; the escalations waiting for
the township's reply; and supervision notices (督办单) issued per village or per owner.

The page holds no SQL: ``app.services.supervision`` returns the list as dataclasses. The list is
bounded by what is overdue (hundreds, not the register), so a ``QSortFilterProxyModel`` sorts
and filters it on the sort role (raw numbers and dates, never the displayed text).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.paper.notice import write_notice
from app.services import supervision as sv
from ui.i18n import current_lang, date_format, fmt_date, lbl
from ui.paper_files import last_folder, remember_folder
from ui.permissions import grey_out
from ui.rows_model import RowsModel
from ui.scaffold import Retranslating
from ui.widgets import error_label, heading

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11
LATE_BG = QColor("#fde7e4")
LATE_FG = QColor("#9b1c12")
WAIT_FG = QColor("#8a5a00")


class OverdueModel(RowsModel):
    COLUMNS = columns = ("village", "title", "category", "owner", "deadline", "days",
                         "workdays", "escalation", "notices")

    rows: list[sv.OverdueMatter]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_headers([self.tr("Village"), self.tr("Matter"), self.tr("Category"),
                          self.tr("Owner"), self.tr("Deadline"), self.tr("Days overdue"),
                          self.tr("Working days"), self.tr("Escalation"), self.tr("Notices")])

    def state_text(self, m: sv.OverdueMatter) -> str:
        if m.escalation_state == "waiting":
            return self.tr("waiting %n days", "", m.waiting_reply_days or 0)
        if m.escalation_state == "answered":
            return self.tr("answered")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return m.id
        if role == SORT_ROLE:
            return {"village": m.village_name, "title": m.title, "category": m.category,
                    "owner": m.owner_name, "deadline": m.deadline.toordinal(),
                    "days": m.days_overdue, "workdays": m.workdays_overdue,
                    "escalation": m.waiting_reply_days if m.waiting_reply_days is not None
                    else (-1 if m.escalation_state else -2),
                    "notices": m.notices}[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"village": m.village_name, "title": m.title, "category": lbl(m.category),
                    "owner": m.owner_name, "deadline": fmt_date(m.deadline),
                    "days": str(m.days_overdue), "workdays": str(m.workdays_overdue),
                    "escalation": self.state_text(m),
                    "notices": str(m.notices) if m.notices else ""}[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("days", "workdays", "notices"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and m.workdays_overdue > 10:
            return QBrush(LATE_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == "escalation" and m.escalation_state == "waiting":
                return QBrush(WAIT_FG)
            if col in ("days", "workdays"):
                return QBrush(LATE_FG)
        return None


class OverdueFilter(QSortFilterProxyModel):
    """Village, owner, escalation and free text, applied to the source rows' fields."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.village = ""
        self.text = ""
        self.waiting_only = False
        self.long_only = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, village: str | None = None, text: str | None = None,
                   waiting_only: bool | None = None, long_only: bool | None = None) -> None:
        if village is not None:
            self.village = village
        if text is not None:
            self.text = text.strip()
        if waiting_only is not None:
            self.waiting_only = waiting_only
        if long_only is not None:
            self.long_only = long_only
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        src = self.sourceModel()
        assert isinstance(src, OverdueModel)
        m = src.rows[row]
        if self.village and m.village_code != self.village:
            return False
        if self.waiting_only and m.escalation_state != "waiting":
            return False
        if self.long_only and m.workdays_overdue <= 10:
            return False
        if self.text:
            return self.text in m.title or self.text in m.owner_name \
                or self.text in m.village_name
        return True


class WaitingModel(RowsModel):
    COLUMNS = columns = ("village", "title", "category", "owner", "escalated", "days", "workdays")

    rows: list[sv.WaitingEscalation]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_headers([self.tr("Village"), self.tr("Matter"), self.tr("Category"),
                          self.tr("Owner"), self.tr("Escalated on"), self.tr("Days waiting"),
                          self.tr("Working days")])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        w = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == SORT_ROLE:
            return {"village": w.village_name, "title": w.title, "category": w.category,
                    "owner": w.owner_name, "escalated": w.escalated_date.toordinal(),
                    "days": w.days_waiting, "workdays": w.workdays_waiting}[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"village": w.village_name, "title": w.title, "category": lbl(w.category),
                    "owner": w.owner_name, "escalated": fmt_date(w.escalated_date),
                    "days": str(w.days_waiting), "workdays": str(w.workdays_waiting)}[col]
        if role == Qt.ItemDataRole.ForegroundRole and col in ("days", "workdays"):
            return QBrush(WAIT_FG)
        return None


class WaitingFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.village = ""
        self.setSortRole(SORT_ROLE)

    def set_village(self, village: str) -> None:
        self.village = village
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        src = self.sourceModel()
        assert isinstance(src, WaitingModel)
        return not self.village or src.rows[row].village_code == self.village


def _table(model: QSortFilterProxyModel, stretch: int = 1) -> QTableView:
    """``stretch`` is the column (the matter's title) that takes the spare width, so titles
    are read whole instead of the last column growing empty."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return view


class SupervisionPage(Retranslating, QWidget):
    """The township's 督办 list. ``notice_issued`` carries the notice number."""

    notice_issued = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: sv.SupervisionList | None = None
        self.from_county: list[sv.Notice] = []
        self.read_only = False
        self._stale = True
        self.title = heading()
        self.as_of_label = QLabel()
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setMaximumDate(QDate.currentDate())
        self.village = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.waiting_only = QCheckBox()
        self.long_only = QCheckBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = OverdueModel(self)
        self.proxy = OverdueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.proxy)
        self.waiting_title = QLabel()
        self.waiting_model = WaitingModel(self)
        self.waiting_proxy = WaitingFilter(self)
        self.waiting_proxy.setSourceModel(self.waiting_model)
        self.waiting_table = _table(self.waiting_proxy)
        # the longest overdue / the longest waiting first
        self.table.sortByColumn(OverdueModel.COLUMNS.index("days"), Qt.SortOrder.DescendingOrder)
        self.waiting_table.sortByColumn(WaitingModel.COLUMNS.index("days"),
                                        Qt.SortOrder.DescendingOrder)
        self.notice_village = QPushButton()
        self.notice_owner = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = error_label()
        filters = QHBoxLayout()
        filters.addWidget(self.as_of_label)
        filters.addWidget(self.as_of)
        filters.addWidget(self.village)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.waiting_only)
        filters.addWidget(self.long_only)
        actions = QHBoxLayout()
        actions.addWidget(self.notice_village)
        actions.addWidget(self.notice_owner)
        actions.addWidget(self.message, 1)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.waiting_title)
        lower_box.addWidget(self.waiting_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.village.currentIndexChanged.connect(self._village_chosen)
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.waiting_only.toggled.connect(lambda on: self.proxy.set_filter(waiting_only=on))
        self.long_only.toggled.connect(lambda on: self.proxy.set_filter(long_only=on))
        self.notice_village.clicked.connect(lambda: self.ask_notice(by_owner=False))
        self.notice_owner.clicked.connect(lambda: self.ask_notice(by_owner=True))
        self.proxy.layoutChanged.connect(self._update_summary)
        self.proxy.rowsInserted.connect(self._update_summary)
        self.proxy.rowsRemoved.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Supervision: overdue matters across the villages"))
        self.as_of_label.setText(self.tr("As of:"))
        self.as_of.setDisplayFormat(date_format())
        self.search.setPlaceholderText(self.tr("Matter, owner or village"))
        self.waiting_only.setText(self.tr("Waiting for our reply only"))
        self.long_only.setText(self.tr("Over 10 working days only"))
        self.waiting_title.setText(self.tr("Escalated matters waiting for the township's reply"))
        self.notice_village.setText(self.tr("Supervision notice to the village…"))
        self.notice_owner.setText(self.tr("Supervision notice to the owner…"))
        self.model.retranslate()
        self.waiting_model.retranslate()
        self._fill_villages()
        self._update_summary()
        self._update_buttons()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # --- data ---------------------------------------------------------------------------
    def as_of_date(self) -> date:
        d = self.as_of.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        self._stale = False
        self.data = sv.supervision_list(self.ctx, self.as_of_date())
        self.from_county = sv.county_notices(self.ctx)  # issue 14: the county's 督办单
        self.model.set_rows(list(self.data.matters))
        self.waiting_model.set_rows(list(self.data.waiting))
        self._fill_villages()
        self._update_summary()
        self._update_buttons()

    def mark_stale(self) -> None:
        """Data changed elsewhere (a batch came in): read again when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _fill_villages(self) -> None:
        current = self.village.currentData() or ""
        self.village.blockSignals(True)
        self.village.clear()
        self.village.addItem(self.tr("All villages"), "")
        if self.data is not None:
            for v in self.data.by_village:
                self.village.addItem(f"{v.name} ({v.overdue})", v.code)
        i = self.village.findData(current)
        self.village.setCurrentIndex(max(i, 0))
        self.village.blockSignals(False)

    def _village_chosen(self, _i: int) -> None:
        self.proxy.set_filter(village=self.village.currentData() or "")
        self.waiting_proxy.set_village(self.village.currentData() or "")
        self._update_buttons()

    def _update_summary(self) -> None:
        if self.data is None:
            self.summary.setText("")
            return
        shown = self.proxy.rowCount()
        total = len(self.data.matters)
        worst = max((v.max_days_overdue for v in self.data.by_village), default=0)
        text = self.tr("%1 of %n overdue matters shown; the longest overdue %2; "
                       "%3 wait for the township's reply.", "", total)
        self.summary.setText(text.replace("%1", str(shown))
                             .replace("%2", self.tr("%n days", "", worst))
                             .replace("%3", self.tr("%n escalations", "", len(self.data.waiting))))
        county = [n for n in self.from_county if n.reply_by >= date.today()]
        if county:
            sep = self.tr(", ", "between names in a list")
            self.summary.setText(self.summary.text() + " " + self.tr(
                "%n supervision notices from the county to answer, the first by %1: %2.", "",
                len(county)).replace("%1", fmt_date(county[0].reply_by)).replace(
                "%2", sep.join(n.notice_no for n in county)))

    def selected(self) -> sv.OverdueMatter | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        src = self.proxy.mapToSource(rows[0])
        return self.model.rows[src.row()]

    def _update_buttons(self) -> None:
        m = self.selected()
        village = self.village.currentData() or (m.village_code if m else "")
        self.notice_village.setEnabled(bool(village) and not self.read_only)
        self.notice_owner.setEnabled(m is not None and m.owner_cadre_id is not None
                                     and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        grey_out((self.notice_village, self.notice_owner), read_only)
        self._update_buttons()

    # --- notices ------------------------------------------------------------------------
    def ask_notice(self, by_owner: bool) -> None:
        name = self.tr("supervision-notice", "file name")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the supervision notice as"),
            str(last_folder() / f"{name}-{date.today().isoformat()}.pdf"),
            self.tr("PDF (*.pdf);;Excel workbooks (*.xlsx)"))
        if path:
            self.issue_notice(Path(path), by_owner)

    def issue_notice(self, path: Path, by_owner: bool = False) -> sv.Notice | None:
        """Record the notice (village of the filter or of the selected row; with ``by_owner``
        the selected row's owner) and write it to ``path``."""
        self.error.setVisible(False)
        m = self.selected()
        village = (m.village_code if by_owner and m else None) \
            or self.village.currentData() or (m.village_code if m else "")
        owner = m.owner_cadre_id if by_owner and m else None
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_suffix(".pdf")
        try:
            notice = sv.issue_notice(self.ctx, village, owner_cadre_id=owner,
                                     as_of=self.as_of_date())
            write_notice(notice, path)
        except MinqingError as exc:
            self.error.setText(exc.message(current_lang()))
            self.error.setVisible(True)
            return None
        except OSError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return None
        remember_folder(path)
        self.message.setText(self.tr("Notice %1 issued: %n matters, reply by %2 — %3", "",
                                     notice.matter_count)
                             .replace("%1", notice.notice_no)
                             .replace("%2", fmt_date(notice.reply_by)).replace("%3", str(path)))
        self.refresh()
        self.notice_issued.emit(notice.notice_no)
        return notice
