"""The catalogue of bad batches: each refused with a reason naming the problem, the database
unchanged (digest of every row before and after), and the refusal made before the first write.

Hostile content past the signature is sealed with the origin's real, enrolled key (a buggy or
compromised station): the checks behind the signature must hold on their own.

The container is not a zip (docs/batch-format.md, "Why not zip"): it has no entry names, file
modes or per-entry sizes. The zip cases are tested through their equivalents here:
``../``/absolute entry paths → record kinds that are not a known table; symlink entries → the
batch path itself a symlink (to a device or to the store); duplicate entry names → the same
record twice; zip bomb → a zlib stream inflating past its declared size or line limit.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest

from sync import importer as importer_mod
from sync.batch import ImportResult, export_batch, import_files
from sync.keys import enroll, write_card
from tests.sync.synchelp import V1, V2, World, craft, db_digest, lines_of, make_station


@pytest.fixture(autouse=True)
def no_write_allowed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A refused batch must be caught before the backup and the transaction: fail loudly if
    the importer ever gets that far."""
    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("a bad batch reached the write stage")

    monkeypatch.setattr(importer_mod, "take_backup", boom)
    yield


@pytest.fixture
def genuine(world: World) -> tuple[Path, list[bytes]]:
    b = export_batch(world.v1, world.usb)
    return b.path, lines_of(world.township, b.path)


def refused(world: World, path: Path, code: str) -> ImportResult:
    before = db_digest(world.township)
    res = import_files(world.township, [path])[0]
    assert res.status == "rejected", res
    assert res.reason_code == code, res.reason
    assert res.reason  # a sentence for the clerk, in Chinese by default
    assert db_digest(world.township) == before
    return res


def mutate_last(lines: list[bytes], table: str,
                fn: Callable[[bytes], bytes]) -> list[bytes]:
    """Change the last line of ``table`` (late in the stream: many good lines came before)."""
    idx = max(i for i, ln in enumerate(lines) if ln.startswith(b'{"t":"' + table.encode()))
    out = list(lines)
    out[idx] = fn(out[idx])
    return out


def set_field(table: str, key: str, value: object) -> Callable[[bytes], bytes]:
    def fn(line: bytes) -> bytes:
        obj = orjson.loads(line)
        obj["r"][key] = value
        return orjson.dumps(obj)
    return fn


def bad_batch(world: World, name: str, lines: list[bytes], **kw: object) -> Path:
    return craft(world.v1, world.township, world.tmp / name, lines, **kw)  # type: ignore[arg-type]


# --- framing ----------------------------------------------------------------------------------

@pytest.mark.parametrize("keep", [0, 10, 0.5, -1, -21])
def test_truncated(world: World, genuine: tuple[Path, list[bytes]], keep: float) -> None:
    path, _ = genuine
    data = path.read_bytes()
    n = int(len(data) * keep) if isinstance(keep, float) else (keep if keep >= 0
                                                              else len(data) + keep)
    cut = world.tmp / "cut.mqb"
    cut.write_bytes(data[:n])
    refused(world, cut, "batch_truncated")


