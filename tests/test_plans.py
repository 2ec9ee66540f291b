"""Work plans checked off (预安销号) and villagers' ratings (群众评议): the flow, the refusals
(each a sentence, exit 1, nothing written) and the CLI contract."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.context import AppContext
from app.errors import MinqingError, PermissionDenied, ValidationError
from app.services import households as hh
from app.services import plans, reviews
from app.services.cadres import CadreInput, add_cadre, assign
from app.services.users import create_user, login
from app.store import open_store
from models import AuditEvent, PlanItem, Review
from tests.sync.synchelp import db_digest


def _this_month() -> str:
    return date.today().strftime("%Y-%m")


def _next_month() -> str:
    t = date.today()
    return f"{t.year + t.month // 12:04d}-{t.month % 12 + 1:02d}"


@pytest.fixture
def setup(village: AppContext) -> tuple[AppContext, str, str, str]:
    cadre = add_cadre(village, CadreInput(name="刘书记", phone="13800001111", is_leader=True))
    other = add_cadre(village, CadreInput(name="王主任", phone="13800002222"))
    house = hh.add_household(village, hh.HouseholdInput(head_name="张三", group_number=2))
    assign(village, cadre, [house], start=date(2025, 1, 1))
    return village, cadre, other, house


def test_propose_approve_close_confirm(setup: tuple[AppContext, str, str, str]) -> None:
    ctx, cadre, _, _ = setup
    ids = plans.add_items(ctx, cadre, _this_month(), ["走访第二组", " ", "调解宅基地纠纷"])
    assert len(ids) == 2  # blank lines of the quick entry are skipped
    assert plans.approve(ctx, ids) == 2
    assert plans.approve(ctx, ids) == 0
    plans.close_item(ctx, ids[0], True, "已走访12户")
    plans.close_item(ctx, ids[1], False, "当事人外出")
    plans.confirm(ctx, ids[0])
    rows = {r.id: r for r in plans.list_items(ctx, _this_month())}
    assert rows[ids[0]].status == "done" and rows[ids[0]].confirmed_by == "clerk"
    assert rows[ids[1]].status == "not_done" and rows[ids[1]].note == "当事人外出"
    assert rows[ids[0]].approved_by == "clerk" and rows[ids[0]].cadre_name == "刘书记"


def test_assigned_item_is_approved_at_once(setup: tuple[AppContext, str, str, str]) -> None:
    ctx, cadre, _, _ = setup
    iid = plans.add_item(ctx, cadre, _this_month(), "完成低保复核", assigned=True)
    row = plans.get_item(ctx, iid)
    assert (row.origin, row.status, row.approved_by) == ("assigned", "approved", "clerk")


def test_carry_an_unfinished_item_into_next_month(
        setup: tuple[AppContext, str, str, str]) -> None:
    ctx, cadre, _, _ = setup
    iid = plans.add_item(ctx, cadre, "2026-10", "硬化组道")
    new = plans.carry_over(ctx, iid)
    old, nxt = plans.get_item(ctx, iid), plans.get_item(ctx, new)
    assert old.status == "not_done"
    assert (nxt.month, nxt.text, nxt.carried_from, nxt.status) == (
        "2026-11", "硬化组道", iid, "planned")
    with pytest.raises(MinqingError) as e:
        plans.carry_over(ctx, iid)
    assert e.value.code == "plan_already_carried"


def test_refusals_write_nothing(setup: tuple[AppContext, str, str, str]) -> None:
    ctx, cadre, other, house = setup
    iid = plans.add_item(ctx, cadre, _this_month(), "走访")
    plans.close_item(ctx, iid, True)
    future = plans.add_item(ctx, cadre, _next_month(), "下月工作")
    before = db_digest(ctx)
    with pytest.raises(MinqingError) as e:
        plans.close_item(ctx, iid, False)
    assert e.value.code == "plan_already_closed"
    assert "不能重复销号" in e.value.message("zh_CN")
    with pytest.raises(MinqingError) as e:
        plans.close_item(ctx, future, True)
    assert "has not begun" in e.value.message("en")
    with pytest.raises(MinqingError) as e:
        plans.confirm(ctx, future)
    assert e.value.code == "plan_confirm_not_closed"
    with pytest.raises(MinqingError) as e:
        reviews.add_review(ctx, house, other, "satisfied")
    assert e.value.code == "review_not_served"
    assert "王主任" in e.value.message("zh_CN") and "张三" in e.value.message("zh_CN")
    with pytest.raises(ValidationError):
        reviews.add_review(ctx, house, cadre, "great")
    with pytest.raises(ValidationError):
        plans.add_item(ctx, cadre, "2026-13", "x")
    with pytest.raises(ValidationError):
        plans.drop_item(ctx, future, "  ")
    assert db_digest(ctx) == before


def test_confirming_your_own_check_off_is_refused(
        setup: tuple[AppContext, str, str, str]) -> None:
    ctx, cadre, _, _ = setup
    create_user(ctx, "boss", "secret-1", "administrator", full_name="乡镇书记")
    create_user(ctx, "liu", "secret-2", "administrator", full_name="刘书记")
    create_user(ctx, "clerk1", "secret-3", "clerk")
    boss = login(ctx.store, "boss", "secret-1")
    liu = login(ctx.store, "liu", "secret-2")
    clerk = login(ctx.store, "clerk1", "secret-3")
    a = plans.add_item(boss, cadre, _this_month(), "甲")
    b = plans.add_item(boss, cadre, _this_month(), "乙")
    plans.close_item(boss, a, True)
    plans.close_item(clerk, b, True)
    with pytest.raises(MinqingError) as e:
        plans.confirm(boss, a)  # boss checked it off
    assert e.value.code == "plan_confirm_own"
    with pytest.raises(MinqingError) as e:
        plans.confirm(liu, b)  # 刘书记's own item
    assert e.value.code == "plan_confirm_own"
    with pytest.raises(PermissionDenied):
        plans.confirm(clerk, b)  # a clerk is not the level above
    with pytest.raises(PermissionDenied):
        plans.add_item(clerk, cadre, _this_month(), "丙", assigned=True)
    plans.confirm(boss, b)
    assert plans.get_item(ctx, b).confirmed_by == "boss"


def test_review_counts(setup: tuple[AppContext, str, str, str]) -> None:
    ctx, cadre, _, house = setup
    reviews.add_review(ctx, house, cadre, "satisfied", on="2026-10-01", remark="很负责")
    reviews.add_review(ctx, house, cadre, "基本满意", on=date(2026, 10, 2))
    reviews.add_review(ctx, house, cadre, "unsatisfied", on=date(2026, 11, 2))
    oct_ = reviews.cadre_counts(ctx, cadre, date(2026, 10, 1), date(2026, 10, 31))
    assert (oct_.satisfied, oct_.fair, oct_.unsatisfied, oct_.total) == (1, 1, 0, 2)
    assert oct_.rate == 1.0
    assert reviews.cadre_counts(ctx, cadre, date(2026, 9, 1), date(2026, 9, 30)).rate is None
    with ctx.read() as s:
        assert s.execute(select(func.count()).select_from(Review)).scalar_one() == 3


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def test_cli_contract(setup: tuple[AppContext, str, str, str], db_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    ctx, cadre, other, house = setup
    ctx.store.close()
    db = ["--db", str(db_path)]
    code, out, _ = _run(capsys, "cadre", "list", *db, "--json")
    listed = json.loads(out)
    assert code == 0 and all(set(c) == {"id", "name", "title", "phone", "households"}
                             for c in listed)
    liu = next(c for c in listed if c["id"] == cadre)
    assert liu["households"] == 1 and liu["phone"] == "138****1111"  # masked by default
    full = json.loads(_run(capsys, "cadre", "list", *db, "--json", "--full-numbers")[1])
    assert next(c for c in full if c["id"] == cadre)["phone"] == "13800001111"

    month = _this_month()
    code, iid, _ = _run(capsys, "plan", "add", *db, "--cadre", cadre, "--month", month,
                        "--text", "走访第二组")
    assert code == 0 and len(iid) == 36
    code, jid, _ = _run(capsys, "plan", "add", *db, "--cadre", cadre, "--month", month,
                        "--text", "上级交办：防汛检查", "--assigned")
    assert code == 0
    assert _run(capsys, "plan", "close", *db, iid, "--done", "--note", "已走访")[0] == 0
    assert _run(capsys, "plan", "close", *db, jid, "--not-done", "--note", "暴雨推迟")[0] == 0
    assert _run(capsys, "plan", "confirm", *db, iid)[0] == 0
    code, out, _ = _run(capsys, "plan", "list", *db, "--month", month, "--json")
    items = {i["id"]: i for i in json.loads(out)}
    assert items[iid]["status"] == "done" and items[iid]["confirmed_by"] == "admin"
    assert items[jid]["origin"] == "assigned" and items[jid]["note"] == "暴雨推迟"
    assert {"cadre_id", "month", "text", "category", "origin", "status", "note", "closed_by",
            "confirmed_by", "created_at"} <= set(items[iid])

    code, rid, _ = _run(capsys, "review", "add", *db, "--household", house, "--cadre", cadre,
                        "--rating", "fair", "--remark", "还可以")
    assert code == 0 and len(rid) == 36

    # bad input: a sentence on stderr, exit 1, nothing written
    store = open_store(db_path)
    with store.session() as s:
        events = s.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    store.close()
    code, _, err = _run(capsys, "plan", "close", *db, iid, "--done")
    assert code == 1 and "不能重复销号" in err
    code, _, err = _run(capsys, "--lang", "en", "review", "add", *db, "--household", house,
                        "--cadre", other, "--rating", "satisfied")
    assert code == 1 and "was not the liaison cadre" in err
    code, _, err = _run(capsys, "plan", "add", *db, "--cadre", cadre, "--month", "2026/10",
                        "--text", "x")
    assert code == 1 and err
    code, _, err = _run(capsys, "plan", "add", *db, "--cadre", cadre, "--month", month,
                        "--text", "  ")
    assert code == 1 and err
    fut = _next_month()
    code, kid, _ = _run(capsys, "plan", "add", *db, "--cadre", cadre, "--month", fut,
                        "--text", "下月")
    code, _, err = _run(capsys, "plan", "close", *db, kid, "--done")
    assert code == 1 and "尚未开始" in err
    store = open_store(db_path)
    try:
        with store.session() as s:
            assert s.execute(select(func.count()).select_from(AuditEvent)).scalar_one() \
                == events + 1  # only the future item's creation
            assert s.execute(select(func.count()).select_from(PlanItem)).scalar_one() == 3
    finally:
        store.close()
