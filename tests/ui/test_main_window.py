from __future__ import annotations

from app.context import AppContext
from app.services.demo import fill_demo
from tests.ui.helpers import type_text
from ui.main_window import MainWindow


def test_register_lists_households_and_search_narrows(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=120, months=2, seed=4)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    page = window.households
    assert page.model.rowCount() == 120
    first = page.model.index(0, 1).data()
    assert first
    page.search.setFocus()
    type_text(page.search, first)
    qtbot.waitUntil(lambda: page.model.rowCount() < 120, timeout=3000)
    names = {page.model.index(r, 1).data() for r in range(page.model.rowCount())}
    assert all(n.startswith(first) for n in names)
    # ID numbers are masked in the list
    idn = page.model.index(0, 2).data()
    assert "****" in idn
