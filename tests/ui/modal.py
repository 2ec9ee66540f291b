"""Driving modal dialogs (``exec()`` blocks) from a test: act on the next modal window once it
shows, from a timer inside its event loop."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

_pending: list[list[bool]] = []


def answer_modal(act: Callable[[QWidget], None], timeout: float = 10.0) -> list[QWidget]:
    """Call ``act`` with the next active modal widget; returns a list that then holds it (so
    the test can assert which dialog it was). Gives up after ``timeout`` seconds by closing
    whatever is modal, so a wrong flow fails instead of hanging."""
    seen: list[QWidget] = []
    end = time.monotonic() + timeout
    alive = [True]
    _pending.append(alive)

    def poll() -> None:
        if not alive[0]:
            return
        widget = QApplication.activeModalWidget()
        if widget is None or widget in seen:
            if time.monotonic() < end:
                QTimer.singleShot(20, poll)
            return
        seen.append(widget)
        alive[0] = False
        act(widget)

    QTimer.singleShot(20, poll)
    return seen


@pytest.fixture(autouse=True)
def no_stale_modal_answers() -> Iterator[None]:
    """Import into a test module: an answer a test did not use never acts in the next test."""
    yield
    unused = [a for a in _pending if a[0]]
    for alive in _pending:
        alive[0] = False
    _pending.clear()
    assert not unused, "a modal dialog the test expected never appeared"
