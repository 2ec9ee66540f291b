"""The county desk in the window (issue 14): offered on a county only, townships ranked, the
chosen township's villages below, overdue matters per township; rendered at 1024x600 in both
languages (``MINQING_COUNTY_SHOTS=DIR`` keeps the PNGs)."""

from __future__ import annotations

import os
from pathlib import Path

from app.context import AppContext
from sync.county import export_to_county
from tests.qt_window import qt_settings  # noqa: F401  (autouse)
from tests.sync.test_county import T1, T2, _village_to_township, build_county
from ui.main_window import PAGES, MainWindow
from ui.pages.county import CountyPage


def _keys(w: MainWindow) -> list[str]:
    return [PAGES[i] for i in range(w.nav.count())]


def test_county_page_ranks_townships_and_shows_their_villages(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import set_language

    w = build_county(tmp_path)
    try:
        stick = tmp_path / "usb"
        stick.mkdir()
        _village_to_township(w, stick)
        files = [export_to_county(t, stick).path for t in w.townships.values()]
        page = CountyPage(w.county)
        qtbot.addWidget(page)
        page.show()
        assert page.towns.rows == [] or all(t.villages == 0 for t in page.towns.rows)
        results = page.import_batches(files)  # the page's import, as the button does it
        assert [r.status for r in results] == ["applied", "applied"]
        assert "已核验并导入 2 个村数据包" in page.message.text()
        assert [t.code for t in page.towns.rows] and {t.code for t in page.towns.rows} == {T1, T2}
        assert sorted(t.rank for t in page.towns.rows) == [1, 2]
        assert page.towns.rows[-1].bottom
        first = page.selected()
        assert first is not None
        assert {v.code[:9] for v in page.villages.rows} == {first.code}
        row = [t.code for t in page.towns.rows].index(T1)
        page.town_table.selectRow(row)
        assert len(page.villages.rows) == 2 and "石江镇" in page.tabs.tabText(0)
        assert page.overdue.rowCount() == 2
        assert "2" in page.summary.text()
        reply = page.write_reply(stick)  # for the selected township (石江镇)
        assert reply is not None and reply.name.startswith(f"MQ_430525_to_{T1}_")
        window = MainWindow(w.county)
        qtbot.addWidget(window)
        assert "county" in _keys(window) and "compare" in _keys(window)
        # read-only on a county: the register is searchable, not editable
        assert not window.households.add_button.isEnabled()
        assert not window.households.edit_button.isEnabled()
        shots = Path(os.environ.get("MINQING_COUNTY_SHOTS", tmp_path / "shots"))
        shots.mkdir(parents=True, exist_ok=True)
        window.resize(1024, 600)
        window.show()
        window.show_page("county")
        for lang in ("zh_CN", "en"):
            set_language(lang)
            qtbot.wait(50)
            assert window.grab().save(str(shots / f"county-{lang}.png"))
        assert page.title.text() == "County desk: townships compared"
        set_language("zh_CN")
        qtbot.wait(50)
        assert window.county.title.text() == "县级督导台：各乡镇比较"
    finally:
        w.close()


def test_desk_pages_are_not_offered_on_a_village_or_township(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = build_county(tmp_path)
    try:
        for ctx in (next(iter(w.villages.values())), w.townships[T1]):
            assert isinstance(ctx, AppContext)
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            assert "county" not in _keys(window)
    finally:
        w.close()


def test_wizard_sets_up_a_county(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from app.services.station import get_station
    from app.store import open_store
    from ui.wizard import SetupWizard

    store = open_store(tmp_path / "county.sqlite3")
    wiz = SetupWizard(store)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.kind_page.county.setChecked(True)
    wiz.next()
    assert "6" in wiz.code_page.code_label.text()
    assert not wiz.code_page.township_name.isVisible()
    wiz.code_page.code.setText("4305251")  # 7 digits: refused beside the field
    wiz.code_page.name.setText("洞口县")
    wiz.code_page.admin.setText("县群众工作办")
    wiz.next()
    assert wiz.currentPage() is wiz.code_page
    assert "6" in wiz.code_page.errors.shown()["code"]
    wiz.code_page.code.setText("430525")
    wiz.next()
    assert not wiz.start_page.demo.isEnabled() and wiz.start_page.empty.isChecked()
    wiz.accept()
    assert wiz.result() == QDialog.DialogCode.Accepted
    with store.session() as s:
        st = get_station(s)
    assert st is not None and (st.kind, st.code, st.name) == ("county", "430525", "洞口县")
    assert st.township_code == ""
    store.close()
