"""Importing batch files: the orchestration around verify and merge — order, deduplication,
the before-import backup, receipts, refusals recorded on request.

Each file is imported on its own (one refused file never stops the others); a callback
returning ``False`` rolls back. ``import_files(..., dry_run=True)`` / ``preview_import`` give
the counts to show first, and write nothing."""

from __future__ import annotations

import base64
import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.backup import backup_file
from app.context import AppContext
from app.errors import MinqingError
from app.services import calendar as calendar_service
from app.uow import UnitOfWork
from models import Matter, SyncBatch, SyncReceipt
from models.base import utcnow
from models.vocab import MatterStatus, StationKind
from sync import container
from sync.common import Progress, backup_dir, this_station
from sync.container import BatchRefused
from sync.keys import all_own_keys
from sync.manifest import MAX_SEQ, receipt_body
from sync.merge import Applier, Counts
from sync.status import gap_messages
from sync.verify import Checked, Opened, check_batch, open_batch

KEEP_BACKUPS = 5


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
                applier = Applier(None, s, op)
                applier.run(progress)
                result.counts = applier.counts
                result.status = "preview"
                return result
        if run.backup_taken is None and not ctx.store.is_server:
            # (on a county server the import is one transaction; its backups are pg_dump's)
            run.backup_taken = take_backup(ctx)
        with ctx.uow() as uow:
            applier = Applier(uow, uow.session, op)
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


def _after_apply(uow: UnitOfWork, op: Opened, checked: Checked, applier: Applier,
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
        me = this_station(s)
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
