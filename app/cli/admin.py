"""Administration commands: accounts, backup and restore, and the self-test.

``user add|list|disable|passwd`` act as the ``--user`` given (an administrator, or the user
themself for ``passwd``); a new password comes from ``MINQING_NEW_PASSWORD`` (scripts) or is
asked twice without echo. ``backup`` and ``restore`` work on the file, not through a session:
``backup`` reads through SQLite's online backup API (safe while the window is open), ``restore``
keeps the current file aside and refuses while a window has it open.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.cli.core import add_db, db_path, lang, open_ctx
from app.cli.text import _
from app.errors import MinqingError, PermissionDenied, StoreError, ValidationError
from app.i18n import gettext, label, pgettext, tr

NEW_PASSWORD_ENV = "MINQING_NEW_PASSWORD"


def _new_password(name: str) -> str:
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value is not None:
        return value
    first = getpass.getpass(_("new password for {name}: ").format(name=name))
    again = getpass.getpass(_("again: "))
    if first != again:
        raise ValidationError("password", "passwords_differ")
    return first


def cmd_user_add(args: argparse.Namespace) -> int:
    from app.services.users import create_user

    ctx = open_ctx(args)
    try:
        info = create_user(ctx, args.name, _new_password(args.name), args.role,
                           full_name=args.full_name or "")
    finally:
        ctx.store.close()
    print(f"{info.name} ({label(info.role, lang(args))})")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from app.services.users import list_users

    ctx = open_ctx(args)
    try:
        with ctx.read() as s:
            rows = list_users(s)
    finally:
        ctx.store.close()
    lng = lang(args)
    for u in rows:
        state = "" if u.active else gettext(" (disabled)", lng)
        print(f"{u.name}\t{label(u.role, lng)}\t{u.full_name}{state}")
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    from app.services.users import disable_user

    ctx = open_ctx(args)
    try:
        disable_user(ctx, args.name)
    finally:
        ctx.store.close()
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from app.services.users import change_password

    ctx = open_ctx(args)
    try:
        change_password(ctx, args.name, _new_password(args.name))
    finally:
        ctx.store.close()
    return 0


def _passphrase(confirm: bool) -> str | None:
    """The backup passphrase: ``MINQING_PASSPHRASE`` (scripts) or asked without echo when a
    person is at the terminal (twice for a new backup); None when neither is possible."""
    from app.backup import PASSPHRASE_ENV

    value = os.environ.get(PASSPHRASE_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(_("backup passphrase: "))
    if confirm and getpass.getpass(_("again: ")) != first:
        raise ValidationError("passphrase", "passwords_differ")
    return first


def cmd_backup(args: argparse.Namespace) -> int:
    """With accounts, only a signed-in user backs up (a backup holds every record in full).
    A backup that leaves the laptop is made by an administrator and encrypted with the
    passphrase they choose; everything is checked before a byte is written."""
    from app.backup import automatic_backup, backup_file, check_passphrase, encrypted_backup, stays_on_laptop
    from app.services.users import ADMIN_ROLES

    path = db_path(args)
    if not path.exists():
        raise MinqingError("store_not_sqlite", path=str(path))
    ctx = open_ctx(args)  # refuses nobody on a station with accounts, and a wrong password
    try:
        role, actor = ctx.role, ctx.actor
    finally:
        ctx.store.close()
    if args.out and not stays_on_laptop(path, Path(args.out)):
        if role not in ADMIN_ROLES:
            raise PermissionDenied("backup_offsite_admin", user=actor)
        passphrase = _passphrase(confirm=True)
        if not passphrase:
            raise MinqingError("passphrase_required")
        check_passphrase(passphrase)
        out: Path | None = encrypted_backup(path, Path(args.out), passphrase)
    else:
        out = backup_file(path, Path(args.out)) if args.out else automatic_backup(path)
    print(tr("backup_done", lang(args), path=str(out)))
    return 0


def _require_admin_of_sound_file(args: argparse.Namespace, path: Path) -> None:
    """Replacing a sound station file is a change like any other: with accounts, only an
    administrator signed in with ``--user``. A damaged file cannot tell who its users are, and
    restoring is exactly what it needs, so it is not asked."""
    from app.services.users import ADMIN_ROLES
    from app.store import integrity_problems

    if not path.exists() or path.stat().st_size == 0 or integrity_problems(path, quick=True):
        return
    try:
        ctx = open_ctx(args)
    except StoreError as exc:
        if exc.code in ("store_not_sqlite", "no_station", "store_damaged",
                        "store_damaged_at_start", "migration_failed"):
            return
        raise
    try:
        if ctx.role not in ADMIN_ROLES:
            raise PermissionDenied("admin_only", user=ctx.actor)
    finally:
        ctx.store.close()


def cmd_restore(args: argparse.Namespace) -> int:
    from app.backup import is_encrypted, restore

    path = db_path(args)
    _require_admin_of_sound_file(args, path)
    passphrase = _passphrase(confirm=False) if is_encrypted(Path(args.file)) else None
    aside = restore(path, Path(args.file), passphrase=passphrase)
    print(tr("restore_done", lang(args), backup=args.file, aside=str(aside) if aside else "-"))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    """Show the station's settings, or (administrators) change who may export full numbers."""
    from app.services.users import full_number_roles, set_full_number_roles

    ctx = open_ctx(args)
    try:
        if args.full_number_roles is not None:
            roles = set_full_number_roles(ctx, args.full_number_roles.split(","))
        else:
            with ctx.read() as s:
                roles = full_number_roles(s)
    finally:
        ctx.store.close()
    lng = lang(args)
    names = pgettext("list separator", ", ", lng).join(label(r, lng) for r in sorted(roles)) or "-"
    print(gettext("full-number roles: ", lng) + names)
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from app.selftest import run_self_test

    return run_self_test(lang(args), out=sys.stdout)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("user", help=_("user accounts"))
    users = p.add_subparsers(dest="user_command", required=True)
    u = users.add_parser("add", help=_("add an account"))
    add_db(u)
    u.add_argument("name")
    u.add_argument("--role", required=True,
                   choices=["administrator", "clerk", "read_only", "township_administrator"])
    u.add_argument("--full-name")
    u.set_defaults(func=cmd_user_add)
    u = users.add_parser("list", help=_("list accounts"))
    add_db(u)
    u.set_defaults(func=cmd_user_list)
    u = users.add_parser("disable", help=_("disable an account"))
    add_db(u)
    u.add_argument("name")
    u.set_defaults(func=cmd_user_disable)
    u = users.add_parser("passwd", help=_("change a password"))
    add_db(u)
    u.add_argument("name")
    u.set_defaults(func=cmd_user_passwd)

    p = sub.add_parser("backup", help=_("back up the database"))
    add_db(p)
    p.add_argument("--out", help=_("backup file (default: the automatic backup folder); one that leaves the "
                                   "laptop is encrypted with MINQING_PASSPHRASE"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=_("restore a backup (the current file is kept aside)"))
    add_db(p)
    p.add_argument("file", help=_("backup file; an encrypted one's passphrase comes from MINQING_PASSPHRASE "
                                  "or a prompt"))
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("settings", help=_("station settings"))
    add_db(p)
    p.add_argument("--full-number-roles", metavar="ROLE[,ROLE]",
                   help=_("roles that may export full ID and phone numbers"))
    p.set_defaults(func=cmd_settings)

    p = sub.add_parser("self-test", help=_("check this installation works"))
    p.add_argument("--lang", dest="lang_sub", choices=["zh_CN", "en"], help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_self_test)
