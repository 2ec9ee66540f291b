"""What happens to a matter besides progress notes: its owner handed on, its deadline extended.

Each event carries the reason the clerk had to give, so the matter's history (and the township
reading it) sees why a matter changed hands or got more time; extensions are counted in the
monthly ledger. Events travel with their matter; the time-limit table is the station's own.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced, utcnow


class MatterEvent(Base, Synced):
    """One reassignment (old/new owner cadre ids) or extension (old/new deadline, ISO dates)."""

    __tablename__ = "matter_event"

    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id"), index=True)
    event_date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    old_value: Mapped[str] = mapped_column(String(64), default="")
    new_value: Mapped[str] = mapped_column(String(64), default="")
    author: Mapped[str] = mapped_column(String(64), default="")


class DeadlineRule(Base):
    """The administrator's time limit (working days) for one category at one urgency; a cell
    without a row uses the built-in default. A station setting: it does not travel."""

    __tablename__ = "deadline_rule"

    category: Mapped[str] = mapped_column(String(24), primary_key=True)
    urgency: Mapped[str] = mapped_column(String(16), primary_key=True)
    workdays: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
