"""Qt tests: settings in a temporary folder (never the laptop's), the shipped font, and the
window language reset to Chinese after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from ui.fonts import install_app_font
    from ui.i18n import set_language

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    qapp.setOrganizationName("MinqingTest")
    qapp.setApplicationName("MinqingTest")
    install_app_font(qapp)
    set_language("zh_CN")
    yield
    set_language("zh_CN")
