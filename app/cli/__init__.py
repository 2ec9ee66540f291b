"""The ``minqing`` command line: a contract scripts and tests rely on.

Exit codes: 0 done, 1 input rejected (reason on stderr, nothing written), 2 usage error.
Each command group lives in its own module and registers its sub-commands here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from app.cli import admin, batch, core, events, matter, paper, screenshots, township
from app.cli import calendar as calendar_cli
from app.cli import county as county_cli
from app.cli import plans as plans_cli

Register = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]
COMMAND_GROUPS: list[Register] = [core.register, paper.register, batch.register, admin.register,
                                  screenshots.register, calendar_cli.register, matter.register]
COMMAND_GROUPS.append(plans_cli.register)  # work plans, ratings, scorecard, payout (issue 16)
COMMAND_GROUPS.append(events.register)  # gatherings, opinion boxes, duties (issue 12)
COMMAND_GROUPS.append(township.register)  # the township leader's desk (issue 13)
COMMAND_GROUPS.append(county_cli.register)  # the county tier (issue 14)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minqing", description="民情台账 Minqing")
    parser.add_argument("--db", help="数据库文件或 postgresql+psycopg:// 地址 / database file or URL")
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"],
                        help="消息语言 / message language")
    parser.add_argument("--self-test", action="store_true",
                        help="自检后退出（0 = 正常）/ check this installation, exit 0 if sound")
    sub = parser.add_subparsers(dest="command")
    for register in COMMAND_GROUPS:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test(args.lang)
    if args.command is None:
        from app.cli.gui import run_gui

        return run_gui(args)
    func: Callable[[argparse.Namespace], int] = args.func
    return core.guarded(func, args)


if __name__ == "__main__":
    sys.exit(main())
