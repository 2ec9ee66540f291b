"""The accounts box straight after set-up says why its list is empty and what adding the first
user changes; once an account exists the list shows it and the explanation goes."""

from __future__ import annotations

from app.context import AppContext
from app.services import users
from ui.pages.accounts import AccountsBox


def test_empty_accounts_say_what_the_first_user_changes(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    box = AccountsBox(village)
    qtbot.addWidget(box)
    box.show()
    assert box.list.topLevelItemCount() == 0
    assert "还没有用户账号" in box.who.text() and "登录" in box.who.text()
    users.create_user(village, "liming", "correct-horse-9", "administrator", "李明")
    box.refresh()
    assert box.list.topLevelItemCount() == 1
    assert box.list.topLevelItem(0).text(0) == "liming"
    assert "还没有用户账号" not in box.who.text()
