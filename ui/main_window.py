"""The main window: navigation on the left, one page per workflow on the right, status bar.

Pages never reach into each other: they emit what happened (visit saved, cadres changed…) and
the window decides which other pages to refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app.context import AppContext
from app.services.station import station_info
from app.services.visits import VisitSaved
from ui.i18n import current_lang, lbl, set_language
from ui.pages.cadres import CadresPage
from ui.pages.cards import CardsPage
from ui.pages.compare import ComparePage
from ui.pages.exchange import ExchangePage
from ui.pages.home import HomePage
from ui.pages.households import HouseholdsPage
from ui.pages.matters import MattersPage
from ui.pages.reports import ReportsPage
from ui.pages.settings import SettingsPage
from ui.pages.supervision import SupervisionPage
from ui.pages.visits import VisitsPage

PAGES = ("home", "households", "visits", "matters", "cadres", "cards", "reports", "exchange",
         "settings", "supervision", "compare")
TOWNSHIP_PAGES = frozenset({"supervision", "compare"})  # the leader's desk (issue 13)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        self.home = HomePage(ctx)
        self.households = HouseholdsPage(ctx)
        self.visits = VisitsPage(ctx)
        self.matters = MattersPage(ctx)
        self.cadres = CadresPage(ctx)
        self.settings_page = SettingsPage(ctx)
        self.cards = CardsPage(ctx)
        self.reports = ReportsPage(ctx)
        self.exchange = ExchangePage(ctx)
        self.pages: dict[str, QWidget] = {
            "home": self.home, "households": self.households, "visits": self.visits,
            "matters": self.matters, "cadres": self.cadres, "cards": self.cards,
            "reports": self.reports, "exchange": self.exchange,
            "settings": self.settings_page,
        }
        self.supervision = SupervisionPage(ctx)
        self.compare = ComparePage(ctx)
        self.pages.update(supervision=self.supervision, compare=self.compare)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(200)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(3)
        self.stack = QStackedWidget()
        township = len(ctx.station_code) == 9  # township codes have 9 digits, villages 12
        for key in PAGES:
            if key in TOWNSHIP_PAGES and not township:
                continue  # the leader's desk is offered on a township only (last in PAGES)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(self.pages[key])
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._page_shown)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        self.station_label = QLabel()
        self.count_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.station_label)
        # What happened on one page → what the others show.
        self.visits.visit_saved.connect(self._visit_saved)
        self.matters.changed.connect(self._matters_changed)
        self.cadres.changed.connect(self._cadres_changed)
        self.matters.new_matter_requested.connect(self.new_matter)
        self.households.visit_requested.connect(self.visit_household)
        self.households.count_changed.connect(self._count_changed)
        self.home.open_households.connect(self._open_households)
        self.home.open_matters.connect(self._open_matters)
        self.home.open_visits.connect(self._open_visits)
        self.home.open_month.connect(self._open_month)
        self.exchange.changed.connect(self._exchanged)
        self.home.open_exchange.connect(lambda: self.show_page("exchange"))
        self.settings_page.language_chosen.connect(self.switch_language)
        self.settings_page.large_font_chosen.connect(self.set_large_font)
        self.settings_page.station_saved.connect(self._station_saved)
        self.cards.cards_issued.connect(self._cards_issued)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_visit)
        for i in range(len(PAGES)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self,
                      lambda i=i: self.nav.setCurrentRow(i))
        self.retranslate()
        self.apply_permissions()
        self.restore_state()
        self.nav.setCurrentRow(0)

    def apply_permissions(self) -> None:
        """A read-only account is not offered what the services would refuse."""
        read_only = not self.ctx.can_write
        for page in (self.households, self.visits, self.matters, self.cadres,
                     self.settings_page, self.supervision):
            page.set_read_only(read_only)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {"home": self.tr("Home"), "households": self.tr("Households"),
                 "visits": self.tr("Visits"), "matters": self.tr("Matters"),
                 "cadres": self.tr("Cadres"), "cards": self.tr("Contact cards"),
                 "reports": self.tr("Reports"), "exchange": self.tr("Data exchange"),
                 "settings": self.tr("Settings"), "supervision": self.tr("Supervision"),
                 "compare": self.tr("Villages compared")}
        for i, key in enumerate(PAGES[:self.nav.count()]):
            text = names[key]
            item = self.nav.item(i)
            item.setText(f"{text}")
            item.setToolTip(f"Alt+{i + 1}")
        info = station_info(self.ctx)
        self.setWindowTitle(self.tr("Minqing people's-conditions ledger — %1").replace(
            "%1", info.name))
        self.station_label.setText(f"{info.name} ({lbl(info.kind)} {info.code})")
        self.user_label.setText(f"{self.ctx.actor} · {lbl(self.ctx.role) or self.ctx.role}")
        if self.households.model.total is not None:
            self._count_changed(self.households.model.total)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def switch_language(self, lang: str) -> None:
        """Live switch: translators change, every widget gets LanguageChange and re-sets its
        words; service messages follow through ``ctx.lang``."""
        if lang == current_lang():
            return
        self.ctx.lang = lang
        set_language(lang)
        QSettings().setValue("view/language", lang)

    def set_large_font(self, large: bool) -> None:
        from ui.fonts import apply_font_size

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_font_size(app, large)
        QSettings().setValue("view/large_font", large)

    # --- navigation ---------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    def current_page(self) -> str:
        return PAGES[self.nav.currentRow()]

    def focus_search(self) -> None:
        self.show_page("households")
        self.households.focus_search()

    def new_visit(self) -> None:
        self.show_page("visits")
        self.visits.new_visit()

    def visit_household(self, household_id: str) -> None:
        """From the register: the visit form with this household already picked."""
        self.show_page("visits")
        self.visits.form.pick(household_id)
        self.visits.form.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_matter(self) -> None:
        """A matter raised at the office or by phone: the visit form, mode walk-in, one matter."""
        self.show_page("visits")
        form = self.visits.form
        form.mode.setCurrentIndex(max(form.mode.findData("walk_in"), 0))
        if not form.matters:
            form.add_matter()
        form.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def _page_shown(self, row: int) -> None:
        if PAGES[row] == "cards":
            self.cards.set_selection(self.households.selected_ids())

    def _open_visits(self) -> None:
        self.show_page("visits")
        self.visits.diary.show_everyone_this_month()

    def _open_month(self, year: int, month: int) -> None:
        self.show_page("visits")
        self.visits.diary.show_everyone(year, month)

    def _open_households(self, which: str) -> None:
        self.show_page("households")
        if which == "not_visited":
            self.households.show_not_visited()
        else:
            self.households.search.clear()
            self.households.not_visited.setChecked(False)

    def _open_matters(self, which: str) -> None:
        self.show_page("matters")
        if which == "overdue":
            self.matters.set_filter(overdue=True)
        elif which in ("due_week", "unresolved"):
            self.matters.set_filter(view=which)
        else:
            self.matters.set_filter()

    # --- cross-page refresh -------------------------------------------------------------
    def _visit_saved(self, saved: VisitSaved) -> None:
        n = len(saved.matter_ids)
        self.statusBar().showMessage(self.tr("Visit saved with %n matter(s).", "", n), 8000)
        self.home.refresh()
        self.matters.refresh()
        self.reports.refresh()
        self.households.model.refresh_rows()
        self.households.detail.show_household(self.households.detail.household_id)

    def _matters_changed(self) -> None:
        self.statusBar().showMessage(self.tr("Matter saved."), 5000)
        self.home.refresh()
        self.reports.refresh()

    def _cadres_changed(self) -> None:
        self.visits.reload()
        self.matters.reload_owners()
        self.households.reload_choices()
        self.households.model.refresh_rows()
        self.cards.refresh()
        self.statusBar().showMessage(self.tr("Cadres saved."), 5000)

    def _cards_issued(self) -> None:
        self.households.detail.show_household(self.households.detail.household_id)

    def _exchanged(self) -> None:
        """A batch came in or went out: the figures, matters and register may have changed."""
        self.home.refresh()
        self.supervision.mark_stale()
        self.compare.mark_stale()
        self.matters.refresh()
        self.households.model.refresh_rows()

    def _station_saved(self) -> None:
        self.retranslate()

    def _count_changed(self, n: int) -> None:
        self.count_label.setText(self.tr("%n household(s) listed", "", n))

    # --- window state -------------------------------------------------------------------
    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1280, 800)
        state = settings.value("main/splitter")
        if state is not None:
            self.splitter.restoreState(state)  # type: ignore[arg-type]
        else:
            self.splitter.setSizes([210, 1070])
        for page in (self.households, self.visits, self.matters, self.cadres):
            page.restore_state(settings)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        for page in (self.households, self.visits, self.matters, self.cadres):
            page.save_state(settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
