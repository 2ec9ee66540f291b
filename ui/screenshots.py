"""Render every main screen on demo data, in Chinese and in English, to PNG files.

Used by ``minqing screenshots --out DIR`` (docs, review) — the demo station lives in a temporary
file, settings in a temporary folder, so nothing on the laptop is touched.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QScrollArea, QWidget

from app.context import AppContext
from app.services.demo import fill_demo
from app.services.station import init_station
from app.store import open_store
from ui.i18n import set_language

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


def render_all(out: Path, langs: tuple[str, ...] = ("zh_CN", "en"),
               households: int = 600) -> list[Path]:
    from ui.main import make_app
    from ui.main_window import MainWindow
    from ui.pages.households import HouseholdDialog
    from ui.wizard import SetupWizard

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="minqing-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
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
            written.append(_grab(window, out / f"{i + 1:02d}-{key}-{lang}.png"))
        # The visit form mid-way: a household picked, two matters raised, one error shown.
        window.show_page("visits")
        form = window.visits.form
        form.picker.edit.setText("z")
        form.picker.flush()
        form.picker.edit.setText("")
        form.picker._search()
        with ctx.read() as s:
            from app.services.households import search

            first = search(s, "z", limit=1)
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
    written.append(_grab(first, out / f"15-first-account-{lang}.png"))
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
    written.append(_grab(login, out / f"16-login-{lang}.png"))
    login.reject()
    locked = LoginDialog(store, lang, locked_user="李明")
    locked.show()
    written.append(_grab(locked, out / f"17-locked-{lang}.png"))
    locked.reject()
    backup.automatic_backup(store.path)
    window = MainWindow(admin)
    window.resize(*SIZE)
    window.show()
    window.show_page("settings")
    box = window.settings_page.backup_box
    usb = tmp / f"usb-{lang}"
    usb.mkdir(exist_ok=True)
    box._done(backup.backup_now(store.path, usb), local=False)
    box.refresh()
    scroll = window.settings_page.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(window.settings_page.accounts_box)
    written.append(_grab(window, out / f"18-accounts-backups-{lang}.png"))
    add = AccountDialog(admin, window)
    add.name.setText("liuyang")
    add.full_name.setText("刘洋")
    add.password.setText("abc")
    add.again.setText("abc")
    add.show()
    add.accept()  # too short: the service's message shows
    written.append(_grab(add, out / f"19-add-user-{lang}.png"))
    add.reject()
    window.close()
    window.deleteLater()
    reader = users.login(store, "zhaoqiang", "secret-3", lang)
    ro = MainWindow(reader)
    ro.resize(*SIZE)
    ro.show()
    _wait(lambda w=ro: w.households.model.total is not None)  # type: ignore[misc]
    ro.show_page("households")
    written.append(_grab(ro, out / f"20-read-only-{lang}.png"))
    ro.close()
    ro.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    return written
