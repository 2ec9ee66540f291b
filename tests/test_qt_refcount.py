"""Guard against the PySide6 6.12.0 bug that drops a reference to None on every void call and
aborts Python 3.11 after a few thousand calls (see the platform notes)."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_none_references(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(5000):
        label.setText(str(i))
    after = sys.getrefcount(None)
    assert after >= before - 50, (PySide6.__version__, before, after)
