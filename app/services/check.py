"""``minqing check``: is the file sound, is the schema current, is the audit chain unbroken."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from app.audit import verify_chain
from app.i18n import tr
from app.store import integrity_problems, open_store
from models import AuditEvent, SyncBatch, SyncReceipt


@dataclass
class CheckReport:
    ok: bool
    events: int
    problems: list[str] = field(default_factory=list)


def check_file(path: Path, lang: str = "zh_CN") -> CheckReport:
    problems = integrity_problems(path)
    if problems:
        return CheckReport(False, 0, problems)
    store = open_store(path, migrate=False)
    try:
        with store.session() as s:
            events, broken = verify_chain(s)
            head_problems = reported_head_problems(s, lang)
    finally:
        store.close()
    if broken is not None:
        return CheckReport(False, events, [tr("audit_chain_broken", lang, seq=broken)]
                           + head_problems)
    if head_problems:
        return CheckReport(False, events, head_problems)
    return CheckReport(True, events)


def reported_head_problems(session: Session, lang: str = "zh_CN") -> list[str]:
    """Truncation: every batch this station sent carried its audit head (last event's seq and
    hash; the township echoes it in its signed receipt). The trail must still reach each head
    it reported, with the same hash there — an intact chain that stops short of, or differs
    from, what was already reported means events were cut off or rewritten. Only this
    install's own batches count: receipts restored from the township for an old laptop's
    batches describe that laptop's trail, not this one."""
    cols = {c["name"] for c in inspect(session.connection()).get_columns("sync_batch")}
    if "audit_seq" not in cols:  # a file from before audit heads (checked without migrating)
        return []
    sent = select(SyncBatch.batch_id).where(SyncBatch.direction == "out")
    heads = {(int(q or 0), h or "") for q, h in session.execute(
        select(SyncBatch.audit_seq, SyncBatch.audit_hash).where(
            SyncBatch.direction == "out", SyncBatch.audit_seq.is_not(None)))}
    heads |= {(int(q or 0), h or "") for q, h in session.execute(
        select(SyncReceipt.audit_seq, SyncReceipt.audit_hash).where(
            SyncReceipt.direction == "in", SyncReceipt.audit_seq.is_not(None),
            SyncReceipt.batch_id.in_(sent)))}
    heads = {(q, h) for q, h in heads if q > 0}
    if not heads:
        return []
    have = session.execute(select(func.max(AuditEvent.seq))).scalar() or 0
    problems = []
    reported = max(q for q, _ in heads)
    if reported > have:
        problems.append(tr("audit_trail_truncated", lang, reported=reported, have=have))
    for q, h in sorted(heads):
        if q > have:
            break
        ev = session.get(AuditEvent, q)
        if ev is None or ev.hash != h:
            problems.append(tr("audit_trail_rewritten", lang, seq=q))
            break
    return problems
