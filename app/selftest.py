"""``minqing --self-test``: does this installation (source or frozen bundle) actually work?

Runs the real thing in a temporary folder — create a station, run the migrations, write and
read records, check the audit chain, back up, print a ledger and a card PDF, open the main window
offscreen — and exits 0 only if every step worked. A missing data file in a bundle (migrations,
font, translations) fails here, on the build machine, instead of on a clerk's laptop.

The Windows bundle is windowed (no console), so the exit code is the report; the step lines also
go to ``selftest.log`` in the log folder when there is no stdout.

A step whose module is not in this build (``app.paper`` while it is being written) is reported
as "skipped: not built" — never as passed.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

OK, FAILED, SKIPPED = "ok", "FAILED", "skipped"


@dataclass
class Step:
    name: str
    status: str
    detail: str = ""
    ms: float = 0.0


class SelfTest:
    def __init__(self, folder: Path, lang: str) -> None:
        self.folder = folder
        self.lang = lang
        self.db = folder / "selftest.sqlite3"
        self.steps: list[Step] = []
        self.state: dict[str, Any] = {}

    def run(self, name: str, func: Callable[[], str | None]) -> bool:
        t0 = time.perf_counter()
        try:
            detail = func() or ""
            status = SKIPPED if detail.startswith("skipped") else OK
        except Exception as exc:  # a self-test reports every failure, whatever it is
            status = FAILED
            detail = f"{type(exc).__name__}: {exc}"
            if os.environ.get("MINQING_SELFTEST_TRACE"):
                detail += "\n" + traceback.format_exc()
        self.steps.append(Step(name, status, detail, (time.perf_counter() - t0) * 1000))
        return status != FAILED

    # --- steps -------------------------------------------------------------------------------
    def resources(self) -> str:
        from app.paths import migrations_path, resource_path

        font = resource_path("fonts", "wqy-microhei.ttc")
        if font.stat().st_size < 1_000_000:
            raise RuntimeError(f"font too small: {font}")
        versions = sorted(p.name for p in (migrations_path() / "versions").glob("*.py"))
        if not versions or not (migrations_path() / "env.py").exists():
            raise RuntimeError(f"migrations missing under {migrations_path()}")
        return (f"{len(versions)} migrations, font {font.stat().st_size // 1024} KB, "
                f"languages {self.catalogues()}")

    @staticmethod
    def catalogues() -> str:
        """Every language but the English source needs its compiled gettext catalogue (the
        bundle must carry ``resources/locale/*/LC_MESSAGES/minqing.mo``, or the CLI and the
        services fall back to English without a word)."""
        import gettext

        from app.i18n import DEFAULT_LANGUAGE, SOURCE_LANGUAGE, available_languages, translation

        langs = available_languages()
        for lang in langs:
            if lang != SOURCE_LANGUAGE and not isinstance(translation(lang), gettext.GNUTranslations):
                raise RuntimeError(f"no gettext catalogue for {lang} (resources/locale)")
        if translation(DEFAULT_LANGUAGE).gettext("must not be empty") == "must not be empty":
            raise RuntimeError(f"the {DEFAULT_LANGUAGE} catalogue translates nothing")
        return ",".join(langs)

    def migrate(self) -> str:
        from app.store import current_revision, head_revision, open_store

        store = open_store(self.db)
        self.state["store"] = store
        rev = current_revision(store.engine)
        if rev != head_revision():
            raise RuntimeError(f"at {rev}, head is {head_revision()}")
        return f"schema {rev}"

    def station(self) -> str:
        from app.context import AppContext
        from app.services.demo import fill_demo
        from app.services.station import init_station

        store = self.state["store"]
        init_station(store, kind="village", code="430525101201", name="自检村")
        counts = fill_demo(AppContext(store, lang=self.lang), households=30, months=2)
        return f"demo {counts.get('household', '?')} households"

    def records(self) -> str:
        from app.services import households as hh
        from app.services.users import create_user, login, reveal_id
        from app.validation import id_check_digit

        store = self.state["store"]
        from app.context import AppContext

        create_user(AppContext(store, lang=self.lang), "selftest", "selftest-pw", "administrator")
        ctx = login(store, "selftest", "selftest-pw", self.lang)
        self.state["ctx"] = ctx
        body = "43052519800101002"
        number = body + id_check_digit(body)
        hid = hh.add_household(ctx, hh.HouseholdInput(head_name="自检户", id_number=number,
                                                      phone="13800001234"))
        with ctx.read() as s:
            row = hh.get_household(s, hid)
        if row is None or row.head_name != "自检户":
            raise RuntimeError("household written but not read back")
        if reveal_id(ctx, hid) != number:
            raise RuntimeError("ID number not read back")
        return "write, read, sign-in"

    def audit(self) -> str:
        from app.services.check import check_file

        self.state["store"].close()
        report = check_file(self.db, self.lang)
        if not report.ok:
            raise RuntimeError("; ".join(report.problems))
        from app.store import open_store

        store = open_store(self.db)
        self.state["store"] = store
        self.state["ctx"].store = store
        return f"{report.events} audit events, chain intact"

    def backup(self) -> str:
        from app.backup import backup_file, file_problems

        out = backup_file(self.db, self.folder / "usb" / "backup.sqlite3")
        problems = file_problems(out)
        if problems:
            raise RuntimeError("; ".join(problems))
        return f"{out.stat().st_size // 1024} KB"

    def lock(self) -> str:
        from app.errors import StoreError
        from app.instance_lock import InstanceLock, location_of

        with InstanceLock(self.db):
            try:
                InstanceLock(self.db).acquire()
            except StoreError:
                pass
            else:
                raise RuntimeError("a second copy was not refused")
        return f"second copy refused; temp folder is {location_of(self.folder)}"

    def paper(self) -> str:
        if importlib.util.find_spec("app.paper") is None:
            return "skipped: not built (app.paper is not in this build)"
        return _paper_step(self.state["ctx"], self.folder)

    def window(self) -> str:
        from app.cli.gui import window_smoke_test

        result = window_smoke_test(self.state["ctx"], self.lang)
        if "自检村" not in result:
            raise RuntimeError(f"unexpected window title: {result}")
        return result

def _paper_step(ctx: Any, folder: Path) -> str:
    """A month's ledger workbook and a sheet of contact cards, written through ``app.paper`` and
    opened again: the workbook with openpyxl, the PDF by its header and embedded font."""
    from openpyxl import load_workbook

    from app.paper.cards_pdf import print_cards
    from app.paper.ledger import write_ledger
    from app.services.stats import Month

    month = Month.parse(time.strftime("%Y-%m"))
    ledger = folder / "ledger.xlsx"
    write_ledger(ctx, month, ledger)
    book = load_workbook(ledger, read_only=True)
    sheets = len(book.sheetnames)
    book.close()
    if sheets < 2:
        raise RuntimeError(f"{ledger.name} has {sheets} sheet(s)")
    cards = folder / "cards.pdf"
    print_cards(ctx, cards)
    data = cards.read_bytes()
    if data[:5] != b"%PDF-" or b"FontFile2" not in data:
        raise RuntimeError(f"{cards.name} is not a PDF with an embedded TrueType font")
    # the window previews and prints the cards through PDFium: prove the bundle has it
    from app.paper.pdf_pages import PageImage, render_pages

    pages: list[PageImage] = []
    render_pages(cards, 36, pages.append, pages=[0])
    if not pages or pages[0].width < 200:
        raise RuntimeError(f"{cards.name} could not be rendered")
    return f"{ledger.name} {sheets} sheets, {cards.name} {len(data) // 1024} KB, rendered"


def run_self_test(lang: str = "zh_CN", out: TextIO | None = None) -> int:
    from app.i18n import tr

    out = out if out is not None else sys.stdout  # None in a windowed (console=False) build
    with tempfile.TemporaryDirectory(prefix="minqing-selftest-") as tmp:
        t = SelfTest(Path(tmp), lang)
        steps: list[tuple[str, Callable[[], str | None]]] = [
            ("resources", t.resources), ("migrations", t.migrate), ("station", t.station),
            ("records", t.records), ("audit", t.audit), ("backup", t.backup),
            ("lock", t.lock), ("paper", t.paper), ("window", t.window),
        ]
        for name, func in steps:
            if not t.run(name, func):
                break
        store = t.state.get("store")
        if store is not None:
            store.close()
    failed = [s for s in t.steps if s.status == FAILED]
    lines = [f"{s.status:8} {s.name:11} {s.ms:8.0f} ms  {s.detail}" for s in t.steps]
    lines.append(tr("selftest_failed", lang, step=failed[0].name) if failed
                 else tr("selftest_ok", lang))
    text = "\n".join(lines)
    try:
        if out is not None:
            print(text, file=out, flush=True)
        else:
            from app.paths import log_dir

            (log_dir() / "selftest.log").write_text(text + "\n", encoding="utf-8")
    except (OSError, ValueError):
        pass
    return 1 if failed else 0
