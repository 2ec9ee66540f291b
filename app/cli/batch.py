"""Station identity and batch files: ``station card|enroll|peers`` and
``batch export|import|status``.

Everything goes through ``app.services.exchange``, the same service the window's data-exchange
page calls: one copy of every query, whichever door a clerk uses."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.core import add_db, lang, open_ctx
from app.cli.text import _
from app.i18n import N_, gettext


def cmd_card(args: argparse.Namespace) -> int:
    from app.services import exchange

    ctx = open_ctx(args)
    try:
        path = exchange.write_card(ctx, Path(args.out))
        fp = exchange.card_fingerprint(ctx)
    finally:
        ctx.store.close()
    print(path)
    print(gettext("fingerprint: ", lang(args)) + fp)
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from app.services import exchange

    ctx = open_ctx(args)
    try:
        res = exchange.enroll(ctx, Path(args.file), replace=args.replace)
    finally:
        ctx.store.close()
    lng = lang(args)
    word = {"enrolled": N_("enrolled"), "unchanged": N_("already enrolled"),
            "replaced": N_("keys replaced")}[res.status]
    print(f"{res.name} ({res.code}, {res.kind}): {gettext(word, lng)}")
    print(gettext("fingerprint: ", lng) + res.fingerprint)
    if res.old_fingerprint:
        print(gettext("old fingerprint (kept on record): ", lng) + res.old_fingerprint)
    return 0


def cmd_peers(args: argparse.Namespace) -> int:
    from app.services import exchange

    ctx = open_ctx(args)
    try:
        for p in exchange.peers(ctx):
            print(f"{p.code}\t{p.kind}\t{p.name}\t{p.fingerprint}")
    finally:
        ctx.store.close()
    return 0


def _progress_printer(enabled: bool):  # type: ignore[no-untyped-def]
    last: dict[str, int] = {}

    def show(stage: str, done: int, total: int) -> bool:
        if enabled and total:
            pct = done * 100 // total
            if last.get(stage) != pct // 10:
                last[stage] = pct // 10
                print(f"  {stage} {pct}%", file=sys.stderr)
        return True

    return show


def cmd_export(args: argparse.Namespace) -> int:
    from app.services import exchange

    ctx = open_ctx(args)
    try:
        res = exchange.export_batch(ctx, Path(args.to), for_code=args.for_code, full=args.full,
                           progress=_progress_printer(args.progress))
    finally:
        ctx.store.close()
    print(res.path)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from app.services import exchange
    from app.services.exchange import printable

    ctx = open_ctx(args)
    try:
        results = exchange.import_files(ctx, [Path(f) for f in args.files],
                                        dry_run=args.dry_run,
                                        progress=_progress_printer(args.progress))
        gaps = exchange.missing(ctx, lang(args))  # the state after the whole run
    finally:
        ctx.store.close()
    lng = lang(args)
    if args.json:
        print(json.dumps({"results": [r.as_json() for r in results], "gaps": gaps},
                         ensure_ascii=False, indent=2))
    else:
        for r in results:
            c = r.counts
            if r.status == "rejected":
                print(f"{printable(r.file)}: " + gettext("REFUSED", lng) + f" — {r.reason}",
                      file=sys.stderr)
                continue
            word = {"applied": N_("applied"), "already_applied": N_("already applied"),
                    "preview": N_("preview (nothing written)")}[r.status]
            counts = gettext("new {inserted}, updated {updated}, unchanged {unchanged}, "
                             "conflicts {conflicts}", lng).format(
                inserted=c.inserted, updated=c.updated, unchanged=c.unchanged, conflicts=c.conflicts)
            print(f"{printable(r.file)}: {gettext(word, lng)} · "
                  f"{printable(r.origin_name)} #{r.seq} · {counts}")
        for g in gaps:
            print(f"  ! {g}")
    return 1 if any(r.status == "rejected" for r in results) else 0


def cmd_refuse(args: argparse.Namespace) -> int:
    from app.services import exchange

    ctx = open_ctx(args)
    try:
        res = exchange.record_refusal(ctx, Path(args.file))
    finally:
        ctx.store.close()
    print(f"{exchange.printable(res.origin_name)} #{res.seq}: "
          + gettext("refusal receipt recorded", lang(args)) + f" — {res.reason}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from app.services import exchange

    ctx = open_ctx(args)
    try:
        st = exchange.batch_status(ctx, lang(args))
    finally:
        ctx.store.close()
    out = {
        "sent": [{"batch_id": b.batch_id, "destination": b.destination, "seq": b.seq,
                  "file": b.file_name, "status": b.status, "kept": b.kept_path} for b in st.sent],
        "gaps": st.gaps,
        "conflicts": [{"table": c.table, "record_id": c.record_id, "version": c.version,
                       "origin": c.origin, "batch_id": c.batch_id} for c in st.conflicts],
    }
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    st = sub.add_parser("station", help=_("station card and enrollment"))
    ssub = st.add_subparsers(dest="station_command", required=True)
    p = ssub.add_parser("card", help=_("write this station's card"))
    add_db(p)
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_card)
    p = ssub.add_parser("enroll", help=_("enroll a peer from its card"))
    add_db(p)
    p.add_argument("file")
    p.add_argument("--replace", action="store_true",
                   help=_("confirm replacing an enrolled station's keys"))
    p.set_defaults(func=cmd_enroll)
    p = ssub.add_parser("peers", help=_("enrolled stations"))
    add_db(p)
    p.set_defaults(func=cmd_peers)

    b = sub.add_parser("batch", help=_("batch files"))
    bsub = b.add_subparsers(dest="batch_command", required=True)
    p = bsub.add_parser("export", help=_("write a batch"))
    add_db(p)
    p.add_argument("--to", required=True)
    p.add_argument("--for", dest="for_code")
    p.add_argument("--full", action="store_true")
    p.add_argument("--progress", action="store_true")
    p.set_defaults(func=cmd_export)
    p = bsub.add_parser("import", help=_("import batches"))
    add_db(p)
    p.add_argument("files", nargs="+")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--json", action="store_true")
    p.add_argument("--progress", action="store_true")
    p.set_defaults(func=cmd_import)
    p = bsub.add_parser("refuse", help=_("township: receipt a refused batch"))
    add_db(p)
    p.add_argument("file")
    p.set_defaults(func=cmd_refuse)
    p = bsub.add_parser("status", help=_("sent, missing, conflicts"))
    add_db(p)
    p.set_defaults(func=cmd_status)
