"""Villages → township → replies → villages, record by record; replay, order, conflicts,
restore (W10), receipts, and what a clerk relies on when writing to a USB stick."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.errors import MinqingError
from app.services import matters
from models import Household, Matter, Reply, SyncBatch, SyncConflict, SyncPeerKey, SyncReceipt
from models.vocab import MatterStatus
from sync.batch import export_batch, gaps, import_files, outbox_dir, preview_export
from sync.keys import card_dict, enroll, read_card, write_card
from sync.records import TABLES
from tests.sync.synchelp import (
    TOWNSHIP,
    V1,
    V2,
    World,
    audited,
    craft,
    db_digest,
    enroll_pair,
    first_household,
    lines_of,
    make_station,
    rename_household,
    table_rows,
)

TRAVELLING = list(TABLES)


def _one(results: list) -> object:  # type: ignore[type-arg]
    assert len(results) == 1
    return results[0]


def _escalate_one(ctx) -> str:  # type: ignore[no-untyped-def]
    """A new matter on a real household, escalated to the township."""
    from models import Cadre

    with ctx.read() as s:
        hid = s.execute(select(Household.id).order_by(Household.id).limit(1)).scalar_one()
        cid = s.execute(select(Cadre.id).order_by(Cadre.id).limit(1)).scalar_one()
    mid = matters.create_matter(ctx, matters.MatterInput(
        category="hardship", title="灌溉渠堵塞", household_id=hid, owner_cadre_id=cid))
    matters.escalate(ctx, mid, "村里解决不了，请乡镇协调")
    return mid


def test_init_gives_each_station_its_own_key_pair_and_a_verifiable_card(world: World) -> None:
    fps = {card_dict(c)["fingerprint"] for c in (world.township, world.v1, world.v2)}
    assert len(fps) == 3
    card = write_card(world.v1, world.tmp / "v1.card")
    parsed = read_card(card)
    assert parsed.code == V1 and parsed.name == "石江村"
    # a card altered by hand is refused
    data = json.loads(card.read_text())
    data["name"] = "别的村"
    card.write_text(json.dumps(data, ensure_ascii=False))
    with pytest.raises(MinqingError) as exc:
        read_card(card)
    assert exc.value.code == "card_invalid"


def test_enroll_refuses_a_foreign_station_and_itself(world: World, tmp_path: Path) -> None:
    other = make_station(tmp_path / "o.sqlite3", "village", "430525102201", "外乡村")
    try:
        write_card(other, tmp_path / "o.card")
        with pytest.raises(MinqingError) as exc:
            enroll(world.township, tmp_path / "o.card")
        assert exc.value.code == "enroll_wrong_peer"
        write_card(world.v1, tmp_path / "self.card")
        with pytest.raises(MinqingError) as exc:
            enroll(world.v1, tmp_path / "self.card")
        assert exc.value.code == "enroll_self"
        # a village may not enroll another village
        with pytest.raises(MinqingError) as exc:
            enroll(world.v2, tmp_path / "self.card")
        assert exc.value.code == "enroll_wrong_peer"
    finally:
        other.store.close()


def test_round_trip_two_villages_township_replies_back(world: World) -> None:
    t, v1, v2 = world.township, world.v1, world.v2
    m1, m2 = _escalate_one(v1), _escalate_one(v2)
    b1 = export_batch(v1, world.usb)
    b2 = export_batch(v2, world.usb)
    assert b1.path.name.isascii() and b1.path.name.startswith(f"MQ_{V1}_to_{TOWNSHIP}_00001_")
    assert b1.kept.exists()  # kept on the laptop until the receipt comes back
    res = import_files(t, [b1.path, b2.path])
    assert [r.status for r in res] == ["applied", "applied"]
    assert res[1].counts.conflicts == 0  # demo data with the same seed: distinct ids
    assert res[0].counts.inserted == sum(b1.counts.values())
    # record by record: the township holds exactly each village's rows
    for table in TRAVELLING:
        for v, code in ((v1, V1), (v2, V2)):
            mine = table_rows(v, table, code)
            assert table_rows(t, table, code) == mine, table
    # the township answers both escalated matters and sends one reply batch per village
    r1 = matters.answer(t, m1, "已协调水利站，下周施工")
    r2 = matters.answer(t, m2, "已转民政办")
    back1 = export_batch(t, world.usb, for_code=V1)
    back2 = export_batch(t, world.usb, for_code=V2)
    assert back1.counts["reply"] == 1 and back1.counts["_receipt"] == 1
    out1 = import_files(v1, [back1.path])[0]
    out2 = import_files(v2, [back2.path])[0]
    assert (out1.status, out2.status) == ("applied", "applied"), (out1, out2)
    for v, rid, mid in ((v1, r1, m1), (v2, r2, m2)):
        assert table_rows(v, "reply")[rid] == table_rows(t, "reply")[rid]
        with v.read() as s:
            m = s.get(Matter, mid)
            assert m is not None and m.status == MatterStatus.ANSWERED
            assert m.version >= 3  # the status change went through the uow
        # the village's sent batch is confirmed by the township's receipt; the copy is gone
        with v.read() as s:
            sent = s.execute(select(SyncBatch).where(SyncBatch.direction == "out")).scalar_one()
            rec = s.execute(select(SyncReceipt).where(SyncReceipt.direction == "in")).scalar_one()
        assert sent.status == "confirmed" and sent.kept_path == ""
        assert rec.batch_id == sent.batch_id and rec.status == "accepted"
    assert not b1.kept.exists()
    assert audited(v1, "update") >= 2  # escalate + answered
    # the village's answered matter travels back: the township now sees version 3+
    inc = export_batch(v1, world.usb)
    assert inc.counts["matter"] >= 1 and inc.counts.get("visit", 0) == 0 or inc.seq == 2
    assert import_files(t, [inc.path])[0].status == "applied"
    assert table_rows(t, "matter", V1)[m1] == table_rows(v1, "matter", V1)[m1]


def test_incremental_batch_carries_only_changes(world: World) -> None:
    v1, t = world.v1, world.township
    first = export_batch(v1, world.usb)
    assert first.full
    import_files(t, [first.path])
    hid = first_household(v1)
    rename_household(v1, hid, "张改名")
    plan = preview_export(v1)
    assert not plan.full and plan.counts["household"] == 1 and plan.counts["visit"] == 0
    second = export_batch(v1, world.usb)
    assert second.seq == 2 and not second.path.name.endswith("_full.mqb")
    res = import_files(t, [second.path])[0]
    assert res.status == "applied" and res.counts.updated == 1
    with t.read() as s:
        h = s.get(Household, hid)
        assert h is not None and h.head_name == "张改名" and h.py_initials == "zgm"


def test_replay_is_already_applied_and_changes_nothing(world: World) -> None:
    b = export_batch(world.v1, world.usb)
    assert import_files(world.township, [b.path])[0].status == "applied"
    before = db_digest(world.township)
    again = import_files(world.township, [b.path, b.path])
    assert [r.status for r in again] == ["already_applied", "already_applied"]
    assert db_digest(world.township) == before


def test_out_of_order_batch_never_lets_an_older_version_win(world: World) -> None:
    v1, t = world.v1, world.township
    hid = first_household(v1)
    b1 = export_batch(v1, world.usb)
    rename_household(v1, hid, "李二")
    b2 = export_batch(v1, world.usb)
    rename_household(v1, hid, "李三")
    b3 = export_batch(v1, world.usb)
    assert import_files(t, [b1.path])[0].status == "applied"
    r3 = import_files(t, [b3.path])[0]
    assert r3.status == "applied"
    assert r3.gaps == ["缺少来自石江村的第 2 批"]
    with t.read() as s:
        assert [(g.origin, g.seq) for g in gaps(s)] == [(V1, 2)]
    r2 = import_files(t, [b2.path])[0]
    assert r2.status == "applied" and r2.counts.updated == 0 and r2.counts.unchanged == 1
    assert r2.gaps == []
    with t.read() as s:
        h = s.get(Household, hid)
        assert h is not None and h.head_name == "李三" and h.version == 3


def test_same_version_different_content_is_a_conflict_kept_for_review(world: World) -> None:
    v1, t = world.v1, world.township
    b1 = export_batch(v1, world.usb)
    import_files(t, [b1.path])
    hid = first_household(v1)
    lines = [ln for ln in lines_of(t, b1.path) if b"\"household\"" in ln[:20]]
    target = next(ln for ln in lines if hid.encode() in ln)
    with t.read() as s:
        before = s.get(Household, hid)
        assert before is not None
        local_name = before.head_name
    hostile = target.replace(local_name.encode(), "王冲突".encode())
    assert hostile != target
    path = craft(v1, t, world.tmp / "conflict.mqb", [hostile], seq=2, full=False)
    res = import_files(t, [path])[0]
    assert res.status == "applied" and res.counts.conflicts == 1
    with t.read() as s:
        h = s.get(Household, hid)
        assert h is not None and h.head_name == local_name  # local kept
        c = s.execute(select(SyncConflict)).scalar_one()
        assert c.record_id == hid and "王冲突" in c.incoming and local_name in c.local
        rec = s.execute(select(SyncReceipt).where(SyncReceipt.batch_id == res.batch_id)).scalar_one()
        assert rec.status == "conflicts"
    # seen again (a re-sent copy under a new id): counted, not stored twice
    path2 = craft(v1, t, world.tmp / "conflict2.mqb", [hostile], seq=3, full=False)
    assert import_files(t, [path2])[0].counts.conflicts == 1
    with t.read() as s:
        assert s.execute(select(func.count()).select_from(SyncConflict)).scalar_one() == 1
    # a person decides: take the incoming row; audited, the conflict stays on record
    from sync.batch import open_conflicts, resolve_conflict

    with t.read() as s:
        [open_c] = open_conflicts(s)
    resolve_conflict(t, open_c.id, take_incoming=True)
    with t.read() as s:
        h = s.get(Household, hid)
        assert h is not None and h.head_name == "王冲突" and h.py_initials == "wct"
        assert open_conflicts(s) == []
        assert s.execute(select(func.count()).select_from(SyncConflict)).scalar_one() == 1
    assert audited(t, "resolve_conflict") == 1
    path3 = craft(v1, t, world.tmp / "conflict3.mqb", [hostile], seq=4, full=False)
    assert import_files(t, [path3])[0].counts.unchanged == 1  # now the same content


def test_full_restore_of_a_lost_village_laptop(world: World, tmp_path: Path) -> None:
    """W10: new install, enroll again (--replace at the township, old key kept), township
    sends --full --for CODE, every record is back."""
    v1, t = world.v1, world.township
    m1 = _escalate_one(v1)
    b1 = export_batch(v1, world.usb)
    import_files(t, [b1.path])
    reply = matters.answer(t, m1, "已答复")
    back = export_batch(t, world.usb, for_code=V1)
    import_files(v1, [back.path])
    rename_household(v1, first_household(v1), "赵六")
    b2 = export_batch(v1, world.usb)
    import_files(t, [b2.path])
    original = {tb: table_rows(v1, tb) for tb in TRAVELLING}
    # the laptop is lost
    new = make_station(tmp_path / "new.sqlite3", "village", V1, "石江村")
    try:
        with pytest.raises(MinqingError) as exc:
            enroll_pair(tmp_path, t, new)
        assert exc.value.code == "enroll_needs_replace"
        enroll_pair(tmp_path, t, new, replace=True)
        with t.read() as s:
            hist = list(s.execute(select(SyncPeerKey).where(SyncPeerKey.peer_code == V1))
                        .scalars())
        assert len(hist) == 2 and sum(h.replaced_at is not None for h in hist) == 1
        # a batch signed by the lost laptop's key is now refused
        stale = export_batch(v1, world.usb, full=True)
        assert import_files(t, [stale.path])[0].reason_code == "batch_bad_signature"
        full = export_batch(t, world.usb, for_code=V1, full=True)
        assert full.path.name.endswith("_full.mqb")
        res = import_files(new, [full.path])[0]
        assert res.status == "applied", res.reason
        for tb in TRAVELLING:
            got = table_rows(new, tb)
            for rid, row in original[tb].items():
                assert got.get(rid) == row, (tb, rid)
        assert reply in table_rows(new, "reply")
        # the new install continues the sequence after the batches the township confirmed
        with new.read() as s:
            assert s.execute(select(func.max(SyncReceipt.seq))).scalar_one() == 2
        nxt = export_batch(new, world.usb)
        assert nxt.seq == 3
    finally:
        new.store.close()


def test_dry_run_previews_counts_and_writes_nothing(world: World) -> None:
    b = export_batch(world.v1, world.usb)
    before = db_digest(world.township)
    res = import_files(world.township, [b.path], dry_run=True)[0]
    assert res.status == "preview" and res.counts.inserted == sum(b.counts.values())
    assert db_digest(world.township) == before
    assert import_files(world.township, [b.path])[0].status == "applied"


def test_import_takes_a_backup_before_applying(world: World) -> None:
    b = export_batch(world.v1, world.usb)
    import_files(world.township, [b.path])
    backups = list((world.tmp / "township.backups").glob("before-import-*.sqlite3"))
    assert len(backups) == 1
    import sqlite3

    with sqlite3.connect(backups[0]) as conn:  # the backup is a sound store without the batch
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM household").fetchone()[0] == 0


def test_nothing_personal_is_readable_in_the_batch_bytes(world: World) -> None:
    b = export_batch(world.v1, world.usb)
    blob = b.path.read_bytes()
    with world.v1.read() as s:
        rows = list(s.execute(select(Household.head_name, Household.id_number, Household.phone)))
    for name, idn, phone in rows:
        assert name.encode() not in blob
        assert idn.encode() not in blob
        if phone:
            assert phone.encode() not in blob
    assert "石江村".encode() in blob  # the station names live in the signed manifest


def test_export_refuses_when_the_stick_is_full_and_leaves_nothing(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil as sh
    from collections import namedtuple

    real = sh.disk_usage
    usage = namedtuple("usage", "total used free")

    def fake(path: object) -> object:
        if str(path).startswith(str(world.usb)):
            return usage(10**9, 10**9 - 1000, 1000)
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr("sync.safefile.shutil.disk_usage", fake)
    with pytest.raises(MinqingError) as exc:
        export_batch(world.v1, world.usb)
    assert exc.value.code == "batch_disk_full"
    assert list(world.usb.iterdir()) == []
    with world.v1.read() as s:
        assert s.execute(select(func.count()).select_from(SyncBatch)).scalar_one() == 0


def test_a_pulled_stick_leaves_no_file_that_looks_valid(world: World) -> None:
    b = export_batch(world.v1, world.usb)
    data = b.path.read_bytes()
    for cut in (len(data) // 3, len(data) - 1):
        p = world.usb / f"cut{cut}.mqb"
        p.write_bytes(data[:cut])
        res = import_files(world.township, [p])[0]
        assert res.status == "rejected" and res.reason_code == "batch_truncated"


def test_cancel_from_the_progress_callback(world: World) -> None:
    with pytest.raises(MinqingError) as exc:
        export_batch(world.v1, world.usb, progress=lambda stage, d, t: stage != "copy")
    assert exc.value.code == "batch_cancelled"
    assert [p for p in world.usb.iterdir()] == []
    b = export_batch(world.v1, world.usb)
    before = db_digest(world.township)
    res = import_files(world.township, [b.path],
                       progress=lambda stage, d, t: stage != "apply")[0]
    assert res.status == "rejected" and res.reason_code == "batch_cancelled"
    assert db_digest(world.township) == before


def test_cli_export_prints_path_and_import_json_exit_codes(
        world: World, capsys: pytest.CaptureFixture[str]) -> None:
    world.v1.store.close()
    world.township.store.close()
    v1db, tdb = str(world.tmp / "v1.sqlite3"), str(world.tmp / "township.sqlite3")
    assert main(["batch", "export", "--db", v1db, "--to", str(world.usb)]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.exists() and path.parent == world.usb
    bad = world.usb / "bad.mqb"
    bad.write_bytes(b"not a batch at all, just bytes" * 10)
    assert main(["batch", "import", "--db", tdb, str(path), "--json", "--dry-run"]) == 0
    preview = json.loads(capsys.readouterr().out)["results"][0]
    assert preview["status"] == "preview" and preview["counts"]["inserted"] > 0
    code = main(["batch", "import", "--db", tdb, str(path), str(bad), "--json"])
    assert code == 1
    out = json.loads(capsys.readouterr().out)
    r_ok, r_bad = out["results"]
    assert r_ok["status"] == "applied" and r_ok["origin"] == V1
    assert set(r_ok["counts"]) == {"inserted", "updated", "unchanged", "conflicts"}
    assert r_bad["status"] == "rejected" and r_bad["reason"] == "不是民情台账批次文件"
    assert main(["batch", "import", "--db", tdb, str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"][0]["status"] == "already_applied"
    assert main(["--lang", "en", "batch", "import", "--db", tdb, str(bad)]) == 1
    assert "not a Minqing batch file" in capsys.readouterr().err
    assert main(["check", "--db", tdb]) == 0
    # station card / enroll through the CLI
    card = world.tmp / "cli.card"
    assert main(["station", "card", "--db", v1db, "--out", str(card)]) == 0
    assert main(["station", "enroll", "--db", tdb, str(card)]) == 0
    assert "已登记（未变）" in capsys.readouterr().out
    shutil.rmtree(outbox_dir_from(v1db), ignore_errors=True)


def outbox_dir_from(db: str) -> Path:
    p = Path(db)
    return p.parent / f"{p.stem}.outbox"


def test_outbox_keeps_unconfirmed_batches(world: World) -> None:
    b = export_batch(world.v1, world.usb)
    assert b.kept.parent == outbox_dir(world.v1) and b.kept.read_bytes() == b.path.read_bytes()
    b.path.unlink()  # the stick is lost: the laptop copy is still there to send again
    shutil.copy(b.kept, world.usb / b.kept.name)
    assert import_files(world.township, [world.usb / b.kept.name])[0].status == "applied"


def test_township_export_needs_a_village(world: World) -> None:
    with pytest.raises(MinqingError) as exc:
        export_batch(world.township, world.usb)
    assert exc.value.code == "batch_for_required"
    with pytest.raises(MinqingError) as exc:
        export_batch(world.township, world.usb, for_code="430525101299")
    assert exc.value.code == "batch_peer_not_enrolled"


def test_reply_for_matter_not_escalated_does_not_change_status(world: World) -> None:
    """Only an escalated matter becomes answered; and the date of the reply is kept."""
    v1, t = world.v1, world.township
    m1 = _escalate_one(v1)
    import_files(t, [export_batch(v1, world.usb).path])
    matters.answer(t, m1, "答复", on=date(2026, 11, 2))
    matters.resolve(v1, m1, "村里自己办好了") if False else None
    res = import_files(v1, [export_batch(t, world.usb, for_code=V1).path])[0]
    assert res.status == "applied"
    with v1.read() as s:
        r = s.execute(select(Reply)).scalar_one()
        assert r.reply_date == date(2026, 11, 2)


def test_refused_batch_gets_a_signed_refused_receipt_on_request(world: World) -> None:
    """Import writes nothing on refusal; the township clerk may then issue a 'refused'
    receipt, which tells the village why and keeps its copy for re-sending."""
    from sync.batch import record_refusal

    v1, t = world.v1, world.township
    b = export_batch(v1, world.usb)
    lines = lines_of(t, b.path)
    idx = max(i for i, ln in enumerate(lines) if ln.startswith(b'{"t":"visit"'))
    lines[idx] = lines[idx].replace(b'"visit_date":"', b'"visit_date":"9', 1)
    bad = craft(v1, t, world.tmp / "bad.mqb", lines, batch_id=b.batch_id)
    assert import_files(t, [bad])[0].status == "rejected"
    res = record_refusal(t, bad)
    assert res.reason_code == "batch_bad_record"
    cut = world.tmp / "cut.mqb"
    cut.write_bytes(bad.read_bytes()[:500])
    with pytest.raises(MinqingError) as exc:
        record_refusal(t, cut)
    assert exc.value.code == "batch_refusal_not_authentic"
    back = export_batch(t, world.usb, for_code=V1)
    assert back.counts["_receipt"] == 1
    assert import_files(v1, [back.path])[0].status == "applied"
    with v1.read() as s:
        sent = s.get(SyncBatch, b.batch_id)
        rec = s.execute(select(SyncReceipt).where(SyncReceipt.batch_id == b.batch_id)).scalar_one()
    assert sent is not None and sent.status == "refused" and Path(sent.kept_path).exists()
    assert rec.status == "refused" and "visit_date" in rec.reason


def test_township_stats_per_village_equal_each_villages_own(world: World) -> None:
    from app.services.stats import Month, month_stats

    t, v1, v2 = world.township, world.v1, world.v2
    import_files(t, [export_batch(v1, world.usb).path, export_batch(v2, world.usb).path])
    today = date.today()
    prev = date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
    for month in (Month.parse(f"{today:%Y-%m}"), Month.parse(f"{prev:%Y-%m}")):
        with t.read() as s:
            town = month_stats(s, month)
        own = {}
        for v in (v1, v2):
            with v.read() as s:
                own[v.station_code] = month_stats(s, month)
        skip = {"station", "month", "code", "name"}
        for fig in town["villages"]:
            mine = own[fig["code"]]
            assert {k: x for k, x in fig.items() if k not in skip} == \
                {k: x for k, x in mine.items() if k not in skip}, fig["code"]
        assert town["visits"] == sum(o["visits"] for o in own.values())
        assert town["households"] == sum(o["households"] for o in own.values()) > 0


def test_files_picked_in_any_order_are_applied_by_sequence(world: World) -> None:
    v1, t = world.v1, world.township
    hid = first_household(v1)
    b1 = export_batch(v1, world.usb)
    rename_household(v1, hid, "周一")
    b2 = export_batch(v1, world.usb)
    b3 = export_batch(world.v2, world.usb)
    res = import_files(t, [b2.path, b3.path, b1.path])
    assert [(r.origin, r.seq, r.status) for r in res] == [
        (V1, 1, "applied"), (V1, 2, "applied"), (V2, 1, "applied")]
    assert all(r.gaps == [] for r in res)
    with t.read() as s:
        h = s.get(Household, hid)
        assert h is not None and h.head_name == "周一"


def test_store_from_before_sync_gets_its_keys_on_first_use(tmp_path: Path) -> None:
    """A file made by revision 0001 (no key tables) is migrated and gets a key pair lazily."""
    from app.context import AppContext
    from app.store import open_store

    golden = Path(__file__).resolve().parents[1] / "data" / "station_rev0001.sqlite3"
    path = tmp_path / "old.sqlite3"
    shutil.copy(golden, path)
    store = open_store(path)
    try:
        ctx = AppContext(store)
        card = read_card(write_card(ctx, tmp_path / "old.card"))
        assert card.code == ctx.station_code
        assert card_dict(ctx)["fingerprint"] == card.fingerprint  # the same pair, kept
    finally:
        store.close()