def test_middle_cut_out_is_damaged(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    path, _ = genuine
    data = path.read_bytes()
    p = world.tmp / "holed.mqb"
    p.write_bytes(data[:100] + data[200:])
    refused(world, p, "batch_damaged")


@pytest.mark.parametrize("where", ["preamble", "frames", "manifest", "signature", "trailer"])
def test_one_flipped_byte(world: World, genuine: tuple[Path, list[bytes]], where: str) -> None:
    path, _ = genuine
    data = bytearray(path.read_bytes())
    size = len(data)
    man_len = int.from_bytes(data[-12:-8], "big")
    pos = {"preamble": 8, "frames": 40, "manifest": size - 20 - 64 - man_len // 2,
           "signature": size - 20 - 10, "trailer": size - 3}[where]
    data[pos] ^= 0x01
    p = world.tmp / "flipped.mqb"
    p.write_bytes(bytes(data))
    code = {"preamble": "batch_too_new", "frames": "batch_damaged", "manifest": None,
            "signature": "batch_bad_signature", "trailer": "batch_truncated"}[where]
    res = import_files(world.township, [p])[0]
    assert res.status == "rejected"
    if code:
        assert res.reason_code == code
    else:  # a flipped manifest byte breaks either its JSON or the signature
        assert res.reason_code in ("batch_damaged", "batch_bad_signature")
    refused(world, p, res.reason_code)


def test_wrong_destination(world: World) -> None:
    b = export_batch(world.v1, world.usb)
    before = db_digest(world.v2)
    res = import_files(world.v2, [b.path])[0]
    assert res.status == "rejected" and res.reason_code == "batch_wrong_destination"
    assert "430525101" in res.reason and V2 in res.reason
    assert db_digest(world.v2) == before


def test_unknown_origin(world: World, tmp_path: Path) -> None:
    v3 = make_station(tmp_path / "v3.sqlite3", "village", "430525101203", "新塘村")
    try:
        write_card(world.township, tmp_path / "t.card")
        enroll(v3, tmp_path / "t.card")  # v3 knows the township; the township never enrolled v3
        b = export_batch(v3, world.usb)
        res = refused(world, b.path, "batch_unknown_origin")
        assert "新塘村" in res.reason
    finally:
        v3.store.close()


def test_wrong_format_version_newer_says_update_the_app(
        world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    p = bad_batch(world, "v2.mqb", lines, preamble_version=2)
    res = refused(world, p, "batch_too_new")
    assert "升级" in res.reason
    p = bad_batch(world, "schema.mqb", lines, overrides={"record_schema": 99})
    refused(world, p, "batch_too_new")
    p = bad_batch(world, "v0.mqb", lines, preamble_version=0)
    refused(world, p, "batch_bad_version")


def test_not_a_batch_at_all(world: World) -> None:
    p = world.tmp / "photo.mqb"
    p.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(5000))
    refused(world, p, "batch_not_a_batch")


# --- zip-entry equivalents --------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["../household", "/etc/passwd", "..\\\\household",
                                  "C:/Windows/x", "household/../../x"])
def test_dotdot_and_absolute_entry_paths(world: World, genuine: tuple[Path, list[bytes]],
                                         kind: str) -> None:
    _, lines = genuine
    bad = mutate_last(lines, "matter_note", lambda ln: ln.replace(b'"matter_note"',
                                                                  orjson.dumps(kind), 1))
    p = bad_batch(world, "paths.mqb", bad)
    files_before = set(world.tmp.rglob("*"))
    refused(world, p, "batch_unknown_table")  # named in the manifest's counts
    assert set(world.tmp.rglob("*")) == files_before
    honest: dict[str, int] = {}
    for ln in lines:
        t = orjson.loads(ln)["t"]
        honest[t] = honest.get(t, 0) + 1
    honest["matter_note"] -= 1
    p2 = bad_batch(world, "paths2.mqb", bad, counts=honest)
    files_before.add(p2)
    refused(world, p2, "batch_unknown_table")  # only inside the sealed stream
    assert set(world.tmp.rglob("*")) == files_before  # nothing is ever extracted


