"""Back up to USB from the window (issue 9): the real passphrase dialog (asked twice, without
echo), an encrypted file on the stick, and the button only for administrators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app import backup
from app.context import AppContext
from app.services import households as hh
from app.services.users import create_user
from tests.ui.modal import answer_modal, no_stale_modal_answers  # noqa: F401
from ui.pages.settings import SettingsPage


def _fill(dialog: QWidget, first: str, again: str) -> None:
    a, b = dialog.findChildren(QLineEdit)
    assert a.echoMode() == QLineEdit.EchoMode.Password
    a.setText(first)
    b.setText(again)
    dialog.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
        QDialogButtonBox.StandardButton.Ok).click()


def test_the_usb_backup_asks_for_a_passphrase_twice_and_is_encrypted(
        qtbot: QtBot, village: AppContext, tmp_path: Path) -> None:
    hh.add_household(village, hh.HouseholdInput(head_name="张三"))
    usb = tmp_path / "usb"
    usb.mkdir()
    page = SettingsPage(village)
    qtbot.addWidget(page)
    page.show()
    box = page.backup_box
    box.choose_folder = lambda _p, _s: str(usb)
    seen: list[str] = []

    def differ(dialog: QWidget) -> None:
        _fill(dialog, "first passphrase", "other passphrase")
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.grab().save(str(tmp_path / "passphrase.png"))
        _fill(dialog, "a long passphrase", "a long passphrase")

    answer_modal(differ)
    box.back_up_now()
    qtbot.waitUntil(lambda: box.written is not None, timeout=10_000)
    assert "两次输入的口令不一致" in seen[0]
    written = box.written
    assert written is not None and backup.is_encrypted(written)
    assert "张三".encode() not in written.read_bytes()
    restored = tmp_path / "restored.sqlite3"
    backup.restore(restored, written, passphrase="a long passphrase")
    assert not backup.is_encrypted(restored)


def test_only_an_administrator_gets_the_usb_backup_button(qtbot: QtBot,
                                                          village: AppContext) -> None:
    create_user(village, "li", "li-admin-pw", "administrator")
    admin = AppContext(village.store, actor="li", role="administrator")
    create_user(admin, "wang", "wang-clerk-pw", "clerk")
    clerk = AppContext(village.store, actor="wang", role="clerk")
    for ctx, allowed in ((admin, True), (clerk, False)):
        page = SettingsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        assert page.backup_box.usb_button.isEnabled() is allowed
        assert bool(page.backup_box.usb_button.toolTip()) is not allowed
