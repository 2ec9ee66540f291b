"""The Events page under pytest-qt: list by month, the event form with households picked by
group, matters raised (one settled on the spot), refusals shown, boxes tab, duties on Home."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLineEdit

from app.context import AppContext
from app.services import events
from app.services.households import HouseholdInput, add_household
from app.services.stats import Month
from ui.duties_panel import DutiesPanel
from ui.pages.events import EventDialog, EventsPage


def _households(ctx: AppContext) -> None:
    for name, g in (("张三", 1), ("李四", 1), ("王五", 2)):
        add_household(ctx, HouseholdInput(head_name=name, group_number=g))


def test_event_form_picks_a_group_and_saves_matters(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    _households(village)
    dlg = EventDialog(village)
    qtbot.addWidget(dlg)
    dlg.group.setCurrentIndex(1)  # 第1组
    assert dlg.households.count() == 2
    dlg.tick_all.click()
    assert len(dlg.picked) == 2
    dlg.group.setCurrentIndex(0)  # the ticks survive listing another group
    assert dlg.households.count() == 3 and len(dlg.picked) == 2
    dlg.title_edit.setText("联合办公")
    dlg.hours.setValue(30)
    dlg.save()
    assert dlg.saved is None and "30" in dlg.error.text()
    dlg.hours.setValue(8)
    dlg.add_matter_row()
    title, spot, result = (dlg.matters.cellWidget(0, i) for i in (1, 2, 3))
    assert isinstance(title, QLineEdit) and isinstance(spot, QCheckBox)
    assert isinstance(result, QLineEdit)
    title.setText("补办证件")
    spot.setChecked(True)
    result.setText("当场受理")
    dlg.save()
    assert dlg.saved is not None and len(dlg.saved.matter_ids) == 1
    detail = events.get_event(village, dlg.saved.event_id)
    assert detail is not None and detail.row.households == 2 and detail.row.on_spot == 1


def test_page_lists_the_month_and_shows_figures(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    _households(village)
    events.record_event(village, events.EventInput(kind="analysis", start_date=date(2026, 6, 3),
                                                   title="六月分析会"))
    page = EventsPage(village)
    qtbot.addWidget(page)
    page.month.setDate(QDate(2026, 6, 1))
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 2)) == "六月分析会"
    assert page.model.data(page.model.index(0, 1)) == "社情民意分析会"
    assert "1" in page.summary.text()
    page.month.setDate(QDate(2026, 5, 1))
    assert page.model.rowCount() == 0
    page.resize(1000, 600)
    page.show()
    page.grab().save("/tmp/events_page.png")


def test_boxes_tab_adds_and_opens(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    _households(village)
    page = EventsPage(village)
    qtbot.addWidget(page)
    tab = page.boxes
    tab.group.setText("9")
    tab.place.setText("x")
    tab.add.click()
    assert tab.table.rowCount() == 0 and "9" in tab.error.text()
    tab.group.setText("1")
    tab.place.setText("村部门口")
    tab.add.click()
    assert tab.table.rowCount() == 1 and "第2组" in tab.missing.text()
    tab.table.setCurrentCell(0, 0)
    tab.slips.setValue(3)
    tab.open_btn.click()
    assert tab.table.item(0, 4).text() == "1"


def test_duties_panel_on_home_lists_every_duty(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    panel = DutiesPanel(village)
    qtbot.addWidget(panel)
    assert len(panel.lines) == 6
    assert "联合办公" in panel.body.text()
    today = date.today()
    events.record_event(village, events.EventInput(kind="analysis", start_date=today,
                                                   title="分析会"))
    panel.refresh()
    assert any("分析会" in ln and "已完成" in ln for ln in panel.lines)
    assert Month(today.year, today.month)



def test_read_only_account_is_not_offered_new_gatherings(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = EventsPage(AppContext(village.store, actor="viewer", role="read_only"))
    qtbot.addWidget(page)
    page.set_read_only(True)
    assert not page.new.isEnabled() and not page.boxes.add.isEnabled()
