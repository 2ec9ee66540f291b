"""Writing a batch (stage 1): what travels to whom, sealed into the outbox, copied to the stick
through a temporary name, read back and verified, and only then recorded.

Every long call takes ``progress(stage, done, total)``; a callback returning ``False`` cancels
and the temporary files are removed. ``preview_export`` gives the counts to show first."""

from __future__ import annotations

import base64
import contextlib
import importlib.metadata
import os
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError
from app.services.station import StationInfo
from app.store import head_revision
from models import AuditEvent, SyncBatch, SyncPeer, SyncReceipt
from models.base import utcnow
from models.vocab import StationKind
from sync import container
from sync.common import Progress, outbox_dir, this_station
from sync.container import BatchRefused, SealedWriter
from sync.keys import own_keys
from sync.manifest import FORMAT, KEY_ALG
from sync.records import (
    RECEIPT,
    RECORD_SCHEMA,
    TABLES,
    TOWNSHIP_OWNED,
    columns,
    encode,
    township_reply_filter,
)
from sync.safefile import check_free_space, commit_temp, copy_atomic, temp_name

INCREMENTAL_OVERLAP = timedelta(days=1)  # re-send a day of changes: duplicates are harmless


def app_version() -> str:
    try:
        return importlib.metadata.version("minqing")
    except importlib.metadata.PackageNotFoundError:  # frozen bundle
        return "0"


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
        me = this_station(s)
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
        me = this_station(s)
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
