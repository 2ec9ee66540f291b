"""Issue 15: an unpaired village is told so on Home from the first day of the month (not only
near month-end), the wizard is one click away, and its step count matches its steps."""

from __future__ import annotations

import re
from datetime import date

from app.context import AppContext
from ui.pages.home import HomePage
from ui.pairing_wizard import PairingWizard


def test_unpaired_warning_on_the_first_of_the_month(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = HomePage(village)
    qtbot.addWidget(page)
    clicks: list[bool] = []
    page.open_pairing.connect(lambda: clicks.append(True))
    for day in (date(2026, 12, 1), date(2026, 12, 15), date(2027, 1, 1)):
        page.today = lambda d=day: d  # type: ignore[misc]
        page.refresh()
        page.show()
        assert page.pairing_bar.isVisible(), day
    page.pairing_button.click()
    assert clicks == [True]


def test_pairing_wizard_step_count_is_right(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    wizard = PairingWizard(village)
    qtbot.addWidget(wizard)
    steps = []
    for pid in wizard.pageIds():
        m = re.search(r"(\d+)\D+(\d+)", wizard.page(pid).subTitle())
        if m:
            steps.append((int(m.group(1)), int(m.group(2))))
    # Three numbered steps, then the "Paired" page that only reports.
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert len(wizard.pageIds()) == len(steps) + 1
