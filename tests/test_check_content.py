"""``minqing check`` proves the data matches its audit trail (issue 9): each audited row's
current content is the after-image of its latest audit event, so a direct SQL edit of a
household's name or ID number is reported naming the record."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.context import AppContext
from app.services import households as hh
from app.services import matters as mt
from app.services.cadres import CadreInput, add_cadre
from app.services.check import check_file
from app.services.demo import fill_demo
from app.services.station import init_station
from app.services.visits import VisitInput, record_visit
from app.store import open_store
from tests.sync.synchelp import world  # noqa: F401

ID = "430525198001011256"


def _station(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A village with demo data plus records kept through the forms: a household edited twice,
    a member added and removed, a cadre, a visit with a matter taken through to resolved."""
    path = tmp_path / "v.sqlite3"
    store = open_store(path)
    try:
        init_station(store, kind="village", code="430525101201", name="石江村")
        ctx = AppContext(store, actor="clerk")
        fill_demo(ctx, households=20, months=2)
        hid = hh.add_household(ctx, hh.HouseholdInput(head_name="张三", group_number=1,
                                                      id_number=ID, phone="13812345678"))
        hh.update_household(ctx, hid, hh.HouseholdInput(head_name="张三丰", group_number=2,
                                                        id_number=ID, members_count=3))
        mid = hh.add_member(ctx, hid, hh.MemberInput(name="张小三"))
        hh.remove_member(ctx, mid)
        cid = add_cadre(ctx, CadreInput(name="李干部", phone="13900001111"))
        saved = record_visit(ctx, VisitInput(cadre_id=cid, household_id=hid,
                                             visit_date=date(2026, 11, 2), summary="走访",
                                             matters=[mt.MatterInput("hardship", "房屋漏雨")]))
        mt.resolve(ctx, saved.matter_ids[0], "已修好", on=date(2026, 11, 3))
    finally:
        store.close()
    return path, {"household": hid, "matter": saved.matter_ids[0], "member": mid}


def test_a_file_kept_through_the_app_matches_its_trail(tmp_path: Path) -> None:
    path, _ = _station(tmp_path)
    report = check_file(path, "en")
    assert report.ok, report.problems


