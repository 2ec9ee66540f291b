"""What an *enrolled* village (a buggy or compromised station, with its real key) must still not
be able to do with a batch, and the audit head that makes a cut-short trail visible.

Every hostile batch here is sealed with the origin's real, enrolled key (``synchelp.craft``):
the checks behind the signature must hold on their own. A refused batch leaves the township's
database unchanged (a digest of every row before and after).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from sqlalchemy import select

from app.cli import main
from app.services.check import check_file
from models import AuditEvent, Household, SyncBatch, SyncConflict, SyncReceipt
from sync import container
from sync.batch import (
    GAPS_SHOWN,
    ExportResult,
    ImportResult,
    export_batch,
    gap_messages,
    gaps,
    import_files,
    resolve_conflict,
)
from sync.status import gaps_after, overview
from tests.sync.synchelp import (
    V1,
    V2,
    World,
    craft,
    db_digest,
    enroll_pair,
    first_household,
    lines_of,
    make_station,
    rename_household,
)

FAST = 5.0  # seconds: "returns at once" on this slow, shared machine


@pytest.fixture
def both(world: World) -> tuple[ExportResult, ExportResult]:
    """Both villages' first batches applied at the township: it now holds B's records too."""
    b1 = export_batch(world.v1, world.usb)
    b2 = export_batch(world.v2, world.usb)
    for b in (b1, b2):
        assert import_files(world.township, [b.path])[0].status == "applied"
    return b1, b2


def refused(world: World, path: Path, code: str) -> ImportResult:
    before = db_digest(world.township)
    res = import_files(world.township, [path])[0]
    assert res.status == "rejected", res
    assert res.reason_code == code, res.reason
    assert res.reason
    assert db_digest(world.township) == before
    return res


def last_line(lines: list[bytes], table: str) -> dict[str, object]:
    found = [ln for ln in lines if ln.startswith(b'{"t":"' + table.encode() + b'"')]
    if not found and table == "member":  # the demo data has no members: the village adds one
        hh = last_line(lines, "household")
        return {"id": str(uuid.uuid4()), "origin_code": hh["origin_code"],
                "created_at": hh["created_at"], "updated_at": hh["updated_at"],
                "updated_by": "clerk", "version": 1, "deleted": False,
                "household_id": hh["id"], "name": "李四", "relation": "子", "id_number": "",
                "phone": "", "note": ""}
    rec: dict[str, object] = orjson.loads(found[-1])["r"]
    return rec


def line(table: str, rec: dict[str, object]) -> bytes:
    return orjson.dumps({"t": table, "r": rec})


def ids_of(ctx: object, table: str, origin: str) -> list[str]:
    path = ctx.store.path  # type: ignore[attr-defined]
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute(
            f"SELECT id FROM {table} WHERE origin_code = ? ORDER BY id", (origin,))]


# --- references stay inside the origin --------------------------------------------------------

@pytest.mark.parametrize("table,col,target", [
    ("member", "household_id", "household"),
    ("assignment", "household_id", "household"),
    ("contact_card", "household_id", "household"),
    ("visit", "household_id", "household"),
    ("visit", "cadre_id", "cadre"),
    ("matter", "household_id", "household"),
    ("matter_note", "matter_id", "matter"),
])
@pytest.mark.parametrize("how", ["new", "changed"])
def test_a_village_cannot_hang_records_on_another_villages(
        world: World, both: tuple[ExportResult, ExportResult], table: str, col: str,
        target: str, how: str) -> None:
    """石江村 attaches a member / visit / note / card / matter to 黄桥村's household (or matter,
    cadre) at the township — as a new record, or by changing one of its own: refused, naming
    the record and what it pointed at."""
    b1, _ = both
    rec = last_line(lines_of(world.township, b1.path), table)
    foreign = ids_of(world.township, target, V2)[0]
    rec[col] = foreign
    if how == "new":
        rec["id"] = str(uuid.uuid4())
    rec["version"] = int(rec["version"]) + 1  # type: ignore[call-overload]
    if table == "contact_card":
        rec["card_no"] = f"X{uuid.uuid4().hex[:10]}"
    p = craft(world.v1, world.township, world.tmp / "attach.mqb", [line(table, rec)], seq=2,
              full=False)
    res = refused(world, p, "batch_foreign_reference")
    assert str(rec["id"]) in res.reason and foreign in res.reason and V2 in res.reason
    # the same record pointing at the village's own record is applied: the rule is ownership
    rec[col] = ids_of(world.township, target, V1)[0]
    ok = craft(world.v1, world.township, world.tmp / "own.mqb", [line(table, rec)], seq=2,
               full=False)
    assert import_files(world.township, [ok])[0].status == "applied"


def test_an_incoming_record_with_another_villages_id_is_refused_not_a_conflict(
        world: World, both: tuple[ExportResult, ExportResult]) -> None:
    """黄桥村 sends a household under 石江村's household id (its own origin and village code,
    a higher version): refused outright — before, it became a conflict a clerk could 'take',
    handing the household to 黄桥村."""
    b1, _ = both
    rec = last_line(lines_of(world.township, b1.path), "household")
    rec.update(origin_code=V2, village_code=V2, group_id=None, head_name="王冒名",
               version=int(rec["version"]) + 1)  # type: ignore[call-overload]
    p = craft(world.v2, world.township, world.tmp / "steal.mqb", [line("household", rec)],
              seq=2, full=False)
    res = refused(world, p, "batch_id_taken")
    assert str(rec["id"]) in res.reason and V1 in res.reason
    with world.township.read() as s:
        assert s.execute(select(SyncConflict)).first() is None


def test_taking_the_incoming_version_keeps_the_stored_owner(
        world: World, both: tuple[ExportResult, ExportResult]) -> None:
    """A conflict recorded by an earlier version with a foreign origin (the row an attack
    left): taking the incoming content must not move the household to the other village."""
    b1, _ = both
    rec = last_line(lines_of(world.township, b1.path), "household")
    hid = str(rec["id"])
    with world.township.read() as s:
        h = s.get(Household, hid)
        assert h is not None
        local = {"origin_code": h.origin_code, "village_code": h.village_code}
    incoming = dict(rec, origin_code=V2, village_code=V2, head_name="王冒名")
    with world.township.uow() as uow:
        c = SyncConflict(batch_id=str(uuid.uuid4()), table_name="household", record_id=hid,
                         origin_code=V2, version=int(rec["version"]),  # type: ignore[call-overload]
                         local=orjson.dumps(rec).decode(),
                         incoming=orjson.dumps(incoming).decode())
        uow.session.add(c)
        uow.commit()
        cid = c.id
    resolve_conflict(world.township, cid, take_incoming=True)
    with world.township.read() as s:
        h = s.get(Household, hid)
        assert h is not None and h.head_name == "王冒名"  # the content was taken …
        assert {"origin_code": h.origin_code, "village_code": h.village_code} == local  # … not
        assert local == {"origin_code": V1, "village_code": V1}  # the ownership


# --- sequence numbers are bounded -------------------------------------------------------------

def test_a_sequence_number_far_ahead_is_refused(
        world: World, both: tuple[ExportResult, ExportResult]) -> None:
    b1, _ = both
    rec = last_line(lines_of(world.township, b1.path), "household")
    one = [line("household", rec)]  # unchanged content: harmless if applied

    def batch(seq: int) -> Path:
        return craft(world.v1, world.township, world.tmp / f"seq{seq}.mqb", one, seq=seq,
                     full=False)

    res = refused(world, batch(1002), "batch_seq_too_far")  # last applied is 1
    assert "1002" in res.reason and "石江村" in res.reason
    assert import_files(world.township, [batch(1001)])[0].status == "applied"  # inside the window
    with world.township.read() as s:
        # the hole 2..1000 is one line, not 999
        assert gap_messages(s, "zh_CN") == ["缺少来自石江村的第 2–1000 批（共 999 批）"]
        assert gap_messages(s, "en") == ["batches 2–1000 from 石江村 are missing (999 batches)"]
    started = time.monotonic()
    res = refused(world, batch(2 ** 40), "batch_seq_too_far")
    with world.township.read() as s:
        gap_messages(s, "zh_CN")
    assert time.monotonic() - started < FAST


def test_gaps_are_computed_from_existing_rows_capped_and_summed_up(
        world: World, both: tuple[ExportResult, ExportResult]) -> None:
    """Rows stored before the bound existed (a 200,000 and even a 2^40 from one village): the
    gap list is built from the numbers present, shows at most GAPS_SHOWN runs and sums up the
    rest — `batch status` and every import stay instant."""
    from models.base import utcnow

    t = world.township

    def store(seqs: list[int]) -> None:
        with t.uow() as uow:
            for n in seqs:
                uow.session.add(SyncBatch(
                    batch_id=str(uuid.uuid4()), direction="in", origin_code=V1,
                    destination_code=t.station_code, seq=n, created_at=utcnow(),
                    status="applied", applied_at=utcnow()))
            uow.commit()

    store([*range(3, 44, 2), 200_000])  # holes at 2, 4, …, 42 and 44..199,999
    with t.read() as s:
        msgs = gap_messages(s, "zh_CN")
        runs = gaps(s)
    assert len(runs) == 22 and runs[-1].seq == 44 and runs[-1].last == 199_999
    assert len(msgs) == GAPS_SHOWN + 1
    assert msgs[0] == "缺少来自石江村的第 2 批"
    assert msgs[-1] == f"另有 {22 - GAPS_SHOWN} 处缺批未列出（共 {11 + 199_956} 批）"
    store([2 ** 40])  # what the unbounded importer let in
    started = time.monotonic()
    with t.read() as s:
        assert len(gap_messages(s, "en")) == GAPS_SHOWN + 1
    assert len(overview(t).gaps) == GAPS_SHOWN + 1
    after = gaps_after(t, [(V1, "石江村", 2 ** 41, False)])  # a preview of a forged file
    assert len(after) == GAPS_SHOWN + 1 and after == overview(t).gaps
    assert main(["batch", "status", "--db", str(t.store.path)]) == 0
    assert time.monotonic() - started < FAST


def test_a_preview_counts_gaps_the_same_bounded_way(
        world: World, both: tuple[ExportResult, ExportResult]) -> None:
    """``gaps_after`` (the window's preview) had its own range walk: a stick holding a
    forged batch numbered 2^40 must not freeze the preview, nor be counted as a gap."""
    assert gaps_after(world.township, [(V1, "石江村", 30, False)]) == [
        "缺少来自石江村的第 2–29 批（共 28 批）"]
    started = time.monotonic()
    assert gaps_after(world.township, [(V1, "石江村", 2 ** 40, False)]) == []
    assert time.monotonic() - started < FAST


# --- a damaged copy is damaged ----------------------------------------------------------------

def test_a_bit_flipped_copy_of_an_applied_batch_is_rejected_as_damaged(
        world: World, both: tuple[ExportResult, ExportResult]) -> None:
    b1, _ = both
    data = bytearray(b1.path.read_bytes())
    data[container.PREAMBLE.size + 40] ^= 0x01  # inside the sealed frames
    copy = world.tmp / "copy.mqb"
    copy.write_bytes(bytes(data))
    res = refused(world, copy, "batch_damaged")
    assert res.batch_id == b1.batch_id
    # intact copies (the stick's and the outbox's) are still just "already applied"
    for good in (b1.path, b1.kept):
        assert import_files(world.township, [good])[0].status == "already_applied"


# --- only regular files are read --------------------------------------------------------------

def _timed(fn: Callable[[], ImportResult], unblock: Callable[[], None]) -> ImportResult:
    """Run ``fn`` in a thread; if it is still blocked after FAST seconds, ``unblock`` it and
    fail (a FIFO opened for reading waits for a writer forever)."""
    out: list[ImportResult] = []
    th = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    th.start()
    th.join(FAST)
    if th.is_alive():
        unblock()
        th.join(FAST)
        pytest.fail("import blocked on a special file")
    return out[0]


def test_a_fifo_is_refused_at_once(world: World) -> None:
    fifo = world.tmp / "pipe.mqb"
    os.mkfifo(fifo)

    def unblock() -> None:  # be the writer the blocked open waits for
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            os.close(fd)
        except OSError:
            pass

    before = db_digest(world.township)
    res = _timed(lambda: import_files(world.township, [fifo])[0], unblock)
    assert res.status == "rejected" and res.reason_code == "batch_not_a_file"
    assert "命名管道" in res.reason
    assert db_digest(world.township) == before


@pytest.mark.parametrize("kind", ["folder", "device", "link to a device"])
def test_folders_and_devices_are_refused_with_a_clear_reason(world: World, kind: str) -> None:
    p = world.tmp / "odd.mqb"
    if kind == "folder":
        p.mkdir()
    elif kind == "device":
        p = Path("/dev/null")
    else:
        p.symlink_to("/dev/zero")
    res = _timed(lambda: import_files(world.township, [p])[0], lambda: None)
    assert res.status == "rejected" and res.reason_code == "batch_not_a_file", res.reason
    assert ("文件夹" if kind == "folder" else "设备") in res.reason
    world.township.lang = "en"
    en = import_files(world.township, [p])[0]
    assert "not a regular file" in en.reason and ("folder" if kind == "folder" else "device") \
        in en.reason


def test_file_names_are_printed_with_control_characters_escaped(
        world: World, capsys: pytest.CaptureFixture[str]) -> None:
    evil = world.tmp / "evil\n\x1b[2J\u202egpj.mqb"
    evil.write_bytes(b"not a batch at all" * 10)
    world.township.store.close()
    assert main(["batch", "import", "--db", str(world.tmp / "township.sqlite3"),
                 str(evil)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\u202e" not in err
    assert err.count("\n") == 1  # one line per refused file
    assert "evil\\x0a\\x1b[2J\\u202egpj.mqb: 拒绝导入" in err


# --- truncation is caught ---------------------------------------------------------------------

def _head(ctx: object) -> tuple[int, str]:
    with ctx.read() as s:  # type: ignore[attr-defined]
        ev = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar_one()
        return ev.seq, ev.hash


def test_every_batch_carries_the_audit_head_and_the_receipt_echoes_it(world: World) -> None:
    v1, t = world.v1, world.township
    head = _head(v1)
    b1 = export_batch(v1, world.usb)
    man = container.read_envelope(b1.path).manifest
    assert man["audit_head"] == {"seq": head[0], "hash": head[1]}
    assert import_files(t, [b1.path])[0].status == "applied"
    with t.read() as s:
        kept = s.get(SyncBatch, b1.batch_id)
        rec = s.execute(select(SyncReceipt).where(SyncReceipt.batch_id == b1.batch_id)).scalar_one()
    assert kept is not None and (kept.audit_seq, kept.audit_hash) == head  # the township keeps it
    assert (rec.audit_seq, rec.audit_hash) == head
    back = export_batch(t, world.usb, for_code=V1)
    assert import_files(v1, [back.path])[0].status == "applied"
    with v1.read() as s:
        sent = s.get(SyncBatch, b1.batch_id)
        echo = s.execute(select(SyncReceipt).where(SyncReceipt.batch_id == b1.batch_id)).scalar_one()
    assert sent is not None and (sent.audit_seq, sent.audit_hash) == head  # what it reported
    assert sent.status == "confirmed" and (echo.audit_seq, echo.audit_hash) == head
    # a second batch reports the newer head; the township keeps the latest per village
    rename_household(v1, first_household(v1), "赵六")
    head2 = _head(v1)
    b2 = export_batch(v1, world.usb)
    assert import_files(t, [b2.path])[0].status == "applied"
    with t.read() as s:
        latest = s.execute(select(SyncBatch).where(
            SyncBatch.direction == "in", SyncBatch.origin_code == V1)
            .order_by(SyncBatch.seq.desc()).limit(1)).scalar_one()
    assert (latest.audit_seq, latest.audit_hash) == head2 and head2[0] > head[0]


def _cut_trail(db: Path, from_seq: int) -> None:
    """What someone with the file does: delete the newest events. The chain that is left is
    intact (a prefix), so only the reported head can tell."""
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM audit_event WHERE seq >= ?", (from_seq,))
    conn.close()


def test_check_reports_a_trail_shorter_than_already_reported(world: World) -> None:
    v1 = world.v1
    head = _head(v1)
    export_batch(v1, world.usb)
    db = v1.store.path
    v1.store.close()
    assert check_file(db).ok
    _cut_trail(db, head[0] - 2)
    report = check_file(db)
    assert not report.ok
    # the cut also took the demo's bulk event, so its row digests now belong to no event
    assert report.problems[0] == (
        f"审计记录被截短：本站在发出的批次中报告过第 {head[0]} 条，现在只到第 {head[0] - 3} 条")
    assert all("不属于任何审计记录" in p for p in report.problems[1:])
    assert "cut short" in check_file(db, "en").problems[0]
    assert main(["check", "--db", str(db)]) == 1


def test_check_reports_a_trail_rewritten_after_the_reported_head(world: World) -> None:
    """Cut the tail, then go on working until the trail is as long again: the numbers are
    back, the event at the reported head is not the one reported."""
    v1 = world.v1
    head = _head(v1)
    export_batch(v1, world.usb)
    db = v1.store.path
    v1.store.close()
    _cut_trail(db, head[0] - 1)
    again = make_station_ctx(db)
    try:
        hid = first_household(again)
        for i in range(3):
            rename_household(again, hid, f"改名{i}")
        assert _head(again)[0] >= head[0]
    finally:
        again.store.close()
    report = check_file(db)
    assert not report.ok
    assert report.problems[0] == f"审计记录第 {head[0]} 条与本站在发出的批次中报告的不一致（记录被改写）"
    assert all("不属于任何审计记录" in p for p in report.problems[1:])


def make_station_ctx(db: Path):  # type: ignore[no-untyped-def]
    from app.context import AppContext
    from app.store import open_store

    return AppContext(open_store(db), actor="clerk")


def test_a_restored_laptop_is_not_mistaken_for_a_cut_trail(world: World, tmp_path: Path) -> None:
    """W10: the new install receives the township's receipts for the lost laptop's batches,
    whose heads describe the old trail. They are not this install's: check stays clean."""
    v1, t = world.v1, world.township
    for _ in range(2):
        b = export_batch(v1, world.usb)
        assert import_files(t, [b.path])[0].status == "applied"
        rename_household(v1, first_household(v1), "赵六")
    new = make_station(tmp_path / "new.sqlite3", "village", V1, "石江村")
    try:
        enroll_pair(tmp_path, t, new, replace=True)
        full = export_batch(t, world.usb, for_code=V1, full=True)
        assert import_files(new, [full.path])[0].status == "applied"
        with new.read() as s:
            heads = [r.audit_seq for r in s.execute(select(SyncReceipt)).scalars()]
        assert len(heads) == 2 and all(h is not None and h > 0 for h in heads)
        assert _head(new)[0] < max(h for h in heads if h is not None)  # a shorter new trail
        nxt = export_batch(new, world.usb)
        path = new.store.path
    finally:
        new.store.close()
    report = check_file(path)
    assert report.ok, report.problems
    # … and the township takes the new install's batch: its shorter trail is a new trail (new
    # keys), not the old one gone backwards
    res = import_files(t, [nxt.path])[0]
    assert res.status == "applied", res.reason


# --- the audit head only grows (h/layer) ----------------------------------------------------

def test_a_batch_whose_audit_head_went_backwards_is_refused(world: World) -> None:
    """Someone cuts the newest audit events out of the village's file (or puts an older copy
    of it back) and sends the next batch: its head is older than the one the township already
    has from that village. Refused, naming both batches; nothing written."""
    v1, t = world.v1, world.township
    head = _head(v1)
    b1 = export_batch(v1, world.usb)
    assert import_files(t, [b1.path])[0].status == "applied"
    db = v1.store.path
    v1.store.close()
    _cut_trail(db, head[0] - 2)
    again = make_station_ctx(db)
    try:
        b2 = export_batch(again, world.usb)
    finally:
        again.store.close()
    assert container.read_envelope(b2.path).manifest["audit_head"]["seq"] == head[0] - 3
    before = db_digest(t)
    res = import_files(t, [b2.path])[0]
    assert res.status == "rejected" and res.reason_code == "batch_audit_head_backwards"
    assert res.reason == (f"石江村的第 2 批报告的审计记录只到第 {head[0] - 3} 条，而它之前的第 1 批"
                          f"已报告到第 {head[0]} 条：该站的审计记录被截短或数据被换成旧副本，"
                          "拒绝导入；请在该站运行“minqing check”")
    assert db_digest(t) == before
    with t.read() as s:
        assert s.get(SyncBatch, b2.batch_id) is None


def test_a_batch_reporting_a_rewritten_audit_event_is_refused(world: World) -> None:
    """Same event number as an earlier batch reported, another hash: the trail was rewritten.
    A crafted batch (signed with the village's real key) so only the head differs."""
    v1, t = world.v1, world.township
    head = _head(v1)
    b1 = export_batch(v1, world.usb)
    assert import_files(t, [b1.path])[0].status == "applied"
    forged = craft(v1, t, world.tmp / "forged.mqb", [], counts={}, seq=2, full=False,
                   overrides={"audit_head": {"seq": head[0], "hash": "0" * 64}})
    res = import_files(t, [forged])[0]
    assert res.status == "rejected" and res.reason_code == "batch_audit_head_rewritten", res
    # the same event and hash, or a longer trail, is fine
    same = craft(v1, t, world.tmp / "same.mqb", [], counts={}, seq=2, full=False,
                 overrides={"audit_head": {"seq": head[0], "hash": head[1]}})
    assert import_files(t, [same])[0].status == "applied"


def test_a_late_batch_with_an_older_head_than_a_later_one_is_not_refused(world: World) -> None:
    """Batch 2 on a stick found after batch 3 was imported: its head is older than batch 3's
    but not older than batch 1's — only earlier numbers count."""
    v1, t = world.v1, world.township
    b1 = export_batch(v1, world.usb)
    rename_household(v1, first_household(v1), "赵六")
    lost = world.tmp / "lost-stick"
    lost.mkdir()
    b2 = export_batch(v1, lost)
    rename_household(v1, first_household(v1), "钱七")
    b3 = export_batch(v1, world.usb)
    assert [r.status for r in import_files(t, [b1.path])] == ["applied"]
    assert [r.status for r in import_files(t, [b3.path])] == ["applied"]
    assert import_files(t, [b2.path])[0].status == "applied"
