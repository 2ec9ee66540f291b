"""Starting the desktop window from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.paths import default_db_path


def run_gui(args: argparse.Namespace) -> int:
    from ui.main import run

    path = Path(args.db) if args.db else default_db_path()
    return run(path, lang=args.lang)
