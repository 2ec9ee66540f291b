"""Exporting and importing batch files: what goes in, every check before a write, the merge.

Usable by the CLI and by a window: every long call takes ``progress(stage, done, total)``; a
callback returning ``False`` cancels (export removes its temporary files, import rolls back).
``preview_export`` and ``import_files(..., dry_run=True)`` give the counts to show first.

Merge rule (docs/batch-format.md, "Merge"): each record belongs to its origin station; the
township owns its replies; a higher version wins; equal version with different content is a
conflict — the local row stays, the incoming one is kept in ``sync_conflict`` and reported.
"""

from __future__ import annotations

import base64
import contextlib
import importlib.metadata
import os
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import (
    Connection,
    Table,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from app.backup import backup_file
from app.context import AppContext
from app.errors import MinqingError
from app.services import calendar as calendar_service
from app.services.households import search_keys
from app.services.station import StationInfo, get_station
from app.store import head_revision
from app.uow import UnitOfWork
from models import AuditEvent, Matter, SyncBatch, SyncConflict, SyncPeer, SyncReceipt
from models.base import utcnow
from models.vocab import MatterStatus, StationKind
from sync import container
from sync.container import BatchRefused, Envelope, SealedWriter
from sync.keys import all_own_keys, own_keys
from sync.records import (
    DERIVED,
    ORDER,
    RECEIPT,
    RECORD_SCHEMA,
    REFS,
    TABLES,
    TOWNSHIP_OWNED,
    UNIQUE,
    UUID_RE,
    check_record,
    columns,
    encode,
    parse_line,
    to_db,
    township_reply_filter,
    upgrade_record,
)
from sync.safefile import check_free_space, commit_temp, copy_atomic, temp_name

Progress = Callable[[str, int, int], bool]
FORMAT = "minqing-batch"
APPLY_CHUNK = 5000
INCREMENTAL_OVERLAP = timedelta(days=1)  # re-send a day of changes: duplicates are harmless
KEEP_BACKUPS = 5
KEY_ALG = "X25519-HKDF-SHA256/AES-256-GCM"
# A batch may run at most this far ahead of the last one applied from its origin: a station
# writes one a month, so 1,000 is decades; a number beyond is a forged or broken manifest.
SEQ_WINDOW = 1000
MAX_SEQ = 2 ** 31 - 1  # what every database's INTEGER column holds
GAPS_SHOWN = 10  # runs of missing batches listed one by one; the rest are summed up


def app_version() -> str:
    try:
        return importlib.metadata.version("minqing")
    except importlib.metadata.PackageNotFoundError:  # frozen bundle
        return "0"


def _station(session: Session) -> StationInfo:
    st = get_station(session)
    if st is None:
        raise MinqingError("no_station", path="")
    return st


def outbox_dir(ctx: AppContext) -> Path:
    """Where exported batches are kept on the laptop until the township's receipt confirms them."""
    p = ctx.store.path
    return p.parent / f"{p.stem}.outbox"


def backup_dir(ctx: AppContext) -> Path:
    p = ctx.store.path
    return p.parent / f"{p.stem}.backups"


# --- export -----------------------------------------------------------------------------------

@dataclass
class ExportPlan:
    destination: str
    destination_name: str
    seq: int
    full: bool
    since: datetime | None
    counts: dict[str, int]


def _destination(session: Session, me: StationInfo, for_code: str | None) -> SyncPeer:
    if me.kind == StationKind.VILLAGE:
        code = for_code or me.township_code
        if code != me.township_code:
            raise MinqingError("batch_bad_destination", code=code)
    else:
        if not for_code:
            raise MinqingError("batch_for_required")
        code = for_code
    peer = session.get(SyncPeer, code)
    if peer is None:
        raise MinqingError("batch_peer_not_enrolled", code=code)
    if StationKind.COUNTY in (me.kind, peer.kind):  # township ↔ county: sync.county (issue 14)
        raise MinqingError("county_use_county_commands")
    return peer


def _selects(me: StationInfo, dest: str, full: bool, since: datetime | None) -> Iterator[Any]:
    """(table name, select) for every travelling table, parents first."""
    for name, t in TABLES.items():
        cols = [t.c[k] for k in columns(name)]
        if me.kind == StationKind.VILLAGE:
            if name in TOWNSHIP_OWNED:
                continue
            cond = t.c.origin_code == me.code
        elif name == "holiday_day":
            cond = t.c.origin_code == me.code  # every reply batch carries the holiday table
        elif name in TOWNSHIP_OWNED:
            cond = and_(t.c.origin_code == me.code, township_reply_filter(name, dest))
        elif full:
            cond = t.c.origin_code == dest
        else:
            continue  # the township sends only its replies, except in a restore
        if since is not None and not full:
            cond = and_(cond, t.c.updated_at > since)
        yield name, select(*cols).where(cond)


def _next_seq(session: Session, me: str, dest: str) -> tuple[int, str]:
    last = session.execute(
        select(SyncBatch.seq, SyncBatch.batch_id).where(
            SyncBatch.direction == "out", SyncBatch.origin_code == me,
            SyncBatch.destination_code == dest).order_by(SyncBatch.seq.desc()).limit(1)).first()
    # After a restore the township's receipts tell a new install which numbers were used.
    # A refusal does not count: it may answer a batch refused for a number far out of range,
    # which would otherwise push every later batch out of the township's window.
    confirmed = session.execute(select(func.max(SyncReceipt.seq)).where(
        SyncReceipt.direction == "in", SyncReceipt.village_code == me,
        SyncReceipt.issuer_code == dest, SyncReceipt.status != "refused")).scalar() or 0
    seq = max(last[0] if last else 0, confirmed) + 1
    return seq, last[1] if last else ""


def preview_export(ctx: AppContext, for_code: str | None = None, full: bool = False) -> ExportPlan:
    """What ``export_batch`` would write: record counts per table, to show before writing."""
    with ctx.read() as s:
        me = _station(s)
        dest = _destination(s, me, for_code)
        since = None if full or dest.exported_until is None else \
            dest.exported_until - INCREMENTAL_OVERLAP
        # A village's first batch is full; a township's replies need no full batch unless a
        # restore is asked for (its first reply batch simply carries every reply and receipt).
        full = full or (dest.exported_until is None and me.kind == StationKind.VILLAGE)
        counts = {}
        for name, q in _selects(me, dest.code, full, since):
            counts[name] = s.execute(select(func.count()).select_from(q.subquery())).scalar_one()
        if me.kind == StationKind.TOWNSHIP:
            counts[RECEIPT] = len(_receipts_to_send(s, dest.code, full))
        seq, _ = _next_seq(s, me.code, dest.code)
    return ExportPlan(dest.code, dest.name, seq, full, since, counts)


def _receipts_to_send(session: Session, village: str, full: bool) -> list[SyncReceipt]:
    q = select(SyncReceipt).where(SyncReceipt.direction == "out",
                                  SyncReceipt.village_code == village)
    if not full:
        q = q.where(SyncReceipt.sent_batch_id == "")
    return list(session.execute(q.order_by(SyncReceipt.issued_at)).scalars())


def receipt_body(r: dict[str, Any]) -> bytes:
    return container.canonical({k: v for k, v in r.items() if k != "signature"})


def _receipt_line(r: SyncReceipt) -> dict[str, Any]:
    line = {"batch_id": r.batch_id, "issuer_code": r.issuer_code, "village_code": r.village_code,
            "seq": r.seq, "status": r.status, "counts": orjson.loads(r.counts),
            "reason": r.reason, "issued_at": r.issued_at.isoformat(),
            "signature": base64.b64encode(r.signature).decode("ascii")}
    if r.audit_seq is not None:  # the batch's audit head, echoed (signed with the rest)
        line["audit_head"] = {"seq": r.audit_seq, "hash": r.audit_hash or ""}
    return line


@dataclass
class ExportResult:
    path: Path
    kept: Path
    batch_id: str
    destination: str
    seq: int
    full: bool
    counts: dict[str, int]
    size: int


def batch_file_name(origin: str, dest: str, seq: int, on: date, full: bool) -> str:
    """ASCII only (codes, sequence, date): Chinese names live inside the sealed file."""
    return f"MQ_{origin}_to_{dest}_{seq:05d}_{on:%Y%m%d}{'_full' if full else ''}.mqb"


def export_batch(ctx: AppContext, to_dir: Path | str, for_code: str | None = None,
                 full: bool = False, progress: Progress | None = None) -> ExportResult:
    """Write the next batch for ``for_code`` (a village's township by default): sealed into the
    laptop's outbox first, then copied to ``to_dir`` through a temporary name, read back and
    verified there. Only then is the batch recorded (sequence, high-water mark)."""
    to_dir = Path(to_dir)
    if not to_dir.is_dir():
        raise MinqingError("batch_folder_unusable", path=str(to_dir), detail="")
    keys = own_keys(ctx)
    plan = preview_export(ctx, for_code, full)
    started = utcnow()
    batch_id = str(uuid.uuid4())
    with ctx.read() as s:
        me = _station(s)
        dest = _destination(s, me, for_code)
        _, prev_id = _next_seq(s, me.code, dest.code)
        head_seq, head_hash = audit_head(s)
        receipts = _receipts_to_send(s, dest.code, plan.full) \
            if me.kind == StationKind.TOWNSHIP else []
    name = batch_file_name(me.code, dest.code, plan.seq, started.date(), plan.full)
    outbox = outbox_dir(ctx)
    outbox.mkdir(parents=True, exist_ok=True)
    total = sum(plan.counts.values())
    check_free_space(outbox, 300 * total)
    kept = outbox / name
    tmp = temp_name(kept)
    key = container.new_batch_key()
    aad = f"{me.code}>{dest.code}".encode()
    epk, wrapped = container.wrap_key(key, dest.box_public, batch_id, aad)
    manifest = {
        "format": FORMAT, "format_version": container.FORMAT_VERSION, "batch_id": batch_id,
        "origin": {"code": me.code, "name": me.name, "kind": me.kind},
        "destination": {"code": dest.code, "name": dest.name},
        "seq": plan.seq, "prev_batch_id": prev_id, "full": plan.full,
        "created_at": started.isoformat(timespec="seconds"),
        "app_version": app_version(), "schema_revision": head_revision(),
        "record_schema": RECORD_SCHEMA,
        "counts": {k: v for k, v in plan.counts.items()},
        # The end of this station's audit trail as the batch is sealed: the township keeps it
        # and echoes it in its receipt, so a trail later cut short shows (``minqing check``).
        "audit_head": {"seq": head_seq, "hash": head_hash},
        "key": {"alg": KEY_ALG, "epk": base64.b64encode(epk).decode("ascii"),
                "wrapped": base64.b64encode(wrapped).decode("ascii"),
                "recipient": dest.fingerprint},
    }
    done = 0
    try:
        with tmp.open("wb") as fh:
            w = SealedWriter(fh, batch_id, key)
            counts: dict[str, int] = defaultdict(int)
            with ctx.store.engine.connect() as conn:
                for tname, q in _selects(me, dest.code, plan.full, plan.since):
                    result = conn.execution_options(yield_per=5000).execute(q)
                    for row in result:
                        w.write_line(encode(tname, dict(row._mapping)))
                        counts[tname] += 1
                        done += 1
                        if progress is not None and done % 5000 == 0 \
                                and progress("export", done, total) is False:
                            raise MinqingError("batch_cancelled")
            for rc in receipts:
                w.write_line(orjson.dumps({"t": RECEIPT, "r": _receipt_line(rc)}))
                counts[RECEIPT] += 1
            # Rows written between the count and the read would make the counts lie: refuse.
            if any(counts.get(k, 0) != v for k, v in plan.counts.items()):
                raise MinqingError("batch_changed_during_export")
            w.finish(manifest, keys.sign)
            fh.flush()
            os.fsync(fh.fileno())
        commit_temp(tmp, kept)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    digest = container.file_sha256(kept)
    final = to_dir / name
    if final.resolve() != kept.resolve():
        copy_atomic(kept, final, None if progress is None
                    else (lambda d, t: progress("copy", d, t)))
    _verify_written(final, keys.sign_public, digest)
    with ctx.uow() as uow:
        uow.session.add(SyncBatch(
            batch_id=batch_id, direction="out", origin_code=me.code, destination_code=dest.code,
            seq=plan.seq, prev_batch_id=prev_id, full=plan.full, created_at=started,
            file_name=name, file_sha256=digest, kept_path=str(kept), status="sent",
            counts=orjson.dumps(plan.counts).decode(), audit_seq=head_seq,
            audit_hash=head_hash))
        peer = uow.session.get(SyncPeer, dest.code)
        assert peer is not None
        peer.exported_until = started
        for rc in receipts:
            obj = uow.session.get(SyncReceipt, rc.id)
            if obj is not None and not obj.sent_batch_id:
                obj.sent_batch_id = batch_id
        uow.audit("export_batch", "sync_batch", batch_id,
                  {"destination": dest.code, "seq": plan.seq, "full": plan.full,
                   "file": name, **plan.counts})
        uow.commit()
    return ExportResult(final, kept, batch_id, dest.code, plan.seq, plan.full, plan.counts,
                        final.stat().st_size)


def audit_head(session: Session) -> tuple[int, str]:
    """(sequence, hash) of the newest audit event; (0, "") for an empty trail."""
    row = session.execute(select(AuditEvent.seq, AuditEvent.hash)
                          .order_by(AuditEvent.seq.desc()).limit(1)).first()
    return (int(row[0]), str(row[1])) if row is not None else (0, "")


def _verify_written(path: Path, sign_public: bytes, digest: str) -> None:
    """Read the file back from the stick: framing, signature and the digest of every byte."""
    try:
        env = container.read_envelope(path)
        env.verify(sign_public)
        ok = container.file_sha256(path) == digest
    except (BatchRefused, OSError) as exc:
        raise MinqingError("batch_write_verify_failed", path=str(path)) from exc
    if not ok:
        raise MinqingError("batch_write_verify_failed", path=str(path))


# --- import -----------------------------------------------------------------------------------

@dataclass
class Counts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"inserted": self.inserted, "updated": self.updated,
                "unchanged": self.unchanged, "conflicts": self.conflicts}


