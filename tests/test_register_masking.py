"""Masking is decided in the service (issue 10): the register's rows reach the window with ID
and phone numbers already masked, whoever asks — a clerk never receives a full ID number in a
list; the one full number a permitted role sees is the audited ``users.reveal_id``."""

from __future__ import annotations

import ast
from pathlib import Path

from app.context import AppContext
from app.services import households as hh
from app.services.users import create_user, login
from ui.household_model import HouseholdTableModel

ID = "430525198001010018"
PHONE = "13812345678"


def _clerk(village: AppContext) -> AppContext:
    create_user(village, "admin", "admin-pass-1", "administrator")
    create_user(village, "xiaoli", "clerk-pass-1", "clerk")
    return login(village.store, "xiaoli", "clerk-pass-1")


def test_a_clerk_never_receives_a_full_number_in_the_register_rows(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    hh.add_household(village, hh.HouseholdInput(head_name="张三丰", group_number=3,
                                                id_number=ID, phone=PHONE))
    clerk = _clerk(village)
    assert clerk.role == "clerk"
    rows = hh.register_rows(clerk, hh.HouseholdFilter())
    assert [(r.id_shown, r.phone_shown) for r in rows] == [("430525********0018", "138****5678")]
    for r in rows:  # no field of a row carries the full numbers
        assert ID not in repr(r) and PHONE not in repr(r)
    model = HouseholdTableModel(clerk)
    model.set_filter(hh.HouseholdFilter())
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "430525********0018" in shown and "138****5678" in shown
    assert ID not in map(str, shown) and PHONE not in map(str, shown)
    # An administrator's list is masked as well (the full number is the audited reveal).
    assert hh.register_rows(village, hh.HouseholdFilter())[0].id_shown == "430525********0018"


def test_the_window_does_not_mask_numbers_itself() -> None:
    """No module of ui/ imports the masking helpers: the services decide what is shown."""
    root = Path(__file__).resolve().parent.parent / "ui"
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "app.validation":
                names = {a.name for a in node.names}
                if names & {"mask_id", "mask_phone", "mask_numbers_in"}:
                    offenders.append(str(path.relative_to(root.parent)))
    assert offenders == []
