"""W5 through the window: a visit and the matters it raised, typed and saved with the keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.context import AppContext
from app.services import households as hh
from app.services.cadres import CadreInput, add_cadre
from app.services.matters import default_deadline
from models import Matter, Visit
from tests.ui.helpers import press, type_text
from tests.ui.modal import answer_modal, no_stale_modal_answers  # noqa: F401
from ui.main_window import MainWindow


def _station(ctx: AppContext) -> tuple[str, str]:
    cadre = add_cadre(ctx, CadreInput(name="李红梅", phone="13800001111", title="村文书"))
    target = hh.add_household(ctx, hh.HouseholdInput(head_name="张三丰", group_number=3,
                                                     phone="13912345678"))
    hh.add_household(ctx, hh.HouseholdInput(head_name="王五", group_number=1))
    return cadre, target


def _yes(box: object) -> None:
    """Answer "clear" in the visit form's question."""
    from PySide6.QtWidgets import QMessageBox

    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "清空").click()


def _window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_record_visit_with_two_matters_by_keyboard(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    cadre, target = _station(village)
    window = _window(qtbot, village)
    window.show_page("home")
    press(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.visits.form
    assert window.current_page() == "visits"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.picker.edit)
    type_text(form.picker.edit, "zsf")
    qtbot.waitUntil(lambda: form.picker.results.isVisible(), timeout=2000)
    press(form.picker.edit, Qt.Key.Key_Return)
    assert form.picker.household_id == target
    assert QApplication.focusWidget() in (form.date, form.date.focusProxy())  # on to the next
    assert form.date.date().toPython() == date.today()
    form.summary.setFocus()
    type_text(form.summary, "屋后排水沟堵塞，老人行动不便")
    press(form.summary, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert len(form.matters) == 1
    first = form.matters[0]
    press(first.category, Qt.Key.Key_Down)  # dispute → hardship
    assert first.category.currentData() == "hardship"
    first.title.setFocus()
    type_text(first.title, "排水沟需疏通")
    press(first.title, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    second = form.matters[1]
    second.title.setFocus()
    type_text(second.title, "申请临时救助")
    press(second.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    with village.read() as s:
        visits = s.execute(select(Visit)).scalars().all()
        matters = s.execute(select(Matter).order_by(Matter.title)).scalars().all()
    assert len(visits) == 1
    v = visits[0]
    assert (v.household_id, v.cadre_id, v.visit_date, v.mode) == (target, cadre, date.today(),
                                                                  "home")
    assert v.summary == "屋后排水沟堵塞，老人行动不便"
    assert {(m.title, m.category) for m in matters} == {("排水沟需疏通", "hardship"),
                                                        ("申请临时救助", "dispute")}
    for m in matters:
        assert m.visit_id == v.id and m.household_id == target and m.owner_cadre_id == cadre
        assert m.deadline == default_deadline(m.category, date.today())[0]
    # The form is ready for the next visit, the diary shows the day.
    assert form.matters == [] and form.picker.household_id is None
    assert window.visits.diary.model.rowCount() == 1
    assert window.statusBar().currentMessage() == "走访已保存，含 2 件事项。"


def test_wrong_input_is_shown_beside_its_field_and_nothing_is_lost(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    _station(village)
    window = _window(qtbot, village)
    window.new_visit()
    form = window.visits.form
    type_text(form.picker.edit, "赵钱孙")  # no such household
    form.summary.setFocus()
    type_text(form.summary, "邻里纠纷")
    form.add_matter()  # a matter with no title
    form.save_button.click()
    errors = form.errors.shown()
    assert "household" in errors and "赵钱孙" in errors["household"]
    assert form.picker.edit.text() == "赵钱孙"
    assert form.summary.toPlainText() == "邻里纠纷"
    # Fix the household; now the matter's missing title is reported on the matter's row.
    form.picker.edit.clear()
    type_text(form.picker.edit, "ww")
    qtbot.waitUntil(lambda: form.picker.results.isVisible(), timeout=2000)
    press(form.picker.edit, Qt.Key.Key_Return)
    form.save_button.click()
    shown = form.matters[0].errors.shown()
    assert list(shown) == ["title"] and "不能为空" in shown["title"]
    assert form.matters[0].errors.labels["title"].isVisible()
    with village.read() as s:
        assert s.execute(select(Visit)).first() is None
    # A deadline before the visit date is refused beside the deadline.
    entry = form.matters[0]
    type_text(entry.title, "修路")
    entry.deadline.setDate(entry.deadline.date().addYears(-2))
    form.save_button.click()
    assert "deadline" in entry.errors.shown()
    with village.read() as s:
        assert s.execute(select(Visit)).first() is None


def test_escape_clears_and_deadline_follows_category(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    _station(village)
    window = _window(qtbot, village)
    form = window.visits.form
    entry = form.add_matter()
    entry.category.setCurrentIndex(entry.category.findData("proxy_enquiry"))
    assert entry.deadline.date().toPython() == default_deadline("proxy_enquiry",
                                                                 date.today())[0]
    form.summary.setPlainText("x")
    answer_modal(_yes)
    press(form.summary, Qt.Key.Key_Escape)  # text typed: it asks first (issue 15)
    assert form.matters == [] and form.summary.toPlainText() == ""


def test_tab_walks_the_form_in_order(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    _station(village)
    window = _window(qtbot, village)
    window.new_visit()
    form = window.visits.form
    entry = form.add_matter()
    qtbot.waitUntil(entry.isVisible)  # a widget added to a shown form appears on the next loop
    form.picker.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.picker.edit)
    order = [form.date, form.mode, form.cadre, form.summary, entry.category, entry.title,
             entry.deadline, entry.urgency, form.add_matter_button]
    for expected in order:
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is expected or focused.parent() is expected, (order.index(expected), focused)


def test_walk_in_has_its_own_dialog_and_the_visit_form_keeps_its_mode(  # type: ignore[no-untyped-def]
        qtbot, village: AppContext) -> None:
    """A phone call comes in while a home visit is half typed: the matter goes in through its
    own dialog, and the visit form still holds its mode and text afterwards."""
    from app.services.matters import list_matters
    from tests.ui.modal import answer_modal
    from ui.walk_in_dialog import WalkInDialog

    cadre, target = _station(village)
    window = _window(qtbot, village)
    form = window.visits.form
    window.show_page("visits")
    form.mode.setCurrentIndex(form.mode.findData("home"))
    form.summary.setPlainText("half-typed visit notes")

    def fill(dialog: object) -> None:
        assert isinstance(dialog, WalkInDialog)
        dialog.picker.household_id = target
        dialog.mode.setCurrentIndex(dialog.mode.findData("phone"))
        dialog.cadre.setCurrentIndex(dialog.cadre.findData(cadre))
        dialog.urgency.setCurrentIndex(dialog.urgency.findData("urgent"))
        dialog.entry.title.setText("road lamp broken")
        dialog.save()

    seen = answer_modal(fill)
    window.show_page("matters")
    window.matters.new_button.click()
    assert seen and isinstance(seen[0], WalkInDialog)
    assert form.mode.currentData() == "home"
    assert form.summary.toPlainText() == "half-typed visit notes"
    with village.read() as s:
        rows = [m for m in list_matters(s) if m.title == "road lamp broken"]
    assert len(rows) == 1 and rows[0].urgency == "urgent" and rows[0].household_id == target


def test_walk_in_dialog_without_a_title_says_so_and_writes_nothing(  # type: ignore[no-untyped-def]
        qtbot, village: AppContext) -> None:
    from app.services.matters import list_matters
    from ui.walk_in_dialog import WalkInDialog

    _station(village)
    dialog = WalkInDialog(village)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.saved is None and dialog.entry.errors.labels["title"].text()
    with village.read() as s:
        assert list_matters(s) == []


def test_record_a_visit_from_the_register(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    _cadre, target = _station(village)
    window = _window(qtbot, village)
    window.show_page("households")
    page = window.households
    row = page.model.ids().index(target)
    page.table.selectRow(row)
    page.visit_button.click()
    form = window.visits.form
    assert window.current_page() == "visits" and form.picker.household_id == target
    type_text(form.summary, "回访")
    assert form.save() is not None
    with village.read() as s:
        assert s.execute(select(Visit.household_id)).scalar_one() == target
