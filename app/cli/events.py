"""Gatherings, opinion boxes and the month's duties on the command line (issue 12):
``event add|list``, ``box add|open|list``, ``duties``. Exact flags and JSON keys are a contract."""

from __future__ import annotations

import argparse
import json
from datetime import date

from app.cli.core import add_db, lang, open_ctx
from app.cli.text import _
from app.errors import ValidationError
from app.i18n import tr
from models.event import EventKind


def _date(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, "date_invalid", value=text) from None


def cmd_event_add(args: argparse.Namespace) -> int:
    from app.services.events import EventInput, record_event

    data = EventInput(kind=args.kind, start_date=_date(args.date, "event_date"),
                      title=args.title, days=args.days, hours=args.hours or 0,
                      end_date=_date(args.end, "event_end") if args.end else None,
                      place=args.place or "", chair=args.chair or "", guests=args.guests or "",
                      minutes=args.minutes or "", decisions=args.decisions or "",
                      cadre_ids=args.cadre or [], household_ids=args.household or [])
    ctx = open_ctx(args)
    try:
        saved = record_event(ctx, data)
    finally:
        ctx.store.close()
    print(saved.event_id)
    return 0


def cmd_event_list(args: argparse.Namespace) -> int:
    from app.services.events import list_events
    from app.services.stats import Month

    month = Month.parse(args.month)
    ctx = open_ctx(args)
    try:
        rows = list_events(ctx, month)
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps({"month": str(month), "events": [r.as_json() for r in rows]},
                         ensure_ascii=False, indent=2))
        return 0
    lng = lang(args)
    for r in rows:
        print(f"{r.start_date.isoformat()}  {tr('event_kind_' + r.kind, lng)}  {r.title}  "
              f"({r.days}d, {r.households}, {r.matters})  {r.id}")
    return 0


def cmd_box_add(args: argparse.Namespace) -> int:
    from app.services.boxes import add_box

    ctx = open_ctx(args)
    try:
        box_id = add_box(ctx, args.group, args.place,
                         installed=_date(args.installed, "installed") if args.installed else None)
    finally:
        ctx.store.close()
    print(box_id)
    return 0


def cmd_box_open(args: argparse.Namespace) -> int:
    from app.services.boxes import open_box

    ctx = open_ctx(args)
    try:
        oid = open_box(ctx, args.box, _date(args.date, "open_date"), args.slips,
                       opened_by=args.opened_by or "")
    finally:
        ctx.store.close()
    print(oid)
    return 0


def cmd_box_list(args: argparse.Namespace) -> int:
    from app.services.boxes import boxes_overview
    from app.services.stats import Month

    month = Month.parse(args.month) if args.month else Month(date.today().year,
                                                             date.today().month)
    ctx = open_ctx(args)
    try:
        ov = boxes_overview(ctx, month)
    finally:
        ctx.store.close()
    out = {"month": str(month),
           "boxes": [{"id": b.id, "group": b.group_name, "group_number": b.group_number,
                      "place": b.place, "installed": b.installed.isoformat(),
                      "last_opened": b.last_opened.isoformat() if b.last_opened else None,
                      "openings": b.openings} for b in ov.boxes],
           "groups_without_box": ov.groups_without_box,
           "openings": [{"id": o.id, "box": o.box_id, "group": o.group_name,
                         "date": o.open_date.isoformat(), "opened_by": o.opened_by,
                         "slips": o.slips, "to_matters": o.to_matters,
                         "no_action": o.no_action} for o in ov.openings]}
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def cmd_duties(args: argparse.Namespace) -> int:
    from app.services.duties import month_duties
    from app.services.stats import Month

    month = Month.parse(args.month)
    ctx = open_ctx(args)
    try:
        report = month_duties(ctx, month)
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return 0
    lng = lang(args)
    print(f"{report.station_name} {month}")
    for d in report.duties:
        print(f"  [{tr('duty_' + d.state, lng)}] {d.label}: {d.done}/{d.required}"
              + (f"  {d.detail}" if d.detail else ""))
    for v in report.villages:
        print(v.name)
        for d in v.duties:
            print(f"    [{tr('duty_' + d.state, lng)}] {d.label}: {d.done}/{d.required}")
    return 0


def cmd_duty_rule(args: argparse.Namespace) -> int:
    """An administrator sets the county's own numbers: ``duty-rule joint_office_days
    --required 3`` (or ``--off`` for a duty this county does not ask for)."""
    from app.services.duties import month_duties, set_rule
    from app.services.stats import Month

    ctx = open_ctx(args)
    try:
        set_rule(ctx, args.key, args.required, active=not args.off)
        today = date.today()
        report = month_duties(ctx, Month(today.year, today.month))
    finally:
        ctx.store.close()
    for d in report.duties:
        if d.key == args.key:
            print(f"{d.label}: {d.required}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("event", help=_("gatherings and meetings"))
    esub = p.add_subparsers(dest="event_command", required=True)
    a = esub.add_parser("add", help=_("record a gathering"))
    add_db(a)
    a.add_argument("--kind", required=True, choices=[k.value for k in EventKind])
    a.add_argument("--date", required=True, help=_("YYYY-MM-DD"))
    a.add_argument("--days", type=int)
    a.add_argument("--end", help=_("end date YYYY-MM-DD"))
    a.add_argument("--hours", type=int)
    a.add_argument("--title", required=True)
    a.add_argument("--place")
    a.add_argument("--chair")
    a.add_argument("--guests")
    a.add_argument("--household", nargs="+", action="extend")
    a.add_argument("--cadre", nargs="+", action="extend")
    a.add_argument("--minutes")
    a.add_argument("--decisions")
    a.set_defaults(func=cmd_event_add)
    a = esub.add_parser("list", help=_("the month's gatherings"))
    add_db(a)
    a.add_argument("--month", required=True)
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_event_list)

    p = sub.add_parser("box", help=_("opinion boxes"))
    bsub = p.add_subparsers(dest="box_command", required=True)
    a = bsub.add_parser("add", help=_("register a group's box"))
    add_db(a)
    a.add_argument("--group", required=True)
    a.add_argument("--place", required=True)
    a.add_argument("--installed")
    a.set_defaults(func=cmd_box_add)
    a = bsub.add_parser("open", help=_("record an opening"))
    add_db(a)
    a.add_argument("box")
    a.add_argument("--date", required=True)
    a.add_argument("--slips", type=int, required=True)
    a.add_argument("--opened-by")
    a.set_defaults(func=cmd_box_open)
    a = bsub.add_parser("list", help=_("boxes and the month's openings"))
    add_db(a)
    a.add_argument("--month")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_box_list)

    p = sub.add_parser("duties", help=_("the month's duties"))
    add_db(p)
    p.add_argument("--month", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_duties)

    p = sub.add_parser("duty-rule", help=_("change a duty rule (administrators)"))
    add_db(p)
    p.add_argument("key", help=_("one of: {keys}").format(
        keys="joint_office_days, analysis_meeting, monthly_report, opinion_boxes, "
             "representatives_meeting, yearly_visits"))
    p.add_argument("--required", type=int, required=True)
    p.add_argument("--off", action="store_true", help=_("this county does not ask for it"))
    p.set_defaults(func=cmd_duty_rule)