def test_symlink_entries(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    """No entries, no modes: the only path is the batch's own. A symlink on the stick pointing
    at a device or at the station database is refused without hanging or touching it."""
    link = world.tmp / "link.mqb"
    link.symlink_to("/dev/zero")
    refused(world, link, "batch_not_a_file")  # a device is never read, not even its start
    link.unlink()
    link.symlink_to(world.township.store.path)
    refused(world, link, "batch_not_a_batch")
    _, lines = genuine
    p = bad_batch(world, "kind.mqb", mutate_last(lines, "matter_note", lambda ln: ln.replace(
        b'"matter_note"', b'"_symlink"', 1)))
    refused(world, p, "batch_unknown_table")


def test_duplicate_entry_names(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    last_visit = max(i for i, ln in enumerate(lines) if ln.startswith(b'{"t":"visit"'))
    dup = lines[: last_visit + 1] + [lines[last_visit]] + lines[last_visit + 1:]
    res = refused(world, bad_batch(world, "dup.mqb", dup), "batch_duplicate_record")
    assert "visit" in res.reason


def test_duplicate_unique_key_in_batch(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    cards = [i for i, ln in enumerate(lines) if ln.startswith(b'{"t":"contact_card"')]
    first = orjson.loads(lines[cards[0]])["r"]["card_no"]
    bad = list(lines)
    bad[cards[-1]] = set_field("contact_card", "card_no", first)(bad[cards[-1]])
    refused(world, bad_batch(world, "dupcard.mqb", bad), "batch_duplicate_record")


def _bomb(size: int) -> Callable[[object], None]:
    def feed(w: object) -> None:
        block = b"A" * (1 << 20)
        for _ in range(size >> 20):
            w.pending += w.comp.compress(block)  # type: ignore[attr-defined]
            w.plain_sha.update(block)  # type: ignore[attr-defined]
            w.plain_len += len(block)  # type: ignore[attr-defined]
    return feed


def test_zip_bomb_beyond_declared_size(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    """64 MiB of one byte compress to ~64 KiB; the manifest declares 1 KiB. Inflation stops at
    the declared size: memory never grows with the bomb."""
    p = bad_batch(world, "bomb.mqb", [], raw_stream=_bomb(64 << 20),
                  payload_over={"plain_bytes": 1024})
    assert p.stat().st_size < 1 << 20
    refused(world, p, "batch_inflates")


def test_zip_bomb_declared_honestly_hits_the_line_limit(world: World) -> None:
    """Even when the manifest admits 64 MiB, inflation goes 1 MiB at a time: Python-level
    memory stays far below the bomb's size."""
    import tracemalloc

    p = bad_batch(world, "bomb2.mqb", [], raw_stream=_bomb(64 << 20))
    tracemalloc.start()
    try:
        refused(world, p, "batch_line_too_long")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20, peak


def test_zip_bomb_declaring_an_absurd_size(world: World) -> None:
    p = bad_batch(world, "bomb3.mqb", [], raw_stream=_bomb(1 << 20),
                  payload_over={"plain_bytes": 1 << 40})
    refused(world, p, "batch_damaged")


# --- manifest and digests ---------------------------------------------------------------------

def test_manifest_counts_that_lie(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    counts: dict[str, int] = {}
    for ln in lines:
        t = orjson.loads(ln)["t"]
        counts[t] = counts.get(t, 0) + 1
    counts["household"] -= 1
    res = refused(world, bad_batch(world, "lie.mqb", lines, counts=counts),
                  "batch_count_mismatch")
    assert "household" in res.reason
    counts["household"] += 1
    counts["reply"] = 3
    refused(world, bad_batch(world, "lie2.mqb", lines, counts=counts), "batch_count_mismatch")


def test_digest_that_lies(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    p = bad_batch(world, "dig.mqb", lines, payload_over={"plain_sha256": "0" * 64})
    refused(world, p, "batch_digest_mismatch")


# --- record content ---------------------------------------------------------------------------

def test_invalid_utf8(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    bad = mutate_last(lines, "visit", lambda ln: ln.replace(b'"summary":"', b'"summary":"\xff\xfe',
                                                            1))
    refused(world, bad_batch(world, "utf8.mqb", bad), "batch_bad_json")


@pytest.mark.parametrize("table,key,value", [
    ("visit", "visit_date", "2026-02-30"),
    ("visit", "visit_date", "30/01/2026"),
    ("visit", "visit_date", "0001-01-01"),
    ("visit", "updated_at", "2026-01-01T08:00:00+08:00"),
    ("matter", "deadline", 20260101),
    ("household", "created_at", "yesterday"),
])
def test_invalid_dates(world: World, genuine: tuple[Path, list[bytes]], table: str, key: str,
                       value: object) -> None:
    _, lines = genuine
    res = refused(world, bad_batch(world, "date.mqb",
                                   mutate_last(lines, table, set_field(table, key, value))),
                  "batch_bad_record")
    assert key in res.reason


@pytest.mark.parametrize("table,key,value", [
    ("household", "village_code", "43052510120X"),
    ("household", "village_code", "4305251012"),
    ("visit", "origin_code", "43052510120"),
    ("visit", "household_id", "not-a-uuid"),
    ("visit", "mode", "teleport"),
    ("matter", "status", "done"),
    ("matter", "category", "赌博"),
    ("household", "id_number", "1234"),
    ("household", "members_count", -3),
    ("household", "head_name", "名" * 65),
    ("cadre", "is_leader", 1),
    ("visit", "version", 0),
    ("visit", "summary", None),
])
def test_invalid_codes_enums_and_values(world: World, genuine: tuple[Path, list[bytes]],
                                        table: str, key: str, value: object) -> None:
    _, lines = genuine
    res = refused(world, bad_batch(world, "code.mqb",
                                   mutate_last(lines, table, set_field(table, key, value))),
                  "batch_bad_record")
    assert key in res.reason


def test_extra_or_missing_columns(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    refused(world, bad_batch(world, "extra.mqb", mutate_last(
        lines, "visit", set_field("visit", "secret", "x"))), "batch_bad_record")

    def drop(ln: bytes) -> bytes:
        obj = orjson.loads(ln)
        del obj["r"]["mode"]
        return orjson.dumps(obj)
    refused(world, bad_batch(world, "missing.mqb", mutate_last(lines, "visit", drop)),
            "batch_bad_record")


def test_record_of_another_station(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    bad = mutate_last(lines, "visit", lambda ln: ln.replace(V1.encode(), V2.encode()))
    refused(world, bad_batch(world, "foreign.mqb", bad), "batch_foreign_record")


def test_village_may_not_send_replies(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    note = orjson.loads(mutate_last(lines, "matter_note", lambda x: x)[-1])
    matter_notes = [ln for ln in lines if ln.startswith(b'{"t":"matter_note"')]
    r = orjson.loads(matter_notes[-1])["r"]
    reply = {"matter_id": r["matter_id"], "reply_date": "2026-01-05", "text": "假答复",
             "author": "x", **{k: r[k] for k in ("id", "origin_code", "created_at",
                                                 "updated_at", "updated_by", "version",
                                                 "deleted")}}
    reply["id"] = "00000000-0000-4000-8000-000000000001"
    assert note
    # in stream order: after the matter notes, before the tables that come after replies
    at = 1 + max(i for i, ln in enumerate(lines) if ln.startswith(b'{"t":"matter_note"'))
    bad = lines[:at] + [orjson.dumps({"t": "reply", "r": reply})] + lines[at:]
    refused(world, bad_batch(world, "reply.mqb", bad), "batch_foreign_record")


def test_reference_to_a_record_nowhere(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    bad = mutate_last(lines, "visit", set_field("visit", "household_id",
                                                "00000000-0000-4000-8000-00000000dead"))
    refused(world, bad_batch(world, "orphan.mqb", bad), "batch_missing_parent")


def test_records_out_of_order(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    _, lines = genuine
    first_hh = next(ln for ln in lines if ln.startswith(b'{"t":"household"'))
    bad = [ln for ln in lines if ln != first_hh] + [first_hh]
    refused(world, bad_batch(world, "order.mqb", bad), "batch_damaged")


# --- hostile JSON -----------------------------------------------------------------------------

def _swap(lines: list[bytes], table: str, key: str, raw: bytes) -> list[bytes]:
    def fn(ln: bytes) -> bytes:
        obj = orjson.loads(ln)
        marker = "__X__"
        obj["r"][key] = marker
        return orjson.dumps(obj).replace(b'"' + marker.encode() + b'"', raw)
    return mutate_last(lines, table, fn)


def test_hostile_json_nan(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    bad = _swap(genuine[1], "household", "members_count", b"NaN")
    refused(world, bad_batch(world, "nan.mqb", bad), "batch_bad_json")


def test_hostile_json_1e400(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    bad = _swap(genuine[1], "household", "members_count", b"1e400")
    refused(world, bad_batch(world, "big.mqb", bad), "batch_bad_json")


def test_hostile_json_deep_nesting(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    bad = _swap(genuine[1], "household", "note", b"[" * 10_000 + b"]" * 10_000)
    refused(world, bad_batch(world, "deep.mqb", bad), "batch_bad_json")


def test_hostile_json_duplicate_keys(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    """orjson keeps the last duplicate silently; the canonical re-encoding check refuses it."""
    bad = mutate_last(genuine[1], "household",
                      lambda ln: ln[:-2] + b',"head_name":"\xe5\xbc\xa0\xe4\xb8\x89"}}')
    refused(world, bad_batch(world, "dupkey.mqb", bad), "batch_bad_json")
    bad2 = mutate_last(genuine[1], "household", lambda ln: b'{"t":"visit",' + ln[1:])
    refused(world, bad_batch(world, "dupkey2.mqb", bad2), "batch_bad_json")


def test_hostile_json_lone_surrogate(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    bad = _swap(genuine[1], "household", "head_name", b'"\\ud800"')
    refused(world, bad_batch(world, "surrogate.mqb", bad), "batch_bad_json")


def test_hostile_json_not_an_object(world: World, genuine: tuple[Path, list[bytes]]) -> None:
    bad = genuine[1] + [b'["household", {}]']
    refused(world, bad_batch(world, "array.mqb", bad), "batch_bad_json")
