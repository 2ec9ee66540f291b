"""Gatherings, their links and matters, opinion boxes, openings and slips travel to the township
record by record; the township holds them read-only; the monthly-report duty sees the batch."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.errors import MinqingError
from app.services import boxes, duties, events
from app.services.matters import MatterInput
from models import Cadre, Event, Household, Matter
from sync.batch import export_batch, import_files
from tests.sync.synchelp import V1, V2, World, table_rows

TABLES = ("event", "event_cadre", "event_household", "matter", "opinion_box", "box_opening",
          "box_slip")


def test_events_and_boxes_round_trip_to_the_township(world: World) -> None:
    t, v1 = world.township, world.v1
    day = date.today() - timedelta(days=3)
    with v1.read() as s:
        hids = list(s.execute(select(Household.id).order_by(Household.id).limit(3)).scalars())
        cid = s.execute(select(Cadre.id).order_by(Cadre.id).limit(1)).scalar_one()
    saved = events.record_event(v1, events.EventInput(
        kind="joint_office", start_date=day, hours=8, title="联合办公", guests="县民政局",
        household_ids=hids, cadre_ids=[cid], matters=[events.RaisedMatter(
            MatterInput(category="proxy_subsidy", title="补贴代发", household_id=hids[0]),
            on_spot=True, result="当场发放")]))
    ov = boxes.boxes_overview(v1, duties.Month(day.year, day.month))
    box = ov.boxes[0].id if ov.boxes else boxes.add_box(v1, "1", "村部", installed=day)
    opening = boxes.open_box(v1, box, day, slips=1)
    boxes.record_slip(v1, opening, MatterInput(category="suggestion", title="匿名：修路"))
    b = export_batch(v1, world.usb)
    res = import_files(t, [b.path])
    assert [r.status for r in res] == ["applied"], [r.reason for r in res]
    for table in TABLES:
        mine = table_rows(v1, table, V1)
        assert mine, table
        assert table_rows(t, table, V1) == mine, table
    with t.read() as s:
        ev = s.get(Event, saved.event_id)
        assert ev is not None and ev.village_code == V1
        spot = s.get(Matter, saved.matter_ids[0])
        assert spot is not None and spot.on_spot and spot.event_id == ev.id
    # the township holds a village's gathering read-only
    with pytest.raises(MinqingError) as exc:
        events.delete_event(t, saved.event_id)
    assert exc.value.code == "not_owner"
    # the batch is the month's report, at the village and at the township for that village
    month = duties.report_month(date.today())
    mine_d = {d.key: d for d in duties.month_duties(v1, month).duties}
    assert mine_d["monthly_report"].done == 1 and mine_d["monthly_report"].met is True
    rep = duties.month_duties(t, month)
    per = {v.code: {d.key: d for d in v.duties} for v in rep.villages}
    assert per[V1]["monthly_report"].done == 1
    assert per[V2]["monthly_report"].done == 0
