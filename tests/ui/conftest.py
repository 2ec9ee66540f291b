"""Qt tests: settings in a temporary folder (never the laptop's), the shipped font, and the
window language reset to Chinese after each test."""

from __future__ import annotations

from tests.qt_window import qt_settings  # noqa: F401  (autouse)


