"""The USB stick (or, as a fallback, any folder) the exchange page writes batches to and reads
them from: mounted volumes as Qt sees them, classified by the Qt-free rules of
``sync.drives``, noticed by the shared ``ui.usb_watch.UsbWatch`` while on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.exchange import Drive, human_size
from ui.usb_watch import POLL_MS, UsbWatch, volumes

__all__ = ["POLL_MS", "DrivePicker", "volumes"]


class DrivePicker(QWidget):
    """The USB stick (or, as a fallback, any folder) batches are written to and read from."""

    folder_changed = Signal()

    def __init__(self, data_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_file = data_file
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setMinimumWidth(360)
        self.combo.setObjectName("drive_combo")
        self.rescan_button = QPushButton()
        self.choose_button = QPushButton()
        self.info = QLabel()
        self.info.setStyleSheet("color: #555")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.rescan_button)
        row.addWidget(self.choose_button)
        row.addWidget(self.info)
        self.drives: list[Drive] = []
        self.custom: str = ""
        # A stick plugged in (or pulled out) shows up by itself: the shared watch
        # (``ui.usb_watch``, as "Back up to USB" uses) polls the mounts while the picker is on
        # screen. ``volumes_source`` stays replaceable (tests plug in a fake stick).
        self.volumes_source = volumes
        self.usb_watch = UsbWatch(data_file, self, source=lambda: self.volumes_source())
        self.watch = self.usb_watch.timer
        self.usb_watch.drivesChanged.connect(self._drives_changed)
        self.rescan_button.clicked.connect(self.scan)
        self.choose_button.clicked.connect(self.choose_folder)
        self.combo.currentIndexChanged.connect(self._changed)
        self.retranslate()
        self.scan()

    def retranslate(self) -> None:
        self.label.setText(self.tr("USB drive:"))
        self.rescan_button.setText(self.tr("Look again"))
        self.rescan_button.setToolTip(self.tr("Look again for USB drives (after plugging one in)"))
        self.choose_button.setText(self.tr("Choose folder…"))
        self._fill()

    def scan(self) -> None:
        """Look now (the "Look again" button, coming back to the page)."""
        self.usb_watch.rescan()

    def poll(self) -> bool:
        """Look at the mounts; refill only when they changed. True if they did."""
        if not self.isVisible():
            return False
        return self.usb_watch.poll()

    def _drives_changed(self, drives: list[Drive]) -> None:
        self.drives = drives
        self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        self.usb_watch.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.usb_watch.stop()  # nothing runs while the page is not shown
        super().hideEvent(event)

    def _fill(self) -> None:
        keep = self.folder()
        self.combo.blockSignals(True)
        self.combo.clear()
        if not self.drives and not self.custom:
            self.combo.addItem(self.tr("No USB drive found — plug one in, or choose a folder"),
                               "")
        for d in self.drives:
            mark = self.tr("USB drive") if d.removable else self.tr("other drive")
            state = "" if d.ready else " · " + self.tr("not ready")
            if d.ready and not d.writable:
                state = " · " + self.tr("read-only")
            self.combo.addItem(f"{d.root}  {d.name} ({mark}{state}) — "
                               + self.tr("%1 free").replace("%1", human_size(d.free)), d.root)
        if self.custom:
            self.combo.addItem(self.tr("Folder: %1").replace("%1", self.custom), self.custom)
        index = self.combo.findData(str(keep)) if keep else -1
        if index < 0:
            index = 0
            for i, d in enumerate(self.drives):
                if d.removable and d.writable:
                    index = i
                    break
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._changed()

    def set_folder(self, path: Path | str) -> None:
        """A folder chosen by hand (or by a test): becomes the current place."""
        self.custom = str(path)
        self._fill()
        self.combo.setCurrentIndex(self.combo.findData(self.custom))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of the USB drive"),
                                                str(self.folder() or Path.home()))
        if path:
            self.set_folder(path)

    def folder(self) -> Path | None:
        data = self.combo.currentData() if self.combo.count() else ""
        return Path(data) if data else None

    def _changed(self) -> None:
        folder = self.folder()
        if folder is None:
            self.info.setText("")
        else:
            try:
                import shutil

                free = shutil.disk_usage(folder).free
                self.info.setText(self.tr("%1 free").replace("%1", human_size(free)))
            except OSError:
                self.info.setText(self.tr("not ready"))
        self.folder_changed.emit()
