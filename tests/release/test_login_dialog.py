"""Login, first account and idle lock as real widgets, offscreen."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.errors import PermissionDenied
from app.services import households as hh
from app.services import users
from ui.login_dialog import (
    FirstAccountDialog,
    IdleLock,
    LoginDialog,
    offer_last_good_backup,
    sign_in,
)


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


def _answer_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> None:
    """Act on the next modal window once it shows (exec() blocks the test otherwise)."""
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, poll)
            return
        try:
            act(widget)
        except BaseException:
            # A failed check must fail the test, not leave its dialog's exec() waiting for
            # ever (the hang seen when an earlier test had switched the language).
            widget.close()
            raise
    QTimer.singleShot(20, poll)


def test_sign_in_asks_for_the_first_account_then_for_a_login(qtbot: QtBot,
                                                              village: AppContext) -> None:
    def create(w: QWidget) -> None:
        assert isinstance(w, FirstAccountDialog)
        w.name.setText("li")
        w.password.setText("secret-1")
        w.again.setText("secret-1")
        w.accept()

    _answer_modal(qtbot, create)
    ctx = sign_in(village.store, "zh_CN")
    assert ctx is not None and (ctx.actor, ctx.role) == ("li", "administrator")

    def login(w: QWidget) -> None:
        assert isinstance(w, LoginDialog)
        w.name.setText("li")
        w.password.setText("secret-1")
        w.accept()

    _answer_modal(qtbot, login)
    again = sign_in(village.store, "zh_CN")
    assert again is not None and again.actor == "li"
    _answer_modal(qtbot, lambda w: w.close())
    assert sign_in(village.store, "zh_CN") is None


def test_damaged_file_offers_the_last_good_backup(qtbot: QtBot, village: AppContext) -> None:
    from app import backup
    from app.errors import StoreError
    from app.store import integrity_problems, open_store

    path = village.store.path
    hh.add_household(village, hh.HouseholdInput(head_name="张三"))
    village.store.close()
    good = backup.automatic_backup(path)
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xde\xad" * 4096)
    assert integrity_problems(path)
    with pytest.raises(StoreError) as info:
        open_store(path)

    def click_restore(w: QWidget) -> None:
        assert isinstance(w, QMessageBox) and str(good) in w.text()
        # by its role, not its text: the language is whatever the previous test left
        button = [b for b in w.buttons()
                  if w.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole][0]
        button.click()
        _answer_modal(qtbot, lambda done: done.close())  # the "restored" notice

    _answer_modal(qtbot, click_restore)
    assert offer_last_good_backup(path, info.value, "zh_CN")
    store = open_store(path)
    with store.session() as s:
        assert [r.head_name for r in hh.search(s, "张三")] == ["张三"]
    store.close()
    assert list(path.parent.glob(f"{path.name}.before-restore-*"))


def test_daily_backup_runs_at_start_and_close_and_reports_failure(
        qtbot: QtBot, village: AppContext, tmp_path: Path) -> None:
    from app import backup
    from ui.login_dialog import DailyBackup

    path = village.store.path
    daily = DailyBackup(path, check_minutes=0.005)  # ticks every 300 ms in this test
    with qtbot.waitSignal(daily.done, timeout=3000) as first:
        pass
    written = Path(first.args[0])
    assert written.name.startswith("daily-") and written.exists()
    # Later ticks the same day write nothing.
    with qtbot.assertNotEmitted(daily.done, wait=400):
        pass
    hh.add_household(village, hh.HouseholdInput(head_name="关窗前"))
    with qtbot.waitSignal(daily.done, timeout=3000):
        daily.on_close()
    assert not daily.timer.isActive()
    assert backup.file_problems(written) == []
    import sqlite3

    with sqlite3.connect(written) as conn:
        names = [r[0] for r in conn.execute("SELECT head_name FROM household")]
    assert "关窗前" in names
    broken = DailyBackup(tmp_path / "missing.sqlite3", check_minutes=60)
    with qtbot.waitSignal(broken.failed, timeout=3000) as failure:
        pass  # the start-up backup
    assert "missing.sqlite3" in failure.args[0]
    broken.timer.stop()
