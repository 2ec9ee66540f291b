"""Render every main screen on demo data, in Chinese and in English, to PNG files.

A page longer than the window (Settings) gets a second picture, ``NN-page-lang-whole.png``,
with the window grown to show all of it. Data is read and written through ``app.services``
only, as the window does. Used by ``minqing screenshots --out DIR`` (docs, review) — the demo
station lives in a temporary file, settings in a temporary folder, so nothing on the laptop is
touched.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from app.context import AppContext
from app.services.demo import fill_demo
from app.services.station import init_station
from app.store import open_store
from ui.i18n import set_language
from ui.settings_store import use_ini_folder

SIZE = (1280, 800)


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def _wait(ready: Callable[[], bool], seconds: float = 20.0) -> None:
    """Let background reads (home figures, counts) arrive before the picture is taken."""
    end = time.monotonic() + seconds
    while not ready() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _grab(widget: QWidget, path: Path) -> Path:
    _settle()
    widget.grab().save(str(path))
    return path


def _grab_whole(window: QWidget, page: QWidget, path: Path) -> Path | None:
    """A long page whole, for review: the window grown until the page's scroll area needs no
    scrolling (at 1280×800 the Settings page's time-limit grid is below the fold, and a picture
    cannot scroll). None when the page fits already."""
    _settle()
    areas = [a for a in page.findChildren(QScrollArea) if a.isVisible() and a.widget()]
    parent = page.parentWidget()
    while parent is not None and parent is not window:  # the home page sits inside one
        if isinstance(parent, QScrollArea):
            areas.append(parent)
        parent = parent.parentWidget()
    extra = max((inner.sizeHint().height() - a.viewport().height() for a in areas
                 if (inner := a.widget()) is not None), default=0)
    if extra <= 0:
        return None
    size = window.size()
    window.resize(size.width(), size.height() + extra)
    _settle()
    try:
        return _grab(window, path)
    finally:
        window.resize(size)
        _settle()


def _roster_sheet(path: Path) -> Path:
    """A roster as villages make them: title rows, a column the import does not know."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["石江村农户花名册"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "组别", "户主姓名", "身份证号码", "联络号码", "家庭人口", "是否党员"])
    from app.validation import id_check_digit

    def idn(body: str) -> str:
        return body + id_check_digit(body)

    rows = [("第七组", "欧阳秀英", idn("43052519650312001"), "13800138000", 4, "否"),
            ("7组", "李四", idn("43052519720815002"), "13900139000", 3, "是"),
            ("7组", "王五", 4.30525196508E+17, "13700137000", 2, ""),
            ("7组", "钱七", "", "12345", 2, ""),
            ("8组", "周九", "", "", 1, "")]
    for i, r in enumerate(rows, start=1):
        ws.append([i, *r])
    wb.save(path)
    return path


def _paper_screens(window: QWidget, out: Path, lang: str, tmp: Path) -> list[Path]:
    """Reports with the month's figures; the roster import at its column and result steps."""
    from ui.import_dialog import ImportDialog
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    written = []
    window.show_page("reports")
    _wait(lambda: window.reports.figures is not None)
    written.append(_grab(window, out / f"15-reports-{lang}.png"))
    dlg = ImportDialog(window.ctx, window)
    dlg.show()
    dlg.load(_roster_sheet(tmp / f"roster-{lang}.xlsx"))
    _wait(lambda: dlg.step == "columns")
    written.append(_grab(dlg, out / f"16-import-columns-{lang}.png"))
    dlg.set_column(4, "phone")
    dlg.next()
    _wait(lambda: dlg.step == "check")
    written.append(_grab(dlg, out / f"17-import-check-{lang}.png"))
    dlg.reject()
    dlg.deleteLater()
    return written


