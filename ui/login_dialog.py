"""Signing in, the first account, and locking after idle time — reusable pieces the main window
wires up (``ui.main``):

- ``LoginDialog(store)``: name + password; on success ``.context`` is the signed-in
  ``AppContext``. With ``locked_user`` it is the unlock screen: the name is fixed.
- ``FirstAccountDialog(ctx)``: a station with no accounts runs as its built-in administrator;
  the window asks for the first (administrator) account before anything else.
- ``IdleLock``: emits ``locked`` after a stretch without keyboard or mouse input anywhere in the
  application (an event filter on the QApplication restarts a single-shot QTimer).
- ``unlock(window, ctx)``: hide the window, ask for that user's password, show it again.
- ``sign_in(store)``: at start — the first-account dialog on a station without accounts, else
  the login dialog; the signed-in context or None (the user cancelled: quit).
- ``DailyBackup(db_path)``: the automatic backups while the window is open — at start and
  whenever the day changes (checked hourly), and ``on_close()`` for the closing backup.
- ``offer_last_good_backup(db_path, error)``: a damaged file at start — say what happened and
  offer to restore the last good backup (the damaged file is kept aside, never overwritten).

Rules (who may sign in, roles, password length) live in ``app.services.users``; these widgets
only collect input and show the service's message in the user's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app import backup
from app.context import GUEST, AppContext
from app.errors import MinqingError
from app.i18n import field_label
from app.i18n import tr as message
from app.services import users
from app.services.station import station_info
from app.store import Store
from ui.settings_store import DEFAULT_IDLE_MINUTES, LAST_USER
from ui.widgets import password_field


def sentence(text: str) -> str:
    """Service messages are written in lower case for the CLI; a dialog shows a sentence."""
    return text[:1].upper() + text[1:]


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    return label


class LoginDialog(QDialog):
    """Sign in to a station that has accounts. A wrong password keeps the dialog open with the
    reason shown and the password field cleared."""

    def __init__(self, store: Store, lang: str = "zh_CN", locked_user: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.context: AppContext | None = None
        self.setWindowTitle(self.tr("Locked — sign in again") if locked_user
                            else self.tr("Sign in"))
        # The last user name on this laptop is offered again; only the password is typed.
        last = "" if locked_user else LAST_USER.get()
        self.name = QLineEdit(locked_user or last)
        self.name.setReadOnly(bool(locked_user))
        self.password = password_field()
        self.error = _error_label()
        form = QFormLayout(self)
        self.station = QLabel(station_line(store, lang))
        self.station.setObjectName("login_station")
        self.station.setWordWrap(True)
        form.addRow(self.station)
        if locked_user:
            form.addRow(QLabel(self.tr("The screen was locked after a time without use.")))
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(320)
        (self.password if locked_user or last else self.name).setFocus()

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.error.setText(message("field_error", self.lang, field=field_label("user", self.lang),
                                  reason=message("required", self.lang)))
            return
        try:
            self.context = users.login(self.store, name, self.password.text(), self.lang)
        except MinqingError as exc:
            self.error.setText(sentence(exc.message(self.lang)))
            self.password.clear()
            self.password.setFocus()
            return
        LAST_USER.set(name)
        super().accept()


def station_line(store: Store, lang: str) -> str:
    """"石江村（村（社区） 430525101201）": which station this sign-in opens."""
    from app.i18n import label
    from app.services.station import station_info

    try:
        info = station_info(users.login(store, None, None, lang))
    except MinqingError:
        return ""
    return f"<b>{info.name}</b>（{label(info.kind, lang)} {info.code}）"


class FirstAccountDialog(QDialog):
    """The first account of a station: an administrator (a township administrator on a
    township). Created through the built-in administrator context; ``.context`` is then the
    new account signed in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.context: AppContext | None = None
        self.setWindowTitle(self.tr("Create the administrator account"))
        intro = QLabel(self.tr("This station has no accounts yet. Create the administrator "
                               "account; it signs in from now on and can add clerks."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.full_name = QLineEdit()
        self.password = password_field()
        self.again = password_field()
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("User name"), self.name)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.again)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def role(self) -> str:
        kind = station_info(self.ctx).kind
        return "township_administrator" if kind == "township" else "administrator"

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(sentence(message("passwords_differ", self.lang)))
            self.again.clear()
            return
        try:
            info = users.create_user(self.ctx, self.name.text(), self.password.text(),
                                     self.role(), full_name=self.full_name.text())
            self.context = users.login(self.ctx.store, info.name, self.password.text(),
                                       self.lang)
        except MinqingError as exc:
            self.error.setText(sentence(exc.message(self.lang)))
            return
        super().accept()


