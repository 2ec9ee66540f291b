"""Register the shipped CJK font so Chinese looks the same on every laptop, frozen or not."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resource_path

FONT_FILE = "wqy-microhei.ttc"


def install_app_font(app: QApplication, point_size: int | None = None) -> str:
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else app.font().family()
    font = QFont(family)
    font.setPointSize(point_size or max(10, app.font().pointSize()))
    app.setFont(font)
    return family