def _conflict_batches(tmp: Path, township: AppContext, cards: Path) -> list[Path]:
    """A real conflict, the way one happens: a village laptop is restored from an old backup
    and the clerk edits a household the township already received an edit of — two different
    version-2 records of one household reach the township."""
    from app.services.exchange import card_file_name, enroll, export_batch, write_card
    from app.services.households import (
        HouseholdFilter,
        HouseholdInput,
        household,
        register_rows,
        update_household,
    )
    from app.services.station import parse_group_number

    folder = tmp / "usb-huangqiao"
    folder.mkdir()
    path = tmp / "huangqiao.sqlite3"
    hq = open_store(path)
    init_station(hq, kind="village", code="430525101202", name="黄桥村")
    hctx = AppContext(hq, actor="clerk")
    fill_demo(hctx, households=20, months=2, seed=9)
    write_card(hctx, cards / card_file_name("430525101202"))
    enroll(township, cards / card_file_name("430525101202"))
    enroll(hctx, cards / card_file_name("430525101"))
    out = [export_batch(hctx, folder).path]
    hq.close()
    shutil.copy(path, tmp / "huangqiao-restored.sqlite3")

    def edit(ctx: AppContext, address: str) -> None:
        first = register_rows(ctx, HouseholdFilter(), limit=1)[0]  # the same one on both
        row = household(ctx, first.id)  # the whole record: the list shows masked numbers
        assert row is not None
        update_household(ctx, row.id, HouseholdInput(
            row.head_name, parse_group_number(row.group_name), row.id_number, row.phone,
            row.members_count, address, row.tags, "", row.village_code))

    for name, address in (("huangqiao.sqlite3", "黄桥村三组 12 号"),
                          ("huangqiao-restored.sqlite3", "黄桥村新村安置点 3 栋")):
        store = open_store(tmp / name)
        ctx = AppContext(store, actor="clerk")
        edit(ctx, address)
        stick = tmp / f"usb-{name}"  # two sticks: the same file name on each
        stick.mkdir()
        out.append(export_batch(ctx, stick).path)
        store.close()
    return out


def _exchange_shots(out: Path, tmp: Path, village: AppContext,
                    langs: tuple[str, ...]) -> list[Path]:
    """数据交换 between the demo village and a township paired with it: the village's send
    pane after writing a batch, the township's report on a good and a damaged file, its
    per-village status, and the pairing wizard at the fingerprint check."""
    from app.services.exchange import (
        card_file_name,
        enroll,
        export_batch,
        import_files,
        preview_import,
        write_card,
    )
    from ui.main_window import MainWindow
    from ui.pairing_wizard import PairingWizard

    written: list[Path] = []
    usb = tmp / "usb"
    cards = tmp / "cards"
    usb.mkdir()
    cards.mkdir()
    tstore = open_store(tmp / "exchange-township.sqlite3")
    init_station(tstore, kind="township", code="430525101", name="石江镇")
    tctx = AppContext(tstore, actor="township-clerk")
    write_card(tctx, cards / card_file_name("430525101"))
    write_card(village, cards / card_file_name("430525101201"))
    enroll(tctx, cards / card_file_name("430525101201"))
    enroll(village, cards / card_file_name("430525101"))
    conflicting = _conflict_batches(tmp, tctx, cards)
    tstore.close()
    sent = export_batch(village, usb)
    damaged = usb / sent.path.name.replace("_full", "_copy")
    damaged.write_bytes(sent.path.read_bytes()[:-5000])  # a stick pulled mid-copy
    for lang in langs:
        set_language(lang)
        village.lang = lang
        # Each language gets the township as it was before the import, so both show it.
        copy = tmp / f"exchange-township-{lang}.sqlite3"
        shutil.copy(tmp / "exchange-township.sqlite3", copy)
        town = open_store(copy)
        tc = AppContext(town, actor="township-clerk", lang=lang)
        results = import_files(tc, [sent.path, damaged])
        import_files(tc, conflicting)
        vw = MainWindow(village)
        vw.resize(*SIZE)
        vw.show()
        vw.show_page("exchange")
        page = vw.exchange
        page.drive.set_folder(usb)
        page.last_export = [sent]
        page.show_export_report([sent])
        page.full.setChecked(True)  # the preview of a full batch: what it would carry
        written.append(_grab(vw, out / f"18-exchange-send-{lang}.png"))
        page.tabs.setCurrentIndex(2)
        written.append(_grab(vw, out / f"19-exchange-status-village-{lang}.png"))
        vw.show_page("home")
        _wait(lambda w=vw: w.home.figures is not None  # type: ignore[misc]
              and w.home.figures[2] is not None)
        written.append(_grab(vw, out / f"24-home-last-batch-{lang}.png"))
        vw.close()
        vw.deleteLater()
        tw = MainWindow(tc)
        tw.resize(*SIZE)
        tw.show()
        tw.show_page("exchange")
        tp = tw.exchange
        tp.drive.set_folder(usb)
        tp.tabs.setCurrentIndex(1)
        tp.set_ticked([sent.path, damaged])
        tp.last_import, tp.last_import_preview = results, False
        tp.show_import_report(results, False)
        written.append(_grab(tw, out / f"20-exchange-receive-township-{lang}.png"))
        tp.show_import_report(preview_import(tc, [sent.path]), True)
        tp.tabs.setCurrentIndex(2)
        tp.select_conflict(0)
        written.append(_grab(tw, out / f"21-exchange-status-township-{lang}.png"))
        tw.close()
        tw.deleteLater()
        # A second village pairing: the wizard at the fingerprint check.
        fresh = open_store(tmp / f"pair-{lang}.sqlite3")
        init_station(fresh, kind="village", code="430525101202", name="黄桥村")
        fctx = AppContext(fresh, actor="clerk", lang=lang)
        wiz = PairingWizard(fctx, cards)
        wiz.resize(760, 560)
        wiz.show()
        wiz.next()
        wiz.own_page.write()
        written.append(_grab(wiz, out / f"22-pairing-own-card-{lang}.png"))
        wiz.next()
        written.append(_grab(wiz, out / f"23-pairing-fingerprint-{lang}.png"))
        wiz.reject()
        wiz.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        _settle()
        fresh.close()
        town.close()
    return written


