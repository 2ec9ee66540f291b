"""The county tier on the command line (issue 14): ``county export`` (a township writes its
batch for the county, forwarding its villages' files), ``county import`` (the county applies
it), ``county reply`` / ``county accept`` (receipts and the holiday table back down) and
``county desk`` (townships compared, overdue per township). Pairing is ``station card`` /
``station enroll`` as between a village and its township."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from app.cli.core import COMMAND_NEEDS, WRITE, add_db, lang, open_ctx
from app.cli.text import _
from app.i18n import tr

COMMAND_NEEDS.update({"county export": WRITE, "county import": WRITE, "county reply": WRITE,
                      "county accept": WRITE, "county notice": WRITE})


def cmd_export(args: argparse.Namespace) -> int:
    from sync.county import export_to_county

    ctx = open_ctx(args)
    try:
        res = export_to_county(ctx, Path(args.to), full=args.full)
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps({"file": str(res.path), "batch_id": res.batch_id,
                          "destination": res.destination, "seq": res.seq, "counts": res.counts,
                          "forwarded": [str(p) for p in res.forwarded]}, ensure_ascii=False))
    else:
        print(tr("county_exported", lang(args), path=res.path, records=sum(res.counts.values()),
                 forwarded=len(res.forwarded)))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from sync.county import import_county_batch

    ctx = open_ctx(args)
    try:
        results = [import_county_batch(ctx, Path(f)) for f in args.files]
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=2))
    else:
        for r in results:
            name = r.township_name or Path(r.file).name
            if r.status == "rejected":
                print(tr("county_import_refused", lang(args), name=name, reason=r.reason),
                      file=sys.stderr)
                continue
            applied = sum(1 for v in r.villages if v["status"] == "applied")
            print(tr("county_import_" + r.status, lang(args), name=name, villages=applied,
                     skipped=len(r.villages) - applied))
    return 0 if all(r.status != "rejected" for r in results) else 1


def cmd_reply(args: argparse.Namespace) -> int:
    from sync.county import export_county_reply

    ctx = open_ctx(args)
    try:
        res = export_county_reply(ctx, args.for_code, Path(args.to))
    finally:
        ctx.store.close()
    print(json.dumps({"file": str(res.path), "destination": res.destination, "seq": res.seq,
                      "counts": res.counts}, ensure_ascii=False))
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    from sync.county import import_county_reply

    ctx = open_ctx(args)
    try:
        out = import_county_reply(ctx, Path(args.file))
    finally:
        ctx.store.close()
    print(json.dumps(out, ensure_ascii=False))
    return 0


def cmd_notice(args: argparse.Namespace) -> int:
    """County: issue supervision notices on a village's or a whole township's overdue matters;
    they travel down in the next ``county reply`` to that township."""
    from app.services.supervision import issue_notice, issue_township_notices, parse_day

    as_of = parse_day(args.as_of) if args.as_of else None
    reply_by = parse_day(args.reply_by, "reply_by") if args.reply_by else None
    ctx = open_ctx(args)
    try:
        from app.services.county import require_county

        require_county(ctx)
        if args.matter:
            from app.services.matters import get_matter, resolve_matter_id

            mid = resolve_matter_id(ctx, args.matter)
            village = get_matter(ctx, mid).village_code
            notices = [issue_notice(ctx, village, as_of=as_of, reply_by=reply_by,
                                    note=args.note, matter_id=mid)]
        elif args.village:
            notices = [issue_notice(ctx, args.village, as_of=as_of, reply_by=reply_by,
                                    note=args.note)]
        else:
            notices = issue_township_notices(ctx, args.township, as_of=as_of,
                                             reply_by=reply_by, note=args.note)
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps([{"id": n.id, "notice_no": n.notice_no, "village": n.village_code,
                           "matters": n.matter_count, "reply_by": n.reply_by.isoformat()}
                          for n in notices], ensure_ascii=False, indent=2))
    else:
        for n in notices:
            print(tr("county_notice_issued", lang(args), no=n.notice_no, village=n.village_name,
                     matters=n.matter_count, reply_by=n.reply_by.isoformat()))
    return 0


def cmd_desk(args: argparse.Namespace) -> int:
    from app.services.county import county_desk, desk_json
    from app.services.stats import Month

    month = Month.parse(args.month) if args.month else Month.parse(f"{date.today():%Y-%m}")
    ctx = open_ctx(args)
    try:
        desk = county_desk(ctx, month)
    finally:
        ctx.store.close()
    print(json.dumps(desk_json(desk), ensure_ascii=False, indent=2))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cp = sub.add_parser("county", help=_("county tier batches and desk"))
    csub = cp.add_subparsers(dest="county_command", required=True)
    p = csub.add_parser("export", help=_("township: write the county batch"))
    add_db(p)
    p.add_argument("--to", required=True)
    p.add_argument("--full", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)
    p = csub.add_parser("import", help=_("county: import township batches"))
    add_db(p)
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)
    p = csub.add_parser("reply", help=_("county: receipts + holidays"))
    add_db(p)
    p.add_argument("--for", dest="for_code", required=True)
    p.add_argument("--to", required=True)
    p.set_defaults(func=cmd_reply)
    p = csub.add_parser("accept", help=_("township: import the county reply"))
    add_db(p)
    p.add_argument("file")
    p.set_defaults(func=cmd_accept)
    p = csub.add_parser("notice", help=_("county: supervision notices"))
    add_db(p)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--village", help=_("12-digit village code"))
    who.add_argument("--township", help=_("9-digit township code: one notice per village"))
    who.add_argument("--matter", help=_("one overdue matter (id or 8-character number): a "
                                        "notice on it alone"))
    p.add_argument("--as-of", dest="as_of")
    p.add_argument("--reply-by", dest="reply_by")
    p.add_argument("--note", default="")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_notice)
    p = csub.add_parser("desk", help=_("county: townships compared"))
    add_db(p)
    p.add_argument("--month")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_desk)
