"""Supervision notices (督办单): the township chasing a village's overdue matters.

Both tables belong to the township (``origin_code`` is the township's code) and travel to the
village in the township's reply batch, like replies. One notice names a village (and, when it is
addressed to one cadre, that cadre), a reply-by date and the matters it lists, one
``SupervisionItem`` per matter so a matter card can say "under supervision" with one indexed
look-up and a notice can list any number of matters.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced


class SupervisionNotice(Base, Synced):
    __tablename__ = "supervision_notice"
    __table_args__ = (Index("ix_supervision_notice_village", "village_code", "issue_date"),)

    village_code: Mapped[str] = mapped_column(String(12))
    owner_cadre_id: Mapped[str | None] = mapped_column(ForeignKey("cadre.id"), nullable=True)
    notice_no: Mapped[str] = mapped_column(String(32))
    issue_date: Mapped[date] = mapped_column(Date)
    as_of: Mapped[date] = mapped_column(Date)
    reply_by: Mapped[date] = mapped_column(Date)
    matter_count: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    issued_by: Mapped[str] = mapped_column(String(64), default="")


class SupervisionItem(Base, Synced):
    """One matter listed on a notice, with the days overdue printed on it."""

    __tablename__ = "supervision_item"

    notice_id: Mapped[str] = mapped_column(ForeignKey("supervision_notice.id"), index=True)
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id"), index=True)
    days_overdue: Mapped[int] = mapped_column(Integer, default=0)
