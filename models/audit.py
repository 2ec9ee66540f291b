"""The audit trail: append-only, each event chained to the previous by a SHA-256 digest so that
an edited or deleted event breaks the chain (``minqing check`` walks it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class AuditEvent(Base):
    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))


class AuditRowDigest(Base):
    """Rows written in bulk (demo, roster import, a batch merge), as they stood then: one page
    per table and chunk, ``digests`` a JSON list of ``[id, digest]``. Bulk writes carry one
    summary audit event, not a per-row image; the event names its ``bulk_id`` and a digest
    chained over these pages in order, so editing a record *and* its digest here still breaks
    the chain. Pages, not one row per record: a 100,000-row import adds 20 rows here."""

    __tablename__ = "audit_row_digest"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bulk_id: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    digests: Mapped[str] = mapped_column(Text)
