"""Login, first account and idle lock as real widgets, offscreen."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.errors import PermissionDenied
from app.services import households as hh
from app.services import users
from ui.login_dialog import FirstAccountDialog, IdleLock, LoginDialog


def _type(widget: QLineEdit, text: str) -> None:
    """One key event per character carrying its text, as a keyboard or input method sends."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def _ok(dialog: LoginDialog | FirstAccountDialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_first_account_dialog_creates_the_administrator(qtbot: QtBot,
                                                        village: AppContext) -> None:
    builtin = users.login(village.store, None, None)
    dialog = FirstAccountDialog(builtin)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog.name, "李明")
    _type(dialog.full_name, "李明")
    _type(dialog.password, "secret-1")
    _type(dialog.again, "secret-2")
    _ok(dialog)
    assert dialog.isVisible() and "不一致" in dialog.error.text()
    assert dialog.again.text() == ""
    _type(dialog.again, "secret-1")
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.context is not None
    assert (dialog.context.actor, dialog.context.role) == ("李明", "administrator")
    with village.read() as s:
        assert [u.name for u in users.list_users(s)] == ["李明"]


def test_login_dialog_signs_in_or_says_why_not(qtbot: QtBot, village: AppContext) -> None:
    users.create_user(village, "li", "secret-1", "administrator")
    users.create_user(village, "zhao", "secret-1", "read_only")
    dialog = LoginDialog(village.store, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    _ok(dialog)
    assert dialog.isVisible() and "不能为空" in dialog.error.text()
    _type(dialog.name, "zhao")
    _type(dialog.password, "wrong-pw")
    _ok(dialog)
    assert dialog.isVisible() and dialog.error.text() == "用户名或密码不对"
    assert dialog.password.text() == "" and dialog.context is None
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    _type(dialog.password, "secret-1")
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    ctx = dialog.context
    assert ctx is not None and ctx.actor == "zhao" and not ctx.can_write
    with pytest.raises(PermissionDenied) as refused:
        hh.add_household(ctx, hh.HouseholdInput(head_name="张三"))
    assert "只读" in refused.value.message("zh_CN")


def test_unlock_dialog_fixes_the_user_name(qtbot: QtBot, village: AppContext) -> None:
    users.create_user(village, "li", "secret-1", "administrator")
    dialog = LoginDialog(village.store, "en", locked_user="li")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.isReadOnly() and dialog.name.text() == "li"
    _type(dialog.password, "secret-1")
    _ok(dialog)
    assert dialog.context is not None and dialog.context.actor == "li"


def test_idle_lock_fires_after_quiet_time_and_input_postpones_it(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(200, 100)
    window.show()
    lock = IdleLock(minutes=0.4 / 60)  # 400 ms
    fired: list[float] = []
    lock.locked.connect(lambda: fired.append(time.monotonic()))
    # Keep using the app for well over the idle time: no lock.
    end = time.monotonic() + 1.2
    while time.monotonic() < end:
        QTest.mouseMove(window, QPoint(10 + int(time.monotonic() * 100) % 50, 20))
        QTest.keyClick(window, Qt.Key.Key_A)
        qtbot.wait(80)
    assert fired == []
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    assert lock.is_locked and len(fired) == 1
    # While locked, input does not restart the countdown; resume() does.
    QTest.keyClick(window, Qt.Key.Key_A)
    assert not lock.timer.isActive()
    lock.resume()
    with qtbot.waitSignal(lock.locked, timeout=3000):
        pass
    lock.stop()
    assert QApplication.instance() is not None
