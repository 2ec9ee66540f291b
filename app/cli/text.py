"""The CLI's own words (argparse helps, prompts) in the language chosen with ``--lang``.

argparse reads its help texts when the parser is *built*, so the language is set first:
``app.cli.main`` finds ``--lang`` on the command line (``language_in``), calls ``use_language``,
then builds the parser; every ``help=_("…")`` is then already in that language. argparse's own
words ("usage:", "options", its error messages) come from the stdlib ``gettext`` through the
module-level ``argparse._``/``argparse.ngettext``; ``use_language`` points those at the same
catalogue, and the msgids they use are listed below (``ARGPARSE_WORDS``) so they are extracted
and translated with ours. Messages printed by a command take the language from its arguments
(``gettext("…", lang(args))``) rather than from here.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from app.i18n import DEFAULT_LANGUAGE, N_, available_languages, translation

_language = DEFAULT_LANGUAGE

# argparse's own msgids (Python 3.11–3.13) that a user can see in help or in a usage error.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"), N_("expected one argument"),
    N_("argument %(argument_name)s: %(message)s"), N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"), N_("one of the arguments %s is required"),
)


def language_in(argv: Sequence[str]) -> str:
    """The value of the last ``--lang X`` / ``--lang=X`` on the line (top level or after the
    command), else the default; an unknown value is left for argparse to refuse."""
    found = DEFAULT_LANGUAGE
    for i, token in enumerate(argv):
        if token == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif token.startswith("--lang="):
            found = token.split("=", 1)[1]
    return found


def use_language(lang: str) -> None:
    """Build the next parser's texts in ``lang`` (argparse's own words too)."""
    global _language
    _language = lang if lang in available_languages() else DEFAULT_LANGUAGE
    t = translation(_language)
    argparse._ = t.gettext  # type: ignore[attr-defined]
    argparse.ngettext = t.ngettext  # type: ignore[attr-defined]


def current_language() -> str:
    return _language


def _(message: str) -> str:
    """``message`` (English source) in the CLI's language: for argparse helps and prompts."""
    return translation(_language).gettext(message)