@dataclass
class ImportResult:
    file: str
    batch_id: str = ""
    origin: str = ""
    origin_name: str = ""
    seq: int = 0
    status: str = "rejected"  # applied / already_applied / rejected / preview
    reason: str = ""
    reason_code: str = ""
    counts: Counts = field(default_factory=Counts)
    tables: dict[str, int] = field(default_factory=dict)
    gaps: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "batch_id": self.batch_id, "origin": self.origin,
                "origin_name": self.origin_name, "seq": self.seq, "status": self.status,
                "reason": self.reason, "reason_code": self.reason_code,
                "counts": self.counts.as_dict(), "tables": self.tables, "gaps": self.gaps}


@dataclass
class Manifest:
    batch_id: str
    origin: str
    origin_name: str
    origin_kind: str
    destination: str
    seq: int
    prev_batch_id: str
    full: bool
    created_at: datetime
    record_schema: int
    counts: dict[str, int]
    epk: bytes
    wrapped: bytes
    audit_seq: int | None = None  # the origin's audit head; None from an older app
    audit_hash: str = ""


HASH_RE = re.compile(r"[0-9a-f]{64}")


def _audit_head(m: dict[str, Any]) -> tuple[int | None, str]:
    """The optional ``audit_head`` {seq, hash}: absent in batches of older versions."""
    if "audit_head" not in m:
        return None, ""
    head = _need(m, "audit_head", dict)
    seq = _need(head, "seq", int)
    digest = _need(head, "hash", str)
    if head.keys() != {"seq", "hash"} or not 0 <= seq <= MAX_SEQ \
            or not (HASH_RE.fullmatch(digest) or (seq == 0 and digest == "")):
        raise BatchRefused("batch_damaged", detail="audit head")
    return seq, digest


