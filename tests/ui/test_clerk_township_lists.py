"""Issue 15 on a township: the Matters and Cadres lists name each record's village and filter by
it; what the township may not do with a village's cadre is greyed out with the reason (the
decision comes from ``cadres.cadre_actions``, not from the window). Issue 10: these pages read
through services, never opening a session themselves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.context import AppContext
from app.services import cadres as cs
from app.services.cadres import CadreInput, add_cadre
from app.services.demo import fill_demo
from ui.pages.cadres import CadresPage
from ui.pages.matters import MattersPage


def test_township_matters_village_column_and_filter(qtbot, township: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(township, households=60, months=2, seed=5)
    page = MattersPage(township)
    qtbot.addWidget(page)
    assert page.model.COLUMNS[0] == "village"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "村"
    names = {page.model.index(i, 0).data() for i in range(page.model.rowCount())}
    assert names and names <= {"石江村", "黄桥村"}
    assert not page.village.isHidden() and page.village.count() == 3  # all + two villages
    total = page.model.rowCount()
    code = page.model.rows[0].village_code
    page.village.setCurrentIndex(page.village.findData(code))
    assert 0 < page.model.rowCount() <= total
    assert {r.village_code for r in page.model.rows} == {code}
    page.village.setCurrentIndex(page.village.findData(
        next(v.code for v in page.villages if v.code != code)))
    assert all(r.village_code != code for r in page.model.rows)


def test_village_matters_have_no_village_column(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = MattersPage(village)
    qtbot.addWidget(page)
    assert "village" not in page.model.COLUMNS and page.village.isHidden()


def test_township_cadre_of_a_village_is_read_only_with_reason(
        qtbot, township: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(township, households=60, months=2, seed=5)
    own = add_cadre(township, CadreInput(name="乡镇干部", phone="13800003333"))
    page = CadresPage(township)
    qtbot.addWidget(page)
    page.show()
    row = next(r for r in page.model.rows if r.origin_code and r.origin_code != township.station_code)
    page.select_cadre(row.id)
    decision = cs.cadre_actions(township, row)
    assert not decision.edit and not decision.assign and decision.refusal is not None
    assert not page.edit_button.isEnabled()
    assert not page.assign_selected_button.isEnabled()
    assert "乡镇只能查看" in page.edit_button.toolTip()
    assert page.refusal.isVisible() and "乡镇只能查看" in page.refusal.text()
    page.select_cadre(own)
    assert page.edit_button.isEnabled() and page.assign_selected_button.isEnabled()
    assert page.refusal.isHidden() and page.edit_button.toolTip() == ""
    # The village filter narrows the list to that village's cadres.
    page.village.setCurrentIndex(page.village.findData(row.village_code))
    assert {r.village_code for r in page.model.rows} == {row.village_code}


def test_pages_open_no_session() -> None:
    root = Path(__file__).resolve().parents[2] / "ui" / "pages"
    for name in ("matters", "visits", "cadres", "home", "settings"):
        text = (root / f"{name}.py").read_text(encoding="utf-8")
        assert "ctx.read()" not in text, name
