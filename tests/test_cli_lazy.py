"""A command builds only its own sub-parser (issue 11); help and mistakes still see them all."""

from __future__ import annotations

import argparse

from app.cli import _command_name, build_parser


def _choices(parser: argparse.ArgumentParser) -> set[str]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def test_a_command_gets_only_its_own_parser_and_the_same_arguments() -> None:
    assert _command_name(["--db", "x.sqlite3", "--lang", "en", "stats", "--month", "2026-10"]) \
        == "stats"
    lazy = build_parser("stats")
    assert _choices(lazy) == {"stats"}
    argv = ["--db", "x.sqlite3", "stats", "--month", "2026-10", "--json"]
    full_args = vars(build_parser().parse_args(argv))
    lazy_args = vars(lazy.parse_args(argv))
    assert {k: v for k, v in lazy_args.items() if k != "func"} == \
        {k: v for k, v in full_args.items() if k != "func"}
    assert lazy_args["func"] is full_args["func"]


def test_nested_commands_and_help_and_unknown_names() -> None:
    args = build_parser("user").parse_args(["user", "list"])
    assert args.user_command == "list"
    assert _command_name(["--help"]) is None
    assert len(_choices(build_parser(None))) > 20
    assert len(_choices(build_parser("nosuch"))) > 20  # argparse lists every command
