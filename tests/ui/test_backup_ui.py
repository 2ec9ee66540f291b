"""Settings → backups and accounts through the real widgets: "back up to USB now" writes a file
that opens as a station database; administrators add, disable and re-password accounts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import backup
from app.context import AppContext
from app.errors import MinqingError
from app.services import households as hh
from app.services import users
from app.store import open_store
from tests.ui.helpers import type_text
from tests.ui.modal import answer_modal, no_stale_modal_answers  # noqa: F401
from ui.pages.settings import SettingsPage


def _page(qtbot: QtBot, ctx: AppContext) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _ok(dialog: QWidget) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_back_up_to_usb_now_writes_a_file_that_opens(qtbot: QtBot, village: AppContext,
                                                      tmp_path: Path) -> None:
    hh.add_household(village, hh.HouseholdInput(head_name="张三"))
    usb = tmp_path / "usb"
    usb.mkdir()
    page = _page(qtbot, village)
    box = page.backup_box
    asked: list[str] = []
    box.choose_folder = lambda _parent, start: (asked.append(start), str(usb))[1]
    box.ask_passphrase = lambda _parent: "stick-passphrase"
    QTest.mouseClick(box.usb_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.written is not None, timeout=10_000)
    written = box.written
    assert written is not None and written.parent == usb and written.exists()
    assert box.result.text().startswith(f"已备份到 {written}")
    assert "本机硬盘" in box.result.text()  # a tmp folder is the laptop's own disk: warned
    # Encrypted on the stick: no name in clear, restorable with the passphrase.
    assert backup.is_encrypted(written) and "张三".encode() not in written.read_bytes()
    restored = tmp_path / "restored.sqlite3"
    backup.restore(restored, written, passphrase="stick-passphrase")
    store = open_store(restored)
    with store.session() as s:
        assert [r.head_name for r in hh.search(s, "张三")] == ["张三"]
    store.close()
    assert box.usb_button.isEnabled()
    # The stick is remembered for next month.
    assert QSettings().value("backup/usb_dir") == str(usb)
    box.back_up_now()
    assert asked[-1] == str(usb)
    qtbot.waitUntil(lambda: not box.busy, timeout=10_000)


def test_a_failed_usb_backup_says_why(qtbot: QtBot, village: AppContext,
                                      tmp_path: Path) -> None:
    not_a_folder = tmp_path / "stick-file"
    not_a_folder.write_text("x")
    page = _page(qtbot, village)
    box = page.backup_box
    box.choose_folder = lambda _p, _s: str(not_a_folder)
    box.ask_passphrase = lambda _p: "stick-passphrase"
    box.back_up_now()
    qtbot.waitUntil(lambda: not box.busy, timeout=10_000)
    assert box.written is None and box.result.text().startswith("备份失败")
    # Cancelling the folder choice does nothing.
    box.choose_folder = lambda _p, _s: ""
    box.back_up_now()
    assert not box.busy


def test_automatic_backups_are_listed(qtbot: QtBot, village: AppContext) -> None:
    page = _page(qtbot, village)
    assert page.backup_box.list.item(0).text() == "暂无。"
    daily = backup.automatic_backup(village.store.path)
    assert daily is not None
    page.backup_box.refresh()
    texts = [page.backup_box.list.item(i).text() for i in range(page.backup_box.list.count())]
    assert any(daily.name in t for t in texts)
    assert "minqing restore" in page.backup_box.restore_note.text()


def test_administrator_manages_accounts(qtbot: QtBot, village: AppContext) -> None:
    users.create_user(village, "li", "secret-1", "administrator")
    admin = users.login(village.store, "li", "secret-1")
    page = _page(qtbot, admin)
    box = page.accounts_box
    assert box.list.isVisible() and box.add_button.isVisible()
    dlg = box.add_dialog()
    dlg.show()
    type_text(dlg.name, "wang")
    type_text(dlg.full_name, "王芳")
    dlg.role.setCurrentIndex(dlg.role.findData("clerk"))
    type_text(dlg.password, "abc")
    type_text(dlg.again, "abc")
    _ok(dlg)
    assert dlg.isVisible() and "至少 6 位" in dlg.error.text()
    dlg.password.clear()
    type_text(dlg.password, "secret-2")
    _ok(dlg)
    assert dlg.again.text() == "" and "不一致" in dlg.error.text()
    type_text(dlg.again, "secret-2")
    _ok(dlg)
    assert dlg.created is not None
    box.added(dlg)
    names = [box.list.topLevelItem(i).text(0) for i in range(box.list.topLevelItemCount())]
    assert names == ["li", "wang"]
    assert users.login(village.store, "wang", "secret-2").role == "clerk"
    # New password for wang.
    box.list.setCurrentItem(box.list.topLevelItem(1))
    pw = box.password_dialog()
    assert pw is not None and pw.user == "wang"
    type_text(pw.password, "secret-3")
    type_text(pw.again, "secret-3")
    _ok(pw)
    assert users.login(village.store, "wang", "secret-3").actor == "wang"
    # Disable wang after confirming.
    answer_modal(lambda w: w.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    QTest.mouseClick(box.disable_button, Qt.MouseButton.LeftButton)
    assert "已停用" in box.result.text()
    assert "已停用" in box.list.topLevelItem(1).text(2)
    assert not box.disable_button.isEnabled()
    with pytest.raises(MinqingError) as refused:
        users.login(village.store, "wang", "secret-3")
    assert refused.value.code == "user_disabled"
    # The last administrator stays.
    box.list.setCurrentItem(box.list.topLevelItem(0))
    box.disable_user(confirm=False)
    assert "最后一个管理员" in box.result.text()


def test_a_clerk_only_changes_their_own_password(qtbot: QtBot, village: AppContext) -> None:
    users.create_user(village, "li", "secret-1", "administrator")
    users.create_user(village, "wang", "secret-2", "clerk")
    clerk = users.login(village.store, "wang", "secret-2")
    page = _page(qtbot, clerk)
    box = page.accounts_box
    assert not box.list.isVisible() and not box.add_button.isVisible()
    assert box.who.text() == "当前登录：wang（工作人员）。"
    assert box.password_button.text() == "修改我的密码…" and box.password_button.isEnabled()
    pw = box.password_dialog()
    assert pw is not None and pw.user == "wang"
    type_text(pw.password, "secret-9")
    type_text(pw.again, "secret-9")
    _ok(pw)
    assert users.login(village.store, "wang", "secret-9").actor == "wang"
