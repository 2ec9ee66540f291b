"""村务比较 Villages compared (township, W13): each village this month against last month (arrows
for better / worse), ranked, the bottom flagged (末位), with the twelve-month trend of the chosen
measure for the chosen village drawn with QPainter (Qt Charts is not in pyside6-essentials).

No SQL here: ``app.services.compare`` returns the comparison as dataclasses.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services.compare import MEASURES, Comparison, VillageCompared, compare_villages
from app.services.stats import Month
from ui.frozen_table import FrozenColumnsTable
from ui.i18n import current_lang, fmt_date
from ui.month_picker import MonthPicker
from ui.rows_model import RowsModel
from ui.scaffold import Retranslating
from ui.widgets import heading

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
RATE_KEYS = frozenset({"coverage_ytd", "on_time_rate", "satisfaction", "rating", "plan_closure"})
SHOWN = ("households_visited", "coverage_ytd", "matters_received", "matters_resolved",
         "matters_overdue", "on_time_rate", "satisfaction", "rating", "plan_closure",
         "duties_met")
BOTTOM_BG = QColor("#fde7e4")
GOOD = QColor("#1b7a3a")
BAD = QColor("#b3261e")


def fmt_value(key: str, v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:.1%}" if key in RATE_KEYS else f"{v:g}"


def fmt_delta(key: str, d: float | None) -> str:
    if d is None:
        return ""
    if abs(d) < 1e-9:
        return "→"
    arrow = "↑" if d > 0 else "↓"
    return f"{arrow}{abs(d) * 100:.1f}" if key in RATE_KEYS else f"{arrow}{abs(d):g}"


class CompareModel(RowsModel):
    """One row per village: rank, name, score, then each shown measure with its arrow."""

    columns = ("rank", "village", "score", *SHOWN, "batch")
    rows: list[VillageCompared]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def measure_names(self) -> dict[str, str]:
        return {"households_visited": self.tr("Households visited"),
                "coverage_ytd": self.tr("Coverage this year"),
                "matters_received": self.tr("Matters received"),
                "matters_resolved": self.tr("Resolved"),
                "matters_overdue": self.tr("Overdue"),
                "on_time_rate": self.tr("On time"),
                "satisfaction": self.tr("Satisfaction"),
                "rating": self.tr("Villagers' rating"),
                "plan_closure": self.tr("Plan closure"),
                "duties_met": self.tr("Duties met")}

    def retranslate(self) -> None:
        names = self.measure_names()
        self.set_headers([self.tr("Rank"), self.tr("Village"), self.tr("Score"),
                          *(names[k] for k in SHOWN), self.tr("Last batch")])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        v = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == SORT_ROLE:
            if col == "rank":
                return v.rank
            if col == "village":
                return v.name
            if col == "score":
                return -1.0 if v.score is None else v.score
            if col == "batch":
                return 10 ** 6 if v.batch_age_days is None else v.batch_age_days
            val = v.measure(col).value
            return -1.0 if val is None else float(val)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "rank":
                return f"{v.rank}" + (" ▼" if v.bottom else "")
            if col == "village":
                return v.name + (self.tr(" (bottom)") if v.bottom else "")
            if col == "score":
                return fmt_value("coverage_ytd", v.score)
            if col == "batch":
                if v.last_batch is None:
                    return self.tr("none yet")
                mark = "" if v.sent_this_month else " ⚠"
                return self.tr("%1, %n days ago", "", v.batch_age_days or 0).replace(
                    "%1", fmt_date(v.last_batch)) + mark
            m = v.measure(col)
            return f"{fmt_value(col, m.value)} {fmt_delta(col, m.delta)}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and col in SHOWN:
            m = v.measure(col)
            return self.tr("Last month %1 · same month last year %2").replace(
                "%1", fmt_value(col, m.prev)).replace("%2", fmt_value(col, m.last_year))
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in SHOWN:
                d = v.measure(col).direction
                return QBrush(GOOD if d > 0 else BAD) if d else None
            if col == "batch" and not v.sent_this_month:
                return QBrush(BAD)
        if role == Qt.ItemDataRole.BackgroundRole and v.bottom:
            return QBrush(BOTTOM_BG)
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in ("village", "batch"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class CompareFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.attention_only = False
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str | None = None, attention_only: bool | None = None) -> None:
        if text is not None:
            self.text = text.strip()
        if attention_only is not None:
            self.attention_only = attention_only
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        src = self.sourceModel()
        assert isinstance(src, CompareModel)
        v = src.rows[row]
        if self.text and self.text not in v.name and self.text not in v.code:
            return False
        return not self.attention_only or v.bottom or not v.sent_this_month


class TrendChart(QWidget):
    """Twelve months of one measure as a line with its points and values, drawn with
    QPainter like Home's bar chart; months with no figure leave a gap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.values: list[float | None] = []
        self.rate = False
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, labels: list[str], values: list[float | None],
                 rate: bool) -> None:
        self.title, self.labels, self.values, self.rate = title, labels, values, rate
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def points(self) -> list[QPointF | None]:
        n = len(self.values)
        if not n:
            return []
        fm = self.fontMetrics()
        top = fm.height() * 2 + 10
        bottom = self.height() - fm.height() - 12
        slot = (self.width() - 40) / n
        known = [v for v in self.values if v is not None]
        peak = max(known) if known else 1.0
        peak = peak if peak > 0 else 1.0
        if self.rate:
            peak = max(peak, 1.0)
        return [None if v is None else
                QPointF(20 + slot * (i + 0.5), bottom - (bottom - top) * v / peak)
                for i, v in enumerate(self.values)]

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        text = self.palette().text().color()
        p.setPen(text)
        p.drawText(QRectF(10, 0, self.width() - 20, fm.height() + 4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        bottom = self.height() - fm.height() - 12
        p.setPen(QColor("#9e9e9e"))
        p.drawLine(10, int(bottom), self.width() - 10, int(bottom))
        pts = self.points()
        n = len(pts)
        slot = (self.width() - 40) / n if n else 0
        line = QPen(QColor("#5b8def"), 2)
        prev: QPointF | None = None
        for i, pt in enumerate(pts):
            p.setPen(text)
            p.drawText(QRectF(20 + slot * i, bottom + 2, slot, fm.height() + 4),
                       Qt.AlignmentFlag.AlignCenter, self.labels[i])
            if pt is None:
                prev = None
                continue
            if prev is not None:
                p.setPen(line)
                p.drawLine(prev, pt)
            last = i == n - 1
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#c0392b") if last else QColor("#5b8def"))
            p.drawEllipse(pt, 4, 4)
            p.setPen(text)
            v = self.values[i]
            label = fmt_value("coverage_ytd" if self.rate else "n", v)
            p.drawText(QRectF(pt.x() - slot / 2 - 6, pt.y() - fm.height() - 6, slot + 12,
                              fm.height()), Qt.AlignmentFlag.AlignCenter, label)
            prev = pt
        p.end()


class ComparePage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Comparison | None = None
        self._stale = True
        self.title = heading()
        self.month_label = QLabel()
        self.month = MonthPicker()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.attention = QCheckBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = CompareModel(self)
        self.proxy = CompareFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = FrozenColumnsTable(frozen=2)  # rank and village stay while scrolling
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by rank
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.measure_label = QLabel()
        self.measure = QComboBox()
        self.chart = TrendChart()
        filters = QHBoxLayout()
        filters.addWidget(self.month_label)
        filters.addWidget(self.month)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.attention)
        trend_bar = QHBoxLayout()
        trend_bar.addWidget(self.measure_label)
        trend_bar.addWidget(self.measure)
        trend_bar.addStretch(1)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addLayout(trend_bar)
        lower_box.addWidget(self.chart, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.attention.toggled.connect(lambda on: self.proxy.set_filter(attention_only=on))
        self.measure.currentIndexChanged.connect(lambda _i: self._draw_trend())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._draw_trend())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Villages compared"))
        self.month_label.setText(self.tr("Month:"))
        self.search.setPlaceholderText(self.tr("Village name or code"))
        self.attention.setText(self.tr("Bottom or no batch this month only"))
        self.measure_label.setText(self.tr("Trend over 12 months:"))
        key = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for k, name in self.model.measure_names().items():
            if k in SHOWN:
                self.measure.addItem(name, k)
        self.measure.setCurrentIndex(max(self.measure.findData(key), 0))
        self.measure.blockSignals(False)
        self.model.retranslate()
        self._update_summary()
        self._draw_trend()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def chosen_month(self) -> Month:
        return self.month.month()

    def set_month(self, month: Month) -> None:
        if not self.month.choose(month):
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.data = compare_villages(self.ctx, self.chosen_month())
        self.model.set_rows(list(self.data.villages))
        if self.model.rows:
            self.table.selectRow(0)
        self._update_summary()
        self._draw_trend()

    def _update_summary(self) -> None:
        if self.data is None:
            self.summary.setText("")
            return
        bottom = [v.name for v in self.data.villages if v.bottom]
        missing = [v.name for v in self.data.villages if not v.sent_this_month]
        sep = self.tr(", ", "between names in a list")
        text = self.tr("%n villages ranked. Bottom: %1.", "", len(self.data.villages))
        text = text.replace("%1", sep.join(bottom) or "—")
        if missing:
            text += " " + self.tr("No batch this month: %1.").replace("%1", sep.join(missing))
        self.summary.setText(text)

    def selected(self) -> VillageCompared | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def _draw_trend(self) -> None:
        v = self.selected()
        key = str(self.measure.currentData() or "households_visited")
        if v is None or self.data is None or key not in MEASURES:
            self.chart.set_data("", [], [], False)
            return
        zh = current_lang() == "zh_CN"
        labels = [f"{m.month}月" if zh else date(m.year, m.month, 1).strftime("%b")
                  for m in self.data.trend_months]
        name = self.measure.currentText()
        self.chart.set_data(f"{v.name} · {name}", labels, list(v.measure(key).trend),
                            key in RATE_KEYS)