MAIN_PAGES = ("home", "households", "visits", "matters", "cadres", "cards", "reports",
              "exchange", "settings")


def parse_size(text: str) -> tuple[int, int]:
    """'1024x600' → (1024, 600); ValueError for anything else."""
    w, _, h = text.lower().replace("×", "x").partition("x")
    size = (int(w), int(h))
    if min(size) < 200:
        raise ValueError(text)
    return size


def _main_at(window: QWidget, size: tuple[int, int], out: Path, lang: str) -> list[Path]:
    """Every main page at a smaller window size (a 1024×600 netbook), to look for clipping."""
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.resize(*size)
    written = []
    for i, key in enumerate(MAIN_PAGES):
        window.show_page(key)
        written.append(_grab(window, out / f"{i + 1:02d}-{key}-{lang}-{size[0]}x{size[1]}.png"))
    window.resize(*SIZE)
    return written


def _plan_screens(window: QWidget, out: Path, lang: str) -> list[Path]:
    """Work plans (this month's items, one selected) and the scorecard with a payout proposal
    (issue 16)."""
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_page("plans")
    window.plans.reload()
    window.plans.select_rows([0])
    written = [_grab(window, out / f"40-plans-{lang}.png")]
    window.show_page("scorecard")
    page = window.scorecard
    page.by_quarter.setChecked(True)
    page.refresh()
    if not page.pool.text():
        page.pool.setText("8000")
    page.propose()
    written.append(_grab(window, out / f"41-scorecard-{lang}.png"))
    return written


def _events_screens(window: Any, ctx: AppContext, out: Path, lang: str) -> list[Path]:
    """The Events page on last month's gatherings, its boxes tab, and the event form with a
    group's households ticked and a matter settled on the spot (issue 12)."""
    from PySide6.QtCore import QDate

    from ui.pages.events import EventDialog

    window.show_page("events")
    page = window.events
    last = date.today().replace(day=1) - timedelta(days=1)
    page.month.setDate(QDate(last.year, last.month, 1))
    shots = [_grab(window, out / f"40-events-{lang}.png")]
    page.tabs.setCurrentIndex(1)
    shots.append(_grab(window, out / f"41-events-boxes-{lang}.png"))
    page.tabs.setCurrentIndex(0)
    dlg = EventDialog(ctx, window)
    dlg.title_edit.setText("十二月村级联合办公" if lang == "zh_CN" else "December joint office")
    dlg.place.setText("村部" if lang == "zh_CN" else "Village office")
    if dlg.group.count() > 1:
        dlg.group.setCurrentIndex(1)
    dlg._tick_all()
    dlg.add_matter_row()
    title, spot, result = (dlg.matters.cellWidget(0, i) for i in (1, 2, 3))
    title.setText("代办残疾证" if lang == "zh_CN" else "Disability card by proxy")  # type: ignore[attr-defined]
    spot.setChecked(True)  # type: ignore[attr-defined]
    result.setText("当场受理" if lang == "zh_CN" else "Taken in on the spot")  # type: ignore[attr-defined]
    dlg.show()
    shots.append(_grab(dlg, out / f"42-event-form-{lang}.png"))
    dlg.reject()
    return shots


