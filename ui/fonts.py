"""Register the shipped CJK font so Chinese looks the same on every laptop, frozen or not, and
apply the larger-text option."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resource_path

FONT_FILE = "wqy-microhei.ttc"
NORMAL_PT = 10
LARGE_PT = 13


def install_app_font(app: QApplication, large: bool = False) -> str:
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else app.font().family()
    font = QFont(family)
    font.setPointSize(LARGE_PT if large else NORMAL_PT)
    app.setFont(font)
    return family


def apply_font_size(app: QApplication, large: bool) -> None:
    """Widgets follow the application font; page headings keep their 1.25× size."""
    font = app.font()
    ratio = (LARGE_PT if large else NORMAL_PT) / max(font.pointSize(), 1)
    font.setPointSize(LARGE_PT if large else NORMAL_PT)
    app.setFont(font)
    from PySide6.QtWidgets import QTableView

    row = row_height(font)
    for w in app.allWidgets():
        if w.objectName() == "heading":
            f = w.font()
            f.setPointSizeF(font.pointSizeF() * 1.25)
            w.setFont(f)
        elif isinstance(w, QTableView):
            w.verticalHeader().setDefaultSectionSize(row)
            header = w.horizontalHeader()
            for col in range(header.count() - 1):  # the last column stretches
                header.resizeSection(col, round(header.sectionSize(col) * ratio))


def row_height(font: QFont) -> int:
    """Table rows tall enough for the font (CJK glyphs need a little more than Latin)."""
    from PySide6.QtGui import QFontMetrics

    return QFontMetrics(font).height() + 10