def _need(d: Any, key: str, typ: type | tuple[type, ...]) -> Any:
    if not isinstance(d, dict) or key not in d:
        raise BatchRefused("batch_damaged", detail=f"manifest {key}")
    v = d[key]
    if not isinstance(v, typ) or (typ is int and isinstance(v, bool)):
        raise BatchRefused("batch_damaged", detail=f"manifest {key}")
    return v


def check_manifest(env: Envelope) -> Manifest:
    """The manifest's shape, strictly, before anything in it is used."""
    m = env.manifest
    if _need(m, "format", str) != FORMAT:
        raise BatchRefused("batch_not_a_batch")
    fv = _need(m, "format_version", int)
    if fv != env.format_version:
        raise BatchRefused("batch_damaged", detail="format version")
    rs = _need(m, "record_schema", int)
    if rs > RECORD_SCHEMA:
        raise BatchRefused("batch_too_new", version=rs)
    bid = _need(m, "batch_id", str)
    if not UUID_RE.fullmatch(bid):
        raise BatchRefused("batch_damaged", detail="batch id")
    origin = _need(m, "origin", dict)
    dest = _need(m, "destination", dict)
    codes = [_need(origin, "code", str), _need(dest, "code", str)]
    for c in codes:
        if not (c.isascii() and c.isdigit() and len(c) in (6, 9, 12)):  # 6: a county
            raise BatchRefused("batch_damaged", detail="station code")
    counts = _need(m, "counts", dict)
    for k, v in counts.items():
        if k not in TABLES and k != RECEIPT:
            raise BatchRefused("batch_unknown_table", table=str(k)[:40])
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise BatchRefused("batch_damaged", detail="counts")
    key = _need(m, "key", dict)
    pay = _need(m, "payload", dict)
    for k in ("frames", "cipher_bytes", "plain_bytes", "lines"):
        if _need(pay, k, int) < 0:
            raise BatchRefused("batch_damaged", detail="payload")
    for k in ("cipher_sha256", "plain_sha256"):
        _need(pay, k, str)
    if _need(key, "alg", str) != KEY_ALG:
        raise BatchRefused("batch_damaged", detail="key")
    try:
        epk = base64.b64decode(_need(key, "epk", str), validate=True)
        wrapped = base64.b64decode(_need(key, "wrapped", str), validate=True)
        created = datetime.fromisoformat(_need(m, "created_at", str)).replace(tzinfo=None)
    except ValueError as exc:
        raise BatchRefused("batch_damaged", detail="manifest values") from exc
    if len(epk) != 32 or len(wrapped) != 48:
        raise BatchRefused("batch_damaged", detail="key")
    seq = _need(m, "seq", int)
    if seq < 1:
        raise BatchRefused("batch_damaged", detail="seq")
    head_seq, head_hash = _audit_head(m)
    return Manifest(bid, codes[0], _need(origin, "name", str)[:64], _need(origin, "kind", str),
                    codes[1], seq, _need(m, "prev_batch_id", str)[:36], _need(m, "full", bool),
                    created, rs, counts, epk, wrapped, head_seq, head_hash)


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
    me = _station(session)
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
            _audit_head(r)
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
        for chunk in _chunks(sorted(ids), 1000):
            row = session.execute(select(t.c.id, t.c.origin_code).where(
                t.c.id.in_(chunk), foreign).limit(1)).first()
            if row is not None:
                raise BatchRefused("batch_id_taken", table=table, id=row[0], owner=row[1])


