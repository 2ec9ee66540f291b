"""Pages are built on first show (issue 11): the first paint pays for the home page only, and a
page built later is wired to the others exactly as if it had been built at start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.context import AppContext
from app.services.demo import fill_demo
from app.services.visits import VisitInput, record_visit
from ui.main_window import MainWindow


def test_only_home_is_built_at_start_and_others_on_first_show(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=20, months=1, seed=3)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    assert window.built("home") is not None
    assert all(window.built(k) is None for k in window.page_keys if k != "home")
    assert window.stack.count() == len(window.page_keys)
    window.show_page("matters")
    matters = window.built("matters")
    assert matters is not None
    assert window.stack.currentWidget() is matters
    assert window.stack.indexOf(matters) == window.page_keys.index("matters")
    # reached by attribute (tests, screenshots, other pages' signals) it is built too, in place
    reports = window.reports
    assert window.stack.indexOf(reports) == window.page_keys.index("reports")
    assert window.stack.currentWidget() is matters  # building a page does not switch to it
    assert window.page("reports") is reports  # built once


def test_a_page_built_late_still_refreshes_the_others(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=20, months=1, seed=3)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    window.show_page("matters")
    calls: list[str] = []
    matters = window.built("matters")
    matters.refresh = lambda: calls.append("matters")  # type: ignore[method-assign]
    window.show_page("visits")  # built now, after matters: its signal must reach matters
    visits = window.visits
    with village.read() as s:
        from sqlalchemy import select

        from models import Cadre, Household

        hh = s.execute(select(Household.id)).scalars().first()
        cadre = s.execute(select(Cadre.id)).scalars().first()
    assert hh and cadre
    saved = record_visit(village, VisitInput(household_id=hh, cadre_id=cadre, mode="home",
                                             summary="走访"))
    visits.visit_saved.emit(saved)
    assert calls == ["matters"]


def test_the_window_module_does_not_import_the_heavy_libraries() -> None:
    """openpyxl, reportlab, segno, alembic and the batch code load when a page needs them."""
    code = ("import sys; import ui.main_window; "
            "print(' '.join(m for m in ('openpyxl', 'reportlab', 'segno', 'alembic', 'sync.batch',"
            " 'pypdfium2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == ""
