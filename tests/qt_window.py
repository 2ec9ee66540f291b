"""The Qt set-up every window test needs, in one place: settings kept as INI files in the
test's own folder (never the laptop's, never the previous test's), the app's name and CJK font,
and the window in Chinese before and after the test (a test that switches language must not
leave the next one in English). Test modules outside tests/ui import the fixture by name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from ui.fonts import install_app_font
    from ui.i18n import set_language
    from ui.settings_store import use_ini_folder

    use_ini_folder(tmp_path / "settings")
    qapp.setOrganizationName("MinqingTest")
    qapp.setApplicationName("MinqingTest")
    install_app_font(qapp)
    set_language("zh_CN")
    yield
    set_language("zh_CN")
