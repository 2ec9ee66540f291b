"""Village → township → county on real files: two townships of demo villages, the county checks
every village's own signature, refuses what a township may not forward, and its figures are the
sum of its townships' own (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import MinqingError
from app.services.county import county_month_stats
from app.services.demo import fill_demo
from app.services.stats import Month, month_stats
from models import Household, SyncBatch
from sync.batch import export_batch, import_files
from sync.county import export_to_county, forward_dir, import_county_batch
from tests.sync.synchelp import enroll_pair, make_station

COUNTY = "430525"
T1, T2 = "430525101", "430525102"


@dataclass
class County:
    tmp: Path
    county: AppContext
    townships: dict[str, AppContext]
    villages: dict[str, AppContext]

    def close(self) -> None:
        for c in (self.county, *self.townships.values(), *self.villages.values()):
            c.store.close()


def _month() -> Month:
    from datetime import date

    return Month.parse(f"{date.today():%Y-%m}")


def build_county(tmp_path: Path) -> County:
    """A county, two townships, three demo villages, everyone enrolled through card files."""
    c = make_station(tmp_path / "county.sqlite3", "county", COUNTY, "洞口县")
    towns = {T1: make_station(tmp_path / "t1.sqlite3", "township", T1, "石江镇"),
             T2: make_station(tmp_path / "t2.sqlite3", "township", T2, "黄桥镇")}
    villages = {}
    for i, (t, names) in enumerate(((T1, ("石江村", "高沙村")), (T2, ("黄桥村",)))):
        for j, name in enumerate(names):
            code = f"{t}{201 + j:03d}"
            v = make_station(tmp_path / f"v{code}.sqlite3", "village", code, name)
            fill_demo(v, households=30 + 10 * j + 5 * i, months=12, seed=7 + i + j)
            enroll_pair(tmp_path, towns[t], v)
            villages[code] = v
    for t in towns.values():
        enroll_pair(tmp_path, c, t)
    return County(tmp_path, c, towns, villages)


def fill_county(w: County) -> None:
    """Every village's batch to its township, every township's batch to the county."""
    stick = w.tmp / "fill-usb"
    stick.mkdir()
    _village_to_township(w, stick)
    for t in w.townships.values():
        res = import_county_batch(w.county, export_to_county(t, stick).path)
        assert res.status == "applied", res.reason


@pytest.fixture
def county(tmp_path: Path) -> Iterator[County]:
    w = build_county(tmp_path)
    yield w
    w.close()


def _village_to_township(w: County, stick: Path) -> None:
    for code, v in w.villages.items():
        res = export_batch(v, stick)
        out = import_files(w.townships[code[:9]], [res.path])
        assert out[0].status == "applied", out[0].reason


def test_township_batches_reach_the_county_and_figures_add_up(county: County) -> None:
    w = county
    stick = w.tmp / "usb"
    stick.mkdir()
    _village_to_township(w, stick)
    to_county = w.tmp / "to_county"
    to_county.mkdir()
    exports = [export_to_county(t, to_county) for t in w.townships.values()]
    assert [len(e.forwarded) for e in exports] == [2, 1]
    assert not list(forward_dir(w.townships[T1]).glob("*.mqb"))  # moved to sent/
    for e in exports:
        res = import_county_batch(w.county, e.path)
        assert res.status == "applied", res.reason
        assert all(v["status"] == "applied" for v in res.villages)
    with w.county.read() as s:
        n = s.execute(select(func.count()).select_from(Household)).scalar_one()
        # every village batch recorded under its own origin, checked against its own key
        origins = set(s.execute(select(SyncBatch.origin_code).where(
            SyncBatch.direction == "in")).scalars())
    total = 0
    for v in w.villages.values():
        with v.read() as s:
            total += s.execute(select(func.count()).select_from(Household)).scalar_one()
    assert n == total
    assert origins == {*w.villages, T1, T2}
    month = _month()
    with w.county.read() as s:
        fig = county_month_stats(s, month)
    own = []
    for t in w.townships.values():
        with t.read() as s:
            own.append(month_stats(s, month))
    for key in ("households", "visits", "households_visited"):
        assert fig[key] == sum(o[key] for o in own), key
    assert fig["matters"]["received"] == sum(o["matters"]["received"] for o in own)
    assert fig["matters"]["overdue"] == sum(o["matters"]["overdue"] for o in own)
    by_code = {t["code"]: t for t in fig["townships"]}
    for code, o in zip(w.townships, own, strict=True):
        assert by_code[code]["households"] == o["households"]
        assert by_code[code]["coverage_ytd"] == o["coverage_ytd"]
    # the same import again applies nothing twice
    again = import_county_batch(w.county, exports[0].path)
    assert again.status == "already_applied"
    assert {v["status"] for v in again.villages} == {"already_applied"}


def test_county_refuses_a_tampered_village_file(county: County) -> None:
    w = county
    stick = w.tmp / "usb"
    stick.mkdir()
    _village_to_township(w, stick)
    out = w.tmp / "out"
    out.mkdir()
    e = export_to_county(w.townships[T2], out)
    f = e.forwarded[0]
    data = bytearray(f.read_bytes())
    data[100] ^= 1
    f.write_bytes(bytes(data))
    res = import_county_batch(w.county, e.path)
    assert res.status == "rejected"
    assert res.reason_code == "batch_damaged"
    with w.county.read() as s:
        assert s.execute(select(func.count()).select_from(Household)).scalar_one() == 0


def test_township_may_not_forward_another_townships_village(county: County) -> None:
    w = county
    stick = w.tmp / "usb"
    stick.mkdir()
    _village_to_township(w, stick)
    # T1 smuggles T2's village file into its forward folder
    t2_file = next(forward_dir(w.townships[T2]).glob("*.mqb"))
    smuggled = forward_dir(w.townships[T1]) / t2_file.name
    smuggled.write_bytes(t2_file.read_bytes())
    out = w.tmp / "out"
    out.mkdir()
    with pytest.raises(MinqingError) as exc:
        export_to_county(w.townships[T1], out)
    assert exc.value.code == "county_foreign_village"


def test_pairing_rules(county: County, tmp_path: Path) -> None:
    other = make_station(tmp_path / "other.sqlite3", "township", "430526101", "外县镇")
    try:
        with pytest.raises(MinqingError) as exc:
            enroll_pair(tmp_path, county.county, other)
        assert exc.value.code == "enroll_wrong_peer"
    finally:
        other.store.close()
    v = next(iter(county.villages.values()))
    with pytest.raises(MinqingError):
        enroll_pair(tmp_path, county.county, v)  # a county enrolls townships, not villages


def test_county_reply_confirms_and_hands_down_the_holiday_table(county: County) -> None:
    from datetime import date

    from app.services.calendar import Entry, import_entries
    from models import HolidayDay
    from sync.county import export_county_reply, import_county_reply

    w = county
    stick = w.tmp / "usb"
    stick.mkdir()
    _village_to_township(w, stick)
    t1 = w.townships[T1]
    e = export_to_county(t1, stick)
    assert import_county_batch(w.county, e.path).status == "applied"
    year = date.today().year + 1
    import_entries(w.county, [Entry(date(year, 10, 1), "holiday", "国庆节"),
                              Entry(date(year, 10, 2), "holiday", "国庆节")])
    reply = export_county_reply(w.county, T1, stick)
    assert reply.counts == {"holiday_day": 2, "_receipt": 1}
    assert (forward_dir(t1) / "sent" / e.batch_id).is_dir()
    out = import_county_reply(t1, reply.path)
    assert out["status"] == "applied"
    assert out["confirmed"] == [e.batch_id]
    assert out["holiday_years"] == [year]
    assert not (forward_dir(t1) / "sent" / e.batch_id).exists()
    with t1.read() as s:
        sent = s.get(SyncBatch, e.batch_id)
        assert sent is not None and sent.status == "confirmed"
        own = s.execute(select(func.count()).select_from(HolidayDay).where(
            HolidayDay.origin_code == T1, HolidayDay.year == year)).scalar_one()
    assert own == 2  # adopted as the township's own: its villages get it with the next reply
    assert import_county_reply(t1, reply.path)["status"] == "already_applied"
    # a second reply carries no receipt twice
    assert export_county_reply(w.county, T1, stick).counts == {"holiday_day": 2}


def test_township_replies_reach_the_county_and_the_county_changes_nothing(county: County) -> None:
    from app.services.matters import answer, escalate
    from models import Matter, Reply
    from models.vocab import MatterStatus

    w = county
    v = w.villages[f"{T1}201"]
    with v.read() as s:
        mid = s.execute(select(Matter.id).where(Matter.status.in_(
            [MatterStatus.OPEN.value, MatterStatus.IN_PROGRESS.value])).limit(1)).scalar()
    assert mid is not None
    escalate(v, mid, "需要乡镇协调")
    stick = w.tmp / "usb"
    stick.mkdir()
    _village_to_township(w, stick)
    t1 = w.townships[T1]
    rid = answer(t1, mid, "已协调水利站，下周施工")
    e = export_to_county(t1, stick)
    assert e.counts.get("reply", 0) >= 1
    assert import_county_batch(w.county, e.path).status == "applied"
    with w.county.read() as s:
        r = s.get(Reply, rid)
        assert r is not None and r.origin_code == T1
        hid = s.execute(select(Household.id).limit(1)).scalar_one()
    # the county reads everything and owns none of it: a write is refused by the unit of work
    with pytest.raises(MinqingError) as exc, w.county.uow() as uow:
        hh = uow.session.get(Household, hid)
        assert hh is not None
        uow.update_record(hh, "household", address="县里改的")
    assert exc.value.code == "county_read_only"  # the county guard speaks first
    # a township cannot write a county batch for somebody else's county
    with pytest.raises(MinqingError):
        export_to_county(w.county, stick)
