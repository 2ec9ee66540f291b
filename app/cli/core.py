"""Core commands: init, demo, stats, check."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli.text import _
from app.context import AppContext
from app.errors import MinqingError
from app.i18n import available_languages, tr
from app.paths import default_db_path
from app.store import Store, open_store


def add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", dest="db_sub",
                   help=_("database file or URL (or MINQING_DATABASE_URL)"))
    p.add_argument("--lang", dest="lang_sub", choices=available_languages(), help=argparse.SUPPRESS)
    p.add_argument("--user", dest="user",
                   help=_("sign in as NAME (password from MINQING_PASSWORD or a prompt)"))


PASSWORD_ENV = "MINQING_PASSWORD"


def password_for(user: str, env: str = PASSWORD_ENV, prompt: str | None = None) -> str:
    """From the environment (scripts) or a prompt that does not echo (people)."""
    import getpass
    import os

    value = os.environ.get(env)
    if value is not None:
        return value
    return getpass.getpass(prompt or _("password for {user}: ").format(user=user))


def db_location(args: argparse.Namespace) -> Path | str:
    """``--db`` (a file or a server URL without its password), else ``MINQING_DATABASE_URL``,
    else the user's own station file."""
    from app.dialect import resolve

    return resolve(getattr(args, "db_sub", None) or args.db, default_db_path())


def db_path(args: argparse.Namespace) -> Path:
    """For the commands that work on the station *file* (backup, restore): a server is backed
    up with ``pg_dump``, which they say instead of guessing."""
    from app.dialect import display

    where = db_location(args)
    if isinstance(where, str):
        raise MinqingError("server_backup_pg_dump", url=display(where))
    return where


def ensure_local_file(where: Path | str) -> None:
    """A station file must be on a local disk; a server is reached over the network by design."""
    from app.instance_lock import ensure_local

    if isinstance(where, Path):
        ensure_local(where)


def lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang_sub", None) or args.lang


# What each command needs once a station has accounts. READ: anyone, signed in or not (the
# month's figures, the account list, batch status). PERSONAL: a signed-in user, because the
# command reads out names, ID and phone numbers into a file (``--full-numbers`` additionally
# needs a role the station allows). WRITE: a signed-in user who may change data. The check is
# made here, before the command reads or writes anything, so a refused command leaves no file,
# no before-import backup and no batch behind. SELF: the service decides (own password).
READ, PERSONAL, WRITE, SELF = "read", "personal", "write", "self"
COMMAND_NEEDS: dict[str, str] = {
    "demo": WRITE, "roster import": WRITE, "roster export": PERSONAL, "ledger": PERSONAL,
    "coverage": PERSONAL, "cards": WRITE, "backup": PERSONAL, "restore": SELF,
    "batch export": WRITE, "batch import": WRITE, "batch refuse": WRITE,
    "station enroll": WRITE, "user add": WRITE, "user disable": WRITE,
    "user passwd": SELF, "settings": SELF, "duty-rule": WRITE,
}


def command_name(args: argparse.Namespace) -> str:
    """``"batch import"`` for ``minqing batch import …``: the command and its sub-command."""
    top = getattr(args, "command", None) or ""
    sub = getattr(args, f"{top}_command", None)
    return f"{top} {sub}" if sub else top


def command_needs(args: argparse.Namespace) -> str:
    need = COMMAND_NEEDS.get(command_name(args), READ)
    if need == WRITE and getattr(args, "dry_run", False):
        return PERSONAL  # a preview changes nothing but shows the file's people
    return need


def refuse_unless_allowed(ctx: AppContext, need: str, full: bool) -> None:
    """Raise the refusal for a command the signed-in user (or nobody) may not run."""
    from app.services.users import require_personal_read

    if need == WRITE:
        refusal = ctx.write_refusal()
        if refusal is not None:
            raise refusal
    if need in (PERSONAL, WRITE):
        require_personal_read(ctx, full=full)


def open_ctx(args: argparse.Namespace, need: str | None = None) -> AppContext:
    """Open the station as the signed-in user: ``--user`` with its password (a wrong one is a
    refusal, exit 1); nobody on a station with accounts may only read figures; a station with
    no accounts runs as its built-in administrator. The command's needs (``COMMAND_NEEDS``)
    are checked before it does anything."""
    from app.services.users import has_accounts, login

    where = db_location(args)
    ensure_local_file(where)
    store: Store = open_store(where)
    try:
        user = getattr(args, "user", None)
        with store.session() as s:
            needs_password = bool(user) and has_accounts(s)
        password = password_for(user) if needs_password and user else None
        ctx = login(store, user, password, lang(args))
        _code = ctx.station_code  # refuse a file with no station with a clear message
        refuse_unless_allowed(ctx, need or command_needs(args),
                              bool(getattr(args, "full_numbers", False)))
    except BaseException:
        store.close()
        raise
    return ctx


