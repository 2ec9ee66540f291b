"""Declarative base and the columns every travelling record carries.

Records that move between stations on USB (households, cadres, visits, matters …) are keyed by
UUID so two villages can never collide, remember which station created them (``origin_code``),
and carry a version counter and a soft-delete flag: the township merges by "newer version wins"
and a clerk's entry is never physically removed.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names keep Alembic batch migrations on SQLite (and PostgreSQL later) sane.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite has no time zones, so we store UTC and say so here. On
    PostgreSQL the columns are ``timestamp without time zone`` and the session's time zone is
    pinned to UTC (``app.dialect``), so both dialects hold the same values."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Mixin for records that travel in batch files."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin_code: Mapped[str] = mapped_column(String(12), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


SYNC_FIELDS = ("id", "origin_code", "created_at", "updated_at", "updated_by", "version", "deleted")
