"""The window's start-up sequence, one small step each, in the order that keeps the data safe:

1. ``check_local`` — the file must be on the laptop's own disk (a USB stick pulled out mid-write
   or a network share breaks SQLite): offer to copy it in;
2. ``take_lock`` — one window per file: a second copy is refused politely;
3. ``open_file`` — a damaged file is never written to: offer the last good backup;
4. ``set_up_station`` — the first-run wizard on an empty file;
5. ``sign_in`` — no accounts yet → the first (administrator) account before anything else;
   otherwise the login dialog. The signed-in user is ``ctx.actor`` (every audit event names it).

Each step returns False when the user stops (the app then quits without a window); each is a
method so a test can drive it alone. ``WindowSession`` then keeps the open window safe: idle lock,
daily backup, and a backup on closing.

Rules stay in ``app/`` (``instance_lock``, ``backup``, ``services.users``); this module only asks
the user and calls them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import backup
from app.context import AppContext
from app.errors import MinqingError, StoreError
from app.instance_lock import InstanceLock, Location, ensure_local, location_of
from app.paths import default_db_path
from app.store import Store, open_store
from ui.login_dialog import (
    DailyBackup,
    IdleLock,
    offer_last_good_backup,
    sign_in,
    unlock,
)
from ui.settings_store import IDLE_MINUTES

DAMAGED = ("store_damaged", "store_damaged_at_start")


def run_with_progress(parent: QWidget | None, label: str, fn: Callable[[], Any],
                      seen: list[bool] | None = None) -> Any:
    """Run ``fn`` in a worker while a progress dialog says what is happening, and wait for it
    (a local event loop, so the dialog paints). Returns its result or raises its exception.
    ``seen`` gets True once the dialog was on screen (so a test can tell)."""
    from ui.workers import Task

    loop = QEventLoop()
    out: dict[str, Any] = {}

    def done(result: Any) -> None:
        out["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        out["error"] = exc
        loop.quit()

    task = Task(parent, label, lambda _p: fn(), done, failed, cancellable=False,
                show_after_ms=0)
    # Nothing else is open yet at first start: a modeless dialog, so no modal stack to fight.
    task.dialog.setWindowModality(Qt.WindowModality.NonModal)
    task.dialog.setWindowTitle(QCoreApplication.translate("Startup", "Minqing"))
    task.dialog.show()
    if seen is not None:
        seen.append(task.dialog.isVisible())
    if "result" not in out and "error" not in out:
        loop.exec()
    if "error" in out:
        raise out["error"]
    return out.get("result")


def idle_minutes() -> int:
    """Minutes without use before the window locks (Settings → This laptop); 0 = never."""
    return IDLE_MINUTES.get()


class Startup:
    """Everything between "the clerk double-clicked the icon" and a signed-in context.

    ``location`` and ``local_target`` are parameters so a test can describe a laptop whose file
    is on a USB stick without having one."""

    def __init__(self, db_path: Path | str, lang: str = "zh_CN", parent: QWidget | None = None,
                 location: Callable[[Path], Location] = location_of,
                 local_target: Path | None = None) -> None:
        # A county's PostgreSQL URL (issue 14): no local-disk check, no one-window lock (many
        # staff use one server at once), no file to restore; ``db_path`` then only names it.
        self.server_url = db_path if isinstance(db_path, str) else ""
        self.db_path = Path(db_path)
        self.lang = lang
        self.parent = parent
        self.location = location
        self.local_target = local_target
        self.lock: InstanceLock | None = None
        self.store: Store | None = None
        self.ctx: AppContext | None = None
        self.admin_hint = ""
        self.progress_seen: list[bool] = []  # the first start's "preparing the file" dialog

    # --- helpers --------------------------------------------------------------------------
    def _tell(self, error: MinqingError, icon: QMessageBox.Icon = QMessageBox.Icon.Critical
              ) -> None:
        title = QCoreApplication.translate("Startup", "Minqing")
        box = QMessageBox(icon, title, error.message(self.lang),
                          QMessageBox.StandardButton.Close, self.parent)
        box.exec()

    def _ask(self, text: str, yes: str) -> bool:
        title = QCoreApplication.translate("Startup", "Minqing")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Cancel, self.parent)
        button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(button)
        box.exec()
        return box.clickedButton() is button

    # --- steps ----------------------------------------------------------------------------
    def check_local(self) -> bool:
        """A file on a removable drive or a network share: say why it cannot be used there and
        offer to copy it onto this laptop (the file on the drive is left as it is)."""
        if self.server_url:
            return True
        try:
            ensure_local(self.db_path, self.location(self.db_path))
        except MinqingError as exc:
            target = Path(self.local_target or default_db_path())
            reason = exc.message(self.lang).split("：" if self.lang == "zh_CN" else ": ")[0]
            if target.exists():
                question = QCoreApplication.translate(
                    "Startup", "A station file already exists on this laptop:\n%1\n\n"
                    "Open that one instead?")
                text = reason + "\n\n" + question.replace("%1", str(target))
                if not self._ask(text, QCoreApplication.translate("Startup", "Open the laptop's file")):
                    return False
                self.db_path = target
                return True
            question = QCoreApplication.translate(
                "Startup", "Copy it onto this laptop now? The copy is kept at\n%1\n"
                "and the file on the drive is not changed.")
            text = reason + "\n\n" + question.replace("%1", str(target))
            if not self._ask(text, QCoreApplication.translate("Startup", "Copy to this laptop")):
                return False
            try:
                QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
                backup.copy_in(self.db_path, target)
            except MinqingError as copy_error:
                self._tell(copy_error)
                return False
            finally:
                QApplication.restoreOverrideCursor()
            self.db_path = target
        return True

    def take_lock(self) -> bool:
        """One window per file. Another copy of the app has it open: say so, and stop."""
        if self.server_url:
            return True
        try:
            self.lock = InstanceLock(self.db_path).acquire()
        except StoreError as exc:
            from ui.single_window import knock

            if not knock(self.db_path):  # the open window shows itself; else say why
                self._tell(exc, QMessageBox.Icon.Information)
            return False
        return True

    def open_file(self) -> bool:
        """Open (and migrate) the file. A damaged file: offer the last good backup; the window
        lock is let go while restoring (restore takes it itself) and taken again after."""
        first = not self.server_url and (not self.db_path.exists()
                                         or self.db_path.stat().st_size == 0)
        try:
            if first and not self.server_url:
                # The first start creates the file and runs every migration: say so.
                db_path = self.db_path
                self.store = run_with_progress(
                    self.parent, QCoreApplication.translate(
                        "Startup", "Preparing the station's file (first start)…"),
                    lambda: open_store(db_path), self.progress_seen)
            else:
                self.store = open_store(self.server_url or self.db_path)
            return True
        except StoreError as exc:
            if exc.code not in DAMAGED or self.server_url:
                self._tell(exc)
                return False
            if self.lock is not None:
                self.lock.release()
            restored = offer_last_good_backup(self.db_path, exc, self.lang, self.parent)
            if self.lock is not None:
                self.lock.acquire()
            if not restored:
                return False
        except MinqingError as exc:
            self._tell(exc)
            return False
        try:
            self.store = open_store(self.db_path)
        except MinqingError as exc:
            self._tell(exc)
            return False
        return True

    def set_up_station(self) -> bool:
        """The first-run wizard on a file with no station yet."""
        assert self.store is not None
        if self.has_station(self.store):
            return True
        from ui.wizard import SetupWizard

        wizard = SetupWizard(self.store, self.parent)
        if wizard.exec() != SetupWizard.DialogCode.Accepted:
            return False
        self.admin_hint = wizard.code_page.admin.text().strip()
        return True

    @staticmethod
    def has_station(store: Store) -> bool:
        """Whether the file has its station yet (read through the context, no session here)."""
        try:
            _ = AppContext(store).station_code
        except StoreError as exc:
            if exc.code != "no_station":
                raise
            return False
        return True

    def sign_in(self) -> bool:
        """The first account on a station without one, else the login dialog."""
        assert self.store is not None
        self.ctx = sign_in(self.store, self.lang, self.parent, name_hint=self.admin_hint)
        if self.ctx is None:
            return False
        _ = self.ctx.station_code
        return True

    def run(self) -> AppContext | None:
        """All steps in order; None when one stopped (everything taken is let go)."""
        for step in (self.check_local, self.take_lock, self.open_file, self.set_up_station,
                     self.sign_in):
            if not step():
                self.abandon()
                return None
        return self.ctx

    def abandon(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.lock is not None and self.lock.held:
            self.lock.release()
        self.lock = None


class WindowSession(QObject):
    """While the window is open: lock it after idle time (the password is asked again), back
    up at start and when the day changes, and once more on closing; then close the file and
    let go of the lock."""

    def __init__(self, window: QWidget, ctx: AppContext, lock: InstanceLock | None,
                 minutes: float | None = None, backup_check_minutes: float = 60) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.lock = lock
        self.closed = False
        minutes = idle_minutes() if minutes is None else minutes
        self.idle: IdleLock | None = None
        if minutes > 0:
            self.idle = IdleLock(minutes, self)
            self.idle.locked.connect(self._locked)
        # A station's own file is backed up while the window is open; a county server is
        # backed up on the server (pg_dump), so its windows take none (nor warn hourly).
        self.daily: DailyBackup | None = None
        if not ctx.store.is_server:
            self.daily = DailyBackup(ctx.store.path, ctx.lang, backup_check_minutes, self)
            self.daily.failed.connect(self._show)
            self.daily.done.connect(lambda path: self._show(QCoreApplication.translate(
                "Startup", "Automatic backup written: %1").replace("%1", path)))
        app = QApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(self.close)

    def _show(self, text: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(text, 10_000)

    def _locked(self) -> None:
        """Hide every window of the app (an open dialog shows data too), ask the password,
        show them again; Cancel quits."""
        others = [w for w in QApplication.topLevelWidgets()
                  if w.isVisible() and w is not self.window]
        for w in others:
            w.hide()
        if unlock(self.window, self.ctx):
            for w in others:
                w.show()
            if self.idle is not None:
                self.idle.resume()
        else:
            self.window.close()
            app = QApplication.instance()
            if app is not None:
                app.quit()

    def set_idle_minutes(self, minutes: int) -> None:
        IDLE_MINUTES.set(max(0, minutes))
        if self.idle is not None:
            self.idle.stop()
            self.idle.deleteLater()
            self.idle = None
        if minutes > 0:
            self.idle = IdleLock(minutes, self)
            self.idle.locked.connect(self._locked)

    def close(self) -> None:
        """The closing backup, then the file and the lock (once)."""
        if self.closed:
            return
        self.closed = True
        if self.idle is not None:
            self.idle.stop()
        self.ctx.store.close()
        if self.daily is not None:
            self.daily.on_close()
        if self.lock is not None and self.lock.held:
            self.lock.release()


Session = WindowSession  # the name older callers import
