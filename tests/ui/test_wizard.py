"""W1 through the window: the first-run wizard sets up a station, with demo data in a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from app.services.station import get_station
from app.store import open_store
from models import AuditEvent, Household
from tests.ui.helpers import type_text
from ui.wizard import SetupWizard


def test_wizard_sets_up_a_village_with_demo_data(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "new.sqlite3")
    wiz = SetupWizard(store)
    qtbot.addWidget(wiz)
    wiz.show()
    assert wiz.kind_page.village.isChecked()
    wiz.next()
    assert wiz.currentPage() is wiz.code_page
    type_text(wiz.code_page.code, "43052510")  # too short
    type_text(wiz.code_page.name, "石江村")
    wiz.next()
    assert wiz.currentPage() is wiz.code_page
    shown = wiz.code_page.errors.shown()
    assert "12位" in shown["code"] and wiz.code_page.name.text() == "石江村"
    assert "不能为空" in shown["admin"]
    type_text(wiz.code_page.admin, "刘文书")
    with store.session() as s:
        assert get_station(s) is None  # nothing written yet
    type_text(wiz.code_page.code, "1201")
    wiz.next()
    assert wiz.currentPage() is wiz.start_page
    wiz.start_page.demo.setChecked(True)
    wiz.accept()
    qtbot.waitUntil(lambda: wiz.result() == QDialog.DialogCode.Accepted, timeout=20000)
    with store.session() as s:
        st = get_station(s)
        n = s.execute(select(func.count()).select_from(Household)).scalar_one()
    assert st is not None and (st.kind, st.code, st.name) == ("village", "430525101201", "石江村")
    assert n == 600
    with store.session() as s:
        actors = set(s.execute(select(AuditEvent.actor)).scalars())
    assert "刘文书" in actors
    assert QSettings().value("station/actor") == "刘文书"
    assert wiz.ctx is not None and wiz.ctx.actor == "刘文书"
    store.close()


def test_wizard_sets_up_an_empty_township(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "town.sqlite3")
    wiz = SetupWizard(store)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.kind_page.township.setChecked(True)
    wiz.next()
    assert "9" in wiz.code_page.code_label.text()
    assert not wiz.code_page.township_name.isVisible()
    type_text(wiz.code_page.code, "430525101")
    type_text(wiz.code_page.name, "石江镇")
    type_text(wiz.code_page.admin, "王主任")
    wiz.next()
    wiz.accept()
    assert wiz.result() == QDialog.DialogCode.Accepted
    with store.session() as s:
        st = get_station(s)
        n = s.execute(select(func.count()).select_from(Household)).scalar_one()
    assert st is not None and (st.kind, st.code) == ("township", "430525101") and n == 0
    store.close()
