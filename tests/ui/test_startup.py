"""The window's start-up, step by step, through the real dialogs offscreen on real files:
first account then login on the next start, a wrong password, a second copy refused, a file on
a USB stick copied in, a damaged file restored, the idle lock and the closing backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import backup
from app.context import AppContext
from app.instance_lock import InstanceLock, Location
from app.services import households as hh
from app.services import users
from app.services.station import init_station
from app.store import integrity_problems, open_store
from models import AuditEvent
from tests.ui.helpers import type_text
from tests.ui.modal import answer_modal, no_stale_modal_answers  # noqa: F401
from ui.login_dialog import FirstAccountDialog, LoginDialog
from ui.startup import Startup, WindowSession


def _station(path: Path) -> Path:
    store = open_store(path)
    init_station(store, kind="village", code="430525101201", name="石江村")
    store.close()
    return path


def _ok(dialog: QWidget) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    QTest.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _accept_button(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    [button] = [b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    button.click()


def test_first_account_then_login_required_on_the_next_start(qtbot: QtBot,
                                                             db_path: Path) -> None:
    _station(db_path)
    seen: dict[str, object] = {}

    def create(w: QWidget) -> None:
        assert isinstance(w, FirstAccountDialog)
        type_text(w.name, "李明")
        type_text(w.full_name, "李明")
        type_text(w.password, "secret-1")
        type_text(w.again, "secret-1")
        _ok(w)

    first = answer_modal(create)
    steps = Startup(db_path, "zh_CN")
    ctx = steps.run()
    assert isinstance(first[0], FirstAccountDialog)
    assert ctx is not None and (ctx.actor, ctx.role) == ("李明", "administrator")
    assert steps.lock is not None and steps.lock.held
    steps.abandon()  # as closing the window does

    def login(w: QWidget) -> None:
        assert isinstance(w, LoginDialog)
        type_text(w.name, "李明")
        type_text(w.password, "wrong-pw")
        _ok(w)
        seen["error"] = w.error.text()
        seen["still_open"] = w.isVisible()
        seen["password_left"] = w.password.text()
        type_text(w.password, "secret-1")
        _ok(w)

    second = answer_modal(login)
    again = Startup(db_path, "zh_CN")
    ctx2 = again.run()
    assert isinstance(second[0], LoginDialog)  # no second first-account dialog
    assert seen == {"error": "用户名或密码不对", "still_open": True, "password_left": ""}
    assert ctx2 is not None and ctx2.actor == "李明"
    # Every change is now recorded under the signed-in name.
    hh.add_household(ctx2, hh.HouseholdInput(head_name="张三"))
    with ctx2.read() as s:
        actors = s.execute(select(AuditEvent.actor).where(AuditEvent.entity == "household")
                           ).scalars().all()
    assert actors == ["李明"]
    again.abandon()


def test_cancelling_sign_in_opens_no_window_and_lets_go_of_the_file(qtbot: QtBot,
                                                                    db_path: Path) -> None:
    _station(db_path)
    answer_modal(lambda w: w.reject())  # type: ignore[attr-defined]
    steps = Startup(db_path, "zh_CN")
    assert steps.run() is None
    assert steps.lock is None and steps.store is None
    InstanceLock(db_path).acquire().release()  # free for the next start


def test_a_second_copy_on_the_same_file_is_refused_politely(qtbot: QtBot,
                                                            db_path: Path) -> None:
    _station(db_path)
    first = InstanceLock(db_path).acquire()  # the window already open
    texts: list[str] = []

    def read_and_close(w: QWidget) -> None:
        assert isinstance(w, QMessageBox)
        texts.append(w.text())
        w.close()

    answer_modal(read_and_close)
    steps = Startup(db_path, "zh_CN")
    assert steps.run() is None
    assert "已被另一个民情台账窗口打开" in texts[0] and str(db_path) in texts[0]
    assert first.held
    first.release()


def test_a_file_on_a_usb_stick_is_copied_onto_the_laptop(qtbot: QtBot, tmp_path: Path) -> None:
    stick = _station(tmp_path / "stick" / "station.sqlite3")
    target = tmp_path / "laptop" / "minqing.sqlite3"
    texts: list[str] = []

    def copy(w: QWidget) -> None:
        texts.append(w.text())  # type: ignore[attr-defined]
        _accept_button(w)

    answer_modal(copy)
    steps = Startup(stick, "zh_CN", location=lambda _p: Location.REMOVABLE, local_target=target)
    assert steps.check_local()
    assert "U盘" in texts[0] and str(target) in texts[0]
    assert steps.db_path == target and integrity_problems(target) == []
    assert stick.exists()  # the stick's file is left as it was
    # Next time from the stick: the laptop already has a copy — open that one.
    answer_modal(_accept_button)
    again = Startup(stick, "zh_CN", location=lambda _p: Location.NETWORK, local_target=target)
    assert again.check_local() and again.db_path == target
    # Declining leaves the app closed.
    answer_modal(lambda w: w.close())
    refused = Startup(stick, "en", location=lambda _p: Location.REMOVABLE,
                      local_target=tmp_path / "other.sqlite3")
    assert not refused.check_local() and not (tmp_path / "other.sqlite3").exists()


def test_a_damaged_file_is_offered_its_last_good_backup(qtbot: QtBot, db_path: Path) -> None:
    store = open_store(db_path)
    init_station(store, kind="village", code="430525101201", name="石江村")
    hh.add_household(AppContext(store), hh.HouseholdInput(head_name="张三"))
    store.close()
    good = backup.automatic_backup(db_path)
    assert good is not None
    size = db_path.stat().st_size
    with db_path.open("r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xde\xad" * 4096)
    assert integrity_problems(db_path)

    def restore(w: QWidget) -> None:
        assert str(good) in w.text()  # type: ignore[attr-defined]
        _accept_button(w)
        answer_modal(lambda done: done.close())  # "restored from …"

    answer_modal(restore)
    steps = Startup(db_path, "zh_CN")
    assert steps.take_lock() and steps.open_file()
    assert steps.store is not None and steps.lock is not None and steps.lock.held
    with steps.store.session() as s:
        assert [r.head_name for r in hh.search(s, "张三")] == ["张三"]
    assert list(db_path.parent.glob(f"{db_path.name}.before-restore-*"))
    steps.abandon()


def test_idle_lock_hides_the_window_and_asks_the_password_again(qtbot: QtBot,
                                                                village: AppContext) -> None:
    from ui.main_window import MainWindow

    users.create_user(village, "li", "secret-1", "administrator")
    ctx = users.login(village.store, "li", "secret-1")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    from ui.pages.households import HouseholdDialog

    open_dialog = HouseholdDialog(ctx, parent=window)  # a form left open on the desk
    open_dialog.show()
    session = WindowSession(window, ctx, None, minutes=0.3 / 60)
    seen: dict[str, object] = {}

    def unlock(w: QWidget) -> None:
        assert isinstance(w, LoginDialog)
        seen["window_hidden"] = not window.isVisible() and not open_dialog.isVisible()
        seen["name"] = (w.name.text(), w.name.isReadOnly())
        type_text(w.password, "secret-1")
        _ok(w)

    answer_modal(unlock)
    qtbot.waitUntil(lambda: "name" in seen, timeout=5000)
    qtbot.waitUntil(window.isVisible, timeout=3000)
    assert seen == {"window_hidden": True, "name": ("li", True)}
    assert open_dialog.isVisible()  # back as it was, nothing typed lost
    assert session.idle is not None and not session.idle.is_locked
    session.idle.stop()
    assert session.daily is not None
    session.daily.timer.stop()


def test_closing_the_session_backs_up_and_frees_the_file(qtbot: QtBot, db_path: Path) -> None:
    from ui.main_window import MainWindow

    _station(db_path)
    lock = InstanceLock(db_path).acquire()
    store = open_store(db_path)
    ctx = AppContext(store)
    hh.add_household(ctx, hh.HouseholdInput(head_name="关窗前"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    session = WindowSession(window, ctx, lock, minutes=0)
    assert session.idle is None  # 0 = never lock
    session.close()
    assert not lock.held
    InstanceLock(db_path).acquire().release()
    [daily] = [p for p in backup.list_backups(db_path) if p.name.startswith("daily-")]
    import sqlite3

    with sqlite3.connect(daily) as conn:
        names = [r[0] for r in conn.execute("SELECT head_name FROM household")]
    assert names == ["关窗前"]


def test_idle_time_is_set_in_settings(qtbot: QtBot, village: AppContext) -> None:
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow
    from ui.startup import idle_minutes

    users.create_user(village, "li", "secret-1", "administrator")
    ctx = users.login(village.store, "li", "secret-1")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    session = WindowSession(window, ctx, None)
    window.settings_page.idle_minutes_chosen.connect(session.set_idle_minutes)
    assert session.idle is not None and session.idle.timer.interval() == 10 * 60_000
    window.settings_page.idle.setValue(3)
    assert session.idle is not None and session.idle.timer.interval() == 3 * 60_000
    assert idle_minutes() == 3 and QSettings().value("security/idle_minutes") in (3, "3")
    window.settings_page.idle.setValue(0)  # "never"
    assert session.idle is None
    assert session.daily is not None
    session.daily.timer.stop()


def test_a_new_file_gets_the_wizard_then_the_first_account(qtbot: QtBot,
                                                           db_path: Path) -> None:
    from ui.wizard import SetupWizard

    seen: dict[str, object] = {}

    def wizard(w: QWidget) -> None:
        assert isinstance(w, SetupWizard)
        w.next()
        w.code_page.code.setText("430525101201")
        w.code_page.name.setText("石江村")
        w.code_page.admin.setText("王书记")
        w.next()
        w.accept()
        answer_modal(first_account)

    def first_account(w: QWidget) -> None:
        assert isinstance(w, FirstAccountDialog)
        seen["offered"] = w.name.text()
        type_text(w.password, "secret-1")
        type_text(w.again, "secret-1")
        _ok(w)

    answer_modal(wizard)
    steps = Startup(db_path, "zh_CN")
    ctx = steps.run()
    assert seen == {"offered": "王书记"}
    assert ctx is not None and (ctx.actor, ctx.role) == ("王书记", "administrator")
    assert ctx.station_code == "430525101201"
    steps.abandon()


# --- the first paint (issue 11) ----------------------------------------------------------------

def test_home_reads_its_figures_in_the_worker_not_before_the_first_paint(
        qtbot: QtBot, village: AppContext) -> None:
    """Building the window runs only the few one-row reads the frame and Home's warnings need;
    the month, the dashboard, the last batch and the duties come from one worker call (before:
    53 statements on the main thread, the duties' month figures among them)."""
    import threading

    from sqlalchemy import event

    from app.services.demo import fill_demo
    from ui.main_window import MainWindow

    fill_demo(village, households=40, months=2)
    main = threading.get_ident()
    on_main: list[str] = []
    in_worker: list[str] = []

    def seen(_c: object, _cur: object, statement: str, *_rest: object) -> None:
        if statement.startswith("SELECT"):
            (on_main if threading.get_ident() == main else in_worker).append(statement)

    event.listen(village.store.engine, "before_cursor_execute", seen)
    try:
        window = MainWindow(village)
        qtbot.addWidget(window)
        built = len(on_main)
        window.show()
        home = window.home
        qtbot.waitUntil(lambda: home.figures is not None, timeout=10_000)
    finally:
        event.remove(village.store.engine, "before_cursor_execute", seen)
    assert built <= 12, on_main[:built]
    assert not any("visit.visit_date" in s for s in on_main[:built])  # no month figures
    assert any("duty_rule" in s for s in in_worker)  # the duties: read by the worker …
    assert len(home.duties.lines) == 6  # … and shown
    assert home.tiles["households"].value == "40"


def test_a_file_at_head_is_opened_without_asking_the_engine_its_version(
        db_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The version read with sqlite3 before the engine is made is enough when it is the head:
    no second connection and schema inspection on every start and every command."""
    import app.store as store_module

    _station(db_path)

    def no(_engine: object) -> None:
        raise AssertionError("asked the engine for the version of a file at head")

    monkeypatch.setattr(store_module, "current_revision", no)
    store = open_store(db_path)
    assert AppContext(store).station_code == "430525101201"
    store.close()
