"""Gatherings and opinion boxes as records: what is written, what is refused (nothing written),
and the CLI contract scripts rely on."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.context import AppContext
from app.errors import MinqingError, ValidationError, ValidationErrors
from app.services import boxes, events
from app.services.cadres import CadreInput, add_cadre
from app.services.households import HouseholdInput, add_household
from app.services.matters import MatterInput
from app.services.stats import Month
from app.store import open_store
from models import BoxOpening, BoxSlip, Event, EventHousehold, Household, Matter, OpinionBox
from tests.conftest import VILLAGE_CODE

DAY = date.today() - timedelta(days=40)
MONTH = Month(DAY.year, DAY.month)


def _household(ctx: AppContext, name: str, group: int = 1) -> str:
    return add_household(ctx, HouseholdInput(head_name=name, group_number=group))


def _count(ctx: AppContext, model: type) -> int:
    with ctx.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_event_with_people_and_matters_one_resolved_on_the_spot(village: AppContext) -> None:
    h1, h2 = _household(village, "张三"), _household(village, "李四", 2)
    cadre = add_cadre(village, CadreInput(name="王书记", title="村支书"))
    saved = events.record_event(village, events.EventInput(
        kind="joint_office", start_date=DAY, days=2, hours=8, title="十月联合办公",
        place="村部", chair="王书记", guests="县人社局", household_ids=[h1, h2, h1],
        cadre_ids=[cadre], matters=[
            events.RaisedMatter(MatterInput(category="proxy_licence", title="补办身份证",
                                            household_id=h1), on_spot=True, result="当场受理"),
            events.RaisedMatter(MatterInput(category="hardship", title="危房改造",
                                            household_id=h2))]))
    rows = events.list_events(village, MONTH)
    assert [(r.id, r.days, r.households, r.cadres, r.matters, r.on_spot) for r in rows] == [
        (saved.event_id, 2, 2, 1, 2, 1)]
    detail = events.get_event(village, saved.event_id)
    assert detail is not None and detail.guests == "县人社局"
    assert {p.name for p in detail.households} == {"张三", "李四"}
    spot = next(m for m in detail.matters if m.on_spot)
    assert spot.status == "resolved" and spot.result == "当场受理"
    with village.read() as s:
        m = s.get(Matter, spot.id)
        assert m is not None and m.event_id == saved.event_id and m.resolved_date == DAY
        fig = events.event_figures(s, MONTH, None)
    assert fig["by_kind"]["joint_office"] == 1
    assert fig["households_reached"] == 2 and fig["matters_raised"] == 2
    assert fig["resolved_on_spot"] == 1
    assert fig["joint_office_days"] == (2 if (DAY + timedelta(days=1)).month == DAY.month else 1)


@pytest.mark.parametrize(("kwargs", "field", "code"), [
    ({"end_date": DAY - timedelta(days=1)}, "event_end", "event_end_before_start"),
    ({"hours": 30}, "event_hours", "event_hours_invalid"),
    ({"days": 0}, "event_days", "event_days_invalid"),
    ({"kind": "picnic"}, "event_kind", "unknown_value"),
    ({"title": "  "}, "event_title", "required"),
    ({"start_date": date.today() + timedelta(days=3)}, "event_date", "date_in_future"),
])
def test_bad_event_is_refused_with_a_sentence_and_nothing_written(
        village: AppContext, kwargs: dict, field: str, code: str) -> None:  # type: ignore[type-arg]
    args = {"kind": "joint_office", "start_date": DAY, "title": "联合办公", **kwargs}
    with pytest.raises(ValidationErrors) as exc:
        events.record_event(village, events.EventInput(**args))
    assert [(e.field, e.code) for e in exc.value.errors] == [(field, code)]
    assert exc.value.message("zh_CN")  # a sentence, not a code
    assert code not in exc.value.message("en")
    assert _count(village, Event) == 0


def test_thirty_hour_day_says_so(village: AppContext) -> None:
    with pytest.raises(ValidationErrors) as exc:
        events.record_event(village, events.EventInput(
            kind="joint_office", start_date=DAY, title="联合办公", hours=30))
    assert "30" in exc.value.message("en") and "hours" in exc.value.message("en")


def test_household_of_another_village_is_refused(village: AppContext) -> None:
    mine = _household(village, "张三")
    with village.uow() as uow:
        other = uow.add_record(Household(village_code="430525101299", head_name="外村户",
                                         origin_code="430525101299"), "household")
        other_id = other.id
        uow.commit()
    with pytest.raises(ValidationError) as exc:
        events.record_event(village, events.EventInput(
            kind="dialogue", start_date=DAY, title="恳谈会", household_ids=[mine, other_id]))
    assert exc.value.code == "event_household_other_village"
    assert "外村户" in exc.value.message("zh_CN")
    assert _count(village, Event) == 0 and _count(village, EventHousehold) == 0


def test_on_spot_matter_needs_a_result(village: AppContext) -> None:
    with pytest.raises(ValidationErrors):
        events.record_event(village, events.EventInput(
            kind="joint_office", start_date=DAY, title="联合办公", matters=[
                events.RaisedMatter(MatterInput(category="dispute", title="宅基地纠纷"),
                                    on_spot=True)]))
    assert _count(village, Event) == 0 and _count(village, Matter) == 0


def test_delete_event_keeps_its_matters(village: AppContext) -> None:
    saved = events.record_event(village, events.EventInput(
        kind="dialogue", start_date=DAY, title="恳谈会", matters=[
            events.RaisedMatter(MatterInput(category="suggestion", title="路灯"))]))
    events.delete_event(village, saved.event_id)
    assert events.list_events(village, MONTH) == []
    with village.read() as s:
        assert s.execute(select(func.count()).select_from(Matter).where(
            Matter.deleted.is_(False))).scalar_one() == 1


def test_boxes_one_per_group_openings_and_slips(village: AppContext) -> None:
    _household(village, "张三", 1)
    _household(village, "李四", 2)
    box = boxes.add_box(village, "1组", "村部门口", installed=DAY - timedelta(days=30))
    with pytest.raises(ValidationError) as exc:
        boxes.add_box(village, "1", "再来一个")
    assert exc.value.code == "box_group_has_box"
    with pytest.raises(ValidationError) as exc:
        boxes.add_box(village, "9组", "不存在")
    assert exc.value.code == "box_group_unknown" and "9组" in exc.value.message("zh_CN")
    assert _count(village, OpinionBox) == 1
    opening = boxes.open_box(village, box[:8], DAY, slips=2, opened_by="王书记")
    anon = boxes.record_slip(village, opening, MatterInput(category="suggestion",
                                                           title="希望修路"))
    boxes.record_slip(village, opening, no_action_reason="空白纸条")
    with pytest.raises(ValidationError):
        boxes.record_slip(village, opening, no_action_reason="第三张")
    with village.read() as s:
        slip = s.get(BoxSlip, anon)
        assert slip is not None and slip.matter_id
        m = s.get(Matter, slip.matter_id)
        assert m is not None and m.household_id is None and m.received_date == DAY
    ov = boxes.boxes_overview(village, MONTH)
    assert [b.group_name for b in ov.boxes] == ["第1组"] and ov.groups_without_box == ["第2组"]
    assert [(o.slips, o.to_matters, o.no_action) for o in ov.openings] == [(2, 1, 1)]
    with pytest.raises(ValidationErrors):
        boxes.open_box(village, box, DAY, slips=-1)
    with pytest.raises(MinqingError):
        boxes.open_box(village, "nosuchbox", DAY, slips=1)
    assert _count(village, BoxOpening) == 1


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_event_box_duties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "v.db")
    assert run(capsys, "init", "--db", db, "--kind", "village", "--code", VILLAGE_CODE,
               "--name", "石江村")[0] == 0
    store = open_store(db)
    ctx = AppContext(store)
    hid = _household(ctx, "张三")
    cid = add_cadre(ctx, CadreInput(name="王书记"))
    store.close()
    code, out, _ = run(capsys, "box", "add", "--db", db, "--group", "1", "--place", "村部门口",
                       "--installed", (DAY - timedelta(days=5)).isoformat())
    box_id = out.strip()
    assert code == 0 and len(box_id) == 36
    code, out, _ = run(capsys, "box", "open", "--db", db, box_id, "--date", DAY.isoformat(),
                       "--slips", "3")
    assert code == 0 and len(out.strip()) == 36
    code, _, err = run(capsys, "box", "add", "--db", db, "--group", "99", "--place", "x")
    assert code == 1 and "99" in err
    code, out, _ = run(capsys, "event", "add", "--db", db, "--kind", "analysis", "--date",
                       DAY.isoformat(), "--title", "社情民意分析会", "--household", hid,
                       "--cadre", cid, "--minutes", "研究了三件事")
    eid = out.strip()
    assert code == 0 and len(eid) == 36
    code, _, err = run(capsys, "event", "add", "--db", db, "--kind", "joint_office", "--date",
                       DAY.isoformat(), "--hours", "30", "--title", "x")
    assert code == 1 and "30" in err
    code, _, err = run(capsys, "--lang", "en", "event", "add", "--db", db, "--kind",
                       "joint_office", "--date", DAY.isoformat(), "--days", "2", "--end",
                       (DAY - timedelta(days=2)).isoformat(), "--title", "x")
    assert code == 1 and "does not agree" in err
    code, out, _ = run(capsys, "event", "list", "--db", db, "--month", str(MONTH), "--json")
    listed = json.loads(out)["events"]
    assert [(e["id"], e["kind"], e["households"], e["cadres"]) for e in listed] == [
        (eid, "analysis", 1, 1)]
    code, out, _ = run(capsys, "duties", "--db", db, "--month", str(MONTH), "--json")
    rep = json.loads(out)
    assert rep["station"]["code"] == VILLAGE_CODE and rep["month"] == str(MONTH)
    by_key = {d["key"]: d for d in rep["duties"]}
    assert list(by_key) == ["joint_office_days", "analysis_meeting", "monthly_report",
                            "opinion_boxes", "representatives_meeting", "yearly_visits"]
    assert all({"key", "label", "required", "done", "met"} <= set(d) for d in rep["duties"])
    assert by_key["analysis_meeting"]["done"] == 1 and by_key["analysis_meeting"]["met"] is True
    assert by_key["joint_office_days"]["met"] is False
    assert by_key["opinion_boxes"]["done"] == 1


def test_cli_duty_rule_changes_what_the_month_requires(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A county asking for three joint office days a month: the administrator sets it, the
    month's duties then require three; an impossible number or an unknown duty changes nothing."""
    db = str(tmp_path / "v.db")
    run(capsys, "init", "--db", db, "--kind", "village", "--code", VILLAGE_CODE, "--name", "石江村")
    code, _, _ = run(capsys, "duty-rule", "--db", db, "joint_office_days", "--required", "3")
    assert code == 0
    _, out, _ = run(capsys, "duties", "--db", db, "--month", str(MONTH), "--json")
    rule = {d["key"]: d for d in json.loads(out)["duties"]}["joint_office_days"]
    assert rule["required"] == 3
    code, _, err = run(capsys, "duty-rule", "--db", db, "joint_office_days", "--required", "0")
    assert code == 1 and "0" in err
    code, _, err = run(capsys, "duty-rule", "--db", db, "no_such_duty", "--required", "2")
    assert code == 1
    _, out, _ = run(capsys, "duties", "--db", db, "--month", str(MONTH), "--json")
    assert {d["key"]: d for d in json.loads(out)["duties"]}["joint_office_days"]["required"] == 3
