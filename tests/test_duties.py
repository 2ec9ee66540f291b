"""The month's duties from records: met, not met, not yet due; rules the administrator sets."""

from __future__ import annotations

from datetime import date

import pytest

from app.context import AppContext
from app.errors import PermissionDenied
from app.services import boxes, duties, events
from app.services.cadres import CadreInput, add_cadre
from app.services.households import HouseholdInput, add_household
from app.services.stats import Month
from app.services.visits import VisitInput, record_visit

JUNE = Month(2026, 6)


def _joint(ctx: AppContext, day: date, days: int = 1) -> None:
    events.record_event(ctx, events.EventInput(kind="joint_office", start_date=day, days=days,
                                               hours=8, title="联合办公"))


def _by_key(ctx: AppContext, month: Month, as_of: date) -> dict[str, duties.Duty]:
    return {d.key: d for d in duties.month_duties(ctx, month, as_of).duties}


def test_one_joint_office_day_is_not_met_two_are(village: AppContext) -> None:
    _joint(village, date(2026, 6, 5))
    d = _by_key(village, JUNE, date(2026, 8, 1))["joint_office_days"]
    assert (d.required, d.done, d.state, d.met) == (2, 1, "not_met", False)
    _joint(village, date(2026, 6, 5))  # the same day again is still one day
    assert _by_key(village, JUNE, date(2026, 8, 1))["joint_office_days"].done == 1
    _joint(village, date(2026, 6, 18))
    d = _by_key(village, JUNE, date(2026, 8, 1))["joint_office_days"]
    assert (d.done, d.state, d.met) == (2, "met", True)


def test_a_two_day_joint_office_across_month_end_counts_a_day_in_each(
        village: AppContext) -> None:
    _joint(village, date(2026, 6, 30), days=2)
    assert _by_key(village, JUNE, date(2026, 8, 1))["joint_office_days"].done == 1
    assert _by_key(village, Month(2026, 7), date(2026, 8, 1))["joint_office_days"].done == 1


def test_running_month_is_not_yet_due_until_its_end(village: AppContext) -> None:
    _joint(village, date(2026, 6, 5))
    mid = _by_key(village, JUNE, date(2026, 6, 15))
    assert mid["joint_office_days"].state == "not_yet_due"
    assert mid["joint_office_days"].met is None
    assert mid["analysis_meeting"].state == "not_yet_due"
    # yearly duties stay open until the year's end; the report until the 10th of July
    late = _by_key(village, JUNE, date(2026, 7, 5))
    assert late["joint_office_days"].state == "not_met"
    assert late["monthly_report"].state == "not_yet_due"
    assert late["representatives_meeting"].state == "not_yet_due"
    assert _by_key(village, JUNE, date(2026, 7, 11))["monthly_report"].state == "not_met"
    events.record_event(village, events.EventInput(kind="representatives",
                                                   start_date=date(2026, 3, 2), title="代表会"))
    assert _by_key(village, JUNE, date(2026, 6, 15))["representatives_meeting"].state == "met"


def test_boxes_need_every_group_and_an_opening(village: AppContext) -> None:
    add_household(village, HouseholdInput(head_name="张三", group_number=1))
    add_household(village, HouseholdInput(head_name="李四", group_number=2))
    b1 = boxes.add_box(village, "1", "村部", installed=date(2026, 5, 1))
    boxes.open_box(village, b1, date(2026, 6, 10), slips=0)
    d = _by_key(village, JUNE, date(2026, 8, 1))["opinion_boxes"]
    assert d.done == 1 and d.state == "not_met" and "1" in d.detail
    boxes.add_box(village, "2", "二组晒谷坪", installed=date(2026, 5, 1))
    assert _by_key(village, JUNE, date(2026, 8, 1))["opinion_boxes"].state == "met"


def test_yearly_visits_counts_households(village: AppContext) -> None:
    h1 = add_household(village, HouseholdInput(head_name="张三", group_number=1))
    add_household(village, HouseholdInput(head_name="李四", group_number=1))
    cadre = add_cadre(village, CadreInput(name="王书记"))
    record_visit(village, VisitInput(cadre_id=cadre, household_id=h1,
                                     visit_date=date(2026, 4, 1)))
    d = _by_key(village, Month(2026, 12), date(2027, 1, 2))["yearly_visits"]
    assert (d.required, d.done, d.state) == (2, 1, "not_met")


def test_administrator_changes_a_rule_and_clerks_cannot(village: AppContext) -> None:
    _joint(village, date(2026, 6, 5))
    duties.set_rule(village, "joint_office_days", 1)
    assert _by_key(village, JUNE, date(2026, 8, 1))["joint_office_days"].state == "met"
    assert [r.required for r in duties.list_rules(village) if r.key == "joint_office_days"] == [1]
    duties.set_rule(village, "analysis_meeting", 1, active=False)
    assert "analysis_meeting" not in _by_key(village, JUNE, date(2026, 8, 1))
    clerk = AppContext(village.store, actor="clerk", role="clerk")
    with pytest.raises(PermissionDenied):
        duties.set_rule(clerk, "joint_office_days", 3)


def test_township_lists_duties_per_village(township: AppContext) -> None:
    rep = duties.month_duties(township, JUNE, date(2026, 8, 1)).as_json()
    assert [v["code"] for v in rep["villages"]] == ["430525101201", "430525101202"]
    assert {d["key"] for d in rep["villages"][0]["duties"]} >= {"joint_office_days",
                                                              "monthly_report"}
    jo = next(d for d in rep["duties"] if d["key"] == "joint_office_days")
    assert (jo["required"], jo["done"], jo["met"]) == (2, 0, False)


def test_report_month_of_a_batch_date() -> None:
    assert duties.report_month(date(2026, 7, 3)) == JUNE
    assert duties.report_month(date(2026, 6, 11)) == JUNE
    assert duties.report_month(date(2026, 1, 10)) == Month(2025, 12)


def test_ledger_has_a_duties_sheet_and_event_figures(village: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from app.paper.ledger import write_ledger

    _joint(village, date(2026, 6, 5))
    _joint(village, date(2026, 6, 6))
    out = tmp_path / "ledger.xlsx"
    write_ledger(village, JUNE, out, as_of=date(2026, 8, 1))
    wb = load_workbook(out)
    assert "工作制度" in wb.sheetnames
    cells = [[c for c in row] for row in wb["工作制度"].iter_rows(values_only=True)]
    joint = next(r for r in cells if r and r[0] == "村级联合办公（每月天数）")
    assert joint[1:4] == [2, 2, "已完成"]
    summary = {r[0]: r[1] for r in wb["汇总"].iter_rows(values_only=True) if r and r[0]}
    assert summary["本月联合办公天数"] == 2 and summary["本月活动（次）"] == 2
