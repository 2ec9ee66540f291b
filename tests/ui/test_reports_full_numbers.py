"""The window's "full numbers" tick box follows the station's rule (issue 9): only the roles
allowed full numbers may tick it, and every workbook saved is on the audit trail."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from app.context import AppContext
from app.services.households import HouseholdInput, add_household
from app.services.users import create_user
from models import AuditEvent
from ui.pages.reports import ReportsPage

ID = "430525198001011256"


def _page(qtbot, ctx: AppContext) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=10000)
    return page


def test_a_clerk_cannot_tick_full_numbers_and_the_export_is_audited(
        qtbot, village: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_household(village, HouseholdInput(head_name="张三", group_number=1, id_number=ID))
    create_user(village, "li", "li-admin-pw", "administrator")
    admin = AppContext(village.store, actor="li", role="administrator")
    create_user(admin, "wang", "wang-clerk-pw", "clerk")
    clerk = AppContext(village.store, actor="wang", role="clerk")

    assert _page(qtbot, admin).full.isEnabled()
    page = _page(qtbot, clerk)
    assert not page.full.isEnabled() and page.full.toolTip()
    page.full.setChecked(True)  # even if ticked by code, the workbook stays masked
    out = tmp_path / "coverage.xlsx"
    page.save_coverage(out)
    qtbot.waitUntil(lambda: page.saved_path == out, timeout=30000)
    wb = load_workbook(out, read_only=True)
    cells = {str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None}
    wb.close()
    assert ID not in cells
    with village.read() as s:
        ev = s.execute(select(AuditEvent).where(AuditEvent.action == "export")).scalar_one()
    assert (ev.actor, ev.entity) == ("wang", "coverage")
    assert json.loads(ev.changes)["full_numbers"] is False