@pytest.mark.parametrize("sql, field", [
    ("UPDATE household SET head_name = '李四' WHERE id = ?", "head_name"),
    ("UPDATE household SET id_number = '110101199003077777' WHERE id = ?", "id_number"),
])
def test_a_direct_sql_edit_of_a_household_is_named(tmp_path: Path, sql: str, field: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = _station(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute(sql, (ids["household"],))
    report = check_file(path, "en")
    assert not report.ok
    assert len(report.problems) == 1
    assert ids["household"] in report.problems[0] and field in report.problems[0]
    code = main(["--lang", "en", "check", "--db", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and ids["household"] in err and "edited directly" in err


def test_an_edit_that_also_bumps_the_version_is_still_caught(tmp_path: Path) -> None:
    path, ids = _station(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE matter SET status = 'open', version = version + 1 WHERE id = ?",
                     (ids["matter"],))
    report = check_file(path, "en")
    assert not report.ok and ids["matter"] in report.problems[0]


def test_a_row_deleted_behind_the_apps_back_is_named(tmp_path: Path) -> None:
    path, ids = _station(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM member WHERE id = ?", (ids["member"],))
    report = check_file(path, "en")
    assert not report.ok and any(ids["member"] in p for p in report.problems)


def test_batches_back_and_forth_leave_every_station_matching_its_trail(world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Records merged from batches (newer versions, replies, answered matters) are not
    mistaken for edits behind the app's back."""
    from sqlalchemy import select

    from models import Cadre, Household
    from sync.batch import export_batch, import_files

    v1, t = world.v1, world.township
    with v1.read() as s:
        hid = s.execute(select(Household.id).order_by(Household.id).limit(1)).scalar_one()
        cid = s.execute(select(Cadre.id).order_by(Cadre.id).limit(1)).scalar_one()
    mid = mt.create_matter(v1, mt.MatterInput(category="hardship", title="灌溉渠堵塞",
                                              household_id=hid, owner_cadre_id=cid))
    mt.escalate(v1, mid, "村里解决不了，请乡镇协调")
    hh.update_household(v1, hid, hh.HouseholdInput(head_name="王五", group_number=1))
    assert import_files(t, [export_batch(v1, world.usb).path])[0].status == "applied"
    mt.answer(t, mid, "已协调水利站")
    back = export_batch(t, world.usb, for_code=v1.station_code)
    assert import_files(v1, [back.path])[0].status == "applied"
    assert import_files(t, [export_batch(v1, world.usb).path])[0].status == "applied"
    for ctx in (v1, t):
        report = check_file(ctx.store.path, "en")
        assert report.ok, (ctx.station_code, report.problems)
    with sqlite3.connect(v1.store.path) as conn:
        conn.execute("UPDATE matter SET title = '改过' WHERE id = ?", (mid,))
    report = check_file(v1.store.path, "en")
    assert not report.ok and mid in report.problems[0]


# --- rows written in bulk carry per-row digests --------------------------------------------

def _demo_station(tmp_path: Path) -> Path:
    path = tmp_path / "d.sqlite3"
    store = open_store(path)
    try:
        init_station(store, kind="village", code="430525101201", name="石江村")
        fill_demo(AppContext(store, actor="clerk"), households=30, months=2)
    finally:
        store.close()
    return path


def _one(path: Path, sql: str) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute(sql).fetchone()[0])


@pytest.mark.parametrize("table, sql", [
    ("household", "UPDATE household SET head_name = '李四' WHERE id = ?"),
    ("household", "UPDATE household SET id_number = '110101199003077777' WHERE id = ?"),
    ("visit", "UPDATE visit SET summary = '没去' WHERE id = ?"),
    ("household", "UPDATE household SET deleted = 1 WHERE id = ?"),
])
def test_a_direct_edit_of_a_demo_row_is_named(tmp_path: Path, table: str, sql: str) -> None:
    path = _demo_station(tmp_path)
    assert check_file(path, "en").ok
    rid = _one(path, f"SELECT id FROM {table} ORDER BY id LIMIT 1")
    with sqlite3.connect(path) as conn:
        conn.execute(sql, (rid,))
    report = check_file(path, "en")
    assert not report.ok
    assert len(report.problems) == 1 and rid in report.problems[0]
    assert "written in bulk" in report.problems[0]


def test_editing_a_row_and_its_digest_together_breaks_the_bulk_event(tmp_path: Path) -> None:
    import hashlib
    import json as _json

    from app.row_digest import content_columns, digest_of
    from models import Household

    path = _demo_station(tmp_path)
    rid = _one(path, "SELECT id FROM household ORDER BY id LIMIT 1")
    cols = content_columns(Household.__table__)  # type: ignore[arg-type]
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE household SET head_name = '李四' WHERE id = ?", (rid,))
        conn.row_factory = sqlite3.Row
        row = dict(conn.execute(f"SELECT {', '.join(cols)} FROM household WHERE id = ?",
                                (rid,)).fetchone())
        row["deleted"] = bool(row["deleted"])
        for pid, page in conn.execute("SELECT id, digests FROM audit_row_digest").fetchall():
            pairs = _json.loads(page)
            if any(p[0] == rid for p in pairs):
                pairs = [[p[0], digest_of(row, cols) if p[0] == rid else p[1]] for p in pairs]
                conn.execute("UPDATE audit_row_digest SET digests = ? WHERE id = ?",
                             (_json.dumps(pairs, separators=(",", ":")), pid))
    report = check_file(path, "en")
    assert not report.ok
    assert any("were altered" in p for p in report.problems), report.problems
    # a digest added for a row no event wrote is flagged too
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO audit_row_digest (bulk_id, entity, digests) "
                     "VALUES (?, 'household', ?)",
                     ("f" * 32, _json.dumps([["x", hashlib.md5(b"x").hexdigest()]])))
    assert any("belong to no audit event" in p for p in check_file(path, "en").problems)


def test_demo_rows_changed_later_through_the_forms_still_match(tmp_path: Path) -> None:
    """A bulk-written row edited through the app afterwards: its later per-row changes undo
    back to the digest, so it matches; a direct edit on top of that does not."""
    path = _demo_station(tmp_path)
    rid = _one(path, "SELECT id FROM household ORDER BY id LIMIT 1")
    store = open_store(path)
    try:
        ctx = AppContext(store, actor="clerk")
        hh.update_household(ctx, rid, hh.HouseholdInput(head_name="改名户", group_number=1,
                                                        id_number=ID, phone="13812345678"))
        hh.update_household(ctx, rid, hh.HouseholdInput(head_name="再改户", group_number=2,
                                                        id_number=ID, phone="13812345678"))
        hh.remove_household(ctx, rid)
    finally:
        store.close()
    report = check_file(path, "en")
    assert report.ok, report.problems
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE household SET address = '别处' WHERE id = ?", (rid,))
    report = check_file(path, "en")
    assert not report.ok and rid in report.problems[0]


def test_roster_import_rows_are_proved_too(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from app.paper.roster_import import import_roster
    from app.validation import id_check_digit

    path = tmp_path / "r.sqlite3"
    store = open_store(path)
    try:
        init_station(store, kind="village", code="430525101201", name="石江村")
        ctx = AppContext(store, actor="clerk")
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(["组别", "户主姓名", "身份证号", "联系电话", "家庭人数"])
        for i in range(5):
            body = f"4305251965031200{i}"
            ws.append([1, f"王{'一二三四五'[i]}", body + id_check_digit(body),
                       f"1381234567{i}", 3])
        wb.save(tmp_path / "roster.xlsx")
        _, rep = import_roster(ctx, tmp_path / "roster.xlsx")
        assert rep.inserted == 5
    finally:
        store.close()
    assert check_file(path, "en").ok
    rid = _one(path, "SELECT id FROM household WHERE head_name = '王三'")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE household SET phone = '13900000000' WHERE id = ?", (rid,))
    report = check_file(path, "en")
    assert not report.ok and rid in report.problems[0]


def test_a_village_row_merged_at_the_township_and_edited_there_is_named(world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from sync.batch import export_batch, import_files

    v1, t = world.v1, world.township
    assert import_files(t, [export_batch(v1, world.usb).path])[0].status == "applied"
    assert check_file(t.store.path, "en").ok
    rid = _one(t.store.path, f"SELECT id FROM household WHERE origin_code = '{v1.station_code}'"
                             " ORDER BY id LIMIT 1")
    with sqlite3.connect(t.store.path) as conn:
        conn.execute("UPDATE household SET head_name = '冒名' WHERE id = ?", (rid,))
    report = check_file(t.store.path, "en")
    assert not report.ok and rid in report.problems[0]
