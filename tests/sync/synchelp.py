"""Real stations on real SQLite files, enrolled with each other through real card files, and a
helper that seals arbitrary lines with a real enrolled key (to test checks past the signature)."""

from __future__ import annotations

import base64
import hashlib
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.context import AppContext
from app.services.demo import fill_demo
from app.services.station import init_station
from app.store import head_revision, open_store, wal_checkpoint
from app.uow import UnitOfWork
from models import Household, SyncPeer
from sync import container
from sync.batch import FORMAT, KEY_ALG, Opened, open_batch
from sync.keys import enroll, own_keys, write_card
from sync.records import RECORD_SCHEMA

TOWNSHIP = "430525101"
V1 = "430525101201"
V2 = "430525101202"


@dataclass
class World:
    tmp: Path
    township: AppContext
    v1: AppContext
    v2: AppContext
    usb: Path

    def close(self) -> None:
        for c in (self.township, self.v1, self.v2):
            c.store.close()


def make_station(path: Path, kind: str, code: str, name: str) -> AppContext:
    store = open_store(path)
    init_station(store, kind=kind, code=code, name=name)
    return AppContext(store, actor=f"clerk-{code[-3:]}")


def enroll_pair(tmp: Path, a: AppContext, b: AppContext, replace: bool = False) -> None:
    """Each station enrolls the other's card, as the clerks do with a USB stick."""
    ca, cb = tmp / f"{uuid.uuid4().hex}.card", tmp / f"{uuid.uuid4().hex}.card"
    write_card(a, ca)
    write_card(b, cb)
    enroll(b, ca, replace=replace)
    enroll(a, cb, replace=replace)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    t = make_station(tmp_path / "township.sqlite3", "township", TOWNSHIP, "石江镇")
    v1 = make_station(tmp_path / "v1.sqlite3", "village", V1, "石江村")
    v2 = make_station(tmp_path / "v2.sqlite3", "village", V2, "黄桥村")
    fill_demo(v1, households=40, months=12, seed=11)
    fill_demo(v2, households=30, months=12, seed=11)  # same seed: ids must still differ
    enroll_pair(tmp_path, t, v1)
    enroll_pair(tmp_path, t, v2)
    usb = tmp_path / "usb"
    usb.mkdir()
    w = World(tmp_path, t, v1, v2, usb)
    yield w
    w.close()


