"""Matters can be handed on: a new owner or a later deadline needs a reason, is audited, shows
in the matter's history and (for extensions) in the month's ledger; urgency sets the default
time limit, which the administrator can change per category."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import MinqingError, PermissionDenied, ValidationError, ValidationErrors
from app.paper.ledger import write_ledger
from app.services import households as hh
from app.services import matters as ms
from app.services.cadres import CadreInput, add_cadre
from app.services.demo import fill_demo
from app.services.stats import Month, month_stats
from app.workdays import add_workdays
from models import AuditEvent, Matter, MatterEvent, Visit


@pytest.fixture
def world(village: AppContext) -> tuple[AppContext, str, str, str]:
    liu = add_cadre(village, CadreInput(name="刘书记", phone="13800001111", is_leader=True))
    wang = add_cadre(village, CadreInput(name="王主任", phone="13800002222"))
    house = hh.add_household(village, hh.HouseholdInput(head_name="张三", group_number=2))
    mid = ms.create_matter(village, ms.MatterInput("dispute", "宅基地边界纠纷", owner_cadre_id=liu,
                                                   household_id=house,
                                                   received_date=date.today() - timedelta(days=20)))
    return village, mid, liu, wang


def _audit(ctx: AppContext, entity: str) -> list[AuditEvent]:
    with ctx.read() as s:
        return list(s.execute(select(AuditEvent).where(AuditEvent.entity == entity)
                              .order_by(AuditEvent.seq)).scalars())


def _changes(ev: AuditEvent) -> dict[str, Any]:
    return dict(json.loads(ev.changes))


def test_reassigning_needs_a_reason_and_writes_nothing_without_one(world) -> None:  # type: ignore[no-untyped-def]
    ctx, mid, liu, wang = world
    with pytest.raises(ValidationErrors) as info:
        ms.reassign(ctx, mid, wang, "   ")
    assert [e.field for e in info.value.errors] == ["reason"]
    assert "理由" in info.value.message("zh_CN")
    assert ms.get_matter(ctx, mid).owner_cadre_id == liu
    assert _audit(ctx, "matter_event") == []


def test_reassign_is_audited_and_in_the_history(world) -> None:  # type: ignore[no-untyped-def]
    ctx, mid, liu, wang = world
    ms.reassign(ctx, mid, wang, "刘书记调往乡镇工作")
    row = ms.get_matter(ctx, mid)
    assert row.owner_cadre_id == wang and row.owner_name == "王主任"
    history = ms.matter_history(ctx, mid)
    assert [h.kind for h in history] == ["received", "reassign"]
    line = history[-1].describe("zh_CN")
    assert "刘书记" in line and "王主任" in line and "刘书记调往乡镇工作" in line
    events = _audit(ctx, "matter_event")
    assert len(events) == 1 and _changes(events[0])["reason"] == "刘书记调往乡镇工作"
    changed = [e for e in _audit(ctx, "matter") if e.action == "update"]
    assert _changes(changed[-1])["owner_cadre_id"] == [liu, wang]
    # handing it to the same cadre again is refused, naming them
    with pytest.raises(ValidationError) as info:
        ms.reassign(ctx, mid, wang, "再换一次")
    assert "王主任" in info.value.message("zh_CN")


def test_extension_needs_a_reason_a_later_date_and_is_counted(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, mid, _liu, _wang = world
    before = ms.get_matter(ctx, mid)
    assert before.overdue  # 10 working days from 20 days ago
    with pytest.raises(ValidationErrors) as info:
        ms.extend_deadline(ctx, mid, before.deadline + timedelta(days=10), "")
    assert [e.field for e in info.value.errors] == ["reason"]
    with pytest.raises(ValidationError) as info2:
        ms.extend_deadline(ctx, mid, before.deadline, "等待测量")
    assert info2.value.field == "deadline" and before.deadline.isoformat() in info2.value.message()
    new = date.today() + timedelta(days=15)
    ms.extend_deadline(ctx, mid, new, "等待国土所测量")
    after = ms.get_matter(ctx, mid)
    assert after.deadline == new and not after.overdue and after.extensions == 1
    history = ms.matter_history(ctx, mid)
    assert history[-1].kind == "extend"
    assert before.deadline.isoformat() in history[-1].describe() and "等待国土所测量" in \
        history[-1].describe()
    assert [_changes(e)["deadline"] for e in _audit(ctx, "matter")
            if e.action == "update" and "deadline" in _changes(e)] == \
        [[before.deadline.isoformat(), new.isoformat()]]
    # the month's figures and the ledger count the extension and keep the first deadline
    month = Month(date.today().year, date.today().month)
    with ctx.read() as s:
        assert month_stats(s, month)["matters"]["extended"] == 1
    out = tmp_path / "ledger.xlsx"
    write_ledger(ctx, month, out)
    wb = openpyxl.load_workbook(out)
    summary = {r[0]: r[1] for r in wb["汇总"].iter_rows(values_only=True) if r and r[0]}
    assert summary["本月延期（次）"] == 1
    sheet = wb["未办结事项"]
    header = next(r for r in sheet.iter_rows(values_only=True) if r and "延期次数" in r)
    rows = [r for r in sheet.iter_rows(values_only=True) if r and r[3] == "宅基地边界纠纷"]
    assert len(rows) == 1
    assert rows[0][header.index("延期次数")] == 1
    first = rows[0][header.index("原定期限")]
    assert first is not None and first.date() == before.deadline


def test_a_resolved_matter_is_neither_extended_nor_handed_on(world) -> None:  # type: ignore[no-untyped-def]
    ctx, mid, _liu, wang = world
    ms.resolve(ctx, mid, "双方签订协议")
    with pytest.raises(ValidationError) as info:
        ms.extend_deadline(ctx, mid, date.today() + timedelta(days=30), "再等等")
    assert info.value.code == "matter_resolved_locked"
    with pytest.raises(ValidationError):
        ms.reassign(ctx, mid, wang, "换人")
    with ctx.read() as s:
        assert s.execute(select(func.count()).select_from(MatterEvent)).scalar() == 0


def test_urgency_sets_the_default_deadline(village: AppContext) -> None:
    received = date(2026, 9, 30)
    normal = ms.default_deadline("dispute", received)[0]
    urgent = ms.default_deadline("dispute", received, "urgent")[0]
    critical = ms.default_deadline("dispute", received, "critical")[0]
    assert normal == date(2026, 10, 20)  # 10 working days over the National Day week
    assert urgent == add_workdays(received, 5)[0]
    assert critical == add_workdays(received, 2)[0]
    assert critical < urgent < normal
    mid = ms.create_matter(village, ms.MatterInput("hardship", "房屋漏雨", urgency="critical",
                                                   received_date=received))
    row = ms.get_matter(village, mid)
    assert row.urgency == "critical" and row.deadline == add_workdays(received, 3)[0]
    with pytest.raises(ValidationErrors) as info:
        ms.create_matter(village, ms.MatterInput("hardship", "x", urgency="very"))
    assert [e.field for e in info.value.errors] == ["urgency"]


def test_administrator_sets_the_time_limits(village: AppContext) -> None:
    received = date(2026, 9, 30)
    ms.set_deadline_rule(village, "dispute", "urgent", 3)
    cell = next(c for c in ms.deadline_table(village)
                if (c.category, c.urgency) == ("dispute", "urgent"))
    assert cell.workdays == 3 and cell.builtin == 5 and cell.custom
    mid = ms.create_matter(village, ms.MatterInput("dispute", "邻里噪音", urgency="urgent",
                                                   received_date=received))
    assert ms.get_matter(village, mid).deadline == add_workdays(received, 3)[0]
    events = _audit(village, "deadline_rule")
    assert len(events) == 1 and _changes(events[0]) == {"workdays": [5, 3]}
    with pytest.raises(ValidationErrors) as info:
        ms.set_deadline_rule(village, "dispute", "urgent", 0)
    assert "1" in info.value.message("zh_CN") and "250" in info.value.message("zh_CN")
    clerk = AppContext(village.store, actor="xiaoli", role="clerk")
    with pytest.raises(PermissionDenied):
        ms.set_deadline_rule(clerk, "dispute", "urgent", 8)
    assert ms.deadline_rules(village).days == {("dispute", "urgent"): 3}


def test_walk_in_matter_with_and_without_a_contact_record(world) -> None:  # type: ignore[no-untyped-def]
    ctx, _mid, liu, _wang = world
    with ctx.read() as s:
        house = s.execute(select(Matter.household_id)).scalars().first()
    saved = ms.record_walk_in(ctx, ms.WalkInInput(
        ms.MatterInput("proxy_licence", "代办残疾证"), mode="phone", household_id=house,
        cadre_id=liu))
    assert saved.visit_id is not None
    with ctx.read() as s:
        visit = s.get(Visit, saved.visit_id)
        assert visit is not None and visit.mode == "phone" and visit.summary == "代办残疾证"
    row = ms.get_matter(ctx, saved.matter_id)
    assert row.owner_cadre_id == liu and row.household_id == house
    loose = ms.record_walk_in(ctx, ms.WalkInInput(ms.MatterInput("suggestion", "路灯不亮"),
                                                  contact="李四 13900001234"))
    assert loose.visit_id is None
    with ctx.read() as s:
        m = s.get(Matter, loose.matter_id)
        assert m is not None and "李四" in m.description and m.visit_id is None
    with pytest.raises(ValidationErrors) as info:
        ms.record_walk_in(ctx, ms.WalkInInput(ms.MatterInput("suggestion", " "), mode="home"))
    assert {e.field for e in info.value.errors} == {"mode", "title"}


def test_township_may_not_hand_on_a_village_matter(township: AppContext) -> None:
    fill_demo(township, households=120, months=3, seed=3)
    rows = ms.find_matters(township, limit=50)
    village_row = next(r for r in rows if r.status != "resolved")
    assert village_row.village_name in ("石江村", "黄桥村")
    refusal = ms.edit_refusal(township, village_row)
    assert refusal is not None and village_row.village_name in refusal.message("zh_CN")
    other = ms.find_matters(township, village_code="430525101202", limit=2000)
    assert other and {r.village_code for r in other} == {"430525101202"}
    with pytest.raises(MinqingError) as info:
        ms.extend_deadline(township, village_row.id, village_row.deadline + timedelta(days=5),
                           "乡镇同意延期")
    assert info.value.code == "not_owner"
    with pytest.raises(MinqingError):
        ms.add_note(township, village_row.id, "乡镇催办")
    assert ms.get_matter(township, village_row.id).deadline == village_row.deadline
