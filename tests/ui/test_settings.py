"""Settings: station details saved (and refused beside the field), larger text, window layout
remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.services.station import station_info
from tests.ui.helpers import type_text
from ui.fonts import LARGE_PT, NORMAL_PT
from ui.main_window import MainWindow


def test_station_details_and_larger_text(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(village)
    qtbot.addWidget(window)
    page = window.settings_page
    type_text(page.office_days, "周一至周五")
    type_text(page.hotline, "12345")
    page.save_button.click()
    assert "phone" in page.errors.shown()
    assert station_info(village).office_days == ""  # nothing half-written
    page.hotline.clear()
    type_text(page.hotline, "0739-7221234")
    page.save_button.click()
    info = station_info(village)
    assert (info.office_days, info.hotline) == ("周一至周五", "0739-7221234")
    assert page.saved_label.text() == "已保存。"

    page.large_font.setChecked(True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.font().pointSize() == LARGE_PT
    assert QSettings().value("view/large_font", type=bool) is True
    page.large_font.setChecked(False)
    assert app.font().pointSize() == NORMAL_PT


def test_window_layout_is_remembered(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(village)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)
    first.show_page("households")
    first.households.splitter.setSizes([500, 100])
    wanted = first.households.splitter.sizes()
    size = (first.width(), first.height())
    assert size != (1280, 800)  # not the default size
    first.close()  # saves geometry and splitters
    second = MainWindow(village)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    second.show_page("households")
    assert second.households.splitter.sizes() == wanted
