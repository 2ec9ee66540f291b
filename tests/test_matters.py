from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import MinqingError, ValidationError, ValidationErrors
from app.services import households as hh
from app.services import matters as ms
from app.services.cadres import CadreInput, add_cadre
from app.services.visits import VisitInput, record_visit
from app.workdays import add_workdays
from models import Matter, Reply, Visit


def test_deadline_counts_official_holidays_and_makeup_workdays() -> None:
    # 10 working days from 30 Sep 2026 skip the National Day week (1–7 Oct) and count
    # Saturday 10 Oct, a make-up working day (调休).
    assert add_workdays(date(2026, 9, 30), 10) == (date(2026, 10, 20), True)
    assert ms.default_deadline("dispute", date(2026, 9, 30)) == (date(2026, 10, 20), True)


def test_year_outside_the_calendar_is_marked_provisional() -> None:
    deadline, exact = add_workdays(date(2099, 3, 2), 5)
    assert deadline == date(2099, 3, 9) and not exact


@pytest.fixture
def setup(village: AppContext) -> tuple[AppContext, str, str]:
    cadre = add_cadre(village, CadreInput(name="刘书记", phone="13800001111", is_leader=True))
    house = hh.add_household(village, hh.HouseholdInput(head_name="张三", group_number=2))
    return village, cadre, house


def test_visit_with_two_matters_is_saved_in_one_go(setup: tuple[AppContext, str, str]) -> None:
    ctx, cadre, house = setup
    saved = record_visit(ctx, VisitInput(cadre_id=cadre, household_id=house, summary="了解情况",
                                         matters=[ms.MatterInput("dispute", "宅基地纠纷"),
                                                  ms.MatterInput("proxy_licence", "代办身份证")]))
    with ctx.read() as s:
        rows = s.execute(select(Matter).order_by(Matter.category)).scalars().all()
    assert len(saved.matter_ids) == 2
    assert {m.visit_id for m in rows} == {saved.visit_id}
    assert all(m.owner_cadre_id == cadre and m.household_id == house for m in rows)
    assert all(m.status == "open" and m.deadline > m.received_date for m in rows)


def test_a_wrong_matter_keeps_the_whole_visit_out(setup: tuple[AppContext, str, str]) -> None:
    ctx, cadre, house = setup
    with pytest.raises(ValidationErrors) as info:
        record_visit(ctx, VisitInput(
            cadre_id=cadre, household_id=house, visit_date=date.today() + timedelta(days=2),
            matters=[ms.MatterInput("dispute", "纠纷", deadline=date(2000, 1, 1))]))
    fields = {e.field for e in info.value.errors}
    assert {"visit_date", "deadline"} <= fields
    with ctx.read() as s:
        assert s.execute(select(func.count()).select_from(Visit)).scalar() == 0
        assert s.execute(select(func.count()).select_from(Matter)).scalar() == 0


def test_matter_lifecycle(setup: tuple[AppContext, str, str]) -> None:
    ctx, cadre, house = setup
    mid = ms.create_matter(ctx, ms.MatterInput("hardship", "房屋漏雨", household_id=house,
                                               owner_cadre_id=cadre))
    ms.add_note(ctx, mid, "已联系施工队")
    with pytest.raises(ValidationErrors) as info:
        ms.resolve(ctx, mid, result="  ")
    assert info.value.errors[0].field == "result"
    assert "办理结果" in info.value.message("zh_CN")
    with pytest.raises(ValidationError):
        ms.record_satisfaction(ctx, mid, "satisfied")
    ms.resolve(ctx, mid, result="已修缮完毕", satisfaction="satisfied")
    with ctx.read() as s:
        m = s.get(Matter, mid)
        assert m is not None
        assert (m.status, m.result, m.satisfaction) == ("resolved", "已修缮完毕", "satisfied")
        assert m.version == 3
        assert [n.kind for n in ms.matter_timeline(s, mid)] == ["note"]
    with pytest.raises(ValidationError) as err:
        ms.escalate(ctx, mid, "上报")
    assert err.value.code == "transition_not_allowed"
    assert "已办结" in err.value.message("zh_CN")


def test_escalation_and_township_answer(setup: tuple[AppContext, str, str],
                                        township: AppContext) -> None:
    ctx, cadre, house = setup
    mid = ms.create_matter(ctx, ms.MatterInput("dispute", "山林权属争议", household_id=house))
    ms.escalate(ctx, mid, "村内调解不成")
    with ctx.read() as s:
        m = s.get(Matter, mid)
        assert m is not None and m.status == "escalated" and m.escalated_date == date.today()
    with pytest.raises(MinqingError) as info:
        ms.answer(ctx, mid, "答复")
    assert info.value.code == "reply_township_only"
    # On the township, an escalated matter (as a merged village record) gets a reply.
    tmid = ms.create_matter(township, ms.MatterInput("dispute", "争议"))
    with pytest.raises(ValidationError):
        ms.answer(township, tmid, "答复")
    with township.uow() as uow:
        m2 = uow.get(Matter, tmid, "matter")
        uow.update_record(m2, "matter", status="escalated")
        uow.commit()
    rid = ms.answer(township, tmid, "请于下周到镇综治办协调")
    with township.read() as s:
        r = s.get(Reply, rid)
        assert r is not None and r.origin_code == township.station_code


def test_overdue_matters_come_first(setup: tuple[AppContext, str, str]) -> None:
    ctx, cadre, house = setup
    old = date.today() - timedelta(days=60)
    late = ms.create_matter(ctx, ms.MatterInput("dispute", "旧纠纷", received_date=old))
    ms.create_matter(ctx, ms.MatterInput("suggestion", "新建议"))
    with ctx.read() as s:
        rows = ms.list_matters(s)
    assert rows[0].id == late and rows[0].overdue and not rows[1].overdue