class IdleLock(QObject):
    """Emits ``locked`` once after ``minutes`` without keyboard or mouse input anywhere in the
    application; ``resume()`` starts counting again (after the user has unlocked)."""

    locked = Signal()

    INPUT_EVENTS = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
        QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    })

    def __init__(self, minutes: float = DEFAULT_IDLE_MINUTES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self._fire)
        self.is_locked = False
        app = QApplication.instance()
        assert app is not None, "create the QApplication first"
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.is_locked and event.type() in self.INPUT_EVENTS:
            self.timer.start()  # restart the countdown
        return False  # never swallow the event

    def _fire(self) -> None:
        self.is_locked = True
        self.locked.emit()

    def resume(self) -> None:
        self.is_locked = False
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def unlock(window: QWidget, ctx: AppContext) -> bool:
    """The lock screen: hide the window (its data must not be seen), ask the signed-in user's
    password, show the window again. False if the user cancelled (the caller closes the app).
    Only for a station with accounts: the built-in administrator has no password to ask."""
    window.hide()
    dialog = LoginDialog(ctx.store, ctx.lang, locked_user=ctx.actor)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    if ok:
        window.show()
    return ok


def sign_in(store: Store, lang: str = "zh_CN", parent: QWidget | None = None,
            name_hint: str = "") -> AppContext | None:
    """Who works in this window. A station with no accounts first gets its administrator
    account (nothing else can be done before); otherwise the login dialog. ``name_hint``: the
    administrator's name typed in the set-up wizard, offered as the first account's."""
    ctx = users.login(store, None, None, lang)
    # No accounts yet (not a guest): the built-in administrator creates the first one.
    dialog: LoginDialog | FirstAccountDialog
    if ctx.role != GUEST:
        dialog = FirstAccountDialog(ctx, parent)
        if name_hint:
            dialog.name.setText(name_hint)
            dialog.full_name.setText(name_hint)
    else:
        dialog = LoginDialog(store, lang, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.context


def offer_last_good_backup(db_path: Path, error: MinqingError, lang: str = "zh_CN",
                           parent: QWidget | None = None) -> bool:
    """Tell the user the file is damaged (the service's message names the last good backup)
    and offer to restore it. True if a backup was restored — the caller opens the file again."""
    good = backup.last_good_backup(db_path)
    box = QMessageBox(QMessageBox.Icon.Critical, "Minqing", error.message(lang),
                      QMessageBox.StandardButton.Close, parent)
    restore_button = None
    if good is not None:
        restore_button = box.addButton(QApplication.translate("LoginDialog",
                                                              "Restore the last good backup"),
                                       QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore_button)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return False
    assert good is not None
    try:
        aside = backup.restore(db_path, good)
    except MinqingError as exc:
        QMessageBox.critical(parent, "Minqing", exc.message(lang))
        return False
    QMessageBox.information(parent, "Minqing", message("restore_done", lang, backup=str(good),
                                                   aside=str(aside) if aside else "-"))
    return True


class DailyBackup(QObject):
    """Automatic backups for an open window: today's backup at start if there is none yet, again
    when the date changes (checked every ``check_minutes``), and a fresh one on closing. A failed
    backup never stops the work: ``failed`` carries the message for a status bar."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, db_path: Path, lang: str = "zh_CN", check_minutes: float = 60,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.lang = lang
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, int(check_minutes * 60_000)))
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        QTimer.singleShot(0, self.tick)  # as soon as the window's event loop runs

    def _run(self, refresh: bool) -> None:
        try:
            written = backup.automatic_backup(self.db_path, refresh=refresh)
        except MinqingError as exc:
            self.failed.emit(exc.message(self.lang))
        except OSError as exc:
            self.failed.emit(message("backup_failed", self.lang, detail=str(exc)))
        else:
            if written is not None:
                self.done.emit(str(written))

    def tick(self) -> None:
        """Today's backup if there is none yet (cheap when there is)."""
        self._run(refresh=False)

    def on_close(self) -> None:
        self.timer.stop()
        self._run(refresh=True)
