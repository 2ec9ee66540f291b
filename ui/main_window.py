"""The main window: navigation on the left, one page per workflow on the right, status bar.

Pages never reach into each other: they emit what happened (visit saved, cadres changed…) and
the window decides which other pages to refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from app.context import AppContext
from app.services.station import station_info
from app.services.visits import VisitSaved
from ui.i18n import current_lang, lbl, set_language
from ui.pages.cadres import CadresPage
from ui.pages.cards import CardsPage
from ui.pages.compare import ComparePage
from ui.pages.county import CountyPage
from ui.pages.events import EventsPage
from ui.pages.exchange import ExchangePage
from ui.pages.home import HomePage
from ui.pages.households import HouseholdsPage
from ui.pages.matters import MattersPage
from ui.pages.plans import PlansPage
from ui.pages.reports import ReportsPage
from ui.pages.scorecard import ScorecardPage
from ui.pages.settings import SettingsPage
from ui.pages.supervision import SupervisionPage
from ui.pages.visits import VisitsPage

NAV_WIDE = 200  # the side menu's width on a laptop screen
NAV_NARROW = 110  # …and on a small one (1024 wide): page names still fit
DEFAULT_SIZE = QSize(1280, 800)
PAGES: tuple[str, ...] = ("home", "households", "visits", "matters", "cadres", "cards", "reports", "exchange",
         "settings")
PAGES += ("plans", "scorecard", "events")  # work plans, scorecard (16), gatherings (12)
# The leader's desk (issue 13), on township stations only: last, so a village's menu rows
# are PAGES[:n].
PAGES += ("supervision", "compare")
TOWNSHIP_PAGES = frozenset({"supervision", "compare"})
# The county desk (issue 14), on county stations only, after the leader's desk (which a county
# also gets: supervision and villages compared across the whole county).
PAGES += ("county",)
COUNTY_PAGES = frozenset({"county"})


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
        self.plans = PlansPage(ctx)
        self.scorecard = ScorecardPage(ctx)
        self.pages.update({"plans": self.plans, "scorecard": self.scorecard})
        self.events = EventsPage(ctx)
        self.pages["events"] = self.events
        self.supervision = SupervisionPage(ctx)
        self.compare = ComparePage(ctx)
        self.pages.update(supervision=self.supervision, compare=self.compare)
        self.county = CountyPage(ctx)
        self.pages["county"] = self.county
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(NAV_NARROW)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(3)
        self.stack = QStackedWidget()
        township = len(ctx.station_code) in (6, 9)  # townships 9 digits, counties 6, villages 12
        for key in PAGES:
            if key in COUNTY_PAGES and len(ctx.station_code) != 6:
                continue  # the county desk: last in PAGES, on a county only
            if key in TOWNSHIP_PAGES and not township:
                continue  # the leader's desk is offered on a township only (last in PAGES)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(self._fitted(key, self.pages[key]))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._page_shown)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)
        self.station_label = QLabel()
        self.count_label = QLabel()
        self.user_label = QLabel()
        # The side menu folds away (F9 or this button) to give a small screen to the page.
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("menu_button")
        self.menu_button.setText("☰")
        self.menu_button.setCheckable(True)
        self.menu_button.setAutoRaise(True)
        self.menu_button.toggled.connect(self.set_menu_folded)
        self.statusBar().addWidget(self.menu_button)
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
        self.plans.changed.connect(self.scorecard.refresh)
        self.cadres.changed.connect(self.plans.reload)
        self.exchange.changed.connect(self.plans.reload)
        self.exchange.changed.connect(self.scorecard.refresh)
        self.home.open_exchange.connect(lambda: self.show_page("exchange"))
        self.home.open_pairing.connect(self.open_pairing)
        self.settings_page.language_chosen.connect(self.switch_language)
        self.settings_page.large_font_chosen.connect(self.set_large_font)
        self.settings_page.station_saved.connect(self._station_saved)
        self.cards.cards_issued.connect(self._cards_issued)
        QShortcut(QKeySequence("F9"), self, self.menu_button.toggle)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_visit)
        for i in range(min(len(PAGES), 9)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self,
                      lambda i=i: self.nav.setCurrentRow(i))
        self.retranslate()
        self.apply_permissions()
        self.restore_state()
        self.nav.setCurrentRow(0)

    def apply_permissions(self) -> None:
        """A read-only account is not offered what the services would refuse."""
        read_only = not self.ctx.can_write
        # A county reads its villages' and townships' records and owns none (issue 14): only
        # its own settings stay open to change.
        county = len(self.ctx.station_code) == 6
        for page in (self.households, self.visits, self.matters, self.cadres,
                     self.settings_page, self.events, self.supervision):
            page.set_read_only(read_only or (county and page is not self.settings_page))
        self.plans.set_read_only(read_only or county)

    # --- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        names = {"home": self.tr("Home"), "households": self.tr("Households"),
                 "visits": self.tr("Visits"), "matters": self.tr("Matters"),
                 "cadres": self.tr("Cadres"), "cards": self.tr("Contact cards"),
                 "reports": self.tr("Reports"), "exchange": self.tr("Data exchange"),
                 "settings": self.tr("Settings"),
                 "plans": self.tr("Work plans"), "scorecard": self.tr("Scorecard"),
                 "events": self.tr("Gatherings"), "supervision": self.tr("Supervision"),
                 "compare": self.tr("Villages compared"), "county": self.tr("County desk")}
        for i, key in enumerate(PAGES[:self.nav.count()]):
            text = names[key]
            item = self.nav.item(i)
            item.setText(f"{text}")
            item.setToolTip(f"Alt+{i + 1}")
        # The longest page name in this language must fit even in the narrow menu
        # ("Villages compared" does not fit in 110 pixels).
        fits = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        self.nav.setMinimumWidth(min(max(NAV_NARROW, fits), NAV_WIDE))
        self.menu_button.setToolTip(self.tr("Show or hide the side menu (F9)"))
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
        """Ctrl+N; on the register it starts a visit for the selected household."""
        household_id = (self.households.selected_id()
                        if self.current_page() == "households" else None)
        self.show_page("visits")
        self.visits.new_visit(household_id)

    def visit_household(self, household_id: str) -> None:
        """From the register: the visit form with this household already picked."""
        self.show_page("visits")
        self.visits.new_visit(household_id)

    def new_matter(self) -> None:
        """A matter raised at the office or by phone, in its own dialog: a half-filled visit
        form keeps its mode and what was typed."""
        from ui.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(self.ctx, self)
        self._walk_in = dialog  # reachable while open (tests, screenshots)
        if dialog.exec() == WalkInDialog.DialogCode.Accepted:
            self.matters.refresh()
            self.home.refresh()

    def set_menu_folded(self, folded: bool) -> None:
        """Hide the side menu (Alt+1…9 still switch pages) or show it again."""
        if self.menu_button.isChecked() != folded:
            self.menu_button.setChecked(folded)
            return
        self.nav.setVisible(not folded)
        if not folded and self.splitter.sizes()[0] == 0:
            self.splitter.setSizes([self._nav_width(), max(self.width() - self._nav_width(), 1)])

    def menu_folded(self) -> bool:
        return self.nav.isHidden()

    def _nav_width(self) -> int:
        return NAV_WIDE if self.width() >= 1200 else NAV_NARROW

    def open_pairing(self) -> None:
        """From Home's "not paired" warning: Data exchange with its pairing wizard open."""
        self.show_page("exchange")
        self.exchange.open_pairing()
        self.exchange.wizard.finished.connect(lambda _r: self.home.refresh())

    @staticmethod
    def _fitted(key: str, page: QWidget) -> QWidget:
        """Home stacks panels (figures, warnings, duties, notices) and is the one page whose
        height grows with what the station has: on a 600-pixel screen it scrolls rather than
        forcing the window taller than the screen."""
        if key != "home":
            return page
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        return area

    def _page_shown(self, row: int) -> None:
        # "N households listed" is about the register: shown only while it is on screen.
        self.count_label.setVisible(PAGES[row] == "households")
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
        self.home.refresh()  # (and a pairing may have been made)
        self.supervision.mark_stale()
        self.compare.mark_stale()
        self.county.mark_stale()
        self.matters.refresh()
        self.households.model.refresh_rows()

    def _station_saved(self) -> None:
        self.retranslate()

    def _count_changed(self, n: int) -> None:
        self.count_label.setText(self.tr("%n household(s) listed", "", n))

    # --- window state -------------------------------------------------------------------
    def restore_state(self) -> None:
        """The size the clerk left it at — never larger than the screen it opens on (a
        1366×768 or 1024×600 laptop: the title bar and the buttons stay reachable)."""
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(DEFAULT_SIZE)
        self.fit_to_screen()
        state = settings.value("main/splitter")
        if state is not None:
            self.splitter.restoreState(state)  # type: ignore[arg-type]
        else:
            self.splitter.setSizes([self._nav_width(), self.width() - self._nav_width()])
        self.set_menu_folded(bool(settings.value("main/menu_folded", False, type=bool)))
        for page in (self.households, self.visits, self.matters, self.cadres):
            page.restore_state(settings)

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Shrink (and move) the window into the screen's available area."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                return
            available = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w = max(frame.width() - self.width(), 0)
        extra_h = max(frame.height() - self.height(), 0)
        width = min(self.width(), available.width() - extra_w)
        height = min(self.height(), available.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(self.x(), available.left()), available.right() - width - extra_w + 1)
        y = min(max(self.y(), available.top()), available.bottom() - height - extra_h + 1)
        if (x, y) != (self.x(), self.y()):
            self.move(x, y)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/menu_folded", self.menu_folded())
        for page in (self.households, self.visits, self.matters, self.cadres):
            page.save_state(settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
