"""Cadres and which households each is liaison for."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced


class Cadre(Base, Synced):
    __tablename__ = "cadre"

    village_code: Mapped[str] = mapped_column(String(12), index=True)
    name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(32), default="")  # 村支书, 村主任, 驻村干部 …
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)  # printed on contact cards
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Assignment(Base, Synced):
    """Liaison cadre ↔ household, with history: ending one and starting another is what
    triggers a contact-card reissue."""

    __tablename__ = "assignment"
    __table_args__ = (Index("ix_assignment_household_end", "household_id", "end_date"),)

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"))
    cadre_id: Mapped[str] = mapped_column(ForeignKey("cadre.id"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
