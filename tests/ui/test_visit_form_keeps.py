"""The visit form keeps what was typed (issue 15): Esc asks before wiping text, Ctrl+Z brings a
cleared form back, every new visit starts from today / 入户走访 / the household's liaison cadre,
Ctrl+N on the register starts a visit for the selected household, and a field's message goes as
soon as that field is fixed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from app.context import AppContext
from app.services import households as hh
from app.services.cadres import CadreInput, add_cadre, assign
from models import Visit
from tests.ui.helpers import press, type_text
from tests.ui.modal import answer_modal, no_stale_modal_answers  # noqa: F401
from ui.main_window import MainWindow


def _station(ctx: AppContext) -> dict[str, str]:
    li = add_cadre(ctx, CadreInput(name="李红梅", phone="13800001111", title="村文书"))
    wang = add_cadre(ctx, CadreInput(name="王建国", phone="13800002222", title="支书"))
    zhang = hh.add_household(ctx, hh.HouseholdInput(head_name="张三丰", group_number=3))
    zhao = hh.add_household(ctx, hh.HouseholdInput(head_name="赵六", group_number=1))
    assign(ctx, wang, [zhang])
    assign(ctx, li, [zhao])
    return {"li": li, "wang": wang, "zhang": zhang, "zhao": zhao}


def _window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _click(label: str):  # type: ignore[no-untyped-def]
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        for b in box.buttons():
            if b.text() == label:
                b.click()
                return
        box.reject()  # the wrong dialog: close it so the test fails instead of hanging
    return act


def test_escape_asks_before_wiping_text_and_ctrl_z_brings_it_back(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = _station(village)
    window = _window(qtbot, village)
    window.new_visit()
    form = window.visits.form
    form.pick(ids["zhang"])
    form.summary.setFocus()
    type_text(form.summary, "屋后排水沟堵塞")
    entry = form.add_matter()
    entry.category.setCurrentIndex(entry.category.findData("hardship"))
    entry.title.setText("排水沟需疏通")
    # Esc, then "keep typing": nothing is lost.
    seen = answer_modal(_click("继续填写"))
    press(form.summary, Qt.Key.Key_Escape)
    assert seen and "清空" in seen[0].text()  # type: ignore[attr-defined]
    assert form.summary.toPlainText() == "屋后排水沟堵塞" and len(form.matters) == 1
    # Esc, then "clear": the form is empty, and says how to get it back.
    answer_modal(_click("清空"))
    press(form.summary, Qt.Key.Key_Escape)
    assert form.summary.toPlainText() == "" and form.matters == []
    assert form.picker.household_id is None
    assert not form.undo_note.isHidden() and "Ctrl+Z" in form.undo_note.text()
    # Ctrl+Z, with the focus in the (now empty) name field, restores all of it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form.picker.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.picker.edit)
    press(form.picker.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.picker.household_id == ids["zhang"]
    assert form.summary.toPlainText() == "屋后排水沟堵塞"
    assert [(m.category.currentData(), m.title.text()) for m in form.matters] == [
        ("hardship", "排水沟需疏通")]
    assert form.undo_note.isHidden()
    # Saving it still works: the restored visit is a real one.
    assert form.save() is not None
    with village.read() as s:
        assert s.execute(select(Visit.summary)).scalar_one() == "屋后排水沟堵塞"


def test_escape_on_an_empty_form_does_not_ask(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    _station(village)
    window = _window(qtbot, village)
    window.new_visit()
    form = window.visits.form
    form.mode.setCurrentIndex(form.mode.findData("phone"))
    press(form.summary, Qt.Key.Key_Escape)  # no dialog: nothing typed to lose
    assert QApplication.activeModalWidget() is None
    assert form.mode.currentData() == "home"
    # the clear button also keeps an undo
    form.summary.setPlainText("电话回访")
    form.clear_button.click()
    assert form.summary.toPlainText() == ""
    assert form.undo_clear() and form.summary.toPlainText() == "电话回访"


def test_every_new_visit_starts_fresh_with_the_households_liaison_cadre(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = _station(village)
    window = _window(qtbot, village)
    window.new_visit()
    form = window.visits.form
    assert form.cadre.currentIndex() == -1  # two cadres and no household yet: nobody guessed
    form.pick(ids["zhang"])
    assert form.cadre.currentData() == ids["wang"]  # 张三丰's liaison
    form.mode.setCurrentIndex(form.mode.findData("phone"))
    form.date.setDate(QDate.currentDate().addDays(-2))
    form.summary.setPlainText("电话了解")
    assert form.save() is not None
    # The next visit: today, 入户走访, no cadre carried over from the last one.
    assert form.mode.currentData() == "home"
    assert form.date.date().toPython() == date.today()
    assert form.cadre.currentIndex() == -1
    form.pick(ids["zhao"])
    assert form.cadre.currentData() == ids["li"]  # 赵六's liaison, not the last one used
    form.summary.setPlainText("入户")
    assert form.save() is not None
    with village.read() as s:
        rows = s.execute(select(Visit.household_id, Visit.cadre_id, Visit.mode,
                                Visit.visit_date).order_by(Visit.created_at)).all()
    assert [tuple(r) for r in rows] == [
        (ids["zhang"], ids["wang"], "phone", date.today() - timedelta(days=2)),
        (ids["zhao"], ids["li"], "home", date.today())]


def test_ctrl_n_on_the_register_starts_a_visit_for_the_selected_household(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = _station(village)
    window = _window(qtbot, village)
    window.show_page("households")
    page = window.households
    page.table.selectRow(page.model.ids().index(ids["zhao"]))
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    press(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.visits.form
    assert window.current_page() == "visits"
    assert form.picker.household_id == ids["zhao"]
    assert form.cadre.currentData() == ids["li"]


def test_field_errors_go_as_soon_as_the_field_is_fixed(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = _station(village)
    window = _window(qtbot, village)
    window.new_visit()
    form = window.visits.form
    form.summary.setPlainText("走访")
    form.save_button.click()
    shown = form.errors.shown()
    assert "household" in shown and "cadre" in shown, shown
    assert shown["cadre"].startswith("干部")  # the message names its field
    form.pick(ids["zhang"])  # picks the liaison cadre too
    assert form.errors.shown() == {}
    entry = form.add_matter()
    form.save_button.click()
    assert "title" in entry.errors.shown()
    type_text(entry.title, "修")
    assert "title" not in entry.errors.shown()


def test_a_station_name_left_empty_is_called_the_station_name() -> None:
    import pytest

    from app.errors import ValidationErrors
    from app.services.station import validate_station

    with pytest.raises(ValidationErrors) as caught:
        validate_station("village", "430525101201", "")
    text = caught.value.message("zh_CN")
    assert "工作站名称" in text and "姓名" not in text
    assert "Station name" in caught.value.message("en")
