"""Noticing a USB stick when it is plugged in or pulled out (issue 15), for any page that
writes to one ("Back up to USB", Data exchange). The mount table is polled with
``QStorageInfo`` on a timer while the page is on screen (cheap: no disk is touched); the
Qt-free rules of what counts as a stick stay in ``sync.drives``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QStorageInfo, QTimer, Signal

from app.services.exchange import Drive, Volume, classify

POLL_MS = 1500


def volumes() -> list[Volume]:
    """Mounted volumes as Qt sees them."""
    out = []
    for v in QStorageInfo.mountedVolumes():
        if not v.isValid():
            continue
        out.append(Volume(v.rootPath(), v.displayName(),
                          bytes(v.fileSystemType().data()).decode("utf-8", "replace"),
                          max(v.bytesAvailable(), 0), max(v.bytesTotal(), 0), v.isReady(),
                          v.isReadOnly(), v.isRoot()))
    return out


class UsbWatch(QObject):
    """Emits ``drivesChanged(list[Drive])`` whenever the set of mounted volumes (or their
    readiness) changes. ``source`` lists the volumes (a parameter so tests plug in a fake
    stick); ``data_file`` keeps the drive holding the open file out of the removable ones."""

    drivesChanged = Signal(list)  # noqa: N815 - Qt signal naming

    def __init__(self, data_file: str = "", parent: QObject | None = None,
                 source: Callable[[], list[Volume]] | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.data_file = data_file
        self.source = source or volumes
        self.drives: list[Drive] = []
        self._seen: tuple[tuple[str, bool, bool], ...] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Look now, then keep looking (call from the page's showEvent)."""
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        """Stop polling (the page's hideEvent): nothing runs while the page is not shown."""
        self.timer.stop()

    def rescan(self) -> None:
        """Read the mounts now and emit, changed or not (a "Look again" button)."""
        self._seen = None
        self.poll()

    def active(self) -> bool:
        return self.timer.isActive()

    def poll(self) -> bool:
        """Read the mounts; emit only when they changed. True if they did."""
        found = self.source()
        seen = tuple((v.root, v.ready, v.read_only) for v in found)
        if seen == self._seen:
            return False
        self._seen = seen
        self.drives = classify(found, self.data_file)
        self.drivesChanged.emit(list(self.drives))
        return True

    def sticks(self) -> list[Drive]:
        """The removable drives one can write to, first the first plugged in."""
        return [d for d in self.drives if d.removable and d.ready and d.writable]
