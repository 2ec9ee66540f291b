"""W3 through the window: add a cadre, assign a whole group, then a selection of rows."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from app.context import AppContext
from app.services import households as hh
from models import Assignment, Cadre
from tests.ui.helpers import type_text
from ui.pages.cadres import CadreDialog, CadresPage


def _register(ctx: AppContext) -> dict[str, str]:
    ids = {}
    for name, group in (("张三丰", 1), ("张山", 1), ("李四", 1), ("王五", 2), ("赵六", 2)):
        ids[name] = hh.add_household(ctx, hh.HouseholdInput(head_name=name, group_number=group))
    return ids


def _liaison(ctx: AppContext) -> dict[str, str]:
    with ctx.read() as s:
        rows = s.execute(select(Assignment.household_id, Cadre.name)
                         .join(Cadre, Cadre.id == Assignment.cadre_id)
                         .where(Assignment.end_date.is_(None))).all()
    return {h: n for h, n in rows}


def test_add_cadre_and_assign_by_group_and_by_selection(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = _register(village)
    page = CadresPage(village)
    qtbot.addWidget(page)
    page.show()
    # A wrong phone is shown beside the phone field; the name typed stays.
    dlg = CadreDialog(village, parent=page)
    qtbot.addWidget(dlg)
    type_text(dlg.name, "李红梅")
    type_text(dlg.phone, "12345")
    dlg.accept()
    assert "phone" in dlg.errors.shown() and dlg.name.text() == "李红梅"
    dlg.phone.clear()
    type_text(dlg.phone, "13800001111")
    type_text(dlg.title, "村文书")
    dlg.accept()
    assert dlg.saved_id
    page.refresh(keep=dlg.saved_id)
    assert page.current() is not None and page.current().name == "李红梅"  # type: ignore[union-attr]

    # Whole group 1.
    page.group.setCurrentIndex(page.group.findText("第1组"))
    page.assign_group_button.click()
    qtbot.waitUntil(lambda: not page.assigning, timeout=10000)  # done in a worker
    assert _liaison(village) == {ids["张三丰"]: "李红梅", ids["张山"]: "李红梅",
                                 ids["李四"]: "李红梅"}
    assert "3" in page.result.text()
    assert page.model.rows[0].households == 3

    # A second cadre takes two rows picked in the table.
    second = CadreDialog(village, parent=page)
    qtbot.addWidget(second)
    type_text(second.name, "王建国")
    second.accept()
    page.refresh(keep=second.saved_id)
    type_text(page.search, "zs")
    qtbot.waitUntil(lambda: page.households.rowCount() == 2)
    sel = page.hh_table.selectionModel()
    for r in range(2):
        sel.select(page.households.index(r, 0),
                   QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    page.assign_selected_button.click()
    qtbot.waitUntil(lambda: not page.assigning, timeout=10000)
    liaison = _liaison(village)
    assert liaison[ids["张三丰"]] == liaison[ids["张山"]] == "王建国"
    assert liaison[ids["李四"]] == "李红梅"
    assert ids["王五"] not in liaison
