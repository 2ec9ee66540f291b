"""Local user accounts of this laptop's station.

Accounts never travel in batch files: each laptop has its own clerks, so ``User`` is a plain
table, not a ``Synced`` record. Only a slow salted hash of the password is stored (see
``app.services.users``); the name is the key because it is what audit events record as actor.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    CLERK = "clerk"
    READ_ONLY = "read_only"
    TOWNSHIP_ADMINISTRATOR = "township_administrator"


class User(Base):
    __tablename__ = "app_user"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(64), default="")
    role: Mapped[str] = mapped_column(String(32))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
