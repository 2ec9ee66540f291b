"""Contact cards (便民服务联系卡) as issued: what was printed, for whom, naming which cadre."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced


class ContactCard(Base, Synced):
    __tablename__ = "contact_card"

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    card_no: Mapped[str] = mapped_column(String(32), unique=True)
    issue_date: Mapped[date] = mapped_column(Date, index=True)
    cadre_id: Mapped[str | None] = mapped_column(ForeignKey("cadre.id"), nullable=True)
    # Snapshot of what was printed, so history stays true after the cadre's phone changes.
    cadre_name: Mapped[str] = mapped_column(String(64), default="")
    cadre_phone: Mapped[str] = mapped_column(String(20), default="")