def render_all(out: Path, langs: tuple[str, ...] = ("zh_CN", "en"),
               households: int = 600, size: tuple[int, int] | None = None) -> list[Path]:
    from ui.main import make_app
    from ui.main_window import MainWindow
    from ui.pages.households import HouseholdDialog
    from ui.wizard import SetupWizard

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="minqing-shots-"))
    use_ini_folder(tmp)
    app = make_app(langs[0], large_font=False)
    store = open_store(tmp / "demo.sqlite3")
    init_station(store, kind="village", code="430525101201", name="石江村",
                 township_name="石江镇")
    ctx = AppContext(store, actor="clerk")
    fill_demo(ctx, households=households, months=12, seed=7, today=date.today())
    written: list[Path] = []
    for lang in langs:
        set_language(lang)
        ctx.lang = lang
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        _wait(lambda w=window: w.home.figures is not None  # type: ignore[misc]
              and w.households.model.total is not None)
        for i, key in enumerate(("home", "households", "visits", "matters", "cadres",
                                 "settings", "cards")):
            window.show_page(key)
            if key == "cards":
                _wait(lambda w=window: w.cards.preview is not None  # type: ignore[misc]
                      and not w.cards.loader.busy)
            written.append(_grab(window, out / f"{i + 1:02d}-{key}-{lang}.png"))
            whole = _grab_whole(window, window.page(key),
                                out / f"{i + 1:02d}-{key}-{lang}-whole.png")
            if whole is not None:
                written.append(whole)
        written += _paper_screens(window, out, lang, tmp)
        if size is not None:
            written += _main_at(window, size, out, lang)
        written += _plan_screens(window, out, lang)
        written += _events_screens(window, ctx, out, lang)
        # The visit form mid-way: a household picked, two matters raised, one error shown.
        window.show_page("visits")
        form = window.visits.form
        form.picker.edit.setText("z")
        form.picker.flush()
        form.picker.edit.setText("")
        form.picker._search()
        from app.services.household_detail import quick_search

        first = quick_search(ctx, "z", limit=1)
        if first:
            form.picker.set_household(first[0].id, first[0].head_name,
                                      f"{first[0].head_name} · {first[0].group_name}")
        form.summary.setPlainText("了解到家中老人腿脚不便，屋后排水沟堵塞" if lang == "zh_CN"
                                  else "The grandmother cannot walk far; the drain is blocked")
        m1 = form.add_matter()
        m1.title.setText("屋后排水沟堵塞需疏通" if lang == "zh_CN" else "Clear the blocked drain")
        m2 = form.add_matter()
        m2.category.setCurrentIndex(1)
        written.append(_grab(window, out / f"08-visit-form-{lang}.png"))
        form.save()  # second matter has no title: the message appears beside it
        written.append(_grab(window, out / f"09-visit-error-{lang}.png"))
        form.clear()
        # Larger text, as a clerk with tired eyes sets it.
        window.set_large_font(True)
        window.show_page("households")
        written.append(_grab(window, out / f"14-large-text-{lang}.png"))
        window.set_large_font(False)
        # Dialogs.
        window.show_page("matters")
        dlg = window.matters.card.resolve_dialog()
        if dlg is not None:
            dlg.show()
            dlg.buttons.accepted.emit()
            written.append(_grab(dlg, out / f"10-resolve-dialog-{lang}.png"))
            dlg.reject()
        hd = HouseholdDialog(ctx, parent=window)
        hd.show()
        hd.id_number.setText("4305251980010100")
        hd.accept()
        written.append(_grab(hd, out / f"11-household-dialog-{lang}.png"))
        hd.reject()
        window.close()
        window.deleteLater()
        # A township: escalated matters from its villages, answered here.
        town = open_store(tmp / f"township-{lang}.sqlite3")
        init_station(town, kind="township", code="430525101", name="石江镇")
        tctx = AppContext(town, actor="township-clerk", lang=lang)
        from app.services.station import add_village

        add_village(tctx, "430525101201", "石江村")
        add_village(tctx, "430525101202", "黄桥村")
        fill_demo(tctx, households=300, months=6, seed=3)
        tw = MainWindow(tctx)
        tw.resize(*SIZE)
        tw.show()
        _wait(lambda w=tw: w.home.figures is not None)  # type: ignore[misc]
        tw.show_page("matters")
        tw.matters.set_filter(status="escalated")
        written.append(_grab(tw, out / f"13-township-matters-{lang}.png"))
        # The leader's desk: supervision list and villages compared (issue 13).
        tw.show_page("supervision")
        written.append(_grab(tw, out / f"30-supervision-{lang}.png"))
        tw.show_page("compare")
        written.append(_grab(tw, out / f"31-compare-{lang}.png"))
        if size is not None:  # the desk on a netbook too (its tables are the widest)
            tw.resize(*size)
            for key, no in (("supervision", 30), ("compare", 31)):
                tw.show_page(key)
                written.append(_grab(tw, out / f"{no}-{key}-{lang}-{size[0]}x{size[1]}.png"))
            tw.resize(*SIZE)
        tw.close()
        tw.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        town.close()
        wiz_store = open_store(tmp / f"wizard-{lang}.sqlite3")
        wiz = SetupWizard(wiz_store)
        wiz.show()
        wiz.next()
        wiz.code_page.code.setText("43052510")
        wiz.next()
        written.append(_grab(wiz, out / f"12-wizard-{lang}.png"))
        wiz.reject()
        wiz.deleteLater()
        wiz_store.close()
        written += release_screens(out, lang, tmp)
        _settle()
    written += _exchange_shots(out, tmp, ctx, langs)
    # Destroy the windows before their data file goes away.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _settle()
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    del app  # kept alive until here: every widget above needs it
    return written


