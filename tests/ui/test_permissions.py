"""Roles in the window: a read-only account is offered no edit action (greyed out, with the
reason as tooltip) and cannot save even by keyboard; a clerk can; revealing a full ID number is
for allowed roles only and writes an audit event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.context import AppContext
from app.services import users
from app.services.demo import fill_demo
from app.services.station import station_info
from app.validation import mask_id
from models import AuditEvent, Visit
from ui.main_window import MainWindow


def _window(qtbot: QtBot, village: AppContext, role: str) -> MainWindow:
    fill_demo(village, households=150, months=4, seed=11)
    users.create_user(village, "admin1", "secret-1", "administrator")
    if role != "administrator":
        users.create_user(village, "user1", "secret-1", role)
    ctx = users.login(village.store, "user1" if role != "administrator" else "admin1",
                      "secret-1")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def _edit_actions(w: MainWindow) -> dict[str, QWidget]:
    card = w.matters.card
    return {
        "new household": w.households.add_button, "edit household": w.households.edit_button,
        "record visit": w.households.visit_button, "save visit": w.visits.form.save_button,
        "add matter": w.visits.form.add_matter_button, "visit summary": w.visits.form.summary,
        "new matter": w.matters.new_button, "add note": card.add_note_button,
        "resolve": card.resolve_button, "new cadre": w.cadres.add_button,
        "edit cadre": w.cadres.edit_button, "assign group": w.cadres.assign_group_button,
        "assign selected": w.cadres.assign_selected_button,
        "save station": w.settings_page.save_button,
    }


def _visits(ctx: AppContext) -> int:
    with ctx.read() as s:
        return int(s.execute(select(func.count()).select_from(Visit)).scalar_one())


def test_read_only_user_sees_edit_actions_greyed_out_and_cannot_save(
        qtbot: QtBot, village: AppContext) -> None:
    w = _window(qtbot, village, "read_only")
    w.show_page("matters")
    w.matters.table.selectRow(0)
    assert w.matters.current() is not None  # a matter is on the card
    actions = _edit_actions(w)
    enabled = [name for name, widget in actions.items() if widget.isEnabled()]
    assert enabled == []
    for name, widget in actions.items():
        assert "只读" in widget.toolTip(), name
    assert not w.households.reveal_button.isEnabled()
    assert "不能查看完整身份证号" in w.households.reveal_button.toolTip()
    assert w.settings_page.name.isReadOnly() and w.settings_page.actor.isReadOnly()
    assert w.user_label.text() == "user1 · 只读"
    # The keyboard cannot get round it: Ctrl+Enter on the visit form saves nothing.
    before = _visits(w.ctx)
    w.show_page("visits")
    form = w.visits.form
    form.pick(w.households.selected_id() or "")
    form.summary.setPlainText("试图保存")
    QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # greyed out: ignored
    QTest.keyClick(form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.save() is None and _visits(w.ctx) == before
    # And the service still refuses if a page were to call it.
    w.settings_page.name.setReadOnly(False)
    w.settings_page.name.setText("改名村")
    w.settings_page.save()
    assert "只读" in w.settings_page.general.text()
    assert station_info(w.ctx).name == "石江村"
    # Moving around re-enables nothing.
    w.matters.table.selectRow(1)
    w.cadres.table.selectRow(0)
    assert [n for n, widget in _edit_actions(w).items() if widget.isEnabled()] == []


def test_a_clerk_is_offered_the_edit_actions(qtbot: QtBot, village: AppContext) -> None:
    w = _window(qtbot, village, "clerk")
    w.show_page("matters")
    w.matters.table.selectRow(0)
    actions = _edit_actions(w)
    actions.pop("resolve")  # depends on the matter's status
    assert [n for n, widget in actions.items() if not widget.isEnabled()] == []
    assert all(widget.toolTip() == "" for widget in (w.households.add_button,
                                                     w.visits.form.save_button))
    before = _visits(w.ctx)
    w.show_page("visits")
    form = w.visits.form
    form.pick(w.households.selected_id() or "")
    form.summary.setPlainText("了解到家中老人腿脚不便")
    QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert _visits(w.ctx) == before + 1


def test_show_full_id_number_follows_the_full_numbers_setting(qtbot: QtBot,
                                                               village: AppContext) -> None:
    """A clerk sees full numbers only where the station's setting lists clerks (as for
    exports): by default the button is there but disabled, saying why."""
    w = _window(qtbot, village, "clerk")
    page = w.households
    page.table.selectRow(0)
    assert page.selected_id() is not None
    assert not page.reveal_button.isEnabled()
    assert page.reveal_button.toolTip()


def test_show_full_id_number_reveals_and_audits(qtbot: QtBot, village: AppContext) -> None:
    users.create_user(village, "boss", "secret-1", "administrator")
    users.set_full_number_roles(users.login(village.store, "boss", "secret-1"),
                                ["administrator", "clerk"])
    w = _window(qtbot, village, "clerk")
    page = w.households
    page.table.selectRow(0)
    hid = page.selected_id()
    assert hid is not None
    with w.ctx.read() as s:
        from app.services.households import get_household

        row = get_household(s, hid)
    assert row is not None and row.id_number
    number = row.id_number
    assert number not in page.detail.toPlainText()
    assert mask_id(number) in page.detail.toPlainText()
    assert page.reveal_button.isEnabled()
    QTest.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert number in page.detail.toPlainText()
    with w.ctx.read() as s:
        events = s.execute(select(AuditEvent).where(AuditEvent.action == "reveal_id")
                           ).scalars().all()
    assert [(e.actor, e.entity_id) for e in events] == [("user1", hid)]
    assert number not in str(events[0].changes)  # the trail itself stays masked
    # Another household: masked again, and no further audit event without a click.
    page.table.selectRow(1)
    page.table.selectRow(0)
    assert number not in page.detail.toPlainText()
    with w.ctx.read() as s:
        n = s.execute(select(func.count()).select_from(AuditEvent)
                      .where(AuditEvent.action == "reveal_id")).scalar_one()
    assert n == 1
