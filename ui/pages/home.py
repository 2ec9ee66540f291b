"""Home: this month at a glance. Every figure is a button that opens the list behind it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.services import calendar
from app.services.dashboard import Dashboard, HomeFigures, home_figures, peer_count
from ui.duties_panel import DutiesPanel
from ui.i18n import current_lang, fmt_date
from ui.pages.home_notices import NoticesBox
from ui.scaffold import Retranslating
from ui.widgets import BarChart, heading
from ui.workers import Loader

if TYPE_CHECKING:
    from app.services.exchange import LastSent

TILE_STYLE = """
QPushButton { text-align: left; padding: 10px 14px; border: 1px solid #d0d7de;
              border-radius: 6px; background: #f7f9fc; }
QPushButton:hover { background: #eaf1fb; border-color: #5b8def; }
"""


class Tile(QPushButton):
    """A figure and what it counts, on a flat button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(TILE_STYLE)
        self.setMinimumHeight(84)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value_label = QLabel()
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        for lab in (self.value_label, self.caption_label):
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 8, 14, 8)
        box.setSpacing(2)
        box.addWidget(self.value_label)
        box.addWidget(self.caption_label)
        self.value = ""
        self.caption = ""
        self.alert = False

    def set(self, value: str, caption: str, alert: bool = False) -> None:
        self.value, self.caption, self.alert = value, caption, alert
        colour = "#b3261e" if alert else "#1f2d3d"
        self.value_label.setText(f"<span style='font-size:20pt; font-weight:bold; "
                                 f"color:{colour}'>{value}</span>")
        self.caption_label.setText(f"<span style='color:{colour}'>{caption}</span>")
        self.setAccessibleName(f"{value} {caption}")


class HomePage(Retranslating, QWidget):
    """Signals carry where to go; the main window decides how to show it."""

    open_households = Signal(str)  # "all" | "not_visited"
    open_matters = Signal(str)  # "unresolved" | "overdue" | "due_week"
    open_visits = Signal()
    open_month = Signal(int, int)  # year, month: everyone's visits of that month
    open_exchange = Signal()
    open_pairing = Signal()  # the pairing wizard, from the "not paired" warning
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = heading()
        self.tiles = {k: Tile() for k in ("visits", "visited", "coverage", "households",
                                          "open", "overdue", "due_week", "not_visited",
                                          "last_batch")}
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, key in enumerate(self.tiles):
            if key != "last_batch":
                grid.addWidget(self.tiles[key], i // 4, i % 4)
        # The exchange figure sits beside both rows: it is about the station, not the month.
        grid.addWidget(self.tiles["last_batch"], 0, 4, 2, 1)
        self.tiles["last_batch"].setSizePolicy(QSizePolicy.Policy.Preferred,
                                               QSizePolicy.Policy.Expanding)
        for col in range(5):
            grid.setColumnStretch(col, 1)
        self.chart = BarChart()
        self.chart.on_click = self._bar_clicked
        self.chart.setCursor(Qt.CursorShape.PointingHandCursor)
        self.note = QLabel()
        self.note.setStyleSheet("color: #666")
        self.note.setWordWrap(True)
        # From 1 November: next year's holiday table is missing (deadlines would be provisional).
        self.today = date.today  # replaceable, so a test can be "on 1 November"
        self.calendar_warning = QLabel()
        self.calendar_warning.setWordWrap(True)
        self.calendar_warning.setStyleSheet(
            "color: #8a4b00; background: #fff4e0; border: 1px solid #f0c36d; "
            "border-radius: 4px; padding: 6px 10px;")
        self.calendar_warning.setVisible(False)
        self.missing_year: int | None = None
        # A village not yet paired with its township cannot send the month's batch: say so
        # every day (from the first of the month on), with the wizard one click away.
        self.pairing_warning = QLabel()
        self.pairing_warning.setObjectName("pairing_warning")
        self.pairing_warning.setWordWrap(True)
        self.pairing_warning.setStyleSheet("color: #8a4b00;")
        self.pairing_button = QPushButton()
        self.pairing_button.clicked.connect(self.open_pairing.emit)
        self.pairing_bar = QWidget()
        bar = QHBoxLayout(self.pairing_bar)
        bar.setContentsMargins(10, 6, 10, 6)
        bar.addWidget(self.pairing_warning, 1)
        bar.addWidget(self.pairing_button)
        self.pairing_bar.setStyleSheet("QWidget#pairing_box { background: #fff4e5; }")
        self.pairing_bar.setObjectName("pairing_box")
        self.pairing_bar.setVisible(False)
        self.peers: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pairing_bar)
        layout.addWidget(self.calendar_warning)
        layout.addLayout(grid)
        self.notices = NoticesBox(ctx)  # supervision notices received (village side)
        layout.addWidget(self.notices)
        layout.addWidget(self.chart, 1)
        # issue 12: the month's duties, read with the other figures in the worker
        self.duties = DutiesPanel(ctx, load=False)
        layout.addWidget(self.duties)
        layout.addWidget(self.note)
        self.tiles["visits"].clicked.connect(self.open_visits.emit)
        self.tiles["visited"].clicked.connect(self.open_visits.emit)
        self.tiles["coverage"].clicked.connect(lambda: self.open_households.emit("not_visited"))
        self.tiles["households"].clicked.connect(lambda: self.open_households.emit("all"))
        self.tiles["not_visited"].clicked.connect(lambda: self.open_households.emit("not_visited"))
        self.tiles["open"].clicked.connect(lambda: self.open_matters.emit("unresolved"))
        self.tiles["overdue"].clicked.connect(lambda: self.open_matters.emit("overdue"))
        self.tiles["due_week"].clicked.connect(lambda: self.open_matters.emit("due_week"))
        self.tiles["last_batch"].clicked.connect(self.open_exchange.emit)
        self.loader = Loader(self)
        self.loader.loaded.connect(self._show)
        self.figures: tuple[dict[str, Any], Dashboard, LastSent | None] | None = None
        self.sent_day: date | None = None
        self.refresh(notices=False)  # (the notices box read its own when it was built)

    def on_language_change(self) -> None:
        self._render()

    def refresh(self, notices: bool = True) -> None:
        """Read the figures — the month's, the dashboard's, the last batch and the duties — in
        one worker call (at county scale they take about a second) and show them when they
        arrive; the tiles keep the previous figures meanwhile. Only the two one-query warnings
        (holiday table, pairing) are read here, before the paint."""
        ctx = self.ctx

        def read() -> tuple[HomeFigures, LastSent | None, date | None]:
            # the batch code is imported here, in the worker, not before the first paint
            from app.services.exchange import last_sent, local_time

            figures = home_figures(ctx, date.today(), duties=True)
            sent = last_sent(ctx)
            return figures, sent, local_time(sent.at).date() if sent else None

        self.loader.start(read)
        self.missing_year = calendar.next_year_missing(ctx, self.today())
        self.peers = peer_count(ctx)
        if notices:
            self.notices.refresh()
        self._render()

    def _bar_clicked(self, index: int) -> None:
        if self.figures is not None:
            m = self.figures[1].months[index]
            self.open_month.emit(m.year, m.month)

    def _show(self, got: tuple[HomeFigures, LastSent | None, date | None]) -> None:
        read, sent, self.sent_day = got
        self.figures = (read.month, read.dashboard, sent)
        if read.duties is not None:
            self.duties.show_report(read.duties)
        self._render()
        self.loaded.emit()

    def _render(self) -> None:
        today = date.today()
        zh = current_lang() == "zh_CN"
        self.title.setText(self.tr("This month at a glance — %1").replace(
            "%1", f"{today.year}年{today.month}月" if zh else today.strftime("%B %Y")))
        self.chart.title = self.tr("Visits in the last 12 months")
        self.note.setText(self.tr("Click a figure to open the list behind it."))
        if self.missing_year is not None:
            self.calendar_warning.setText(self.tr(
                "The %1 holiday table is not in yet: deadlines that run into %1 count Monday "
                "to Friday only and are marked provisional. Import it in Settings → "
                "Holiday table once the State Council publishes it, or wait for the "
                "township's reply batch.").replace("%1", str(self.missing_year)))
        self.calendar_warning.setVisible(self.missing_year is not None)
        self._render_pairing()
        if self.figures is None:
            for tile in self.tiles.values():
                tile.set("…", "")
            return
        st, dash, sent = self.figures
        t = self.tiles
        township = len(self.ctx.station_code) == 9  # township codes have 9 digits, villages 12
        caption = self.tr("last batch sent to the villages") if township \
            else self.tr("last batch sent to the township")
        if sent is None:
            t["last_batch"].set(self.tr("none yet"), caption, alert=not township)
        else:
            state = {"sent": self.tr("waiting for its receipt"),
                     "confirmed": self.tr("confirmed by the township"),
                     "refused": self.tr("refused by the township")}.get(sent.status, "")
            if township:
                state = self.tr("to %1").replace("%1", sent.destination_name)
            day = self.sent_day or sent.at.date()
            short = (f"{day.month}月{day.day}日" if zh else day.strftime("%d %b").lstrip("0")) \
                if day.year == today.year else fmt_date(day)  # the tile is narrow
            t["last_batch"].set(short,
                                f"{caption}<br>{state}", alert=sent.status == "refused")
        t["visits"].set(str(st["visits"]), self.tr("visits this month"))
        t["visited"].set(str(st["households_visited"]), self.tr("households visited this month"))
        t["coverage"].set(f"{st['coverage_ytd'] * 100:.1f}%",
                          self.tr("households visited this year"))
        t["households"].set(str(st["households"]), self.tr("households on the register"))
        t["open"].set(str(dash.open_matters), self.tr("matters open"))
        t["overdue"].set(str(dash.overdue), self.tr("matters overdue"), alert=dash.overdue > 0)
        t["due_week"].set(str(dash.due_this_week), self.tr("matters due this week"))
        t["not_visited"].set(str(dash.not_visited_this_year),
                             self.tr("households not yet visited this year"),
                             alert=dash.not_visited_this_year > 0)
        labels = [f"{m.month}月" if zh else date(m.year, m.month, 1).strftime("%b")
                  for m in dash.months]
        self.chart.set_data(labels, dash.visits_per_month)

    def _render_pairing(self) -> None:
        village = len(self.ctx.station_code) == 12  # townships pair from their side
        unpaired = village and self.peers == 0
        self.pairing_bar.setVisible(unpaired)
        self.pairing_warning.setText(self.tr(
            "This station is not paired with its township yet: the month's batch cannot be "
            "sent until it is. Pairing takes a few minutes with the township on the phone."))
        self.pairing_button.setText(self.tr("Pair with the township…"))
