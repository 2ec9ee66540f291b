"""Holiday table and deadline commands: ``calendar show``, ``calendar import``, ``deadline``.

``calendar show --year YYYY --json`` → ``{"year", "known", "source", "holidays", "workdays"}``;
``deadline --from YYYY-MM-DD --days N --json`` → ``{"due", "provisional"}``. Scripts rely on
these keys. Importing changes the station's data, so it needs an administrator once the station
has accounts (``--user`` with the password, as every writing command).
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date

from app.cli.core import add_db, lang, open_ctx
from app.cli.text import _
from app.errors import MinqingError
from app.i18n import gettext, pgettext, tr


def _year(text: str) -> int:
    if not re.fullmatch(r"\d{4}", text.strip()) or not 2000 <= int(text) <= 2200:
        raise MinqingError("calendar_bad_year", value=text[:20])
    return int(text)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise MinqingError("calendar_bad_date", value=text[:20]) from None


def cmd_show(args: argparse.Namespace) -> int:
    from app.services import calendar

    year = _year(args.year) if args.year else date.today().year
    ctx = open_ctx(args)
    try:
        info = calendar.year_info(ctx, year)
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps(info.as_json(), ensure_ascii=False, indent=2))
        return 0
    lng = lang(args)
    state = gettext("known", lng) if info.known else gettext("provisional", lng)
    sources = {"library": pgettext("holiday table source", "library", lng),
               "file": pgettext("holiday table source", "file", lng),
               "notice": pgettext("holiday table source", "notice", lng),
               "township": pgettext("holiday table source", "township", lng),
               "none": pgettext("holiday table source", "none", lng)}
    print(f"{info.year}: {state} ({sources.get(info.source, info.source)})")
    holiday, workday = gettext("holiday", lng), gettext("workday", lng)
    for d in info.holidays:
        print(f"  {d.isoformat()} {holiday} {info.names.get(d, '')}")
    for d in info.workdays:
        print(f"  {d.isoformat()} {workday} {info.names.get(d, '')}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.services import calendar

    ctx = open_ctx(args)
    try:
        summary = calendar.import_file(ctx, args.file)
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False))
    else:
        lng = lang(args)
        years = pgettext("list separator", ", ", lng).join(map(str, summary.years))
        print(tr("calendar_imported", lng, years=years,
                 added=summary.added, changed=summary.changed, removed=summary.removed,
                 recomputed=summary.recomputed))
    return 0


def cmd_deadline(args: argparse.Namespace) -> int:
    from app.services import calendar

    start = _date(args.start)
    if not re.fullmatch(r"\d{1,4}", args.days.strip()):
        raise MinqingError("calendar_bad_days", days=args.days[:20])
    ctx = open_ctx(args)
    try:
        result = calendar.deadline(ctx, start, int(args.days))
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        mark = gettext(" (provisional)", lang(args)) if result.provisional else ""
        print(result.due.isoformat() + mark)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("calendar", help=_("the holiday table"))
    csub = p.add_subparsers(dest="calendar_command", required=True)
    q = csub.add_parser("show", help=_("show a year's table"))
    add_db(q)
    q.add_argument("--year", help=_("year, e.g. 2027"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show)
    q = csub.add_parser("import", help=_("import from a CSV or .xlsx file (date,kind,name)"))
    add_db(q)
    q.add_argument("file")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_import)

    p = sub.add_parser("deadline", help=_("a deadline N working days on"))
    add_db(p)
    p.add_argument("--from", dest="start", required=True, help=_("YYYY-MM-DD"))
    p.add_argument("--days", required=True, help=_("working days"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_deadline)