def release_screens(out: Path, lang: str, tmp: Path) -> list[Path]:
    """Sign-in, first account, lock screen, accounts and backups (issue 5)."""
    from app import backup
    from app.services import users
    from ui.login_dialog import FirstAccountDialog, LoginDialog
    from ui.main_window import MainWindow
    from ui.pages.accounts import AccountDialog

    written: list[Path] = []
    store = open_store(tmp / f"accounts-{lang}.sqlite3")
    init_station(store, kind="village", code="430525101201", name="石江村",
                 township_name="石江镇")
    builtin = AppContext(store, lang=lang)
    fill_demo(builtin, households=120, months=3, seed=5)
    first = FirstAccountDialog(builtin)
    first.name.setText("李明")
    first.full_name.setText("李明")
    first.password.setText("secret-1")
    first.again.setText("secret-2")
    first.show()
    first.accept()  # the passwords differ: the message shows
    written.append(_grab(first, out / f"25-first-account-{lang}.png"))
    first.reject()
    users.create_user(builtin, "李明", "secret-1", "administrator", full_name="李明")
    admin = users.login(store, "李明", "secret-1", lang)
    users.create_user(admin, "wangfang", "secret-2", "clerk", full_name="王芳")
    users.create_user(admin, "zhaoqiang", "secret-3", "read_only", full_name="赵强")
    login = LoginDialog(store, lang)
    login.name.setText("wangfang")
    login.password.setText("wrong-pw")
    login.show()
    login.accept()  # wrong password: the message shows, the field is cleared
    written.append(_grab(login, out / f"26-login-{lang}.png"))
    login.reject()
    locked = LoginDialog(store, lang, locked_user="李明")
    locked.show()
    written.append(_grab(locked, out / f"27-locked-{lang}.png"))
    locked.reject()
    backup.automatic_backup(store.path)
    window = MainWindow(admin)
    window.resize(*SIZE)
    window.show()
    window.show_page("settings")
    box = window.settings_page.backup_box
    usb = tmp / f"usb-{lang}"
    usb.mkdir(exist_ok=True)
    box._done(backup.backup_now(store.path, usb, passphrase="screenshot-pass"), local=False)
    box.refresh()
    scroll = window.settings_page.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(window.settings_page.accounts_box)
    written.append(_grab(window, out / f"28-accounts-backups-{lang}.png"))
    add = AccountDialog(admin, window)
    add.name.setText("liuyang")
    add.full_name.setText("刘洋")
    add.password.setText("abc")
    add.again.setText("abc")
    add.show()
    add.accept()  # too short: the service's message shows
    written.append(_grab(add, out / f"29-add-user-{lang}.png"))
    add.reject()
    window.close()
    window.deleteLater()
    reader = users.login(store, "zhaoqiang", "secret-3", lang)
    ro = MainWindow(reader)
    ro.resize(*SIZE)
    ro.show()
    _wait(lambda w=ro: w.households.model.total is not None)  # type: ignore[misc]
    ro.show_page("households")
    written.append(_grab(ro, out / f"30-read-only-{lang}.png"))
    ro.close()
    ro.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    return written
