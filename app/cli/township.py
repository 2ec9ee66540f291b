"""The township leader's desk on the command line: ``supervise``, ``notice``, ``compare`` and
``report`` (issue 13). Each reads through the services; ``notice`` records what it issues."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from app.cli.core import add_db, lang, open_ctx
from app.cli.text import _
from app.errors import MinqingError
from app.i18n import gettext, label, pgettext, tr


def _as_of(args: argparse.Namespace) -> date:
    from app.services.supervision import parse_day

    return parse_day(args.as_of) if args.as_of else date.today()


def cmd_supervise(args: argparse.Namespace) -> int:
    from app.services.supervision import supervision_list

    as_of = _as_of(args)
    ctx = open_ctx(args)
    try:
        lst = supervision_list(ctx, as_of, village=args.village or "", owner=args.owner or "")
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps(lst.as_json(), ensure_ascii=False, indent=2))
        return 0
    lng = lang(args)
    heading = pgettext("supervision list", "overdue as of", lng)
    print(f"{lst.station_name} {heading} {as_of.isoformat()}: {len(lst.matters)}")
    for m in lst.matters:
        wait = f" ⏳{m.waiting_reply_days}" if m.waiting_reply_days is not None else ""
        print(f"  {m.village_name}\t{m.title}\t{label(m.category, lng)}\t{m.owner_name}\t"
              f"{m.deadline.isoformat()}\t{m.days_overdue}/{m.workdays_overdue}{wait}")
    print(gettext("waiting for the township", lng) + f": {len(lst.waiting)}")
    for w in lst.waiting:
        print(f"  {w.village_name}\t{w.title}\t{w.escalated_date.isoformat()}\t{w.days_waiting}")
    return 0


def cmd_notice(args: argparse.Namespace) -> int:
    from app.paper.notice import write_notice
    from app.services.supervision import issue_notice, parse_day

    if Path(args.out).suffix.lower() not in (".pdf", ".xlsx"):
        raise MinqingError("notice_format", path=args.out)
    as_of = _as_of(args)
    reply_by = parse_day(args.reply_by, "reply_by") if args.reply_by else None
    ctx = open_ctx(args)
    try:
        from app.paper.files import check_folder

        check_folder(args.out)
        n = issue_notice(ctx, args.village, owner_cadre_id=args.owner or None, as_of=as_of,
                         reply_by=reply_by, note=args.note or "")
        write_notice(n, args.out)
    finally:
        ctx.store.close()
    print(tr("notice_issued", lang(args), no=n.notice_no, village=n.village_name,
             count=n.matter_count, reply_by=n.reply_by.isoformat(), path=args.out))
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from app.services.compare import compare_villages
    from app.services.stats import Month

    month = Month.parse(args.month)
    ctx = open_ctx(args)
    try:
        cmp = compare_villages(ctx, month)
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps(cmp.as_json(), ensure_ascii=False, indent=2))
        return 0
    bottom = gettext(" ▼ bottom", lang(args))
    for v in cmp.villages:
        flag = bottom if v.bottom else ""
        cov = v.measure("coverage_ytd").value
        print(f"{v.rank:>3} {v.name}\t{'' if v.score is None else f'{v.score:.1%}'}\t"
              f"{'' if cov is None else f'{cov:.1%}'}\t{v.measure('matters_overdue').value}{flag}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from app.paper.township_report import write_report
    from app.services.stats import Month

    month = Month.parse(args.month)
    if Path(args.out).suffix.lower() not in (".pdf", ".xlsx"):
        raise MinqingError("report_format", path=args.out)
    ctx = open_ctx(args)
    try:
        res = write_report(ctx, month, args.out, full=args.full_numbers)
    finally:
        ctx.store.close()
    print(tr("report_written", lang(args), path=args.out, villages=res.villages,
             overdue=res.overdue))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("supervise", help=_("supervision list of overdue matters"))
    add_db(p)
    p.add_argument("--as-of", help=_("as of (default today)"))
    p.add_argument("--village", help=_("one village code"))
    p.add_argument("--owner", help=_("one owner cadre id"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_supervise)

    p = sub.add_parser("notice", help=_("issue a supervision notice"))
    add_db(p)
    p.add_argument("--village", required=True, help=_("village code"))
    p.add_argument("--owner", help=_("supervise one owner cadre only (cadre id)"))
    p.add_argument("--as-of", help=_("overdue as of"))
    p.add_argument("--reply-by", help=_("reply by"))
    p.add_argument("--note", help=_("the township's words"))
    p.add_argument("--out", required=True, help=_(".pdf or .xlsx"))
    p.set_defaults(func=cmd_notice)

    p = sub.add_parser("compare", help=_("villages compared for a month"))
    add_db(p)
    p.add_argument("--month", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("report", help=_("the township's monthly meeting report"))
    add_db(p)
    p.add_argument("--month", required=True)
    p.add_argument("--out", required=True, help=_(".xlsx or .pdf"))
    p.add_argument("--full-numbers", action="store_true")
    p.set_defaults(func=cmd_report)
