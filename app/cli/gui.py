"""Starting the desktop window from the command line."""

from __future__ import annotations

import argparse
import sys

from app.context import AppContext
from app.paths import default_db_path


def run_gui(args: argparse.Namespace) -> int:
    from app.dialect import resolve
    from app.errors import MinqingError
    from ui.main import run

    try:  # a file path or a county server's URL (never with its password), see app.dialect
        where = resolve(args.db, default_db_path())
    except MinqingError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 1
    return run(where, lang=args.lang)


def window_smoke_test(ctx: AppContext, lang: str = "zh_CN") -> str:
    """For ``--self-test``: build the main window offscreen (unless a platform is set), show it,
    and return its title — proof that Qt, its plugins, the font and the window code load."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.main import make_app
    from ui.main_window import MainWindow

    app = make_app(lang)
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    title = window.windowTitle()
    window.hide()
    # Home reads its figures in a worker: let it finish before the caller closes the store and
    # removes the folder (a read still running would re-create an empty file in it).
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)
    app.processEvents()
    window.deleteLater()
    app.processEvents()
    return f"{app.platformName()}: {title}"