def _chunks(items: Iterable[Any], n: int = 500) -> Iterator[list[Any]]:
    buf: list[Any] = []
    for x in items:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def check_batch(session: Session, op: Opened, progress: Progress | None = None) -> Checked:
    """Pass 1, writes nothing: decrypt and read every line, check each record's shape, values
    and owner, ids unique, parents before children, references resolvable (in the batch or
    here), unique keys free, counts and digests as the manifest says."""
    check_seq(session, op)
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
        for chunk in _chunks(sorted(refs)):
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
        for chunk in _chunks(list(keyed.items())):
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


def _jsonable(row: Any) -> dict[str, Any]:
    out = {}
    for k, v in row._mapping.items():
        out[k] = v.isoformat() if isinstance(v, date | datetime) else v
    return out


def _derive(table: str, row: dict[str, Any]) -> dict[str, Any]:
    if table in DERIVED:
        row.update(search_keys(row["head_name"], row["id_number"], row["phone"]))
    return row


class _Inserter:
    """executemany of one table's INSERT, compiled once by SQLAlchemy for the connection's
    dialect, each value passed through its column type's own bind processor. Same statement and
    conversions as ``app.services.bulk.insert_rows`` (Core ``insert()``), without building
    parameters row by row inside SQLAlchemy — which measured at about 2× raw ``executemany``
    for 200,000 visits and put the import over its goal (see bench/sync.py)."""

    def __init__(self, conn: Connection, table: Table, cols: list[str]) -> None:
        dialect = conn.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=cols)
        self.conn = conn
        self.sql = str(compiled)
        self.positional = bool(dialect.positional)
        self.order: list[str] = list(compiled.positiontup or cols) if self.positional else cols
        self.procs: list[tuple[int, Callable[[Any], Any]]] = []
        for i, key in enumerate(self.order):
            proc = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
            if proc is not None:
                self.procs.append((i, proc))

    def run(self, rows: list[dict[str, Any]]) -> None:
        order, procs = self.order, self.procs
        params: list[Any] = []
        for r in rows:
            vals = [r[k] for k in order]
            for i, proc in procs:
                vals[i] = proc(vals[i])
            params.append(tuple(vals) if self.positional else dict(zip(order, vals, strict=True)))
        self.conn.exec_driver_sql(self.sql, params)


