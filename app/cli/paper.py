"""Paper and Excel commands: roster import/export, monthly ledger, coverage, contact cards."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.core import add_db, audited_export, lang, open_ctx
from app.cli.text import _
from app.errors import MinqingError
from app.i18n import tr


def cmd_roster_import(args: argparse.Namespace) -> int:
    from app.paper.roster_import import apply_roster, read_roster, save_report

    lng = lang(args)
    # Read the file before opening the store: a file that cannot be read changes nothing.
    preview = read_roster(Path(args.file), sheet=args.sheet)
    ctx = open_ctx(args)
    try:
        rep = apply_roster(ctx, preview, dry_run=args.dry_run, village_code=args.village)
        if args.report and rep.errors:
            save_report(preview, rep, args.report, lng, full=args.full_numbers)
            audited_export(ctx, "roster_report", len({e.row for e in rep.errors}),
                           args.full_numbers, args.report)
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps(rep.as_json(), ensure_ascii=False, indent=2))
        return 0
    for e in rep.errors:
        print(tr("roster_error_line", lng, row=e.row, column=e.column, message=e.message))
    print(tr("roster_summary", lng, status=tr(f"roster_status_{rep.status}", lng),
             inserted=rep.inserted, updated=rep.updated, unchanged=rep.unchanged,
             errors=len({e.row for e in rep.errors}), skipped=len(rep.skipped)))
    if args.report and rep.errors:
        print(tr("roster_report_saved", lng, path=args.report))
    return 0


def cmd_roster_export(args: argparse.Namespace) -> int:
    from app.paper.roster_export import export_roster

    ctx = open_ctx(args)
    try:
        n = export_roster(ctx, args.out, full=args.full_numbers)
        audited_export(ctx, "roster", n, args.full_numbers, args.out)
    finally:
        ctx.store.close()
    print(tr("roster_exported", lang(args), count=n, path=args.out))
    return 0


def cmd_ledger(args: argparse.Namespace) -> int:
    from app.paper.ledger import write_ledger
    from app.services.stats import Month

    month = Month.parse(args.month)
    ctx = open_ctx(args)
    try:
        res = write_ledger(ctx, month, args.out, full=args.full_numbers)
        audited_export(ctx, "ledger", res.visits + res.matters, args.full_numbers, args.out)
    finally:
        ctx.store.close()
    print(tr("ledger_written", lang(args), path=args.out, visits=res.visits,
             matters=res.matters))
    return 0


def _year(text: str) -> int:
    if not text.isdigit() or not 1990 <= int(text) <= 2100:
        raise MinqingError("year_invalid", value=text)
    return int(text)


def cmd_coverage(args: argparse.Namespace) -> int:
    from app.paper.coverage import write_archive, write_coverage

    year = _year(args.year)
    ctx = open_ctx(args)
    try:
        res = write_coverage(ctx, year, args.out, full=args.full_numbers)
        audited_export(ctx, "coverage", res.households, args.full_numbers, args.out)
        if args.archive:
            sheets = write_archive(ctx, year, args.archive, full=args.full_numbers)
            audited_export(ctx, "archive", sum(sheets.values()), args.full_numbers,
                           args.archive)
    finally:
        ctx.store.close()
    print(tr("coverage_written", lang(args), path=args.out, unvisited=res.unvisited))
    if args.archive:
        print(tr("archive_written", lang(args), path=args.archive))
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    from app.paper.cards_pdf import print_cards

    lng = lang(args)
    ctx = open_ctx(args)
    try:
        res = print_cards(ctx, args.out, group=args.group, household_ids=args.household or None,
                          duplex=args.duplex, reissue_only=args.reissue)
        audited_export(ctx, "cards", res.cards, False, args.out)
    finally:
        ctx.store.close()
    for chars, names in res.missing_glyphs_summary():
        print(tr("cards_missing_glyphs", lng, chars=chars, names=names), file=sys.stderr)
    print(tr("cards_written", lng, count=res.cards, pages=res.pages, path=args.out))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("roster", help=_("household roster import and export"))
    rsub = p.add_subparsers(dest="roster_command", required=True)
    r = rsub.add_parser("import", help=_("import from Excel or CSV"))
    add_db(r)
    r.add_argument("file")
    r.add_argument("--dry-run", action="store_true", help=_("preview only"))
    r.add_argument("--json", action="store_true")
    r.add_argument("--sheet", help=_("sheet name (default: the first)"))
    r.add_argument("--village", help=_("village code on a township"))
    r.add_argument("--report", help=_("save refused rows as .xlsx"))
    r.add_argument("--full-numbers", action="store_true",
                   help=_("full ID and phone numbers in the report"))
    r.set_defaults(func=cmd_roster_import)
    r = rsub.add_parser("export", help=_("export the register to Excel"))
    add_db(r)
    r.add_argument("--out", required=True)
    r.add_argument("--full-numbers", action="store_true")
    r.set_defaults(func=cmd_roster_export)

    p = sub.add_parser("ledger", help=_("monthly ledger workbook"))
    add_db(p)
    p.add_argument("--month", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--full-numbers", action="store_true")
    p.set_defaults(func=cmd_ledger)

    p = sub.add_parser("coverage", help=_("yearly coverage and archive"))
    add_db(p)
    p.add_argument("--year", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--archive", help=_("also write the annual archive .xlsx"))
    p.add_argument("--full-numbers", action="store_true")
    p.set_defaults(func=cmd_coverage)

    p = sub.add_parser("cards", help=_("print contact cards (PDF)"))
    add_db(p)
    p.add_argument("--out", required=True)
    p.add_argument("--group", help=_("villager group"))
    p.add_argument("--household", action="extend", nargs="+", help=_("household id"))
    p.add_argument("--reissue", action="store_true",
                   help=_("only households whose liaison changed"))
    p.add_argument("--duplex", action="store_true", help=_("backs for duplex printing"))
    p.set_defaults(func=cmd_cards)
