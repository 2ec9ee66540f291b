"""Scorecard (考核, W11): per cadre — households, coverage, matters, satisfaction, villagers'
rating, plan items and closure rate, and the rank with the bottom flagged 末位; on a township
also one line per village. Below it, the payout proposal (绩酬挂钩) for the quarter.

Fed by ``app.services.scorecard``'s dataclasses; the page computes nothing itself.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.services import scorecard as sc
from app.services.plans import Quarter
from app.services.stats import Month
from ui.i18n import current_lang
from ui.pages.plans import month_label
from ui.rows_model import RowsModel
from ui.scaffold import Retranslating
from ui.widgets import error_label, heading

Index = QModelIndex | QPersistentModelIndex
BOTTOM_BG = QColor("#fde7e7")


def pct(v: float | None) -> str:
    return "—" if v is None else f"{v:.1%}"


class ScoreTableModel(QAbstractTableModel):
    """One row per cadre (or village), then the totals row in bold."""

    COLUMNS = 12

    def __init__(self, parent: Any = None, per_village: bool = False) -> None:
        super().__init__(parent)
        self.rows: list[sc.CadreScore] = []
        self.totals: sc.CadreScore | None = None
        self.per_village = per_village

    def set_card(self, rows: list[sc.CadreScore], totals: sc.CadreScore | None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.totals = totals
        self.endResetModel()

    def all_rows(self) -> list[sc.CadreScore]:
        return self.rows + ([self.totals] if self.totals else [])

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.all_rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Rank"), self.tr("Village") if self.per_village else self.tr("Cadre"),
                    self.tr("Households"), self.tr("Coverage"), self.tr("Received"),
                    self.tr("On time"), self.tr("Overdue"), self.tr("Satisfaction"),
                    self.tr("Rating"), self.tr("Ratings"), self.tr("Items done"),
                    self.tr("Closure rate"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rows = self.all_rows()
        r = rows[index.row()]
        is_total = self.totals is not None and index.row() == len(rows) - 1
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                if is_total or r.rank is None:
                    return "" if is_total or self.per_village else "—"
                return f"{r.rank} " + self.tr("(bottom, 末位)") if r.bottom else str(r.rank)
            return (None, self.tr("Total") if is_total else r.name, r.households,
                    pct(r.coverage_ytd), r.matters_received, r.resolved_on_time, r.overdue,
                    pct(r.satisfaction_rate), pct(r.review_rate), r.reviews.total,
                    f"{r.plan_closed}/{r.plan_items}", pct(r.closure_rate))[col]
        if role == Qt.ItemDataRole.BackgroundRole and r.bottom and not is_total:
            return QBrush(BOTTOM_BG)
        if role == Qt.ItemDataRole.FontRole and is_total:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class PayoutModel(RowsModel):
    """The proposed payout, one line per cadre."""

    columns = ("name", "closure_rate", "amount")
    rows: list[sc.PayoutLine]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.retranslate()

    @property
    def lines(self) -> list[sc.PayoutLine]:
        return self.rows

    def set_lines(self, lines: list[sc.PayoutLine]) -> None:
        self.set_rows(lines)

    def retranslate(self) -> None:
        self.set_headers([self.tr("Cadre"), self.tr("Closure rate"), self.tr("Proposed (yuan)")])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        ln = self.rows[index.row()]
        return (ln.name, pct(ln.closure_rate), f"{ln.amount:,.2f}")[index.column()]


def _table(model: QAbstractTableModel, name: str, stretch: int = 1) -> QTableView:
    t = QTableView()
    t.setObjectName(name)
    t.setModel(model)
    t.verticalHeader().setVisible(False)
    t.setAlternatingRowColors(True)
    t.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return t


class ScorecardPage(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.setObjectName("scorecard_page")
        self.title = heading()
        self.month = QComboBox()
        self.month.setObjectName("scorecard_month")
        m = Month(self.today.year, self.today.month)
        for _ in range(12):
            self.month.addItem(month_label(m), str(m))
            m = Month(m.year - (m.month == 1), 12 if m.month == 1 else m.month - 1)
        self.by_quarter = QCheckBox()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = ScoreTableModel(self)
        self.table = _table(self.model, "scorecard_table")
        self.village_model = ScoreTableModel(self, per_village=True)
        self.village_table = _table(self.village_model, "scorecard_villages")
        self.village_label = QLabel()
        self.payout_label = QLabel()
        self.pool = QLineEdit()
        self.pool.setObjectName("payout_pool")
        self.spread = QLineEdit()
        self.spread.setObjectName("payout_spread")
        rule = sc.payout_rule(ctx)
        if rule.pool_fen:
            self.pool.setText(str(sc.fen_to_yuan(rule.pool_fen)))
        self.spread.setText(str(sc.fen_to_yuan(rule.min_spread_fen)))
        self.propose_btn = QPushButton()
        self.propose_btn.clicked.connect(self.propose)
        self.payout_model = PayoutModel(self)
        self.payout_table = _table(self.payout_model, "payout_table", stretch=0)
        self.payout_table.setMaximumHeight(180)
        self.payout_note = QLabel()
        self.payout_note.setWordWrap(True)
        self.payout_error = error_label()
        self._month_label = QLabel()
        self._pool_label = QLabel()
        self._spread_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self._month_label)
        top.addWidget(self.month)
        top.addWidget(self.by_quarter)
        pay = QHBoxLayout()
        pay.addWidget(self.payout_label)
        pay.addStretch(1)
        pay.addWidget(self._pool_label)
        pay.addWidget(self.pool)
        pay.addWidget(self._spread_label)
        pay.addWidget(self.spread)
        pay.addWidget(self.propose_btn)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.note)
        outer.addWidget(self.table, 3)
        outer.addWidget(self.village_label)
        outer.addWidget(self.village_table, 1)
        outer.addLayout(pay)
        outer.addWidget(self.payout_error)
        outer.addWidget(self.payout_table)
        outer.addWidget(self.payout_note)
        self.card: sc.Scorecard | None = None
        self.payout: sc.Payout | None = None
        self.month.currentIndexChanged.connect(self.refresh)
        self.by_quarter.toggled.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cadre scorecard"))
        self._month_label.setText(self.tr("Month:"))
        self.by_quarter.setText(self.tr("Whole quarter"))
        self.note.setText(self.tr("Rank by closure rate, then villagers' rating, coverage and "
                                  "satisfaction; the bottom rank of each unit is flagged 末位. "
                                  "Ratings are shown as figures only. — means nothing to "
                                  "rate."))
        self.village_label.setText(self.tr("Per village"))
        self.payout_label.setText(self.tr("Payout by plan completion (绩酬挂钩), for the "
                                          "quarter:"))
        self._pool_label.setText(self.tr("Pool (yuan):"))
        self._spread_label.setText(self.tr("Minimum spread:"))
        self.propose_btn.setText(self.tr("Propose"))
        for i in range(self.month.count()):
            self.month.setItemText(i, month_label(Month.parse(self.month.itemData(i))))
        self.model.retranslate()
        self.village_model.retranslate()
        self.payout_model.retranslate()
        self._payout_words()

    def _period(self) -> tuple[Month, Quarter | None]:
        m = Month.parse(self.month.currentData())
        return m, (Quarter.of(m) if self.by_quarter.isChecked() else None)

    def refresh(self) -> None:
        month, quarter = self._period()
        self.card = sc.scorecard(self.ctx, month, quarter)
        self.model.set_card(self.card.cadres, self.card.totals)
        township = bool(self.card.villages)
        self.village_model.set_card(self.card.villages, None)
        self.village_label.setVisible(township)
        self.village_table.setVisible(township)

    def bottom_names(self) -> list[str]:
        return [r.name for r in self.model.rows if r.bottom]

    def propose(self) -> bool:
        month, _ = self._period()
        try:
            self.payout = sc.propose_payout(self.ctx, Quarter.of(month), self.pool.text(),
                                            self.spread.text())
        except MinqingError as exc:
            self.payout = None
            self.payout_model.set_lines([])
            self.payout_error.setText(exc.message(current_lang()))
            self.payout_error.setVisible(True)
            self._payout_words()
            return False
        self.payout_error.setVisible(False)
        self.payout_model.set_lines(self.payout.lines)
        self._payout_words()
        return True

    def _payout_words(self) -> None:
        p = self.payout
        if p is None:
            self.payout_note.setText(self.tr("Only cadres with plan items in the quarter share "
                                             "the pool. The station proposes; people decide."))
            return
        self.payout_note.setText(self.tr("%1: %2 yuan shared; highest − lowest = %3 yuan "
                                         "(at least %4). The station proposes; people decide.")
                                 .replace("%1", p.quarter)
                                 .replace("%2", f"{sc.fen_to_yuan(p.pool_fen):,.2f}")
                                 .replace("%3", f"{sc.fen_to_yuan(p.spread_fen):,.2f}")
                                 .replace("%4", f"{sc.fen_to_yuan(p.min_spread_fen):,.2f}"))