class _Applier:
    """Pass 2: classify each record against the store and (unless previewing) write it."""

    def __init__(self, uow: UnitOfWork | None, session: Session, op: Opened) -> None:
        self.uow = uow
        self.session = session
        self.op = op
        self.counts = Counts()
        self.new_replies: list[str] = []
        self.inserters: dict[str, _Inserter] = {}

    def flush(self, table: str, rows: list[dict[str, Any]]) -> None:
        t = TABLES[table]
        cols = columns(table)
        ids = [r["id"] for r in rows]
        existing = {row.id: row for row in self.session.execute(
            select(*(t.c[c] for c in cols)).where(t.c.id.in_(ids)))}
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for r in rows:
            ex = existing.get(r["id"])
            if ex is None:
                inserts.append(_derive(table, to_db(table, r)))
                if table == "reply":
                    self.new_replies.append(r["matter_id"])
                continue
            local = _jsonable(ex)
            if local["origin_code"] != r["origin_code"]:
                self._conflict(table, r, local)
            elif local["version"] < r["version"]:
                u = _derive(table, to_db(table, r))
                u["_id"] = u.pop("id")
                updates.append(u)
            elif local["version"] > r["version"] or local == r:
                self.counts.unchanged += 1
            else:
                self._conflict(table, r, local)
        self.counts.inserted += len(inserts)
        self.counts.updated += len(updates)
        if self.uow is None:
            return
        if inserts:
            conn = self.session.connection()
            ins = self.inserters.get(table)
            if ins is None:
                ins = self.inserters[table] = _Inserter(conn, t, list(inserts[0]))
            ins.run(inserts)
        if updates:
            self.session.connection().execute(update(t).where(t.c.id == bindparam("_id")),
                                              updates)
        if inserts or updates:
            self.uow.record_bulk(t, rows=inserts + updates)

    def _conflict(self, table: str, r: dict[str, Any], local: dict[str, Any]) -> None:
        self.counts.conflicts += 1
        if self.uow is None:
            return
        incoming = orjson.dumps(r).decode()
        dup = self.session.execute(select(SyncConflict.id).where(
            SyncConflict.record_id == r["id"], SyncConflict.version == r["version"],
            SyncConflict.incoming == incoming)).first()
        if dup is None:
            self.session.add(SyncConflict(
                batch_id=self.op.man.batch_id, table_name=table, record_id=r["id"],
                origin_code=r["origin_code"], version=r["version"],
                local=orjson.dumps(local).decode(), incoming=incoming, detected_at=utcnow()))

    def run(self, progress: Progress | None) -> None:
        cb = None if progress is None else (lambda d, t: progress("apply", d, t))
        table = ""
        rows: list[dict[str, Any]] = []
        for line in container.iter_lines(self.op.env, self.op.key, self.op.man.batch_id, cb):
            # Pass 1 checked every line of this authenticated stream (same key, same digests,
            # re-checked at its end): a plain parse is enough here.
            obj = orjson.loads(line)
            t, r = obj["t"], obj["r"]
            if t == RECEIPT:
                continue
            if t != table or len(rows) >= APPLY_CHUNK:
                if rows:
                    self.flush(table, rows)
                table, rows = t, []
            rows.append(upgrade_record(self.op.man.record_schema, t, r))
        if rows:
            self.flush(table, rows)


