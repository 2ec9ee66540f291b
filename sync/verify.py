"""Checking a batch before any write (pass 1): framing, signature, enrolled origin, our key,
sequence bounds, and then every line — shape, owner, references, unique keys, counts.

Ownership rule (docs/batch-format.md, "Merge"): a village's batch may create, change or point
at only that village's records; a township's batch carries its own replies, holiday table and
notices, and — in a restore — the village's own records. Anything else is a refusal."""

from __future__ import annotations

import base64
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.dialect import id_in
from app.services.station import StationInfo
from models import SyncBatch, SyncPeer
from models.vocab import StationKind
from sync import container
from sync.common import Progress, chunks, this_station
from sync.container import BatchRefused, Envelope
from sync.keys import all_own_keys
from sync.manifest import SEQ_WINDOW, Manifest, check_manifest, parse_audit_head, receipt_body
from sync.records import (
    ORDER,
    RECEIPT,
    REFS,
    TABLES,
    TOWNSHIP_OWNED,
    UNIQUE,
    UUID_RE,
    check_record,
    parse_line,
    upgrade_record,
)


@dataclass
class Opened:
    env: Envelope
    man: Manifest
    key: bytes
    me: StationInfo
    peer_kind: str
    peer_name: str


def open_batch(session: Session, path: Path) -> Opened:
    """Checks that need no decryption: framing, version, destination, enrolled origin,
    signature; then unwrap the batch key. Raises ``BatchRefused``."""
    env = container.read_envelope(path)
    man = check_manifest(env)
    me = this_station(session)
    if man.destination != me.code:
        raise BatchRefused("batch_wrong_destination", destination=man.destination,
                           me=me.code)
    peer = session.get(SyncPeer, man.origin)
    if peer is None:
        raise BatchRefused("batch_unknown_origin", origin=man.origin, name=man.origin_name)
    env.verify(peer.sign_public)
    if man.origin_kind != peer.kind:
        raise BatchRefused("batch_damaged", detail="origin kind")
    aad = f"{man.origin}>{man.destination}".encode()
    for own in all_own_keys(session):
        key = container.unwrap_key(man.epk, man.wrapped, own.box, man.batch_id, aad)
        if key is not None:
            return Opened(env, man, key, me, peer.kind, peer.name)
    raise BatchRefused("batch_not_for_our_key")


@dataclass
class Checked:
    tables: dict[str, int]
    receipts: list[dict[str, Any]]


def _check_receipt(r: dict[str, Any], op: Opened, township_key: bytes) -> None:
    keys = {"batch_id", "issuer_code", "village_code", "seq", "status", "counts", "reason",
            "issued_at", "signature"}
    if r.keys() not in (keys, keys | {"audit_head"}) or op.me.kind != StationKind.VILLAGE:
        raise BatchRefused("batch_bad_receipt")
    if "audit_head" in r:
        try:
            parse_audit_head(r)
        except BatchRefused as exc:
            raise BatchRefused("batch_bad_receipt") from exc
    ok = (isinstance(r["batch_id"], str) and UUID_RE.fullmatch(r["batch_id"]) is not None
          and r["issuer_code"] == op.man.origin and r["village_code"] == op.me.code
          and type(r["seq"]) is int and r["seq"] >= 1
          and r["status"] in ("accepted", "conflicts", "refused")
          and isinstance(r["reason"], str) and len(r["reason"]) < 2000
          and isinstance(r["counts"], dict) and len(r["counts"]) <= 8
          and all(type(v) is int for v in r["counts"].values())
          and isinstance(r["issued_at"], str) and isinstance(r["signature"], str))
    if not ok:
        raise BatchRefused("batch_bad_receipt")
    try:
        datetime.fromisoformat(r["issued_at"])
        sig = base64.b64decode(r["signature"], validate=True)
        Ed25519PublicKey.from_public_bytes(township_key).verify(sig, receipt_body(r))
    except (ValueError, InvalidSignature) as exc:
        raise BatchRefused("batch_bad_receipt") from exc


