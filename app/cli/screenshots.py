"""``minqing screenshots --out DIR``: render every main screen on demo data, in Chinese and in
English, to PNG. The rendering lives in ``ui/screenshots.py``; this module only wires the
command (and, like ``app/cli/gui.py``, is allowed to reach into ``ui``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli.text import _


def cmd_screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.screenshots import parse_size, render_all

    langs = tuple(args.langs.split(",")) if args.langs else ("zh_CN", "en")
    size = None
    if args.size:
        try:
            size = parse_size(args.size)
        except ValueError:
            print(_("--size must be WIDTHxHEIGHT, e.g. 1024x600: {size}").format(size=args.size),
                  file=sys.stderr)
            return 2
    for path in render_all(Path(args.out), langs=langs, households=args.households, size=size):
        print(path)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("screenshots", help=_("render the main screens to PNG"))
    p.add_argument("--out", required=True, help=_("output folder"))
    p.add_argument("--langs", default="", help=_("zh_CN,en (default both)"))
    p.add_argument("--households", type=int, default=600, help=_("demo households"))
    p.add_argument("--size", default="",
                   help=_("also render the main screens at this window size, e.g. 1024x600"))
    p.set_defaults(func=cmd_screenshots)
