"""Backups in Settings: "Back up to USB now", the automatic backups kept on this laptop, and how
to restore one.

The copy runs in a worker (SQLite's online backup of a county-sized file takes seconds) while
the window keeps working. Restoring replaces the open file, so it is not done from inside the
window: the page says how (close the app, ``minqing restore``), and a damaged file is offered its
last good backup at the next start anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import backup
from app.errors import MinqingError
from app.i18n import tr as message
from app.instance_lock import Location, location_of
from app.services.exchange import Volume, human_size
from ui.i18n import current_lang
from ui.scaffold import FormDialog, Retranslating
from ui.settings_store import USB_FOLDER
from ui.usb_watch import UsbWatch
from ui.workers import run_task


class BackupBox(Retranslating, QGroupBox):
    """``choose_folder`` is the folder picker (a parameter so tests need no file dialog)."""

    def __init__(self, db_path: Path, parent: QWidget | None = None,
                 choose_folder: Callable[[QWidget, str], str] | None = None,
                 ask_passphrase: Callable[[QWidget], str | None] | None = None,
                 offsite_allowed: bool = True,
                 volumes_source: Callable[[], list[Volume]] | None = None) -> None:
        super().__init__(parent)
        # A backup for the stick holds every record: an administrator's decision (as on the
        # command line).
        self.offsite_allowed = offsite_allowed
        self.db_path = Path(db_path)
        self.choose_folder = choose_folder or self._ask_folder
        # The backup on the stick is encrypted with a passphrase the administrator chooses
        # (a parameter so tests need no dialog).
        self.ask_passphrase = ask_passphrase or self._ask_passphrase
        self.written: Path | None = None
        self.busy = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.usb_button = QPushButton()
        self.open_button = QPushButton()
        # The stick is noticed when it is plugged in (polled only while the box is shown).
        self.stick_label = QLabel()
        self.stick_label.setWordWrap(True)
        self.usb_watch = UsbWatch(str(self.db_path), self, source=volumes_source)
        self.usb_watch.drivesChanged.connect(lambda _d: self._show_stick())
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list_title = QLabel()
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(170)
        self.restore_note = QLabel()
        self.restore_note.setWordWrap(True)
        self.restore_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.usb_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.stick_label)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.list_title)
        layout.addWidget(self.list)
        layout.addWidget(self.restore_note)
        self.usb_button.clicked.connect(self.back_up_now)
        self.open_button.clicked.connect(self.open_folder)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.intro.setText(self.tr("A backup is made automatically every day and when the app "
                               "closes (the last 7 days and 12 months are kept on this "
                               "laptop). Once a month, also back up to a USB stick and keep "
                               "it away from the laptop."))
        self.usb_button.setText(self.tr("Back up to USB now…"))
        self.usb_button.setEnabled(self.offsite_allowed and not self.busy)
        self.usb_button.setToolTip("" if self.offsite_allowed else self.tr(
            "Only an administrator makes a backup that leaves the laptop."))
        self.open_button.setText(self.tr("Open the backup folder"))
        self._show_stick()
        self.list_title.setText(self.tr("Latest backups on this laptop:"))
        self.restore_note.setText(self.tr(
            "To restore a backup: close Minqing, then run\n%1\nThe current file is kept aside "
            "under a dated name, never overwritten. A damaged file is offered its last good "
            "backup automatically when Minqing starts.").replace(
                "%1", f"minqing restore --db \"{self.db_path}\" <FILE>"))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.usb_watch.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.usb_watch.stop()
        super().hideEvent(event)

    def stick(self) -> str:
        """The root of the USB stick plugged in, or "" (the folder picker starts there)."""
        sticks = self.usb_watch.sticks()
        return sticks[0].root if sticks else ""

    def _show_stick(self) -> None:
        sticks = self.usb_watch.sticks()
        if sticks:
            d = sticks[0]
            self.stick_label.setText("✓ " + self.tr("USB stick found: %1 (%2 free)")
                                     .replace("%1", f"{d.root} {d.name}")
                                     .replace("%2", human_size(d.free)))
            self.stick_label.setStyleSheet("color:#1b5e20")
        else:
            self.stick_label.setText(self.tr("No USB stick plugged in — it is noticed as soon "
                                             "as you plug one in."))
            self.stick_label.setStyleSheet("color:#555")

    def refresh(self) -> None:
        self.list.clear()
        files = backup.list_backups(self.db_path)[:10]
        for f in files:
            when = datetime.fromtimestamp(f.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            self.list.addItem(f"{when}   {f.name}   {f.stat().st_size / 1e6:.1f} MB")
        if not files:
            self.list.addItem(self.tr("None yet."))

    def _ask_folder(self, parent: QWidget, start: str) -> str:
        return QFileDialog.getExistingDirectory(
            parent, self.tr("Choose the USB stick (or a folder on it)"), start)

    def back_up_now(self) -> None:
        """Pick the stick, then copy in a worker; the file written is named on the page."""
        if not self.offsite_allowed:
            return
        start = self.stick() or USB_FOLDER.get()
        folder = self.choose_folder(self, start)
        if not folder:
            return
        USB_FOLDER.set(folder)
        passphrase = self.ask_passphrase(self)
        if not passphrase:
            return
        dest, db_path = Path(folder), self.db_path
        local = location_of(dest) == Location.LOCAL
        self.busy = True
        self.usb_button.setEnabled(False)
        run_task(self, self.tr("Backing up…"),
                 lambda _p: backup.backup_now(db_path, dest, passphrase=passphrase),
                 lambda path: self._done(path, local), self._failed, cancellable=False)

    def _ask_passphrase(self, parent: QWidget) -> str | None:
        """Ask twice, without echo; None when cancelled."""
        dialog = PassphraseDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.first.text()

    def _done(self, path: Path, local: bool) -> None:
        self.busy = False
        self.usb_button.setEnabled(True)
        self.written = Path(path)
        text = message("backup_done", current_lang(), path=str(path))
        text = text[:1].upper() + text[1:]
        if local:
            text += "\n" + self.tr("Note: this folder is on the laptop's own disk. A backup "
                                   "that stays in the laptop is lost with it.")
        self.result.setStyleSheet("")
        self.result.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.usb_button.setEnabled(True)
        lang = current_lang()
        if isinstance(exc, MinqingError):
            text = exc.message(lang)
        elif isinstance(exc, OSError):  # the stick went away, is full or write-protected
            text = message("backup_failed", lang, detail=str(exc))
        else:
            raise exc  # unexpected: the calm dialog and the log
        self.result.setStyleSheet("color: #b00020")
        self.result.setText(text)

    def open_folder(self) -> None:
        folder = backup.backup_folder(self.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class PassphraseDialog(FormDialog):
    """The passphrase of a USB backup, typed twice without echo. OK waits for both boxes; the
    length rule is the backup's own (``backup.check_passphrase``), shown under the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Passphrase for the USB backup"), parent)
        self.add_note(self.tr(
            "The backup on the stick is encrypted. Choose a passphrase of at least 8 "
            "characters and keep it apart from the stick: without it the backup cannot be "
            "restored."))
        self.first, self.again = QLineEdit(), QLineEdit()
        for field in (self.first, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("Passphrase:"), self.first, "passphrase")
        self.add_row(self.tr("Again:"), self.again)
        self.watch(self.first.textChanged, self.again.textChanged)

    def ready(self) -> bool:
        return bool(self.first.text()) and bool(self.again.text())

    def accept(self) -> None:
        if self.ready() and self.first.text() != self.again.text():
            self.fail(self.tr("The two passphrases differ."))
            self.again.clear()
            return
        super().accept()

    def submit(self) -> None:
        backup.check_passphrase(self.first.text())
