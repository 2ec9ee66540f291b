"""Gatherings (联合办公, 分析会, 恳谈会 …), opinion boxes and their openings, and the station's
duty rules (W12).

A gathering is one record with the cadres and households present hanging off it in link
tables, so that "households reached" and "joint office days held" can be counted; matters raised
at it are ordinary matter cards (``matter.event_id``). Boxes and openings travel in batches like
every other record; the duty rules stay on the station (each county sets its own).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced, utcnow


class EventKind(StrEnum):
    JOINT_OFFICE = "joint_office"  # 村级联合办公
    ANALYSIS = "analysis"  # 社情民意分析会
    DIALOGUE = "dialogue"  # 民情恳谈会
    REPRESENTATIVES = "representatives"  # 村民代表会议
    PARTY_GROUP = "party_group"  # 党小组长会议
    BRIEFING = "briefing"  # 乡镇进组通报会
    RECEPTION = "reception"  # 接访日
    OTHER = "other"


class Event(Base, Synced):
    __tablename__ = "event"
    __table_args__ = (Index("ix_event_village_start", "village_code", "start_date"),)

    village_code: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    hours: Mapped[int] = mapped_column(Integer, default=0)  # per day; 0 = not recorded
    place: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(200))
    guests: Mapped[str] = mapped_column(Text, default="")  # county departments and others
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")


class EventCadre(Base, Synced):
    """A cadre present at a gathering."""

    __tablename__ = "event_cadre"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"), index=True)
    cadre_id: Mapped[str] = mapped_column(ForeignKey("cadre.id"), index=True)


class EventHousehold(Base, Synced):
    """A household present at, or concerned by, a gathering."""

    __tablename__ = "event_household"

    event_id: Mapped[str] = mapped_column(ForeignKey("event.id"), index=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)


class OpinionBox(Base, Synced):
    """社情民意收集箱: one per villager group."""

    __tablename__ = "opinion_box"

    village_code: Mapped[str] = mapped_column(String(12), index=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("village_group.id"), index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    installed: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class BoxOpening(Base, Synced):
    """One opening of a box and how many slips were in it."""

    __tablename__ = "box_opening"
    __table_args__ = (Index("ix_box_opening_box_date", "box_id", "open_date"),)

    village_code: Mapped[str] = mapped_column(String(12))
    box_id: Mapped[str] = mapped_column(ForeignKey("opinion_box.id"))
    open_date: Mapped[date] = mapped_column(Date)
    opened_by: Mapped[str] = mapped_column(String(64), default="")
    slips: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")


class BoxSlip(Base, Synced):
    """What became of one slip: a matter card (possibly anonymous) or "no action" and why."""

    __tablename__ = "box_slip"

    opening_id: Mapped[str] = mapped_column(ForeignKey("box_opening.id"), index=True)
    matter_id: Mapped[str | None] = mapped_column(ForeignKey("matter.id"), nullable=True)
    no_action_reason: Mapped[str] = mapped_column(Text, default="")


class DutyRule(Base):
    """A required activity of the station and how often (counties differ): local to the
    station, changed by its administrator, never in a batch."""

    __tablename__ = "duty_rule"

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    frequency: Mapped[str] = mapped_column(String(8))  # month / year
    required: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")


# key → (frequency, required): the 攸县 rules (seeds, section 四).
DEFAULT_DUTIES: dict[str, tuple[str, int]] = {
    "joint_office_days": ("month", 2),
    "analysis_meeting": ("month", 1),
    "monthly_report": ("month", 1),
    "opinion_boxes": ("month", 1),
    "representatives_meeting": ("year", 1),
    "yearly_visits": ("year", 1),
}
