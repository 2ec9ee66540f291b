"""The window fits the laptop (issue 15): never larger than the screen's available area, a side
menu that folds away, its size remembered, and the register's count only on the register."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QPushButton, QScrollArea

from app.context import AppContext
from app.services.demo import fill_demo
from tests.ui.helpers import press
from ui.main_window import MainWindow


def test_opens_within_a_small_screen_and_remembers_its_size(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.fit_to_screen(QRect(0, 0, 1024, 600))
    assert window.width() <= 1024 and window.height() <= 600
    window.resize(700, 500)  # (the offscreen screen is 800×600)
    window.save_state()
    again = MainWindow(village)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    assert QSettings().value("main/geometry") is not None


def test_side_menu_folds_away_and_stays_folded(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.nav.isVisible()
    press(window, Qt.Key.Key_F9)
    assert window.menu_folded() and not window.nav.isVisible()
    press(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # pages still switch
    assert window.current_page() == "households"
    window.save_state()
    again = MainWindow(village)
    qtbot.addWidget(again)
    assert again.menu_folded()
    again.menu_button.click()
    assert not again.menu_folded()


def test_at_1024x600_no_button_of_a_main_page_is_clipped(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=60, months=2, seed=2)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    for key in ("home", "households", "visits", "matters", "cadres", "reports", "settings"):
        window.show_page(key)
        qtbot.wait(30)
        page = window.pages[key]
        for button in page.findChildren(QPushButton):
            if not button.isVisibleTo(page) or button.text() in ("", "✕"):
                continue
            parent, scrolled = button.parentWidget(), False
            while parent is not None and parent is not page:
                scrolled = scrolled or isinstance(parent, QScrollArea)
                parent = parent.parentWidget()
            if scrolled:  # reached by scrolling, not clipped
                continue
            top_left = button.mapTo(window, button.rect().topLeft())
            bottom_right = button.mapTo(window, button.rect().bottomRight())
            inside = window.rect().contains(top_left) and window.rect().contains(bottom_right)
            assert inside, (key, button.text())
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()), (
                key, button.text())


def test_households_listed_shows_only_on_the_register(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(village, households=30, months=1, seed=2)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("home")
    assert window.count_label.isHidden()
    window.show_page("households")
    assert window.count_label.isVisible() and "30" in window.count_label.text()
    window.show_page("visits")
    assert window.count_label.isHidden()


def test_township_cadres_list_names_and_filters_the_village(qtbot, township: AppContext) -> None:  # type: ignore[no-untyped-def]
    from app.services.cadres import CadreInput, add_cadre
    from ui.pages.cadres import CadresPage

    add_cadre(township, CadreInput(name="刘一", village_code="430525101201"))
    add_cadre(township, CadreInput(name="陈二", village_code="430525101202"))
    page = CadresPage(township)
    qtbot.addWidget(page)
    model = page.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "村"
    rows = {(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())}
    assert rows == {("石江村", "刘一"), ("黄桥村", "陈二")}
    assert not page.village.isHidden()
    page.village.setCurrentIndex(page.village.findData("430525101202"))
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["陈二"]


def test_a_village_cadres_list_has_no_village_column(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.cadres import CadresPage

    page = CadresPage(village)
    qtbot.addWidget(page)
    assert page.model.columnCount() == 4 and page.village.isHidden()


def test_qts_own_dialogs_speak_chinese_from_the_shipped_catalogue(qtbot) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from PySide6.QtWidgets import QDialogButtonBox

    from app.paths import resource_path
    from ui.i18n import set_language

    shipped = Path(resource_path("translations", "qtbase_zh_CN.qm"))
    assert shipped.is_file() and shipped.stat().st_size > 10_000
    spec = (Path(__file__).resolve().parents[2] / "build_installer.spec").read_text("utf-8")
    assert '"translations"' in spec  # the bundle carries resources/translations
    set_language("zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert any("取消" in t for t in texts) and any("保存" in t for t in texts), texts
