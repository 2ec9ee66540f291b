"""Work plans checked off (预安销号), villagers' ratings of cadres (群众评议) and the payout rule
(绩酬挂钩).

A plan item is one line of a cadre's monthly plan: proposed by the cadre (预) or assigned by the
level above (安), approved, then checked off after the month (销) with a note and confirmed by the
superior. Plan items and reviews travel in batches like every other record of the station that
keeps them (``village_code`` is that station: the owner check of the batch import relies on it).
The payout rule is this laptop's setting for the quarterly proposal and never travels.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced, utcnow


class PlanItem(Base, Synced):
    __tablename__ = "plan_item"
    __table_args__ = (
        Index("ix_plan_item_month_cadre", "month", "cadre_id"),
        Index("ix_plan_item_cadre_month", "cadre_id", "month"),
    )

    village_code: Mapped[str] = mapped_column(String(12))
    cadre_id: Mapped[str] = mapped_column(ForeignKey("cadre.id"))
    month: Mapped[str] = mapped_column(String(7))  # "YYYY-MM": sorts and compares as text
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(24), default="other")
    origin: Mapped[str] = mapped_column(String(16), default="proposed")  # 预 proposed / 安 assigned
    status: Mapped[str] = mapped_column(String(16), default="planned")
    note: Mapped[str] = mapped_column(Text, default="")  # check-off note / not-done or drop reason
    evidence: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The unfinished item this one continues (carried into the next month); no foreign key so
    # the order of a batch's lines within the table never matters.
    carried_from: Mapped[str] = mapped_column(String(36), default="")


class Review(Base, Synced):
    """One villager household's rating of a cadre who serves it. Personal data: shown as
    figures outside the station, never as who said what."""

    __tablename__ = "review"
    __table_args__ = (
        Index("ix_review_cadre_date", "cadre_id", "review_date"),
        Index("ix_review_household", "household_id"),
    )

    village_code: Mapped[str] = mapped_column(String(12))
    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"))
    cadre_id: Mapped[str] = mapped_column(ForeignKey("cadre.id"))
    review_date: Mapped[date] = mapped_column(Date)
    rating: Mapped[str] = mapped_column(String(16))
    remark: Mapped[str] = mapped_column(Text, default="")
    occasion: Mapped[str] = mapped_column(String(16), default="visit")


class PayoutRule(Base):
    """The quarterly pool per role (cadre title, "" for everyone) and the minimum spread
    between the highest and lowest payout, in fen (integer: money is never a float)."""

    __tablename__ = "payout_rule"

    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    pool_fen: Mapped[int] = mapped_column(Integer, default=0)
    min_spread_fen: Mapped[int] = mapped_column(Integer, default=30000)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
