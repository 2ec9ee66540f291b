"""A second start on the same file brings the open window to the front.

The window holding the file listens on a local socket named after it
(``app.instance_lock.instance_key``: a named pipe on Windows, a socket file on Linux). A second
start that finds the file locked first knocks there; the first copy raises its window and the
second quits quietly — the clerk sees the window they already had, not a file path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from app.instance_lock import instance_key

KNOCK = b"raise\n"


class WindowBeacon(QObject):
    """Held by the running window: answers a knock by bringing ``window`` to the front."""

    def __init__(self, db_path: Path, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.knocks = 0
        self.server = QLocalServer(self)
        name = instance_key(db_path)
        QLocalServer.removeServer(name)  # a socket file left by a crashed copy
        self.server.listen(name)
        self.server.newConnection.connect(self._knocked)

    def _knocked(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(conn.readAll)
            conn.disconnected.connect(conn.deleteLater)
            self.knocks += 1
            raise_window(self.window)

    def close(self) -> None:
        self.server.close()


def raise_window(window: QWidget) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def knock(db_path: Path, timeout_ms: int = 1000) -> bool:
    """Ask the copy that has ``db_path`` open to show itself; True if it answered."""
    sock = QLocalSocket()
    sock.connectToServer(instance_key(db_path))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(KNOCK)
    sock.flush()
    sock.waitForBytesWritten(timeout_ms)
    sock.disconnectFromServer()
    return True
