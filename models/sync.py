"""Tables of the USB exchange (``sync/``): this station's key pair, the peers it trusts, every
batch written or applied, receipts (回执) and merge conflicts kept for a person to review.

None of these rows travel in batch files as records; they describe the travelling itself.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, new_id, utcnow


class SyncOwnKey(Base):
    """This station's own key pair (Ed25519 to sign, X25519 to receive). Kept in the station
    database so the one file a clerk backs up is the whole station; see docs/batch-format.md.
    A replaced pair stays with ``active = False`` so batches sealed for it can still be read."""

    __tablename__ = "sync_own_key"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    station_code: Mapped[str] = mapped_column(String(12))
    sign_private: Mapped[bytes] = mapped_column(LargeBinary)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    box_private: Mapped[bytes] = mapped_column(LargeBinary)
    box_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncPeer(Base):
    """A station this one exchanges batches with (the township, or each of its villages)."""

    __tablename__ = "sync_peer"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(64))
    township_code: Mapped[str] = mapped_column(String(12), default="")
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    box_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # High-water mark of the last batch exported to this peer (naive UTC).
    exported_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SyncPeerKey(Base):
    """Every key a peer ever had: a replaced key (lost laptop) stays on record."""

    __tablename__ = "sync_peer_key"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    peer_code: Mapped[str] = mapped_column(String(12), index=True)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    box_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    replaced_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SyncBatch(Base):
    """A batch written (``direction='out'``) or applied (``'in'``). Sequence numbers count per
    origin→destination; an inbound batch id seen again is ``already_applied``."""

    __tablename__ = "sync_batch"
    __table_args__ = (
        Index("ix_sync_batch_route", "origin_code", "destination_code", "seq"),
    )

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(4))
    origin_code: Mapped[str] = mapped_column(String(12))
    destination_code: Mapped[str] = mapped_column(String(12))
    seq: Mapped[int] = mapped_column(Integer)
    prev_batch_id: Mapped[str] = mapped_column(String(36), default="")
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    file_name: Mapped[str] = mapped_column(String(128), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    # out: the copy kept on the laptop until the receipt confirms it ("" once confirmed)
    kept_path: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))  # out: sent/confirmed; in: applied
    counts: Mapped[str] = mapped_column(Text, default="{}")
    applied_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The origin's audit head (last event's seq and hash) when the batch was sealed: out, what
    # this station reported (``minqing check`` finds a trail cut shorter); in, what it said.
    audit_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    audit_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SyncReceipt(Base):
    """回执: the township's signed statement about one village batch. ``direction='out'`` on the
    township (to be sent), ``'in'`` on the village (received and verified)."""

    __tablename__ = "sync_receipt"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    direction: Mapped[str] = mapped_column(String(4))
    batch_id: Mapped[str] = mapped_column(String(36), index=True)
    issuer_code: Mapped[str] = mapped_column(String(12))
    village_code: Mapped[str] = mapped_column(String(12), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # accepted / conflicts / refused
    counts: Mapped[str] = mapped_column(Text, default="{}")
    reason: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    sent_batch_id: Mapped[str] = mapped_column(String(36), default="")
    # The audit head the receipted batch carried, echoed by the township (covered by the signature).
    audit_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    audit_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SyncConflict(Base):
    """Same record, same version, different content: the local row is kept and the incoming one
    is stored here for a person to decide. Never silently lost."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    batch_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    origin_code: Mapped[str] = mapped_column(String(12))
    version: Mapped[int] = mapped_column(Integer)
    local: Mapped[str] = mapped_column(Text)
    incoming: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
