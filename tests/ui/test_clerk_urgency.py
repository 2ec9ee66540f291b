"""Issue 15: urgency in the visit form's matter rows (the deadline follows it and the
administrator's limits), the Settings time-limit section for administrators only, and a
deadline counted into a year without a holiday table marked provisional (暂定)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.context import AppContext
from app.services import calendar
from app.services import households as hh
from app.services import matters as ms
from app.services.cadres import CadreInput, add_cadre
from ui.deadline_box import DeadlineRulesBox
from ui.pages.visits import MatterEntry, VisitForm, pydate


def test_urgency_sets_the_default_deadline_and_is_saved(
        qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    add_cadre(village, CadreInput(name="李红梅", phone="13800001111"))
    h = hh.add_household(village, hh.HouseholdInput(head_name="张三丰", group_number=3))
    ms.set_deadline_rule(village, "dispute", "critical", 1)
    form = VisitForm(village)
    qtbot.addWidget(form)
    form.pick(h)
    form.cadre.setCurrentIndex(0)
    form.summary.setPlainText("了解宅基地纠纷")
    entry = form.add_matter()
    entry.category.setCurrentIndex(entry.category.findData("dispute"))
    assert entry.urgency.itemText(0) == "一般"
    received = entry.received
    normal = pydate(entry.deadline.date())
    assert normal == ms.suggested_deadline(village, "dispute", received, "normal").due
    entry.urgency.setCurrentIndex(entry.urgency.findData("urgent"))
    urgent = pydate(entry.deadline.date())
    assert urgent < normal
    entry.urgency.setCurrentIndex(entry.urgency.findData("critical"))
    critical = pydate(entry.deadline.date())
    assert critical == ms.suggested_deadline(village, "dispute", received, "critical").due
    assert critical < urgent  # the administrator's 1 working day
    entry.title.setText("宅基地界址纠纷")
    form.save()
    rows = ms.find_matters(village, limit=10)
    assert len(rows) == 1 and rows[0].urgency == "critical" and rows[0].deadline == critical


def test_deadline_into_an_unknown_year_is_provisional(
        qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    table = calendar.table_for(village)
    unknown = next(y for y in range(2026, 2100) if not table.known(y))
    entry = MatterEntry(date(unknown - 1, 12, 20), ctx=village)
    qtbot.addWidget(entry)
    entry.category.setCurrentIndex(entry.category.findData("dispute"))
    assert entry.provisional and not entry.provisional_label.isHidden()
    assert "暂定" in entry.provisional_label.text()
    # Early in a known year: the count stays in it, nothing is provisional.
    entry.set_received(date(unknown - 1, 3, 2))
    assert not entry.provisional and entry.provisional_label.isHidden()
    # A date the clerk typed is theirs, not counted: never provisional.
    entry.set_received(date(unknown - 1, 12, 20))
    assert entry.provisional
    entry.deadline.setDate(entry.deadline.date().addDays(3))
    assert not entry.provisional and entry.provisional_label.isHidden()


def test_settings_time_limits_admin_only(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    box = DeadlineRulesBox(village)
    qtbot.addWidget(box)
    spin = box.spins[("hardship", "urgent")]
    assert spin.isEnabled() and spin.value() == ms.builtin_workdays("hardship", "urgent")
    spin.setValue(3)
    box.save_button.click()
    assert ms.deadline_workdays("hardship", "urgent", ms.deadline_rules(village)) == 3
    assert "1" in box.result.text()
    # A clerk sees the limits in force but cannot change them.
    clerk = replace(village, role="clerk") if hasattr(village, "__dataclass_fields__") \
        else AppContext(village.store, actor="clerk2", role="clerk")
    view = DeadlineRulesBox(clerk)
    qtbot.addWidget(view)
    assert view.spins[("hardship", "urgent")].value() == 3
    assert not view.spins[("hardship", "urgent")].isEnabled()
    assert not view.save_button.isEnabled()
    assert "管理员" in view.save_button.toolTip()
