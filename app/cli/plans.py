"""Work plans, villagers' ratings, the scorecard and the payout proposal (issue 16).

``cadre list``, ``plan add|close|confirm|approve|carry|drop|list|sheet|report``,
``review add``, ``scorecard`` and ``payout``: a contract scripts rely on (exit 1 with the reason
on stderr and nothing written when the input is refused).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.core import add_db, lang, open_ctx
from app.cli.text import _
from app.i18n import gettext, label, pgettext, tr


def _dump(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v:.1%}"


def cmd_cadre_list(args: argparse.Namespace) -> int:
    from app.paper.safe_cells import Masker
    from app.services.cadres import list_cadres

    mask = Masker(full=args.full_numbers)
    ctx = open_ctx(args)
    try:
        with ctx.read() as s:
            rows = list_cadres(s, include_inactive=args.all)
    finally:
        ctx.store.close()
    out = [{"id": c.id, "name": c.name, "title": c.title, "phone": mask.phone(c.phone),
            "households": c.households} for c in rows]
    if args.json:
        _dump(out)
    else:
        for c in out:
            print(f"{c['id']}\t{c['name']}\t{c['title']}\t{c['phone']}\t{c['households']}")
    return 0


def cmd_plan_add(args: argparse.Namespace) -> int:
    from app.services.plans import add_item

    ctx = open_ctx(args)
    try:
        iid = add_item(ctx, args.cadre, args.month, args.text, category=args.category,
                       assigned=args.assigned)
    finally:
        ctx.store.close()
    print(iid)
    return 0


def cmd_plan_close(args: argparse.Namespace) -> int:
    from app.services.plans import close_item

    ctx = open_ctx(args)
    try:
        close_item(ctx, args.id, done=args.done, note=args.note or "",
                   evidence=args.evidence or "")
    finally:
        ctx.store.close()
    return 0


def cmd_plan_confirm(args: argparse.Namespace) -> int:
    from app.services.plans import confirm

    ctx = open_ctx(args)
    try:
        confirm(ctx, args.id)
    finally:
        ctx.store.close()
    return 0


def cmd_plan_approve(args: argparse.Namespace) -> int:
    from app.services.plans import approve

    ctx = open_ctx(args)
    try:
        n = approve(ctx, args.ids)
    finally:
        ctx.store.close()
    print(n)
    return 0


def cmd_plan_carry(args: argparse.Namespace) -> int:
    from app.services.plans import carry_over

    ctx = open_ctx(args)
    try:
        new_id = carry_over(ctx, args.id)
    finally:
        ctx.store.close()
    print(new_id)
    return 0


def cmd_plan_drop(args: argparse.Namespace) -> int:
    from app.services.plans import drop_item

    ctx = open_ctx(args)
    try:
        drop_item(ctx, args.id, args.reason)
    finally:
        ctx.store.close()
    return 0


def cmd_plan_list(args: argparse.Namespace) -> int:
    from app.services.plans import list_items

    ctx = open_ctx(args)
    try:
        items = list_items(ctx, args.month, cadre_id=args.cadre)
    finally:
        ctx.store.close()
    if args.json:
        _dump([i.as_json() for i in items])
        return 0
    lng = lang(args)
    for i in items:
        print(f"{i.id}\t{i.cadre_name}\t{label(i.status, lng)}\t{i.text}\t{i.note}")
    return 0


def cmd_plan_sheet(args: argparse.Namespace) -> int:
    from app.paper.plan_sheets import write_plan_sheet

    ctx = open_ctx(args)
    try:
        n = write_plan_sheet(ctx, args.month, args.out, cadre_id=args.cadre)
    finally:
        ctx.store.close()
    print(tr("plan_sheet_written", lang(args), path=args.out, count=n))
    return 0


def cmd_plan_report(args: argparse.Namespace) -> int:
    from app.paper.plan_sheets import write_quarter_report

    ctx = open_ctx(args)
    try:
        n = write_quarter_report(ctx, args.quarter, args.out, cadre_id=args.cadre)
    finally:
        ctx.store.close()
    print(tr("plan_sheet_written", lang(args), path=args.out, count=n))
    return 0


def cmd_review_add(args: argparse.Namespace) -> int:
    from app.services.reviews import add_review

    ctx = open_ctx(args)
    try:
        rid = add_review(ctx, args.household, args.cadre, args.rating, on=args.date,
                         remark=args.remark or "", occasion=args.occasion)
    finally:
        ctx.store.close()
    print(rid)
    return 0


def cmd_scorecard(args: argparse.Namespace) -> int:
    from app.services.plans import Quarter
    from app.services.scorecard import scorecard
    from app.services.stats import Month

    month = Month.parse(args.month)
    quarter = Quarter.parse(args.quarter) if args.quarter else None
    ctx = open_ctx(args)
    try:
        card = scorecard(ctx, month, quarter)
    finally:
        ctx.store.close()
    if args.json:
        _dump(card.as_json())
        return 0
    lng = lang(args)
    head = (pgettext("scorecard", "rank", lng), pgettext("scorecard", "name", lng),
            pgettext("scorecard", "households", lng), pgettext("scorecard", "coverage", lng),
            pgettext("scorecard", "received", lng), pgettext("scorecard", "on time", lng),
            pgettext("scorecard", "overdue", lng), pgettext("scorecard", "satisfaction", lng),
            pgettext("scorecard", "rating", lng), pgettext("scorecard", "ratings", lng),
            pgettext("scorecard", "items", lng), pgettext("scorecard", "closed", lng),
            pgettext("scorecard", "closure", lng))
    print(f"{card.station['name']} {card.period}")
    print("\t".join(head))
    for c in [*card.cadres, card.totals]:
        flag = gettext(" (bottom)", lng) if c.bottom else ""
        print("\t".join(str(x) for x in (
            c.rank if c.rank is not None else "—", c.name + flag, c.households,
            _pct(c.coverage_ytd), c.matters_received, c.resolved_on_time, c.overdue,
            _pct(c.satisfaction_rate), _pct(c.review_rate), c.reviews.total, c.plan_items,
            c.plan_closed, _pct(c.closure_rate))))
    return 0


def cmd_payout(args: argparse.Namespace) -> int:
    from app.services.scorecard import propose_payout

    ctx = open_ctx(args)
    try:
        p = propose_payout(ctx, args.quarter, args.pool, args.min_spread)
    finally:
        ctx.store.close()
    if args.json:
        _dump(p.as_json())
        return 0
    for ln in p.lines:
        print(f"{ln.name}\t{ln.closure_rate:.1%}\t{ln.amount}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("cadre", help=_("cadres"))
    csub = p.add_subparsers(dest="cadre_command", required=True)
    c = csub.add_parser("list", help=_("cadres and their households"))
    add_db(c)
    c.add_argument("--json", action="store_true")
    c.add_argument("--all", action="store_true", help=_("include inactive cadres"))
    c.add_argument("--full-numbers", action="store_true",
                   help=_("full phone numbers"))
    c.set_defaults(func=cmd_cadre_list)

    p = sub.add_parser("plan", help=_("work plans checked off"))
    psub = p.add_subparsers(dest="plan_command", required=True)
    a = psub.add_parser("add", help=_("add a plan item (prints its id)"))
    add_db(a)
    a.add_argument("--cadre", required=True)
    a.add_argument("--month", required=True, help=_("YYYY-MM"))
    a.add_argument("--text", required=True)
    a.add_argument("--category", default="other",
                   choices=["visits", "matters", "projects", "services", "other"])
    a.add_argument("--assigned", action="store_true",
                   help=_("assigned by the level above, approved"))
    a.set_defaults(func=cmd_plan_add)
    a = psub.add_parser("close", help=_("check an item off"))
    add_db(a)
    a.add_argument("id")
    g = a.add_mutually_exclusive_group(required=True)
    g.add_argument("--done", dest="done", action="store_true")
    g.add_argument("--not-done", dest="done", action="store_false")
    a.add_argument("--note", help=_("note, or why not done"))
    a.add_argument("--evidence", help=_("evidence"))
    a.set_defaults(func=cmd_plan_close)
    a = psub.add_parser("confirm", help=_("the superior confirms a check-off"))
    add_db(a)
    a.add_argument("id")
    a.set_defaults(func=cmd_plan_confirm)
    a = psub.add_parser("approve", help=_("approve proposed items"))
    add_db(a)
    a.add_argument("ids", nargs="+")
    a.set_defaults(func=cmd_plan_approve)
    a = psub.add_parser("carry", help=_("carry into next month"))
    add_db(a)
    a.add_argument("id")
    a.set_defaults(func=cmd_plan_carry)
    a = psub.add_parser("drop", help=_("drop an item with its reason"))
    add_db(a)
    a.add_argument("id")
    a.add_argument("--reason", required=True)
    a.set_defaults(func=cmd_plan_drop)
    a = psub.add_parser("list", help=_("a month's plan items"))
    add_db(a)
    a.add_argument("--month", required=True)
    a.add_argument("--cadre")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_plan_list)
    a = psub.add_parser("sheet", help=_("monthly plan sheets to sign"))
    add_db(a)
    a.add_argument("--month", required=True)
    a.add_argument("--out", required=True)
    a.add_argument("--cadre")
    a.set_defaults(func=cmd_plan_sheet)
    a = psub.add_parser("report", help=_("quarterly report sheets"))
    add_db(a)
    a.add_argument("--quarter", required=True)
    a.add_argument("--out", required=True)
    a.add_argument("--cadre")
    a.set_defaults(func=cmd_plan_report)

    p = sub.add_parser("review", help=_("villagers' ratings of cadres"))
    rsub = p.add_subparsers(dest="review_command", required=True)
    r = rsub.add_parser("add", help=_("record a household's rating"))
    add_db(r)
    r.add_argument("--household", required=True)
    r.add_argument("--cadre", required=True)
    r.add_argument("--rating", required=True, choices=["satisfied", "fair", "unsatisfied"])
    r.add_argument("--date", help=_("YYYY-MM-DD (default today)"))
    r.add_argument("--remark")
    r.add_argument("--occasion", default="visit", choices=["visit", "meeting", "yearly", "other"])
    r.set_defaults(func=cmd_review_add)

    p = sub.add_parser("scorecard", help=_("the cadre scorecard"))
    add_db(p)
    p.add_argument("--month", required=True)
    p.add_argument("--quarter", help=_("figures for the quarter"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_scorecard)

    p = sub.add_parser("payout", help=_("payout proposal by plan completion"))
    add_db(p)
    p.add_argument("--quarter", required=True)
    p.add_argument("--pool", required=True, help=_("pool in yuan"))
    p.add_argument("--min-spread", help=_("minimum spread, yuan (default 300)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_payout)
