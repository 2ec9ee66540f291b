"""Appending to the hash-chained audit trail, and verifying it.

Each event's ``hash`` is SHA-256 over the previous event's hash and this event's canonical JSON.
Editing or deleting any event changes every hash after it; ``verify_chain`` finds the first break.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AuditEvent
from models.base import utcnow


def _canonical(at: datetime, actor: str, action: str, entity: str, entity_id: str,
               changes: str) -> bytes:
    return json.dumps(
        [at.isoformat(timespec="microseconds"), actor, action, entity, entity_id, changes],
        ensure_ascii=False, separators=(",", ":"),
    ).encode()


def event_hash(prev_hash: str, at: datetime, actor: str, action: str, entity: str,
               entity_id: str, changes: str) -> str:
    return hashlib.sha256(
        prev_hash.encode() + _canonical(at, actor, action, entity, entity_id, changes)
    ).hexdigest()


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def last_hash(session: Session) -> str:
    last = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).scalar_one_or_none()
    return last or ""


def append(session: Session, actor: str, action: str, entity: str, entity_id: str,
           changes: dict[str, Any], prev: str | None = None) -> AuditEvent:
    """Add an event chained to ``prev`` (looked up when not given). The caller holds the write
    lock (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: the writers' ``pg_advisory_xact_lock``, see
    ``app.dialect``), so the chain's end cannot move under it: one chain, whatever the number
    of concurrent writers."""
    if prev is None:
        prev = last_hash(session)
    at = utcnow()
    body = json.dumps({k: _jsonable(v) for k, v in changes.items()}, ensure_ascii=False,
                      sort_keys=True)
    ev = AuditEvent(at=at, actor=actor, action=action, entity=entity, entity_id=entity_id,
                    changes=body, prev_hash=prev,
                    hash=event_hash(prev, at, actor, action, entity, entity_id, body))
    session.add(ev)
    return ev


def verify_chain(session: Session) -> tuple[int, int | None]:
    """(events checked, seq of the first broken event or None)."""
    prev = ""
    count = 0
    for ev in session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars():
        expected = event_hash(prev, ev.at, ev.actor, ev.action, ev.entity, ev.entity_id,
                              ev.changes)
        if ev.prev_hash != prev or ev.hash != expected:
            return count, ev.seq
        prev = ev.hash
        count += 1
    return count, None
