"""Month-end without surprises (issue 15): Reports opens on the month being closed — the latest
month whose ledger is not saved yet, the month in progress counting from its last three days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.context import AppContext
from app.services.stats import Month
from ui.pages.reports import ReportsPage, month_to_close, remember_ledger, saved_ledgers


def test_the_month_being_closed() -> None:
    assert month_to_close(date(2026, 11, 30), set()) == Month(2026, 11)
    assert month_to_close(date(2026, 11, 28), set()) == Month(2026, 11)  # last three days
    assert month_to_close(date(2026, 11, 27), set()) == Month(2026, 10)
    assert month_to_close(date(2026, 12, 2), set()) == Month(2026, 11)
    assert month_to_close(date(2026, 12, 2), {"2026-11"}) == Month(2026, 12)
    assert month_to_close(date(2027, 1, 5), set()) == Month(2026, 12)
    assert month_to_close(date(2026, 2, 26), set()) == Month(2026, 2)  # 28-day February


def test_reports_opens_on_it_and_a_saved_ledger_moves_it_on(qtbot, village: AppContext,
                                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = month_to_close(date.today(), set())
    page = ReportsPage(village)
    qtbot.addWidget(page)
    assert page.chosen_month() == expected
    page.month.setDate(page.month.date().addMonths(0))
    page.save_ledger(tmp_path / "ledger.xlsx")
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert (tmp_path / "ledger.xlsx").exists()
    assert str(expected) in saved_ledgers(village.station_code)
    again = ReportsPage(village)
    qtbot.addWidget(again)
    assert again.chosen_month() == month_to_close(date.today(), {str(expected)})
    remember_ledger(village.station_code, Month(2020, 1))
    assert {"2020-01", str(expected)} <= saved_ledgers(village.station_code)


def test_sign_in_names_the_station_and_remembers_the_last_user(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from app.services import users
    from ui.login_dialog import LoginDialog

    users.create_user(village, "li", "secret-1", "administrator")
    first = LoginDialog(village.store)
    qtbot.addWidget(first)
    assert "430525" in first.station.text() or village.station_code in first.station.text()
    assert first.name.text() == ""
    first.name.setText("li")
    first.password.setText("secret-1")
    first.accept()
    assert first.context is not None and first.context.actor == "li"
    again = LoginDialog(village.store)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.name.text() == "li"  # only the password is left to type
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.password, timeout=2000)


def test_home_warns_an_unpaired_village_with_the_wizard_one_click_away(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.pairing_wizard import PairingWizard

    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    home = window.home
    assert home.pairing_bar.isVisible() and "乡镇" in home.pairing_warning.text()
    home.pairing_button.click()
    assert window.current_page() == "exchange"
    wizard = window.exchange.wizard
    assert isinstance(wizard, PairingWizard) and wizard.isVisible()
    wizard.reject()


def test_a_township_gets_no_pairing_warning(qtbot, township: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.home import HomePage

    page = HomePage(township)
    qtbot.addWidget(page)
    page.show()
    assert page.pairing_bar.isHidden()


def test_a_usb_stick_plugged_in_shows_up_by_itself(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from sync.drives import Volume
    from ui.pages.exchange import DrivePicker

    mounted: list[Volume] = [Volume("/", "root", "ext4", 10**10, 10**11, is_root=True)]
    picker = DrivePicker(str(tmp_path / "station.sqlite3"))
    picker.volumes_source = lambda: list(mounted)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.scan()
    assert picker.folder() is None  # nothing to write to yet
    assert picker.watch.isActive()
    mounted.append(Volume("/media/clerk/KINGSTON", "KINGSTON", "vfat", 8 * 10**9, 16 * 10**9))
    # no button pressed: the timer's poll finds the stick
    qtbot.waitUntil(lambda: picker.folder() == Path("/media/clerk/KINGSTON"), timeout=5000)
    assert "KINGSTON" in picker.combo.currentText()
    mounted.pop()
    qtbot.waitUntil(lambda: picker.folder() is None, timeout=5000)
