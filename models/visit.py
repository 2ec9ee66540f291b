"""Visits (民情日记), matters (一事一卡) and what happens to them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced


class Visit(Base, Synced):
    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_date", "visit_date"),
        Index("ix_visit_household_date", "household_id", "visit_date"),
        Index("ix_visit_cadre_date", "cadre_id", "visit_date"),
        # covers the township comparison's visit counts (no table look-ups; migration 0006)
        Index("ix_visit_date_household", "visit_date", "household_id", "village_code",
              "deleted"),
    )

    village_code: Mapped[str] = mapped_column(String(12))
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), nullable=True)
    cadre_id: Mapped[str] = mapped_column(ForeignKey("cadre.id"))
    visit_date: Mapped[date] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text, default="")


class Matter(Base, Synced):
    __tablename__ = "matter"
    __table_args__ = (
        Index("ix_matter_status_deadline", "status", "deadline"),
        Index("ix_matter_received", "received_date"),
        Index("ix_matter_resolved", "resolved_date"),
        Index("ix_matter_household", "household_id"),
        Index("ix_matter_escalated", "escalated_date"),  # month figures (issue 11)
        # the Matters page's windows, in the list's order with its filters (migration 0007)
        Index("ix_matter_list", "deleted", "deadline", "received_date", "id", "status",
              "village_code", "category", "owner_cadre_id"),
    )

    village_code: Mapped[str] = mapped_column(String(12))
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), nullable=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), nullable=True)
    category: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_cadre_id: Mapped[str | None] = mapped_column(ForeignKey("cadre.id"), nullable=True)
    received_date: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(Text, default="")
    resolved_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    satisfaction: Mapped[str] = mapped_column(String(16), default="")
    escalated_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    escalation_note: Mapped[str] = mapped_column(Text, default="")
    # The deadline was counted as this many working days after ``received_date`` (0: a date the
    # clerk chose). Kept so a deadline counted into a year whose holiday table was not known yet
    # can be shown as provisional and counted again when the table arrives.
    deadline_workdays: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # 一般 / 急 / 特急 (models.vocab.MatterUrgency): picks the default time limit.
    urgency: Mapped[str] = mapped_column(String(16), default="normal", server_default="normal")
    # Raised at a gathering (models.event), and whether it was settled there and then.
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"), nullable=True,
                                                 index=True)
    on_spot: Mapped[bool] = mapped_column(Boolean, default=False)


class MatterNote(Base, Synced):
    """A progress note on a matter card."""

    __tablename__ = "matter_note"

    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id"), index=True)
    note_date: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64), default="")


class Reply(Base, Synced):
    """The township's answer to an escalated matter; owned by the township station."""

    __tablename__ = "reply"

    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id"), index=True)
    reply_date: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64), default="")
