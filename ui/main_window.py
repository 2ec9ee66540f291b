"""The main window: navigation on the left, one page per workflow on the right, status bar.

Pages never reach into each other: they emit what happened (visit saved, cadres changed…) and
the window decides which other pages to refresh.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from app.context import AppContext
from app.services.station import station_info
from ui import settings_store
from ui.i18n import current_lang, lbl, set_language
from ui.scaffold import Retranslating

if TYPE_CHECKING:
    from app.services.visits import VisitSaved
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

# Where each page's class lives: a page (and what it imports — openpyxl, reportlab, the batch
# code…) is imported and built the first time it is shown or asked for (``MainWindow.page``),
# so the first paint pays for the home page only (issue 11).
PAGE_CLASSES: dict[str, tuple[str, str]] = {
    "home": ("ui.pages.home", "HomePage"),
    "households": ("ui.pages.households", "HouseholdsPage"),
    "visits": ("ui.pages.visits", "VisitsPage"),
    "matters": ("ui.pages.matters", "MattersPage"),
    "cadres": ("ui.pages.cadres", "CadresPage"),
    "cards": ("ui.pages.cards", "CardsPage"),
    "reports": ("ui.pages.reports", "ReportsPage"),
    "exchange": ("ui.pages.exchange", "ExchangePage"),
    "settings": ("ui.pages.settings", "SettingsPage"),
    "plans": ("ui.pages.plans", "PlansPage"),
    "scorecard": ("ui.pages.scorecard", "ScorecardPage"),
    "events": ("ui.pages.events", "EventsPage"),
    "supervision": ("ui.pages.supervision", "SupervisionPage"),
    "compare": ("ui.pages.compare", "ComparePage"),
    "county": ("ui.pages.county", "CountyPage"),
}
# Pages with a read-only mode, and pages that keep their column widths between sessions.
READ_ONLY_PAGES = frozenset({"households", "visits", "matters", "cadres", "settings", "events",
                             "supervision", "plans"})
STATEFUL_PAGES = ("households", "visits", "matters", "cadres")

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


class _LazyPages(Mapping[str, QWidget]):
    """``window.pages[key]``: the page, built on first access (see ``MainWindow.page``)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._window.page_keys:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._window.page_keys)

    def __len__(self) -> int:
        return len(self._window.page_keys)


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        self.pages: Mapping[str, QWidget] = _LazyPages(self)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(NAV_NARROW)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(3)
        self.stack = QStackedWidget()
        county = len(ctx.station_code) == 6
        township = len(ctx.station_code) in (6, 9)  # townships 9 digits, counties 6, villages 12
        # the leader's desk on a township (and a county), the county desk on a county only
        self.page_keys: tuple[str, ...] = tuple(
            key for key in PAGES if (township or key not in TOWNSHIP_PAGES)
            and (county or key not in COUNTY_PAGES))
        for key in self.page_keys:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            placeholder = QWidget()  # replaced by the page the first time it is shown
            placeholder.setObjectName(f"placeholder_{key}")
            self._placeholders[key] = placeholder
            self.stack.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self._row_changed)
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
        QShortcut(QKeySequence("F9"), self, self.menu_button.toggle)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_visit)
        for i in range(min(len(PAGES), 9)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self,
                      lambda i=i: self.nav.setCurrentRow(i))
        self.retranslate()
        self.restore_state()
        self.nav.setCurrentRow(0)
        # The day's full integrity check of a large file runs after the first paint, in the
        # worker pool (app.integrity): never blocking the window, still reported.
        self.integrity_problems: list[str] | None = None
        QTimer.singleShot(0, self._start_integrity_check)

    def _start_integrity_check(self) -> None:
        from pathlib import Path

        from ui.workers import Loader

        path = getattr(self.ctx.store, "path", None)
        if not isinstance(path, Path) or not path.exists():
            return  # (a server database is checked by its server)
        self._integrity = Loader(self)
        self._integrity.loaded.connect(self._integrity_checked)

        def check() -> list[str] | None:
            from app.integrity import full_check_if_due

            return full_check_if_due(path)

        self._integrity.start(check)

    def _integrity_checked(self, problems: list[str] | None) -> None:
        self.integrity_problems = problems
        if not problems:
            return
        from app.backup import last_good_backup

        backup = last_good_backup(self.ctx.store.path)
        text = self.tr("The daily check found damage in this station's file:\n%1\n\n"
                       "Stop entering data, close Minqing and ask your township's IT contact "
                       "to restore the last good backup:\n%2").replace(
            "%1", "; ".join(problems[:3])).replace(
            "%2", str(backup) if backup else self.tr("(no good backup found)"))
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The station's file is damaged"),
                          text, parent=self)
        box.setObjectName("integrity_warning")
        self._integrity_box = box  # reachable for tests
        box.open()

    # --- pages, built on demand ---------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for ``key``, imported and built the first time it is asked for (shown in
        the menu, or reached by another page's signal, a shortcut or a test)."""
        page = self._built.get(key)
        if page is not None:
            return page
        module, name = PAGE_CLASSES[key]
        page = getattr(importlib.import_module(module), name)(self.ctx)
        assert isinstance(page, QWidget)
        self._built[key] = page
        self._wire(key, page)
        if key in READ_ONLY_PAGES:
            page.set_read_only(self._read_only(key))  # type: ignore[attr-defined]
        if key in STATEFUL_PAGES:
            page.restore_state()  # type: ignore[attr-defined]
        if key in self.page_keys:
            placeholder = self._placeholders.pop(key)
            current = self.stack.currentWidget()
            index = self.stack.indexOf(placeholder)
            self.stack.insertWidget(index, self._fitted(key, page))
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if current is not None and current is not placeholder:
                self.stack.setCurrentWidget(current)
        return page

    def _read_only(self, key: str) -> bool:
        """A read-only account changes nothing; a county reads its townships' and villages'
        records and owns none (issue 14), so only its own settings stay open to change."""
        county = len(self.ctx.station_code) == 6
        return not self.ctx.can_write or (county and key != "settings")

    def built(self, key: str) -> Any:
        """The page if it has been built, else None: a page not yet built has nothing to
        refresh (it reads fresh data when it is built)."""
        return self._built.get(key)

    def _refresh(self, key: str, method: str = "refresh") -> None:
        page = self._built.get(key)
        if page is not None:
            getattr(page, method)()

    def _wire(self, key: str, page: Any) -> None:
        """What happened on one page → what the others show (only those already built)."""
        if key == "visits":
            page.visit_saved.connect(self._visit_saved)
        elif key == "matters":
            page.changed.connect(self._matters_changed)
            page.new_matter_requested.connect(self.new_matter)
        elif key == "cadres":
            page.changed.connect(self._cadres_changed)
            page.changed.connect(lambda: self._refresh("plans", "reload"))
        elif key == "households":
            page.visit_requested.connect(self.visit_household)
            page.count_changed.connect(self._count_changed)
            if page.model.total is not None:  # counted while the page was being built
                self._count_changed(page.model.total)
        elif key == "home":
            page.open_households.connect(self._open_households)
            page.open_matters.connect(self._open_matters)
            page.open_visits.connect(self._open_visits)
            page.open_month.connect(self._open_month)
            page.open_exchange.connect(lambda: self.show_page("exchange"))
            page.open_pairing.connect(self.open_pairing)
        elif key == "exchange":
            page.changed.connect(self._exchanged)
            page.changed.connect(lambda: self._refresh("plans", "reload"))
            page.changed.connect(lambda: self._refresh("scorecard"))
        elif key == "plans":
            page.changed.connect(lambda: self._refresh("scorecard"))
        elif key == "settings":
            page.language_chosen.connect(self.switch_language)
            page.large_font_chosen.connect(self.set_large_font)
            page.station_saved.connect(self._station_saved)
        elif key == "cards":
            page.cards_issued.connect(self._cards_issued)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_keys[row]
        self.page(key)
        self.stack.setCurrentIndex(row)
        self._page_shown(row)

    @property
    def home(self) -> HomePage:
        return self.page("home")  # type: ignore[return-value]

    @property
    def households(self) -> HouseholdsPage:
        return self.page("households")  # type: ignore[return-value]

    @property
    def visits(self) -> VisitsPage:
        return self.page("visits")  # type: ignore[return-value]

    @property
    def matters(self) -> MattersPage:
        return self.page("matters")  # type: ignore[return-value]

    @property
    def cadres(self) -> CadresPage:
        return self.page("cadres")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    @property
    def cards(self) -> CardsPage:
        return self.page("cards")  # type: ignore[return-value]

    @property
    def reports(self) -> ReportsPage:
        return self.page("reports")  # type: ignore[return-value]

    @property
    def exchange(self) -> ExchangePage:
        return self.page("exchange")  # type: ignore[return-value]

    @property
    def plans(self) -> PlansPage:
        return self.page("plans")  # type: ignore[return-value]

    @property
    def scorecard(self) -> ScorecardPage:
        return self.page("scorecard")  # type: ignore[return-value]

    @property
    def events(self) -> EventsPage:
        return self.page("events")  # type: ignore[return-value]

    @property
    def supervision(self) -> SupervisionPage:
        return self.page("supervision")  # type: ignore[return-value]

    @property
    def compare(self) -> ComparePage:
        return self.page("compare")  # type: ignore[return-value]

    @property
    def county(self) -> CountyPage:
        return self.page("county")  # type: ignore[return-value]

    def apply_permissions(self) -> None:
        """A read-only account is not offered what the services would refuse (pages not yet
        built get it when they are built)."""
        for key in READ_ONLY_PAGES:
            page = self.built(key)
            if page is not None:
                page.set_read_only(self._read_only(key))

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
        households = self.built("households")
        if households is not None and households.model.total is not None:
            self._count_changed(households.model.total)

    def switch_language(self, lang: str) -> None:
        """Live switch: translators change, every widget gets LanguageChange and re-sets its
        words; service messages follow through ``ctx.lang``."""
        if lang == current_lang():
            return
        self.ctx.lang = lang
        set_language(lang)
        settings_store.LANGUAGE.set(lang)

    def set_large_font(self, large: bool) -> None:
        from ui.fonts import apply_font_size

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_font_size(app, large)
        settings_store.LARGE_FONT.set(large)

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
            self._refresh("matters")
            self._refresh("home")

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
        self.exchange.wizard.finished.connect(lambda _r: self._refresh("home"))

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
            households = self.built("households")
            self.cards.set_selection(households.selected_ids() if households else [])

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
        self.statusBar().showMessage(self.tr("Visit saved with %n matters.", "", n), 8000)
        self._refresh("home")
        self._refresh("matters")
        self._refresh("reports")
        if (households := self.built("households")) is not None:
            households.model.refresh_rows()
        self._cards_issued()  # the household's detail pane, re-read

    def _matters_changed(self) -> None:
        self.statusBar().showMessage(self.tr("Matter saved."), 5000)
        self._refresh("home")
        self._refresh("reports")

    def _cadres_changed(self) -> None:
        self._refresh("visits", "reload")
        self._refresh("matters", "reload_owners")
        self._refresh("households", "reload_choices")
        if (households := self.built("households")) is not None:
            households.model.refresh_rows()
        self._refresh("cards")
        self.statusBar().showMessage(self.tr("Cadres saved."), 5000)

    def _cards_issued(self) -> None:
        if (households := self.built("households")) is not None:
            households.detail.show_household(households.detail.household_id)

    def _exchanged(self) -> None:
        """A batch came in or went out: the figures, matters and register may have changed."""
        self._refresh("home")  # (and a pairing may have been made)
        self._refresh("supervision", "mark_stale")
        self._refresh("compare", "mark_stale")
        self._refresh("county", "mark_stale")
        self._refresh("matters")
        if (households := self.built("households")) is not None:
            households.model.refresh_rows()

    def _station_saved(self) -> None:
        self.retranslate()

    def _count_changed(self, n: int) -> None:
        self.count_label.setText(self.tr("%n households listed", "", n))

    # --- window state -------------------------------------------------------------------
    def restore_state(self) -> None:
        """The size the clerk left it at — never larger than the screen it opens on (a
        1366×768 or 1024×600 laptop: the title bar and the buttons stay reachable)."""
        geometry = settings_store.WINDOW_GEOMETRY.get()
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(DEFAULT_SIZE)
        self.fit_to_screen()
        state = settings_store.WINDOW_SPLITTER.get()
        if not state or not self.splitter.restoreState(QByteArray(state)):
            self.splitter.setSizes([self._nav_width(), self.width() - self._nav_width()])
        self.set_menu_folded(settings_store.MENU_FOLDED.get())
        # (each page restores its own column widths when it is built)

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
        settings_store.WINDOW_GEOMETRY.set(bytes(self.saveGeometry().data()))
        settings_store.WINDOW_SPLITTER.set(bytes(self.splitter.saveState().data()))
        settings_store.MENU_FOLDED.set(self.menu_folded())
        for key in STATEFUL_PAGES:
            if (page := self.built(key)) is not None:
                page.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
