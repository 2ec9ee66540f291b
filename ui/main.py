"""Composition root of the desktop app, in a fixed order: exception hook and logging, the
application object, font, translators, then ``ui.startup`` (local disk, one window per file,
damaged file, first-run wizard, first account or sign-in), the window and its session."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.paths import log_dir
from ui import settings_store
from ui.fonts import install_app_font
from ui.i18n import current_lang, set_language

if TYPE_CHECKING:
    from ui.startup import Startup

log = logging.getLogger("minqing")


def log_file() -> Path:
    return log_dir() / "minqing.log"


def setup_logging() -> None:
    if any(isinstance(h, logging.FileHandler) for h in log.handlers):
        return
    handler = logging.FileHandler(log_file(), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    logging.getLogger("ui").addHandler(handler)


def calm_error_text() -> tuple[str, str]:
    title = QCoreApplication.translate("main", "Something went wrong")
    text = QCoreApplication.translate(
        "main", "The action could not be finished. Everything saved before it is safe.\n\n"
        "The details were written to the log file:\n%1\n\nIf it happens again, send that file "
        "to your township's IT contact.").replace("%1", str(log_file()))
    return title, text


def excepthook(kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """An unexpected error: log it with its traceback, tell the user calmly, keep running.
    Data already committed stays committed (each action is its own transaction)."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is None:
        return
    title, text = calm_error_text()
    box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    box.setDetailedText(f"{kind.__name__}: {exc}")
    box.exec()


def make_app(lang: str = "zh_CN", large_font: bool | None = None) -> QApplication:
    if QApplication.instance() is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    settings_store.name_application(app)
    if large_font is None:
        large_font = settings_store.LARGE_FONT.get()
    install_app_font(app, large_font)
    set_language(lang)
    return app


def start(db_path: Path | str, lang: str = "zh_CN", startup: Startup | None = None
          ) -> QWidget | int:
    """Everything up to the shown main window (or an exit code if the user stops early).
    The steps (local disk, one window per file, damaged file, wizard, sign-in) are in
    ``ui.startup``; the window then lives in a ``WindowSession`` (idle lock, daily backups)."""
    setup_logging()
    sys.excepthook = excepthook
    if lang == "zh_CN":
        # The CLI default; a language chosen in Settings on this laptop wins over it.
        settings_store.name_application()
        lang = settings_store.LANGUAGE.get(lang)
    make_app(lang)
    # Imported here, not at the top: the login dialog and the window import what they need
    # when they are about to be shown (issue 11: the first paint pays for the first screen).
    from ui.main_window import MainWindow
    from ui.startup import Startup, WindowSession

    steps = startup or Startup(db_path, current_lang())
    ctx = steps.run()
    if ctx is None:
        return 0
    window = MainWindow(ctx)
    session = WindowSession(window, ctx, steps.lock)
    window.settings_page.idle_minutes_chosen.connect(session.set_idle_minutes)
    window.session = session  # type: ignore[attr-defined]
    from ui.single_window import WindowBeacon

    window.beacon = WindowBeacon(steps.db_path, window)  # type: ignore[attr-defined]
    window.show()
    return window


def run(db_path: Path | str, lang: str = "zh_CN") -> int:
    window = start(db_path, lang)
    if isinstance(window, int):
        return window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.exec()
