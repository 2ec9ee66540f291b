"""The Plans page: many items typed quickly, approve, check off with the reason, carry an
unfinished item into next month — real widgets on a real file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.context import AppContext
from app.services import households as hh
from app.services import plans as ps
from app.services.cadres import CadreInput, add_cadre, assign
from app.services.users import create_user, login
from tests.ui.helpers import press, type_text
from ui.pages.plans import PlansPage


def _setup(ctx: AppContext) -> str:
    cadre = add_cadre(ctx, CadreInput(name="刘书记", title="村党支部书记", is_leader=True))
    house = hh.add_household(ctx, hh.HouseholdInput(head_name="张三", group_number=1))
    assign(ctx, cadre, [house], start=date(2025, 1, 1))
    return cadre


def test_keyboard_entry_approve_check_off_carry(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    cadre = _setup(village)
    page = PlansPage(village)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert page.entry_cadre.currentData() == cadre
    page.entry.setFocus()
    type_text(page.entry, "visit group 1")
    press(page.entry, Qt.Key.Key_Return)
    type_text(page.entry, "mediate the dispute")
    press(page.entry, Qt.Key.Key_Return)
    type_text(page.entry, "repair the road")
    press(page.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.entry.toPlainText() == ""  # added, the box is ready for the next cadre
    assert [r.text for r in page.model.rows] == ["visit group 1", "mediate the dispute",
                                                 "repair the road"]
    assert page.model.data(page.model.index(0, 3)) == "待审定"
    page.select_rows([0, 1, 2])
    assert page.approve_btn.isEnabled()
    assert page.approve_selected()
    assert {r.status for r in page.model.rows} == {"approved"}
    page.select_rows([0])
    assert page.close_selected(True, "done: 12 households")
    page.select_rows([1])
    assert page.close_selected(False, "the family was away")
    # checking the same item off again is refused with the service's sentence, nothing changes
    page.select_rows([1])
    assert not page.done_btn.isEnabled()
    assert not page.close_selected(True) or page.model.rows[1].status == "not_done"
    page.select_rows([1])
    assert page.carry_btn.isEnabled()
    assert page.carry_selected()
    nxt = ps.next_month(ps.Month(date.today().year, date.today().month))
    carried = ps.list_items(village, nxt)
    assert [r.text for r in carried] == ["mediate the dispute"]
    assert page.summary.text() == "3 项工作，完成 1 项，销号率 33%"
    page.select_rows([0])
    assert page.confirm_btn.isEnabled() and page.confirm_selected()
    assert page.model.rows[0].confirmed_by == "clerk"
    page.grab().save("/tmp/plans-page-test.png")


def test_a_clerk_cannot_approve_or_assign(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    cadre = _setup(village)
    create_user(village, "boss", "secret-1", "administrator")
    create_user(village, "clerk1", "secret-2", "clerk")
    clerk = login(village.store, "clerk1", "secret-2")
    ps.add_item(clerk, cadre, date.today().strftime("%Y-%m"), "走访")
    page = PlansPage(clerk)
    qtbot.addWidget(page)
    page.show()
    page.select_rows([0])
    assert not page.approve_btn.isEnabled() and not page.assigned.isEnabled()
    assert page.done_btn.isEnabled()
    assert "管理员" in page.approve_btn.toolTip()


def test_a_refusal_is_shown_as_a_sentence(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    cadre = _setup(village)
    page = PlansPage(village)
    qtbot.addWidget(page)
    page.show()
    # next month's item cannot be checked off yet
    page.entry_month.setCurrentIndex(1)
    page.entry.setPlainText("next month's work")
    assert page.add_entered()
    assert page.month.currentData() == page.entry_month.currentData()
    page.select_rows([0])
    assert not page.close_selected(True)
    assert page.error.isVisible() and "尚未开始" in page.error.text()
    assert ps.list_items(village, page.month.currentData(), cadre)[0].status == "planned"


def test_language_switch(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import set_language

    _setup(village)
    page = PlansPage(village)
    qtbot.addWidget(page)
    assert page.title.text() == "工作计划（预安销号）"
    set_language("en")
    qtbot.waitUntil(lambda: page.title.text() == "Work plans (预安销号)")  # a posted event
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Plan item"
