"""A third language is files only, and every text the window shows goes through ``tr()``.

At test time a pseudo-locale ``qps`` is made from the shipped catalogue: every source string
wrapped as ``⟦…⟧`` (``%n``, ``%1`` and ``&`` accelerators kept inside), compiled to
``minqing_qps.qm`` in a temporary folder named by ``MINQING_TRANSLATIONS_DIR``. The window is
switched to it live and every page (village, township, county) and the main dialogs are visited:
every visible label, button, group title, tab, header, window title, menu and action text must
be wrapped, or be data (tooltips, placeholders, combo entries, the first table rows and a
button's menu entries too).

What counts as data (the rule): after removing every ``⟦…⟧`` (nested too), HTML tags, dates
and the test's own data words (user names, file paths), no run of two or more Latin letters may
be left. Names from the database and the vocabulary labels and service messages of ``app.i18n``
(the "gettext" catalogue, Chinese for a language it does not know) carry no Latin letters; an
English string that skipped ``tr()`` always does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from app.context import AppContext
from app.paths import resource_path
from app.services.demo import fill_demo
from ui.i18n import TRANSLATIONS_ENV, current_lang, languages, set_language
from ui.main_window import PAGES, MainWindow

PSEUDO = "qps"  # Windows' code for its pseudo-locale; Qt knows no such language
OPEN, CLOSE = "⟦", "⟧"
_INNER = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAGS = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;")
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_DATES = re.compile(rf"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?(?:\d{{1,2}} )?(?:{_MONTHS}) \d{{4}}\b")
_LATIN = re.compile(r"[A-Za-z]{2,}")


# Qt's own words (dialog buttons) come from Qt's catalogue, qtbase_<lang>.qm: the pseudo-locale
# gets one too, found in the same folder.
QT_WORDS = {
    "QPlatformTheme": ("OK", "Save", "Cancel", "Close", "Yes", "No", "Apply", "Reset", "Help",
                       "Discard", "Open", "Save All", "Abort", "Retry", "Ignore",
                       "Restore Defaults", "&Yes", "&No", "&OK", "&Save", "&Cancel", "&Close",
                       "Yes to &All", "N&o to All", "Don't Save", "Close without Saving"),
    "QWizard": ("< &Back", "&Next >", "&Finish", "Cancel", "&Help", "Go Back", "Continue",
                "Commit", "Done", "Help"),
}


def _compile(ts: Path) -> Path:
    lrelease = shutil.which("pyside6-lrelease")
    assert lrelease
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def make_qt_pseudo(folder: Path) -> Path:
    root = ET.Element("TS", version="2.1", language=PSEUDO)
    for name, words in QT_WORDS.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for word in words:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = word
            ET.SubElement(msg, "translation").text = OPEN + word + CLOSE
    ts = folder / f"qtbase_{PSEUDO}.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    return _compile(ts)


def make_pseudo(folder: Path) -> Path:
    """``minqing_qps.ts`` → ``.qm`` in ``folder``: every shipped message, wrapped."""
    tree = ET.parse(resource_path("translations", "minqing_zh_CN.ts"))
    root = tree.getroot()
    root.set("language", PSEUDO)
    root.set("sourcelanguage", "en")
    for msg in root.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if msg.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = OPEN + src + CLOSE
        else:
            tr.text = OPEN + src + CLOSE
    ts = folder / f"minqing_{PSEUDO}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return _compile(ts)


def unwrapped(text: str, data: Iterable[str] = ()) -> list[str]:
    """The Latin words of ``text`` outside every ``⟦…⟧``: empty when all of it is translated or
    data (see the module docstring)."""
    rest = text
    while True:
        stripped = _INNER.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    rest = _TAGS.sub(" ", rest)
    rest = _DATES.sub(" ", rest)
    for word in sorted(data, key=len, reverse=True):
        if word:
            rest = rest.replace(word, " ")
    return _LATIN.findall(rest)


def _columns(model: QAbstractItemModel) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, its columnCount is private in PySide
        return 1


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user sees on ``top`` now."""
    out: list[tuple[str, str]] = [("window title", top.windowTitle())]
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        name = f"{type(w).__name__} {w.objectName()}".strip()
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QLineEdit) and not w.text():
            out.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out += [(f"{name} item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            out += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QListWidget) and w.objectName() == "navigation":
            out += [(f"{name} item", w.item(i).text()) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            header = getattr(w, "horizontalHeader", None)
            if header is not None and header().isVisible():
                out += [(f"{name} header", str(model.headerData(
                    c, Qt.Orientation.Horizontal) or "")) for c in range(_columns(model))]
            # The first rows' cells: mostly data, but words such as "none yet" are the page's.
            out += [(f"{name} cell", str(model.index(r, c).data() or ""))
                    for r in range(min(model.rowCount(QModelIndex()), 5)) for c in range(_columns(model))]
        menu = w.menu() if isinstance(w, (QPushButton, QToolButton)) else None
        if menu is not None:  # a button's menu (☰): its entries, though not popped up now
            out += [(f"{name} menu entry", a.text()) for a in menu.actions()
                    if a.isVisible() and not a.isSeparator()]
        if w.toolTip():
            out.append((f"{name} tooltip", w.toolTip()))
        for action in w.actions():
            if action.isVisible() and not action.isSeparator():
                out.append((f"{name} action", action.text()))
        if isinstance(w, QMenu):
            out.append((f"{name} menu", w.title()))
    return [(where, text) for where, text in out if text]


def problems(top: QWidget, data: Iterable[str]) -> list[str]:
    data = list(data)
    return [f"{where}: {text!r}" for where, text in visible_texts(top)
            if unwrapped(text, data)]


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


@pytest.fixture
def pseudo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    folder = tmp_path / "translations"
    folder.mkdir()
    make_pseudo(folder)
    make_qt_pseudo(folder)
    monkeypatch.setenv(TRANSLATIONS_ENV, str(folder))
    yield PSEUDO
    set_language("zh_CN")


def _data(ctx: AppContext, tmp_path: Path) -> list[str]:
    """Data words: the user's name, file paths, and the languages' own names (English,
    简体中文, or the code of a language Qt does not know), shown untranslated on purpose."""
    return [ctx.actor, str(tmp_path), os.path.basename(ctx.store.path or ""),
            *(name for _code, name in languages())]


def _visit_pages(qtbot, window: MainWindow, data: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    found: list[str] = []
    for key in window.page_keys:
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(lambda p=page: p.isVisible(), timeout=5000)
        settle()
        texts = visible_texts(page)
        # The page really is there, in the pseudo-locale: its words are wrapped.
        assert sum(OPEN in text for _, text in texts) >= 3, (key, texts)
        found += [f"[{key}] {p}" for p in problems(window, data)]
    return found


def test_pseudo_locale_is_files_only(pseudo: str) -> None:
    """The language list comes from the files: the pseudo-locale is offered with no code."""
    codes = [c for c, _ in languages()]
    assert codes[0] == "zh_CN" and "en" in codes and pseudo in codes
    set_language(pseudo)
    assert current_lang() == pseudo
    assert QCoreApplication.translate("MainWindow", "Households") == "⟦Households⟧"
    assert QCoreApplication.translate("HouseholdsPage", "%n households", "", 3) \
        == "⟦3 households⟧"


def test_every_village_screen_is_translated(qtbot, village: AppContext, pseudo: str,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    fill_demo(village, households=40, months=2, seed=4)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.settings_page
    index = page.language.findData(pseudo)
    assert index >= 0, "the Settings page offers every language with a catalogue"
    page.language.setCurrentIndex(index)  # the live switch, as a clerk does it
    assert current_lang() == pseudo
    qtbot.waitUntil(lambda: window.nav.item(0).text().startswith(OPEN), timeout=5000)
    data = _data(village, tmp_path)
    found = _visit_pages(qtbot, window, data)
    found += _dialogs(qtbot, window, village, data)
    assert not found, "texts not through tr():\n" + "\n".join(found)


def _dialogs(qtbot, window: MainWindow, ctx: AppContext, data: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    from app.store import open_store
    from ui.import_dialog import ImportDialog
    from ui.login_dialog import FirstAccountDialog, LoginDialog
    from ui.pages.accounts import AccountDialog
    from ui.pages.events import EventDialog
    from ui.pages.households import HouseholdDialog
    from ui.pairing_wizard import PairingWizard
    from ui.wizard import SetupWizard

    fresh = open_store(Path(ctx.store.path).with_name("fresh.sqlite3"))
    cards = Path(ctx.store.path).with_name("cards")
    cards.mkdir()
    found: list[str] = []
    try:
        for make in (lambda: HouseholdDialog(ctx, parent=window),
                     lambda: EventDialog(ctx, window),
                     lambda: ImportDialog(ctx, window),
                     lambda: AccountDialog(ctx, window),
                     lambda: FirstAccountDialog(ctx),
                     lambda: LoginDialog(ctx.store, ctx.lang),
                     lambda: PairingWizard(ctx, cards),
                     lambda: SetupWizard(fresh)):
            dlg: QDialog = make()
            dlg.show()
            settle()
            assert sum(OPEN in text for _, text in visible_texts(dlg)) >= 2, type(dlg)
            found += [f"[{type(dlg).__name__}] {p}" for p in problems(dlg, data)]
            dlg.reject()
            dlg.deleteLater()
            settle()
    finally:
        fresh.close()
    return found


def test_every_township_screen_is_translated(qtbot, township: AppContext, pseudo: str,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    fill_demo(township, households=40, months=2, seed=3)
    set_language(pseudo)
    township.lang = pseudo
    window = MainWindow(township)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert {"supervision", "compare"} <= set(window.page_keys)
    found = _visit_pages(qtbot, window, _data(township, tmp_path))
    assert not found, "texts not through tr():\n" + "\n".join(found)


def test_the_check_catches_a_string_not_through_tr(qtbot, village: AppContext,  # type: ignore[no-untyped-def]
                                                   pseudo: str, tmp_path: Path) -> None:
    """The check can fail: a label set from a bare English literal is reported, wrapped text,
    dates, Chinese data and the user's name are not."""
    set_language(pseudo)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    window.show_page("home")
    home = window.page("home")
    bad = QLabel("Matters overdue", home)
    bad.show()
    fine = QLabel("⟦Visits⟧ 12 · 4 Dec 2026 · 石江村 · clerk · ⟦%1 of ⟦3 days⟧⟧", home)
    fine.show()
    settle()
    found = problems(window, _data(village, tmp_path))
    assert any("Matters overdue" in p for p in found)
    assert not any("石江村" in p for p in found)
    assert unwrapped("⟦Save (Ctrl+S)⟧") == []
    assert unwrapped("Saved to ⟦x⟧") == ["Saved", "to"]


def test_every_county_screen_is_translated(qtbot, tmp_path: Path, pseudo: str) -> None:  # type: ignore[no-untyped-def]
    from app.services.station import init_station
    from app.store import open_store

    store = open_store(tmp_path / "county.sqlite3")
    init_station(store, kind="county", code="430525", name="洞口县")
    ctx = AppContext(store, actor="county-clerk", lang=pseudo)
    try:
        set_language(pseudo)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        assert list(window.page_keys) == list(PAGES)  # every page of the window
        found = _visit_pages(qtbot, window, _data(ctx, tmp_path))
        window.close()
        assert not found, "texts not through tr():\n" + "\n".join(found)
    finally:
        window.deleteLater()
        QCoreApplication.processEvents()
        store.close()
