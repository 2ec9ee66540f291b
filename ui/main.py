"""Composition root of the desktop app: application object, font, translations, store, window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.context import AppContext
from app.errors import MinqingError
from app.paths import resource_path
from app.store import open_store
from ui.fonts import install_app_font


def make_app(lang: str = "zh_CN") -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Minqing")
    app.setApplicationName("Minqing")
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if lang == "zh_CN"
                               else QLocale.Language.English,
                               QLocale.Country.China if lang == "zh_CN"
                               else QLocale.Country.UnitedStates))
    install_app_font(app)
    install_translators(app, lang)
    return app


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Our strings are written in English in the code and translated to zh_CN by the .qm file;
    Qt's own dialogs use the qtbase catalogue shipped inside PySide6."""
    translators: list[QTranslator] = []
    if lang != "zh_CN":
        return translators
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", "minqing_zh_CN.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def run(db_path: Path, lang: str = "zh_CN") -> int:
    app = make_app(lang)
    from app.services.station import get_station
    from ui.main_window import MainWindow
    from ui.setup_dialog import SetupDialog

    try:
        store = open_store(db_path)
        with store.session() as s:
            has_station = get_station(s) is not None
        if not has_station and SetupDialog(store, lang).exec() != SetupDialog.DialogCode.Accepted:
            return 0
        ctx = AppContext(store, lang=lang)
        _ = ctx.station_code
    except MinqingError as exc:
        QMessageBox.critical(None, "Minqing", exc.message(lang))
        return 1
    window = MainWindow(ctx)
    window.show()
    return app.exec()
