"""The county desk in the window (issue 14): offered on a county only, townships ranked, the
chosen township's villages below, overdue matters per township; rendered at 1024x600 in both
languages (``MINQING_COUNTY_SHOTS=DIR`` keeps the PNGs)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.context import AppContext
from tests.sync.test_county import T1, T2, build_county, fill_county
from ui.main_window import PAGES, MainWindow
from ui.pages.county import CountyPage


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from ui.fonts import install_app_font
    from ui.i18n import set_language

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    qapp.setOrganizationName("MinqingTest")
    qapp.setApplicationName("MinqingTest")
    install_app_font(qapp)
    set_language("zh_CN")
    yield
    set_language("zh_CN")


def _keys(w: MainWindow) -> list[str]:
    return [PAGES[i] for i in range(w.nav.count())]


def test_county_page_ranks_townships_and_shows_their_villages(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import set_language

    w = build_county(tmp_path)
    try:
        fill_county(w)
        page = CountyPage(w.county)
        qtbot.addWidget(page)
        page.show()
        assert [t.code for t in page.towns.rows] and {t.code for t in page.towns.rows} == {T1, T2}
        assert sorted(t.rank for t in page.towns.rows) == [1, 2]
        assert page.towns.rows[-1].bottom
        first = page.selected()
        assert first is not None
        assert {v.code[:9] for v in page.villages.rows} == {first.code}
        row = [t.code for t in page.towns.rows].index(T1)
        page.town_table.selectRow(row)
        assert len(page.villages.rows) == 2 and "石江镇" in page.tabs.tabText(0)
        assert page.overdue.rowCount() == 2
        assert "2" in page.summary.text()
        window = MainWindow(w.county)
        qtbot.addWidget(window)
        assert "county" in _keys(window) and "compare" in _keys(window)
        shots = Path(os.environ.get("MINQING_COUNTY_SHOTS", tmp_path / "shots"))
        shots.mkdir(parents=True, exist_ok=True)
        window.resize(1024, 600)
        window.show()
        window.show_page("county")
        for lang in ("zh_CN", "en"):
            set_language(lang)
            qtbot.wait(50)
            assert window.grab().save(str(shots / f"county-{lang}.png"))
        assert page.title.text() == "County desk: townships compared"
        set_language("zh_CN")
        qtbot.wait(50)
        assert window.county.title.text() == "县级督导台：各乡镇比较"
    finally:
        w.close()


def test_desk_pages_are_not_offered_on_a_village_or_township(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = build_county(tmp_path)
    try:
        for ctx in (next(iter(w.villages.values())), w.townships[T1]):
            assert isinstance(ctx, AppContext)
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            assert "county" not in _keys(window)
    finally:
        w.close()
