"""Plans and villagers' ratings travel to the township in batches like every other record:
record by record, newer versions win, the township holds them read-only and keeps its own
cadres' plans; a batch with an unknown plan status is refused whole."""

from __future__ import annotations

from datetime import date

import orjson
import pytest
from sqlalchemy import select

from app.errors import MinqingError
from app.services import plans, reviews
from app.services.cadres import CadreInput, add_cadre
from app.services.scorecard import scorecard
from models import Assignment, Cadre
from sync.batch import export_batch, import_files
from tests.sync.synchelp import V1, V2, World, craft, lines_of, table_rows


def _cadre_and_household(ctx) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        a = s.execute(select(Assignment).where(Assignment.end_date.is_(None))
                      .order_by(Assignment.id).limit(1)).scalar_one()
        return a.cadre_id, a.household_id


def _month() -> str:
    return date.today().strftime("%Y-%m")


def test_plans_and_reviews_round_trip_to_the_township(world: World) -> None:
    t, v1, v2 = world.township, world.v1, world.v2
    c1, h1 = _cadre_and_household(v1)
    c2, h2 = _cadre_and_household(v2)
    ids = plans.add_items(v1, c1, _month(), ["走访第一组", "调解山林纠纷"])
    plans.close_item(v1, ids[0], True, "已走访")
    r1 = reviews.add_review(v1, h1, c1, "unsatisfied", remark="办事拖拉")
    plans.add_item(v2, c2, _month(), "发放联系卡", assigned=True)
    reviews.add_review(v2, h2, c2, "satisfied")
    b1, b2 = export_batch(v1, world.usb), export_batch(v2, world.usb)
    assert b1.counts["plan_item"] >= 2 and b1.counts["review"] >= 1
    res = import_files(t, [b1.path, b2.path])
    assert [r.status for r in res] == ["applied", "applied"]
    for table in ("plan_item", "review"):
        for v, code in ((v1, V1), (v2, V2)):
            assert table_rows(t, table, code) == table_rows(v, table, code), table
    assert r1 in table_rows(t, "review")

    # a later check-off travels as a newer version and replaces the township's copy
    plans.close_item(v1, ids[1], False, "当事人外出")
    plans.confirm(v1, ids[0])
    b3 = export_batch(v1, world.usb)
    assert b3.counts["plan_item"] == 2
    assert import_files(t, [b3.path])[0].status == "applied"
    assert table_rows(t, "plan_item", V1) == table_rows(v1, "plan_item", V1)

    # the township sees the villages' figures, per village and per cadre
    card = scorecard(t, _month())
    village_items = {v.village_code: v.plan_items for v in card.villages}
    assert village_items[V1] >= 2 and village_items[V2] >= 1
    mine = next(c for c in card.cadres if c.cadre_id == c1)
    assert mine.plan_items >= 2 and mine.reviews.unsatisfied >= 1

    # read-only there: the township neither changes a village's item nor plans for its cadres
    with pytest.raises(MinqingError) as e:
        plans.close_item(t, ids[1], True)
    assert e.value.code in ("plan_already_closed", "not_owner")
    with pytest.raises(MinqingError) as e:
        plans.add_item(t, c1, _month(), "乡镇代为安排")
    assert e.value.code == "plan_not_our_cadre"
    with pytest.raises(MinqingError) as e:
        reviews.add_review(t, h1, c1, "satisfied")
    assert e.value.code == "review_not_our_household"
    # … but it keeps its own cadres' plans, which stay at the township
    own = add_cadre(t, CadreInput(name="乡镇联村干部"))
    tid = plans.add_item(t, own, _month(), "督导石江村")
    back = export_batch(t, world.usb, for_code=V1)
    assert "plan_item" not in back.counts or back.counts["plan_item"] == 0
    with t.read() as s:
        assert s.get(Cadre, own) is not None
    assert tid in table_rows(t, "plan_item", t.station_code)


def test_a_batch_with_an_unknown_plan_status_is_refused_whole(world: World) -> None:
    t, v1 = world.township, world.v1
    c1, _ = _cadre_and_household(v1)
    plans.add_item(v1, c1, _month(), "走访")
    b = export_batch(v1, world.usb)
    lines = lines_of(t, b.path)
    bad = []
    for ln in lines:
        obj = orjson.loads(ln)
        if obj["t"] == "plan_item":
            obj["r"]["status"] = "half_done"
            ln = orjson.dumps(obj)
        bad.append(ln)
    path = craft(v1, t, world.tmp / "bad.mqb", bad)
    res = import_files(t, [path])[0]
    assert res.status == "rejected", res
    assert "plan_item" in res.reason and "half_done" in res.reason
    assert table_rows(t, "plan_item") == {} and table_rows(t, "household") == {}
