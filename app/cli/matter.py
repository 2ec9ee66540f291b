"""``minqing matter card ID --out FILE.pdf [--size A5|A4]``: print one matter card."""

from __future__ import annotations

import argparse

from app.cli.core import add_db, lang, open_ctx
from app.cli.text import _
from app.i18n import tr


def cmd_matter_card(args: argparse.Namespace) -> int:
    from app.paper.matter_card import write_matter_card
    from app.services.matters import resolve_matter_id

    ctx = open_ctx(args)
    try:
        mid = resolve_matter_id(ctx, args.id)
        pages = write_matter_card(ctx, mid, args.out, size=args.size)
    finally:
        ctx.store.close()
    print(tr("matter_card_written", lang(args), path=args.out, pages=pages))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("matter", help=_("matters"))
    msub = p.add_subparsers(dest="matter_command", required=True)
    card = msub.add_parser("card", help=_("print a matter card"))
    card.add_argument("id", help=_("matter id (8 characters suffice)"))
    card.add_argument("--out", required=True)
    card.add_argument("--size", default="A5", choices=["A5", "A4", "a5", "a4"])
    add_db(card)
    card.set_defaults(func=cmd_matter_card)
