from __future__ import annotations

from PySide6.QtCore import Qt

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


def test_filters_detail_pane_and_add_dialog(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from app.services import households as hh
    from ui.pages.households import HouseholdDialog

    fill_demo(village, households=80, months=2, seed=5)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    page = window.households
    with village.read() as s:
        expected = hh.count(s, hh.HouseholdFilter(not_visited_in_year=date.today().year))
    page.not_visited.setChecked(True)
    assert page.model.rowCount() == expected < 80
    page.not_visited.setChecked(False)
    page.tag.setCurrentIndex(page.tag.findData("低保户"))
    tagged = {page.model.index(r, 6).data() for r in range(page.model.rowCount())}
    assert tagged and all("低保户" in t for t in tagged)
    page.tag.setCurrentIndex(0)
    # The detail pane shows the selected household with its visits and liaison.
    hid = page.selected_id()
    assert hid is not None
    with village.read() as s:
        row = hh.get_household(s, hid)
    assert row is not None
    text = page.detail.toPlainText()
    assert row.head_name in text and "联系干部" in text and "走访" in text
    assert row.id_number not in text  # masked

    # Add a household: a wrong ID number is shown beside the ID field, the rest kept.
    dlg = HouseholdDialog(village, parent=page)
    qtbot.addWidget(dlg)
    type_text(dlg.head, "欧阳修")
    type_text(dlg.id_number, "43052519800101001")  # 17 characters
    dlg.accept()
    shown = dlg.errors.shown()
    assert list(shown) == ["id_number"] and "18位" in shown["id_number"]
    assert dlg.head.text() == "欧阳修"
    dlg.id_number.clear()
    dlg.group.setValue(2)
    dlg.accept()
    assert dlg.saved_id
    page.refresh()
    page.search.clear()
    type_text(page.search, "oyx")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.index(0, 1).data() == "欧阳修"


def test_ctrl_f_focuses_search_and_home_figures_open_lists(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from tests.ui.helpers import press

    fill_demo(village, households=60, months=3, seed=6)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "households"
    assert QApplication.focusWidget() is window.households.search
    window.show_page("home")
    qtbot.waitUntil(lambda: window.home.figures is not None, timeout=5000)
    window.home.tiles["not_visited"].click()
    assert window.current_page() == "households" and window.households.not_visited.isChecked()
    assert window.households.model.rowCount() == int(window.home.tiles["not_visited"].value)
    window.show_page("home")
    window.home.tiles["overdue"].click()
    assert window.current_page() == "matters" and window.matters.overdue.isChecked()
    assert window.matters.model.rowCount() == int(window.home.tiles["overdue"].value)


def test_each_home_figure_opens_its_list(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from app.services import matters as ms

    fill_demo(village, households=120, months=3, seed=8)
    with village.read() as s:
        hid = hh_first(s)
    due = ms.create_matter(village, ms.MatterInput(
        category="hardship", title="本周到期", household_id=hid,
        deadline=date.today() + timedelta(days=6 - date.today().weekday())))
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.home.figures is not None, timeout=5000)
    tiles = window.home.tiles
    tiles["due_week"].click()
    rows = window.matters.model.rows
    assert len(rows) == int(tiles["due_week"].value) and due in {r.id for r in rows}
    assert window.matters.only_label.text() == "正在显示本周到期的事项"
    window.matters.only_clear.click()
    assert len(window.matters.model.rows) > len(rows)
    tiles["open"].click()
    assert len(window.matters.model.rows) == int(tiles["open"].value)
    assert all(r.status != "resolved" for r in window.matters.model.rows)
    tiles["visits"].click()
    assert window.current_page() == "visits"
    diary = window.visits.diary
    assert diary.cadre.currentText() == "全部干部"
    total = sum(diary.model.item(i, 0).rowCount() for i in range(diary.model.rowCount()))
    assert total == int(tiles["visits"].value)
    # A bar of the chart opens that month's diary.
    figures = window.home.figures
    assert figures is not None
    first = figures[1].months[0]
    window.show_page("home")
    bar = window.home.chart._bars()[0]
    qtbot.mouseClick(window.home.chart, Qt.MouseButton.LeftButton, pos=bar.center().toPoint())
    assert window.current_page() == "visits"
    assert (diary.month.date().year(), diary.month.date().month()) == (first.year, first.month)
    total = sum(diary.model.item(i, 0).rowCount() for i in range(diary.model.rowCount()))
    assert total == figures[1].visits_per_month[0]


def hh_first(session) -> str:  # type: ignore[no-untyped-def]
    from app.services import households as hh

    return hh.search_ids(session, hh.HouseholdFilter(), limit=1)[0]
