"""User accounts in Settings: administrators add accounts with a role, disable them and set
passwords; everyone else sees who is signed in and may change their own password.

Every rule (who may, password length, the last administrator) is in ``app.services.users``;
these widgets collect input and show the service's message beside the form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.errors import MinqingError
from app.i18n import tr as message
from app.services import users
from app.services.station import station_info
from models import Role
from ui.i18n import current_lang, lbl
from ui.login_dialog import sentence
from ui.scaffold import FormDialog, Retranslating
from ui.widgets import password_field


class AccountDialog(FormDialog):
    """A new account: name, full name, role, password twice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New user account"), parent, min_width=380)
        self.ctx = ctx
        self.created: users.UserInfo | None = None
        self.name = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        township = station_info(ctx).kind == "township"
        for role in (Role.CLERK, Role.READ_ONLY, Role.ADMINISTRATOR,
                     *((Role.TOWNSHIP_ADMINISTRATOR,) if township else ())):
            self.role.addItem(lbl(role.value), role.value)
        self.password = password_field()
        self.again = password_field()
        self.add_row(self.tr("User name"), self.name)
        self.add_row(self.tr("Full name"), self.full_name)
        self.add_row(self.tr("Role"), self.role)
        self.add_row(self.tr("Password"), self.password)
        self.add_row(self.tr("Password again"), self.again)

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.fail(message("passwords_differ", current_lang()))
            self.again.clear()
            return
        super().accept()

    def submit(self) -> None:
        self.created = users.create_user(self.ctx, self.name.text(), self.password.text(),
                                         str(self.role.currentData()),
                                         full_name=self.full_name.text())


class PasswordDialog(FormDialog):
    """A new password for one account (one's own, or anyone's for an administrator)."""

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the password of %1").replace("%1", name), parent,
                         min_width=340)
        self.ctx = ctx
        self.user = name
        self.password = password_field()
        self.again = password_field()
        self.add_row(self.tr("New password"), self.password)
        self.add_row(self.tr("Password again"), self.again)

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.fail(message("passwords_differ", current_lang()))
            self.again.clear()
            return
        super().accept()

    def submit(self) -> None:
        users.change_password(self.ctx, self.user, self.password.text())


class AccountsBox(Retranslating, QGroupBox):
    """The accounts of this station. Administrators manage them; others see who they are."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.admin = ctx.role in users.ADMIN_ROLES
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(3)
        self.list.setMinimumHeight(110)
        self.list.setMaximumHeight(220)
        self.add_button = QPushButton()
        self.disable_button = QPushButton()
        self.password_button = QPushButton()
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.disable_button)
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        for w in (self.list, self.add_button, self.disable_button):
            w.setVisible(self.admin)
        self.add_button.clicked.connect(self.add_user)
        self.disable_button.clicked.connect(lambda: self.disable_user())
        self.password_button.clicked.connect(self.change_password)
        self.list.currentItemChanged.connect(lambda _a, _b: self._update_buttons())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("User accounts"))
        self.list.setHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("Role")])
        self.add_button.setText(self.tr("Add user…"))
        self.disable_button.setText(self.tr("Disable"))
        self.disable_button.setToolTip(self.tr("The account can no longer sign in; what it "
                                               "recorded keeps its name"))
        self.password_button.setText(self.tr("Change password…") if self.admin
                                     else self.tr("Change my password…"))
        self.refresh()

    def refresh(self) -> None:
        if not self.admin:
            self.who.setText(self.tr("Signed in as %1 (%2).").replace("%1", self.ctx.actor)
                             .replace("%2", lbl(self.ctx.role) or self.ctx.role))
            self._update_buttons()
            return
        keep = self.selected()
        rows = users.accounts(self.ctx)
        who = self.tr("Signed in as %1 (%2).").replace("%1", self.ctx.actor).replace(
            "%2", lbl(self.ctx.role) or self.ctx.role)
        if not rows:  # straight after set-up: say why the list is empty and what adding does
            who += " " + self.tr("No user accounts yet: the station opens without signing in. "
                                 "Add the first user (an administrator) and from then on "
                                 "everyone signs in with a name and password.")
        self.who.setText(who)
        self.list.clear()
        disabled = self.tr("disabled")
        for u in rows:
            role = lbl(u.role) if u.active else f"{lbl(u.role)} · {disabled}"
            item = QTreeWidgetItem([u.name, u.full_name, role])
            item.setData(0, Qt.ItemDataRole.UserRole, u.name)  # Qt.UserRole
            item.setData(1, Qt.ItemDataRole.UserRole, u.active)
            self.list.addTopLevelItem(item)
            if u.name == keep:
                self.list.setCurrentItem(item)
        for col in range(3):
            self.list.resizeColumnToContents(col)
        self._update_buttons()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        if not self.admin:
            return  # clerks and read-only users: their own password
        item = self.list.currentItem()
        self.disable_button.setEnabled(item is not None and bool(item.data(1, Qt.ItemDataRole.UserRole)))
        self.password_button.setEnabled(item is not None)

    # --- actions (the dialogs are returned by *_dialog so tests can drive them) -------------
    def add_dialog(self) -> AccountDialog:
        return AccountDialog(self.ctx, self)

    def add_user(self) -> None:
        dlg = self.add_dialog()
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.added(dlg)

    def added(self, dlg: AccountDialog) -> None:
        if dlg.created is None:
            return
        self.result.setText(self.tr("Account %1 created.").replace("%1", dlg.created.name))
        self.refresh()
        self.changed.emit()

    def password_dialog(self) -> PasswordDialog | None:
        name = self.selected() if self.admin else self.ctx.actor
        return PasswordDialog(self.ctx, name, self) if name else None

    def change_password(self) -> None:
        dlg = self.password_dialog()
        if dlg is not None and dlg.exec() == QDialog.DialogCode.Accepted:
            self.result.setText(self.tr("Password of %1 changed.").replace("%1", dlg.user))

    def disable_user(self, confirm: bool = True) -> None:
        name = self.selected()
        if not name:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Disable account"),
                self.tr("Disable the account %1? It can no longer sign in.").replace("%1", name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            users.disable_user(self.ctx, name)
        except MinqingError as exc:
            self.result.setText(sentence(exc.message(current_lang())))
            return
        self.result.setText(self.tr("Account %1 disabled.").replace("%1", name))
        self.refresh()
        self.changed.emit()