def db_digest(ctx: AppContext) -> str:
    """SHA-256 over every row of every table: 'the database is unchanged' made checkable."""
    wal_checkpoint(ctx.store.engine)
    h = hashlib.sha256()
    with sqlite3.connect(f"file:{ctx.store.path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for t in tables:
            h.update(t.encode())
            for row in sorted(repr(r) for r in conn.execute(f"SELECT * FROM {t}")):
                h.update(row.encode())
    return h.hexdigest()


def table_rows(ctx: AppContext, table: str, origin: str | None = None) -> dict[str, tuple[Any, ...]]:
    """id → full row, for record-by-record comparison between stations."""
    with sqlite3.connect(f"file:{ctx.store.path}?mode=ro", uri=True) as conn:
        q = f"SELECT id, * FROM {table}"
        args: tuple[str, ...] = ()
        if origin:
            q += " WHERE origin_code = ?"
            args = (origin,)
        return {r[0]: tuple(r[1:]) for r in conn.execute(q, args)}


def rename_household(ctx: AppContext, hid: str, name: str) -> None:
    with ctx.uow() as uow:
        h = uow.get(Household, hid, "household")
        from app.services.households import search_keys

        uow.update_record(h, "household", head_name=name,
                          **search_keys(name, h.id_number, h.phone))
        uow.commit()


def first_household(ctx: AppContext) -> str:
    with ctx.read() as s:
        return s.execute(select(Household.id).order_by(Household.id).limit(1)).scalar_one()


def open_for(ctx: AppContext, path: Path) -> Opened:
    with ctx.read() as s:
        return open_batch(s, path)


def lines_of(dest: AppContext, path: Path) -> list[bytes]:
    """Decrypt a genuine batch at its destination (test use: to make hostile variants)."""
    op = open_for(dest, path)
    return list(container.iter_lines(op.env, op.key, op.man.batch_id))


def craft(origin: AppContext, dest: AppContext, out: Path, lines: list[bytes], *,
          counts: dict[str, int] | None = None, seq: int = 1, full: bool = True,
          overrides: dict[str, Any] | None = None, preamble_version: int | None = None,
          batch_id: str | None = None,
          payload_over: dict[str, Any] | None = None,
          raw_stream: Any = None) -> Path:
    """Seal ``lines`` exactly as given with the origin's real key for the destination's real
    key. Counts default to the true counts of the lines."""
    import orjson

    keys = own_keys(origin)
    with dest.read() as s:
        me_code = dest.station_code
    with origin.read() as s:
        peer = s.get(SyncPeer, me_code)
        assert peer is not None
    if counts is None:
        counts = {}
        for ln in lines:
            try:
                t = orjson.loads(ln)["t"]
            except Exception:
                continue
            counts[t] = counts.get(t, 0) + 1
    bid = batch_id or str(uuid.uuid4())
    key = container.new_batch_key()
    aad = f"{origin.station_code}>{me_code}".encode()
    epk, wrapped = container.wrap_key(key, peer.box_public, bid, aad)
    with origin.read() as s:
        from app.services.station import get_station

        me = get_station(s)
        assert me is not None
    manifest: dict[str, Any] = {
        "format": FORMAT, "format_version": container.FORMAT_VERSION, "batch_id": bid,
        "origin": {"code": me.code, "name": me.name, "kind": me.kind},
        "destination": {"code": me_code, "name": peer.name}, "seq": seq, "prev_batch_id": "",
        "full": full, "created_at": "2026-11-01T08:00:00", "app_version": "test",
        "schema_revision": head_revision(), "record_schema": RECORD_SCHEMA, "counts": counts,
        "key": {"alg": KEY_ALG, "epk": base64.b64encode(epk).decode(),
                "wrapped": base64.b64encode(wrapped).decode(), "recipient": peer.fingerprint},
    }
    manifest.update(overrides or {})
    with out.open("wb") as fh:
        w = container.SealedWriter(fh, bid, key)
        if preamble_version is not None:
            fh.seek(0)
            w.preamble = container.PREAMBLE.pack(container.MAGIC, preamble_version, b"\0" * 6)
            fh.write(w.preamble)
        for ln in lines:
            w.write_line(ln)
        if raw_stream is not None:
            raw_stream(w)  # feed the compressor directly (compression-bomb tests)
        if payload_over:
            _finish_tampered(w, manifest, keys.sign, payload_over)
        else:
            w.finish(manifest, keys.sign)
    return out


def _finish_tampered(w: container.SealedWriter, manifest: dict[str, Any], sign: Any,
                     over: dict[str, Any]) -> None:
    """``SealedWriter.finish`` with chosen payload fields, still honestly signed."""
    w.pending += w.comp.flush()
    while len(w.pending) > container.CHUNK:
        w._frame(bytes(w.pending[:container.CHUNK]), final=False)
        del w.pending[:container.CHUNK]
    w._frame(bytes(w.pending), final=True)
    manifest = dict(manifest)
    manifest["payload"] = {
        "frames": w.index, "cipher_bytes": w.cipher_len,
        "cipher_sha256": w.cipher_sha.hexdigest(), "plain_bytes": w.plain_len,
        "plain_sha256": w.plain_sha.hexdigest(), "lines": w.lines,
        "aead": "AES-256-GCM", "compression": "zlib", **over,
    }
    body = container.canonical(manifest)
    w.fh.write(body)
    w.fh.write(sign.sign(container.SIG_CONTEXT + w.preamble + body))
    w.fh.write(container.TRAILER.pack(w.cipher_len, len(body), container.END_MAGIC))


def today() -> date:
    return date.today()


def audited(ctx: AppContext, action: str) -> int:
    from models import AuditEvent

    with ctx.read() as s:
        return len(list(s.execute(select(AuditEvent).where(AuditEvent.action == action))
                        .scalars()))


__all__ = ["UnitOfWork"]