def audited_export(ctx: AppContext, what: str, records: int, full: bool,
                   out: str | Path) -> None:
    """Write the read-out to the audit trail; if that fails, the file does not stay behind
    unrecorded."""
    from app.services.users import record_export

    try:
        record_export(ctx, what, records, full, str(Path(out).resolve()))
    except BaseException:
        Path(out).unlink(missing_ok=True)
        raise


def guarded(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Turn a user-facing error into its message on stderr and exit code 1. A database that
    stays locked by another writer past the wait is such an error too, never a traceback."""
    from sqlalchemy.exc import OperationalError

    from app.store import is_busy_error

    try:
        return func(args)
    except MinqingError as exc:
        print(exc.message(lang(args)), file=sys.stderr)
        return 1
    except (OperationalError, sqlite3.OperationalError) as exc:
        if not is_busy_error(exc):
            raise
        print(tr("store_busy", lang(args)), file=sys.stderr)
        return 1


def cmd_init(args: argparse.Namespace) -> int:
    from app.services.station import init_station, validate_station

    validate_station(args.kind, args.code, args.name, args.township_code or "",
                     args.township_name or "")
    where = db_location(args)
    ensure_local_file(where)
    store = open_store(where)
    try:
        info = init_station(store, kind=args.kind, code=args.code, name=args.name,
                            township_code=args.township_code or "",
                            township_name=args.township_name or "")
    finally:
        store.close()
    print(f"{info.name} ({info.code}, {info.kind}) → {store.location}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import fill_demo

    ctx = open_ctx(args)
    if len(ctx.station_code) == 6:  # a county keeps no households of its own (issue 14)
        ctx.store.close()
        raise MinqingError("county_no_demo")
    try:
        counts = fill_demo(ctx, households=args.households, months=args.months, seed=args.seed)
    finally:
        ctx.store.close()
    print(json.dumps(counts, ensure_ascii=False))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from app.services.stats import Month, month_stats

    month = Month.parse(args.month)
    ctx = open_ctx(args)
    try:
        with ctx.read() as s:
            if len(ctx.station_code) == 6:  # a county (issue 14): its townships summed
                from app.services.county import county_month_stats

                figures = county_month_stats(s, month)
            else:
                figures = month_stats(s, month)
    finally:
        ctx.store.close()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        _print_stats(figures, lang(args))
    return 0


def _print_stats(f: dict[str, object], lng: str) -> None:
    from app.i18n import label, pgettext

    st = f["station"]
    assert isinstance(st, dict)
    m = f["matters"]
    assert isinstance(m, dict)
    figures = [
        (pgettext("stats", "households", lng), f["households"]),
        (pgettext("stats", "visits", lng), f["visits"]),
        (pgettext("stats", "households visited", lng), f["households_visited"]),
        (pgettext("stats", "coverage YTD", lng), f"{float(f['coverage_ytd']):.1%}"),  # type: ignore[arg-type]
        (pgettext("stats", "matters received", lng), m["received"]),
        (pgettext("stats", "resolved", lng), m["resolved"]),
        (pgettext("stats", "overdue", lng), m["overdue"]),
        (pgettext("stats", "escalated", lng), m["escalated"]),
    ]
    lines = [f"{st['name']} {f['month']}", *(f"{word}: {value}" for word, value in figures)]
    for cat, n in m["by_category"].items():
        if n:
            lines.append(f"  {label(cat, lng)}: {n}")
    print("\n".join(lines))


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.check import check_file, check_server

    where = db_location(args)
    if isinstance(where, str):
        report = check_server(where, lang(args))
    elif not where.exists():
        print(tr("store_not_sqlite", lang(args), path=str(where)), file=sys.stderr)
        return 1
    else:
        report = check_file(where, lang(args))
    if report.ok:
        print(tr("check_ok", lang(args), events=report.events))
        return 0
    print(tr("check_failed", lang(args)), file=sys.stderr)
    for p in report.problems:
        print(f"  {p}", file=sys.stderr)
    return 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help=_("set up a station"))
    add_db(p)
    p.add_argument("--kind", required=True, choices=["village", "township", "county"])
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--township-code")
    p.add_argument("--township-name")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help=_("fill with demo data"))
    add_db(p)
    p.add_argument("--households", type=int, default=600)
    p.add_argument("--months", type=int, default=12)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("stats", help=_("the month's figures"))
    add_db(p)
    p.add_argument("--month", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("check", help=_("check the file and audit trail"))
    add_db(p)
    p.set_defaults(func=cmd_check)
