"""A second start on the same file brings the open window to the front (issue 15), instead of
a message quoting a file path; a file nobody answers for is still refused with the reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from app.instance_lock import InstanceLock, Location, instance_key
from tests.ui.modal import answer_modal, no_stale_modal_answers  # noqa: F401
from ui.single_window import WindowBeacon
from ui.startup import Startup


def test_second_start_raises_the_open_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "station.sqlite3"
    lock = InstanceLock(db).acquire()  # the first copy holds the file…
    window = QMainWindow()
    qtbot.addWidget(window)
    beacon = WindowBeacon(db, window)  # …and listens for a second start
    window.showMinimized()
    steps = Startup(db, "zh_CN", location=lambda _p: Location.LOCAL)
    assert steps.take_lock() is False  # the second copy stops, without any dialog
    qtbot.waitUntil(lambda: beacon.knocks == 1, timeout=3000)
    assert not window.isMinimized() and window.isVisible()
    beacon.close()
    lock.release()


def test_names_differ_per_file_and_an_unanswered_lock_still_says_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert instance_key(a) != instance_key(b) and instance_key(a) == instance_key(a)
    lock = InstanceLock(a).acquire()  # held, but no window listens (e.g. the CLI)
    seen = answer_modal(lambda box: box.close())
    assert Startup(a, "zh_CN").take_lock() is False
    assert seen and "a.sqlite3" in seen[0].text()  # type: ignore[attr-defined]
    lock.release()
