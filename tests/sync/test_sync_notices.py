"""Supervision notices travel with the township's reply batch: the village receives them
with their matters, cannot send them back as its own, and never receives another village's."""

from __future__ import annotations

from datetime import date

import orjson
import pytest

from app.services import supervision as sv
from sync.batch import export_batch, import_files
from tests.sync.synchelp import V1, V2, World, craft, lines_of, table_rows


def _overdue_village(world: World) -> None:
    for v in (world.v1, world.v2):
        b = export_batch(v, world.usb)
        assert import_files(world.township, [b.path])[0].status == "applied"


def test_notice_reaches_only_its_village_and_marks_its_matters(world: World) -> None:
    t, v1, v2 = world.township, world.v1, world.v2
    _overdue_village(world)
    lst = sv.supervision_list(t, date.today(), village=V1)
    assert lst.matters, "the demo village has overdue matters"
    n = sv.issue_notice(t, V1, reply_by=date.today(), note="请本周内办结")
    back1 = export_batch(t, world.usb, for_code=V1)
    back2 = export_batch(t, world.usb, for_code=V2)
    assert back1.counts["supervision_notice"] == 1
    assert back1.counts["supervision_item"] == n.matter_count
    assert back2.counts.get("supervision_notice", 0) == 0
    assert import_files(v1, [back1.path])[0].status == "applied"
    assert import_files(v2, [back2.path])[0].status == "applied"
    got = sv.list_notices(v1)
    assert [x.notice_no for x in got] == [n.notice_no]
    assert got[0].reply_by == date.today() and got[0].note == "请本周内办结"
    assert got[0].township_name == "石江镇" and got[0].village_name == "石江村"
    assert {ln.matter_id for ln in got[0].lines} == {m.id for m in lst.matters}
    mark = sv.matter_supervision(v1, lst.matters[0].id)
    assert mark is not None and mark.latest_no == n.notice_no
    assert sv.list_notices(v2) == []
    assert table_rows(v1, "supervision_notice") == table_rows(t, "supervision_notice")
    # the village's next batch does not send the township's notices back
    again = export_batch(v1, world.usb)
    assert again.counts.get("supervision_notice", 0) == 0
    assert again.counts.get("supervision_item", 0) == 0


def test_a_village_cannot_pass_off_a_notice_as_the_townships(world: World) -> None:
    t, v1 = world.township, world.v1
    _overdue_village(world)
    sv.issue_notice(t, V1, reply_by=date.today())
    back = export_batch(t, world.usb, for_code=V1)
    notice_line = next(ln for ln in lines_of(v1, back.path)
                       if orjson.loads(ln)["t"] == "supervision_notice")
    # the same record, sent by the village to the township: refused as foreign
    bad = craft(v1, t, world.tmp / "forged.mq", [notice_line], seq=2, full=False)
    res = import_files(t, [bad])[0]
    assert (res.status, res.reason_code) == ("rejected", "batch_foreign_record")
    # …and a village record forged as a notice for another village is refused at the village
    r = orjson.loads(notice_line)
    r["r"]["village_code"] = V2
    forged = craft(t, v1, world.tmp / "other.mq", [orjson.dumps(r)], seq=9, full=False)
    res2 = import_files(v1, [forged])[0]
    assert (res2.status, res2.reason_code) == ("rejected", "batch_foreign_record")
    assert sv.list_notices(v1) == []


@pytest.mark.parametrize("table", ["supervision_notice", "supervision_item"])
def test_notice_tables_travel(table: str) -> None:
    from sync.records import MODELS, TOWNSHIP_OWNED

    assert table in {m.__tablename__ for m in MODELS}  # type: ignore[attr-defined]
    assert table in TOWNSHIP_OWNED