@dataclass
class _Run:
    backup_taken: Path | None = None
    to_delete: list[Path] = field(default_factory=list)


def _refused(result: ImportResult, exc: MinqingError, lang: str) -> ImportResult:
    result.status = "rejected"
    result.reason = exc.message(lang)
    result.reason_code = exc.code
    return result


def import_files(ctx: AppContext, paths: Iterable[Path | str], *, dry_run: bool = False,
                 progress: Progress | None = None) -> list[ImportResult]:
    """Import each file on its own: one refused file never stops the others. A backup of the
    store is taken once, before the first batch that will be applied."""
    run = _Run()
    results = []
    for p in _in_sequence([Path(p) for p in paths]):
        results.append(_import_one(ctx, p, dry_run, progress, run))
        if results[-1].status == "applied":  # a township keeps it for its county (issue 14)
            from sync.county import keep_for_county

            keep_for_county(ctx, p)
    for path in run.to_delete:
        with contextlib.suppress(OSError):
            path.unlink()
    return results


def preview_import(ctx: AppContext, paths: Iterable[Path | str],
                   progress: Progress | None = None) -> list[ImportResult]:
    """For a window: every check, and what the import would insert, update, leave or find in
    conflict — status ``preview`` (or ``rejected`` with the reason); nothing is written."""
    return import_files(ctx, paths, dry_run=True, progress=progress)


def _in_sequence(paths: list[Path]) -> list[Path]:
    """Files as picked in a window come in any order: apply each origin's batches by sequence
    number, so a later batch never arrives before the one it builds on. Unreadable files keep
    their place at the end (they will be refused with their own reason)."""
    def key(item: tuple[int, Path]) -> tuple[int, str, int, int]:
        i, path = item
        try:
            m = container.read_envelope(path).manifest
            origin = m.get("origin", {})
            code = origin.get("code", "") if isinstance(origin, dict) else ""
            seq = m.get("seq", 0)
            return (0, str(code), seq if isinstance(seq, int) else 0, i)
        except (MinqingError, OSError):
            return (1, "", 0, i)
    return [p for _, p in sorted(enumerate(paths), key=key)]


def _import_one(ctx: AppContext, path: Path, dry_run: bool, progress: Progress | None,
                run: _Run) -> ImportResult:
    result = ImportResult(file=str(path))
    try:
        with ctx.read() as s:
            op = open_batch(s, path)
            result.batch_id, result.origin = op.man.batch_id, op.man.origin
            result.origin_name, result.seq = op.peer_name, op.man.seq
            prior = s.get(SyncBatch, op.man.batch_id)
            if prior is not None:
                _same_as_applied(s, op, prior, path, progress)
                result.status = "already_applied"
                result.gaps = gap_messages(s, ctx.lang)
                return result
            checked = check_batch(s, op, progress)
            result.tables = checked.tables
            if dry_run:
                applier = _Applier(None, s, op)
                applier.run(progress)
                result.counts = applier.counts
                result.status = "preview"
                return result
        if run.backup_taken is None:
            run.backup_taken = take_backup(ctx)
        with ctx.uow() as uow:
            applier = _Applier(uow, uow.session, op)
            applier.run(progress)
            _after_apply(uow, op, checked, applier, path, run)
            uow.commit()
        result.counts = applier.counts
        result.status = "applied"
        with ctx.read() as s:
            result.gaps = gap_messages(s, ctx.lang)
    except MinqingError as exc:
        return _refused(result, exc, ctx.lang)
    return result


def _same_as_applied(session: Session, op: Opened, prior: SyncBatch, path: Path,
                     progress: Progress | None) -> None:
    """Verify before deduplicating: a copy of an applied batch counts as "already applied" only
    if it is byte for byte the file that was applied, or passes every check on its own. A copy
    with a flipped bit is refused as damaged, so the clerk learns that this stick is bad."""
    if prior.direction == "in" and prior.file_sha256 \
            and container.file_sha256(path) == prior.file_sha256:
        return
    try:
        check_batch(session, op, progress)
    except BatchRefused as exc:
        raise BatchRefused("batch_damaged", detail=str(exc.params.get("detail", exc.code))) \
            from exc