def _owner_check(table: str, r: dict[str, Any], op: Opened) -> None:
    origin, me = op.man.origin, op.me.code
    oc = r["origin_code"]
    if op.peer_kind == StationKind.VILLAGE:
        ok = oc == origin and table not in TOWNSHIP_OWNED \
            and r.get("village_code", origin) == origin
    elif oc == origin:
        # the township owns its replies, holiday table and supervision notices, nothing else
        ok = table in TOWNSHIP_OWNED and r.get("village_code", me) == me
    else:  # a village's own records coming back from the township (restore, W10)
        ok = oc == me and table not in TOWNSHIP_OWNED and r.get("village_code", me) == me
    if not ok:
        raise BatchRefused("batch_foreign_record", table=table, id=r["id"], origin=oc)


def _owner_of_batch(op: Opened) -> str:
    """The one station whose records a batch may create, change or point at: the village that
    sent it, or — for a township's batch (replies, restore) — this village itself."""
    return op.man.origin if op.peer_kind == StationKind.VILLAGE else op.me.code


def _expected_origin(table: str, op: Opened) -> str:
    """``origin_code`` every incoming record of ``table`` carries (``_owner_check``)."""
    return op.man.origin if table in TOWNSHIP_OWNED else _owner_of_batch(op)


def check_seq(session: Session, op: Opened) -> None:
    """A batch's number may run at most ``SEQ_WINDOW`` past the last one applied from its
    origin: a forged 2^40 would otherwise be stored and every gap count after it distorted."""
    last = session.execute(select(func.max(SyncBatch.seq)).where(
        SyncBatch.direction == "in", SyncBatch.origin_code == op.man.origin,
        SyncBatch.destination_code == op.me.code)).scalar() or 0
    if op.man.seq > last + SEQ_WINDOW:
        raise BatchRefused("batch_seq_too_far", seq=op.man.seq, last=last,
                           origin=op.peer_name, limit=SEQ_WINDOW)


def check_audit_head(session: Session, op: Opened) -> None:
    """The origin's audit trail only grows: a batch may not report a head older than one an
    earlier batch (lower number) from the same station already reported, nor the same event
    with another hash. Either means the trail was cut short or rewritten, or the station's data
    was swapped for an older copy — the township refuses, naming both batches (issue 9).

    Only batches applied since the origin's current key was enrolled count: a laptop that was
    lost and set up again (W10) is re-enrolled with new keys and starts a new, shorter trail."""
    mine = op.man.audit_seq
    if mine is None:  # a batch from an app that did not report its head yet
        return
    peer = session.get(SyncPeer, op.man.origin)
    assert peer is not None
    rows = session.execute(select(SyncBatch.seq, SyncBatch.audit_seq, SyncBatch.audit_hash).where(
        SyncBatch.direction == "in", SyncBatch.origin_code == op.man.origin,
        SyncBatch.destination_code == op.me.code, SyncBatch.seq < op.man.seq,
        SyncBatch.audit_seq.is_not(None), SyncBatch.applied_at >= peer.enrolled_at)).all()
    known = sorted(((int(h), int(q), d) for q, h, d in rows if h is not None), reverse=True)
    for head, seq, digest in known:  # the highest head reported before first
        if head > mine:
            raise BatchRefused("batch_audit_head_backwards", origin=op.peer_name, seq=op.man.seq,
                               head=mine, prev_seq=seq, prev_head=head)
        if head == mine and head > 0 and digest != op.man.audit_hash:
            raise BatchRefused("batch_audit_head_rewritten", origin=op.peer_name, seq=op.man.seq,
                               head=head, prev_seq=seq)


def _check_ids_owned(session: Session, op: Opened, seen: dict[str, set[str]]) -> None:
    """An incoming id already held here by another station's record is a refusal, not a
    conflict: the batch would otherwise take over (or shadow) a record it does not own."""
    owner = _owner_of_batch(op)
    for table, ids in seen.items():
        if not ids:
            continue
        t = TABLES[table]
        exp = _expected_origin(table, op)
        foreign = t.c.origin_code != exp
        if "village_code" in t.c and table != "reply":
            foreign = or_(foreign, t.c.village_code != owner)
        for chunk in chunks(sorted(ids), 1000):
            row = session.execute(select(t.c.id, t.c.origin_code).where(
                id_in(session, t.c.id, chunk), foreign).limit(1)).first()
            if row is not None:
                raise BatchRefused("batch_id_taken", table=table, id=row[0], owner=row[1])


