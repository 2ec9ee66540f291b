"""The ``minqing`` command line: a contract scripts and tests rely on.

Exit codes: 0 done, 1 input rejected (reason on stderr, nothing written), 2 usage error.
Each command group lives in its own module and registers its sub-commands here.

Start-up cost (issue 11): a command builds only its own sub-parser. The groups' ``register``
functions run against a proxy that makes real parsers for the command named on the line and
cheap no-op stand-ins for the ~60 others (building them all cost a fifth of ``minqing stats``);
``--help``, no command, or an unknown name build the full parser. The group modules import
their heavy dependencies inside the commands, so importing them here stays cheap.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from app.cli import admin, batch, core, events, matter, paper, screenshots, township
from app.cli import calendar as calendar_cli
from app.cli import county as county_cli
from app.cli import plans as plans_cli
from app.cli.text import _, language_in, use_language
from app.i18n import DEFAULT_LANGUAGE, available_languages

Register = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]
COMMAND_GROUPS: list[Register] = [core.register, paper.register, batch.register, admin.register,
                                  screenshots.register, calendar_cli.register, matter.register]
COMMAND_GROUPS.append(plans_cli.register)  # work plans, ratings, scorecard, payout (issue 16)
COMMAND_GROUPS.append(events.register)  # gatherings, opinion boxes, duties (issue 12)
COMMAND_GROUPS.append(township.register)  # the township leader's desk (issue 13)
COMMAND_GROUPS.append(county_cli.register)  # the county tier (issue 14)

# Top-level options that take a value (so their value is not mistaken for the command).
_VALUE_OPTIONS = frozenset({"--db", "--lang"})


class _Skipped:
    """Stands in for the sub-parser of a command not being run: every call is accepted and
    does nothing (add_argument, set_defaults, add_subparsers, add_parser …)."""

    def __getattr__(self, _name: str) -> Callable[..., _Skipped]:
        return lambda *_a, **_k: self


class _OnlyOne:
    """Proxy of the top-level sub-parsers action: a real parser for ``wanted``, stand-ins
    for the rest."""

    def __init__(self, real: Any, wanted: str) -> None:
        self._real = real
        self._wanted = wanted
        self.found = False

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if name == self._wanted or self._wanted in kwargs.get("aliases", ()):
            self.found = True
            return self._real.add_parser(name, **kwargs)
        return _Skipped()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def _command_name(argv: Sequence[str]) -> str | None:
    """The command on the line, or None when help is asked for before it or none is given."""
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token in ("-h", "--help"):
            return None
        if token in _VALUE_OPTIONS:
            skip = True
            continue
        if token.startswith("-"):
            continue
        return token
    return None


def _top_parser() -> tuple[argparse.ArgumentParser, Any]:
    parser = argparse.ArgumentParser(prog="minqing", description=_("Minqing, the village ledger"))
    parser.add_argument("--db", help=_("database file or postgresql+psycopg:// URL"))
    parser.add_argument("--lang", default=DEFAULT_LANGUAGE, choices=available_languages(),
                        help=_("message language"))
    parser.add_argument("--self-test", action="store_true",
                        help=_("check this installation, exit 0 if sound"))
    return parser, parser.add_subparsers(dest="command")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command``, one whose only real sub-parser is that command's (the
    full parser if no group registers it, so argparse names the mistake as usual)."""
    if command is not None:
        parser, sub = _top_parser()
        only = _OnlyOne(sub, command)
        for register in COMMAND_GROUPS:
            register(only)  # type: ignore[arg-type]
        if only.found:
            return parser
    parser, sub = _top_parser()
    for register in COMMAND_GROUPS:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    use_language(language_in(args_list))  # helps are read when the parser is built
    parser = build_parser(_command_name(args_list))
    args = parser.parse_args(args_list)
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