def _after_apply(uow: UnitOfWork, op: Opened, checked: Checked, applier: _Applier,
                 path: Path, run: _Run) -> None:
    s = uow.session
    man, me = op.man, op.me
    counts = applier.counts.as_dict()
    # A township reply answers the village's escalated matter (audited through the uow).
    for matter_id in dict.fromkeys(applier.new_replies):
        m = s.get(Matter, matter_id)
        if m is not None and m.origin_code == me.code and m.status == MatterStatus.ESCALATED:
            uow.update_record(m, "matter", status=MatterStatus.ANSWERED.value)
    now = utcnow()
    s.add(SyncBatch(batch_id=man.batch_id, direction="in", origin_code=man.origin,
                    destination_code=man.destination, seq=man.seq,
                    prev_batch_id=man.prev_batch_id, full=man.full, created_at=man.created_at,
                    file_name=path.name[:128], file_sha256=container.file_sha256(path),
                    status="applied", counts=orjson.dumps(counts).decode(), applied_at=now,
                    audit_seq=man.audit_seq, audit_hash=man.audit_hash if man.audit_seq is not None
                    else None))
    if me.kind == StationKind.TOWNSHIP:
        keys = all_own_keys(s)[0]
        body: dict[str, Any] = {
            "batch_id": man.batch_id, "issuer_code": me.code, "village_code": man.origin,
            "seq": man.seq, "status": "conflicts" if counts["conflicts"] else "accepted",
            "counts": counts, "reason": "", "issued_at": now.isoformat()}
        if man.audit_seq is not None:  # echo the village's audit head, under our signature
            body["audit_head"] = {"seq": man.audit_seq, "hash": man.audit_hash}
        sig = keys.sign.sign(receipt_body(body))
        s.add(SyncReceipt(direction="out", batch_id=man.batch_id, issuer_code=me.code,
                          village_code=man.origin, seq=man.seq, status=body["status"],
                          counts=orjson.dumps(counts).decode(), reason="", issued_at=now,
                          signature=sig, audit_seq=man.audit_seq,
                          audit_hash=man.audit_hash if man.audit_seq is not None else None))
    for r in checked.receipts:
        have = s.execute(select(SyncReceipt.id).where(
            SyncReceipt.direction == "in", SyncReceipt.batch_id == r["batch_id"])).first()
        if have is None:
            head = r.get("audit_head")
            s.add(SyncReceipt(direction="in", batch_id=r["batch_id"],
                              issuer_code=r["issuer_code"], village_code=r["village_code"],
                              seq=r["seq"], status=r["status"],
                              counts=orjson.dumps(r["counts"]).decode(), reason=r["reason"],
                              issued_at=datetime.fromisoformat(r["issued_at"]),
                              signature=base64.b64decode(r["signature"]),
                              audit_seq=head["seq"] if head else None,
                              audit_hash=head["hash"] if head else None))
        sent = s.get(SyncBatch, r["batch_id"])
        if sent is None or sent.direction != "out" or sent.status == "confirmed":
            continue
        if r["status"] == "refused":
            sent.status = "refused"  # the copy stays on the laptop, to be corrected and re-sent
            continue
        sent.status = "confirmed"
        sent.confirmed_at = now
        if sent.kept_path:
            run.to_delete.append(Path(sent.kept_path))
        sent.kept_path = ""
    uow.audit("import_batch", "sync_batch", man.batch_id,
              {"origin": man.origin, "seq": man.seq, "full": man.full, "file": path.name,
               **counts, "receipts": len(checked.receipts)})
    if checked.tables.get("holiday_day"):
        calendar_service.after_batch(uow)


def record_refusal(ctx: AppContext, path: Path | str) -> ImportResult:
    """Township: a batch that is authentic (for us, signed by an enrolled village) but was
    refused for its content gets a signed ``refused`` receipt, sent with the next reply batch,
    so the village learns why. Import itself never writes on refusal; this is the clerk's
    explicit second step (``minqing batch refuse``)."""
    path = Path(path)
    result = import_files(ctx, [path], dry_run=True)[0]
    if result.status != "rejected":
        raise MinqingError("batch_not_refused")
    with ctx.read() as s:
        me = _station(s)
        try:
            op = open_batch(s, path)
        except BatchRefused as exc:
            raise MinqingError("batch_refusal_not_authentic", reason=exc.message(ctx.lang)) \
                from exc
        if me.kind != StationKind.TOWNSHIP:
            raise MinqingError("batch_refusal_township_only")
        if op.man.seq > MAX_SEQ:  # no database column holds it: nothing to receipt
            raise MinqingError("batch_refusal_not_authentic", reason=result.reason)
        keys = all_own_keys(s)[0]
    now = utcnow()
    body: dict[str, Any] = {
        "batch_id": op.man.batch_id, "issuer_code": me.code, "village_code": op.man.origin,
        "seq": op.man.seq, "status": "refused", "counts": {}, "reason": result.reason[:1000],
        "issued_at": now.isoformat()}
    if op.man.audit_seq is not None:
        body["audit_head"] = {"seq": op.man.audit_seq, "hash": op.man.audit_hash}
    with ctx.uow() as uow:
        have = uow.session.execute(select(SyncReceipt.id).where(
            SyncReceipt.direction == "out", SyncReceipt.batch_id == op.man.batch_id)).first()
        if have is None:
            uow.session.add(SyncReceipt(
                direction="out", batch_id=op.man.batch_id, issuer_code=me.code,
                village_code=op.man.origin, seq=op.man.seq, status="refused", counts="{}",
                reason=body["reason"], issued_at=now, signature=keys.sign.sign(receipt_body(body)),
                audit_seq=op.man.audit_seq,
                audit_hash=op.man.audit_hash if op.man.audit_seq is not None else None))
            uow.audit("refuse_batch", "sync_batch", op.man.batch_id,
                      {"origin": op.man.origin, "seq": op.man.seq, "reason": result.reason_code})
        uow.commit()
    return result


