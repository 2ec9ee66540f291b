"""Issue 15: the first start shows progress while it prepares the file (creating it and running
the migrations in a worker), then goes on to the wizard; the wizard's demo fill shows its own
progress dialog and finishes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from app.errors import MinqingError
from app.store import open_store
from tests.ui.modal import answer_modal, no_stale_modal_answers  # noqa: F401
from ui.startup import Startup, run_with_progress


def _progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.allWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()]


def test_run_with_progress_shows_a_dialog_and_runs_in_a_worker(qtbot: QtBot) -> None:
    seen: list[bool] = []
    during: list[int] = []
    main = threading.get_ident()

    def work() -> int:
        during.append(threading.get_ident())
        return 42

    assert run_with_progress(None, "preparing", work, seen) == 42
    assert seen == [True] and during and during[0] != main
    assert not _progress_dialogs()  # closed when done
    with pytest.raises(MinqingError):
        run_with_progress(None, "preparing", lambda: (_ for _ in ()).throw(
            MinqingError("not_found", what="x", key="y")))
    assert not _progress_dialogs()


def test_first_start_prepares_the_file_with_progress(qtbot: QtBot, tmp_path: Path) -> None:
    db_path = tmp_path / "new" / "station.sqlite3"
    db_path.parent.mkdir()
    seen: dict[str, object] = {}

    def wizard(w: QWidget) -> None:
        seen["wizard"] = type(w).__name__
        seen["file_ready"] = db_path.exists()
        seen["progress_open"] = bool(_progress_dialogs())
        w.reject()  # stop here: the point is what came before

    answer_modal(wizard)
    steps = Startup(db_path, "zh_CN")
    assert steps.run() is None
    assert steps.progress_seen == [True]
    assert seen == {"wizard": "SetupWizard", "file_ready": True, "progress_open": False}

    # The second start opens the prepared file directly: no progress dialog.
    again = Startup(db_path, "zh_CN")
    assert again.take_lock() and again.open_file()
    assert again.progress_seen == []
    again.abandon()


def test_wizard_demo_fill_shows_progress_and_finishes(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.wizard import SetupWizard

    store = open_store(tmp_path / "demo.sqlite3")
    wiz = SetupWizard(store)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    wiz.code_page.code.setText("430525101201")
    wiz.code_page.name.setText("石江村")
    wiz.code_page.admin.setText("王书记")
    wiz.next()
    wiz.start_page.demo.setChecked(True)
    wiz.accept()
    # The fill runs in a worker; its progress dialog (shown after 0.4 s) is there at once.
    dialogs = wiz.findChildren(QProgressDialog)
    assert len(dialogs) == 1 and dialogs[0].labelText()
    assert wiz.result() != QDialog.DialogCode.Accepted  # not finished yet: it is in a worker
    qtbot.waitUntil(lambda: wiz.result() == QDialog.DialogCode.Accepted, timeout=30000)
    assert not dialogs[0].isVisible()  # closed when done
    store.close()
