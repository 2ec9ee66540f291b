"""The township distributes the holiday table: its reply batches carry it, a village applies it
when it is newer than the one it has (audited) and counts its provisional deadlines again; a
village's own batch may not carry one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import orjson
import pytest
from sqlalchemy import select

from app import workdays
from app.context import AppContext
from app.services import calendar
from app.services import matters as ms
from models import AuditEvent, Matter
from sync.batch import export_batch, import_files
from tests.sync.synchelp import V1, audited, craft, enroll_pair, lines_of, make_station

NOTICE_2027 = "\n".join(["2027-01-01,休,元旦", "2027-01-02,休,元旦", "2027-01-03,休,元旦",
                         *[f"2027-02-{d:02d},休,春节" for d in range(5, 12)],
                         "2027-02-13,班,春节"])


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[AppContext, AppContext, Path]]:
    t = make_station(tmp_path / "township.sqlite3", "township", V1[:9], "石江镇")
    v = make_station(tmp_path / "v1.sqlite3", "village", V1, "石江村")
    enroll_pair(tmp_path, t, v)
    usb = tmp_path / "usb"
    usb.mkdir()
    yield t, v, usb
    t.store.close()
    v.store.close()
    calendar._cache.clear()
    workdays.set_table(None)


def send_down(t: AppContext, v: AppContext, usb: Path) -> dict[str, int]:
    res = export_batch(t, usb, for_code=V1)
    [result] = import_files(v, [res.path])
    assert result.status == "applied", result.reason
    return res.counts


def test_reply_batch_carries_the_table_and_the_village_applies_it(
        pair: tuple[AppContext, AppContext, Path]) -> None:
    t, v, usb = pair
    mid = ms.create_matter(v, ms.MatterInput("petition", "宅基地信访",
                                             received_date=date(2026, 12, 1)))
    assert calendar.deadline(v, date(2026, 12, 25), 10).provisional
    calendar.import_notice(t, NOTICE_2027)

    counts = send_down(t, v, usb)
    assert counts["holiday_day"] == 11
    info = calendar.year_info(v, 2027)
    assert info.known and info.source == "township"
    assert [d.isoformat() for d in info.workdays] == ["2027-02-13"]
    assert calendar.deadline(v, date(2026, 12, 25), 10) == \
        calendar.Deadline(date(2027, 1, 11), False)
    with v.read() as s:
        m = s.get(Matter, mid)
        assert m is not None and m.deadline == date(2027, 1, 27)
        ev = s.execute(select(AuditEvent).where(AuditEvent.action == "calendar_apply")).scalar_one()
    changes = json.loads(ev.changes)
    assert changes["years"] == [2027] and changes["recomputed"] == 1
    assert audited(v, "recompute_deadline") == 1

    # the same table again (the next reply batch re-sends a day of changes): nothing to apply
    send_down(t, v, usb)
    assert audited(v, "calendar_apply") == 1


def test_the_newer_table_wins(pair: tuple[AppContext, AppContext, Path]) -> None:
    t, v, usb = pair
    calendar.import_notice(t, NOTICE_2027)  # the township's, older
    calendar.import_notice(v, "2027-01-01,休,元旦")  # the village typed its own since
    send_down(t, v, usb)
    info = calendar.year_info(v, 2027)
    assert info.source == "notice" and [d.isoformat() for d in info.holidays] == ["2027-01-01"]
    assert audited(v, "calendar_apply") == 0

    calendar.import_notice(t, NOTICE_2027 + "\n2027-10-01,休,国庆节")  # a newer township table
    send_down(t, v, usb)
    info = calendar.year_info(v, 2027)
    assert info.source == "township" and date(2027, 10, 1) in info.holidays
    assert len(info.holidays) == 11
    assert audited(v, "calendar_apply") == 1
    # the township's own table is untouched by any of this
    assert calendar.year_info(t, 2027).source == "notice"


def test_a_village_batch_cannot_carry_a_holiday_table(
        pair: tuple[AppContext, AppContext, Path]) -> None:
    t, v, usb = pair
    calendar.import_notice(v, "2027-01-01,休,元旦")
    res = export_batch(v, usb)
    assert res.counts.get("holiday_day", 0) == 0  # a village never sends its table up
    [ok] = import_files(t, [res.path])
    assert ok.status == "applied"

    calendar.import_notice(t, NOTICE_2027)
    down = export_batch(t, usb, for_code=V1)
    line = next(ln for ln in lines_of(v, down.path) if b'"holiday_day"' in ln)
    obj = orjson.loads(line)
    obj["r"]["origin_code"] = V1  # a village passing its own table off as a record of its own
    forged = craft(v, t, usb / "forged.mqb", [orjson.dumps(obj)], seq=2, full=False)
    [refused] = import_files(t, [forged])
    assert refused.status == "rejected" and refused.reason_code == "batch_foreign_record"
    assert calendar.year_info(t, 2027).source == "notice"


def test_a_batch_of_the_older_line_format_is_still_read(
        pair: tuple[AppContext, AppContext, Path]) -> None:
    """Record schema 1 had no ``matter.deadline_workdays``: such lines are read as 0."""
    from app.services.demo import fill_demo

    t, v, usb = pair
    fill_demo(v, households=6, months=2, seed=3)
    res = export_batch(v, usb)
    old_lines = []
    for ln in lines_of(t, res.path):
        obj = orjson.loads(ln)
        if obj["t"] == "matter":
            del obj["r"]["deadline_workdays"]
        old_lines.append(orjson.dumps(obj))
    assert any(b'"matter"' in ln for ln in old_lines)
    old = craft(v, t, usb / "old.mqb", old_lines, overrides={"record_schema": 1})
    [result] = import_files(t, [old])
    assert result.status == "applied", result.reason
    with t.read() as s:
        got = s.execute(select(Matter.deadline_workdays)).scalars().all()
    assert got and set(got) == {0}