def take_backup(ctx: AppContext) -> Path:
    """Online backup of the store before a batch is applied; the last few are kept."""
    folder = backup_dir(ctx)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%f")
    path = folder / f"before-import-{stamp}.sqlite3"
    backup_file(ctx.store.path, path)  # online backup API, checked, fsynced, renamed
    old = sorted(folder.glob("before-import-*.sqlite3"))
    for p in old[:-KEEP_BACKUPS]:
        with contextlib.suppress(OSError):
            p.unlink()
    return path


# --- gaps and status --------------------------------------------------------------------------

@dataclass(frozen=True)
class Gap:
    """Batches ``seq`` to ``last`` (inclusive) from ``origin`` are missing."""

    origin: str
    origin_name: str
    seq: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.seq + 1


def missing_runs(seqs: Iterable[int], base: int = 0) -> list[tuple[int, int]]:
    """Runs (first, last) of numbers missing between ``base`` (a full batch covers everything
    up to it) and the highest number present. Computed from the numbers that exist — one step
    per applied batch, never one per number in the range, whatever a manifest claimed."""
    out = []
    prev = base
    for n in sorted({s for s in seqs if s > base}):
        if n > prev + 1:
            out.append((prev + 1, n - 1))
        prev = n
    return out


def gaps(session: Session) -> list[Gap]:
    """Sequence numbers missing per origin, as runs. A full batch covers everything before it."""
    me = _station(session)
    rows = session.execute(select(SyncBatch.origin_code, SyncBatch.seq, SyncBatch.full).where(
        SyncBatch.direction == "in", SyncBatch.destination_code == me.code))
    seqs: dict[str, set[int]] = defaultdict(set)
    base: dict[str, int] = defaultdict(int)
    for origin, seq, full in rows:
        seqs[origin].add(seq)
        if full:
            base[origin] = max(base[origin], seq)
    out = []
    for origin in sorted(seqs):
        peer = session.get(SyncPeer, origin)
        name = peer.name if peer else origin
        out += [Gap(origin, name, a, b) for a, b in missing_runs(seqs[origin], base[origin])]
    return out


def describe_gaps(found: list[Gap], lang: str) -> list[str]:
    """What a clerk reads: one line per run of missing batches ("batches 5–9 from 石江村 are
    missing"), at most ``GAPS_SHOWN`` of them, then one line summing up the rest."""
    from app.i18n import tr

    out = []
    for g in found[:GAPS_SHOWN]:
        if g.count == 1:
            out.append(tr("batch_gap", lang, seq=g.seq, origin=g.origin_name))
        else:
            out.append(tr("batch_gap_range", lang, first=g.seq, last=g.last, count=g.count,
                          origin=g.origin_name))
    rest = found[GAPS_SHOWN:]
    if rest:
        out.append(tr("batch_gaps_more", lang, runs=len(rest),
                      count=sum(g.count for g in rest)))
    return out


def gap_messages(session: Session, lang: str) -> list[str]:
    return describe_gaps(gaps(session), lang)


@dataclass(frozen=True)
class SentBatch:
    batch_id: str
    destination: str
    seq: int
    file_name: str
    status: str
    kept_path: str


def sent_batches(session: Session) -> list[SentBatch]:
    """Batches this station wrote; ``sent`` ones are kept on the laptop until confirmed."""
    rows = session.execute(select(SyncBatch).where(SyncBatch.direction == "out")
                           .order_by(SyncBatch.destination_code, SyncBatch.seq)).scalars()
    return [SentBatch(b.batch_id, b.destination_code, b.seq, b.file_name, b.status, b.kept_path)
            for b in rows]


def open_conflicts(session: Session) -> list[SyncConflict]:
    return list(session.execute(select(SyncConflict).where(SyncConflict.resolved.is_(False))
                                .order_by(SyncConflict.detected_at)).scalars())


def resolve_conflict(ctx: AppContext, conflict_id: str, take_incoming: bool) -> None:
    """A person decided a conflict. Taking the incoming row writes it as it came (same version,
    so both stations now hold the same content) — except its owner: ``origin_code`` and
    ``village_code`` stay those of the stored record, so no decision ever hands a record to
    another station. Keeping the local row only marks the conflict resolved. Either way the
    decision is audited and the conflict row stays on record."""
    with ctx.uow() as uow:
        c = uow.session.get(SyncConflict, conflict_id)
        if c is None or c.resolved:
            raise MinqingError("not_found", what="conflict", key=conflict_id)
        incoming = orjson.loads(c.incoming)
        if take_incoming:
            t = TABLES[c.table_name]
            values = _derive(c.table_name, to_db(c.table_name, incoming))
            rid = values.pop("id")
            for owned in ("origin_code", "village_code"):
                values.pop(owned, None)
            uow.session.execute(update(t).where(t.c.id == rid).values(**values))
            uow.record_bulk(t, ids=[rid])
        c.resolved = True
        uow.audit("resolve_conflict", c.table_name, c.record_id,
                  {"took": "incoming" if take_incoming else "local",
                   "local": orjson.loads(c.local), "incoming": incoming})
        uow.commit()