def check_batch(session: Session, op: Opened, progress: Progress | None = None) -> Checked:
    """Pass 1, writes nothing: decrypt and read every line, check each record's shape, values
    and owner, ids unique, parents before children, references resolvable (in the batch or
    here), unique keys free, counts and digests as the manifest says."""
    check_seq(session, op)
    check_audit_head(session, op)
    tables: dict[str, int] = defaultdict(int)
    receipts: list[dict[str, Any]] = []
    seen: dict[str, set[str]] = {t: set() for t in TABLES}
    # target table -> referenced id -> (table, id) of the first record referring to it
    missing: dict[str, dict[str, tuple[str, str]]] = {t: {} for t in TABLES}
    uniq: dict[str, dict[tuple[Any, ...], str]] = {t: {} for t in UNIQUE}
    last = -1
    peer_key = session.get(SyncPeer, op.man.origin)
    assert peer_key is not None
    cb = None if progress is None else (lambda d, t: progress("verify", d, t))
    for line in container.iter_lines(op.env, op.key, op.man.batch_id, cb):
        table, r = parse_line(line)
        if table == RECEIPT:
            _check_receipt(r, op, peer_key.sign_public)
            receipts.append(r)
            tables[RECEIPT] += 1
            continue
        order = ORDER[table]
        if order < last:
            raise BatchRefused("batch_damaged", detail=f"order at {table}")
        last = order
        r = upgrade_record(op.man.record_schema, table, r)
        check_record(table, r)
        _owner_check(table, r, op)
        rid = r["id"]
        s = seen[table]
        if rid in s:
            raise BatchRefused("batch_duplicate_record", table=table, id=rid)
        s.add(rid)
        for col, target in REFS[table].items():
            v = r[col]
            if v is not None and v not in seen[target]:
                missing[target].setdefault(v, (table, rid))
        if table in UNIQUE:
            k = tuple(r[c] for c in UNIQUE[table])
            if k in uniq[table]:
                raise BatchRefused("batch_duplicate_record", table=table, id=rid)
            uniq[table][k] = rid
        tables[table] += 1
    declared = {k: v for k, v in op.man.counts.items() if v}
    if dict(tables) != declared:
        raise BatchRefused("batch_count_mismatch", declared=str(declared)[:200],
                           found=str(dict(tables))[:200])
    # Every reference outside the batch must point at a record of the batch's owner: a village
    # may not hang its members, visits, notes, cards or matters on another village's records.
    owner = _owner_of_batch(op)
    for target, refs in missing.items():
        t = TABLES[target]
        for chunk in chunks(sorted(refs)):
            found: dict[str, str] = {row[0]: row[1] for row in session.execute(
                select(t.c.id, t.c.origin_code).where(t.c.id.in_(chunk)))}
            lost = [i for i in chunk if i not in found]
            if lost:
                raise BatchRefused("batch_missing_parent", table=target, id=lost[0])
            for i in chunk:
                if found[i] != owner:
                    by_table, by_id = refs[i]
                    raise BatchRefused("batch_foreign_reference", table=by_table, id=by_id,
                                       ref_table=target, ref_id=i, owner=found[i])
    _check_ids_owned(session, op, seen)
    for table, keyed in uniq.items():
        t = TABLES[table]
        cols = UNIQUE[table]
        for chunk in chunks(list(keyed.items())):
            if len(cols) == 1:
                cond = t.c[cols[0]].in_([k[0] for k, _ in chunk])
            else:
                cond = tuple_(*(t.c[c] for c in cols)).in_([k for k, _ in chunk])
            for row in session.execute(select(t.c.id, *(t.c[c] for c in cols)).where(cond)):
                k = tuple(row[1:])
                if keyed[k] != row[0]:
                    raise BatchRefused("batch_unique_taken", table=table,
                                       value="/".join(map(str, k)))
    return Checked(dict(tables), receipts)
