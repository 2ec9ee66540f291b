"""The station that owns this file, and the villages and groups it holds records for."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced, utcnow

FULL_NUMBER_ROLES_DEFAULT = "administrator,township_administrator"


class Station(Base):
    """Exactly one row: who this database belongs to."""

    __tablename__ = "station"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(64))
    township_code: Mapped[str] = mapped_column(String(12), default="")
    township_name: Mapped[str] = mapped_column(String(64), default="")
    office_days: Mapped[str] = mapped_column(Text, default="")
    hotline: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Roles allowed to export or show full ID and phone numbers (comma-separated role codes;
    # ``app.services.users.full_number_roles``). Administrators by default.
    full_number_roles: Mapped[str] = mapped_column(
        String(128), default=FULL_NUMBER_ROLES_DEFAULT,
        server_default=FULL_NUMBER_ROLES_DEFAULT)


class Village(Base, Synced):
    """A village (or community) whose records this station holds: itself on a village station,
    every village of the township on a township station."""

    __tablename__ = "village"
    __table_args__ = (UniqueConstraint("code"),)

    code: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(64))
    township_code: Mapped[str] = mapped_column(String(12), default="")


class Group(Base, Synced):
    """A villager group (村民小组), numbered within its village."""

    __tablename__ = "village_group"
    __table_args__ = (UniqueConstraint("village_code", "number"),)

    village_code: Mapped[str] = mapped_column(String(12))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(64))
