"""Households and their members.

The search columns hold the head's name in forms that can be searched with an index range
(``col >= 'zs' AND col < 'zt'``) on any SQL database: pinyin initials, full pinyin, and the ID
and phone numbers reversed so that "the last four digits" is a prefix search.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced


class Household(Base, Synced):
    __tablename__ = "household"
    __table_args__ = (
        # The register lists a group at a time in pinyin order: this index serves that page
        # without sorting a 12,000-household group on every scroll (bench ui_list); its prefix
        # also serves "village, group" filters. With ``deleted`` in it, the register's count
        # per group and a window's skipped rows are read from the index alone (0007_lists).
        Index("ix_household_register", "village_code", "group_id", "deleted", "py_full", "id"),
        Index("ix_household_head_name", "head_name"),
        Index("ix_household_py_initials", "py_initials"),
        Index("ix_household_py_full", "py_full"),
        Index("ix_household_id_rev", "id_rev"),
        Index("ix_household_phone_rev", "phone_rev"),
        Index("ix_household_id_number", "id_number"),
        # covers the township comparison's register sizes per month (migration 0006)
        Index("ix_household_village_created", "village_code", "created_at", "deleted",
              "updated_at"),
    )

    village_code: Mapped[str] = mapped_column(String(12))
    group_id: Mapped[str | None] = mapped_column(ForeignKey("village_group.id"), nullable=True)
    head_name: Mapped[str] = mapped_column(String(64))
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    members_count: Mapped[int] = mapped_column(Integer, default=1)
    address: Mapped[str] = mapped_column(Text, default="")
    # Tags as "|低保户|留守老人|": filterable with one LIKE, travels with the household's version.
    tags: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    py_initials: Mapped[str] = mapped_column(String(64), default="")
    py_full: Mapped[str] = mapped_column(String(255), default="")
    id_rev: Mapped[str] = mapped_column(String(18), default="")
    phone_rev: Mapped[str] = mapped_column(String(20), default="")


class Member(Base, Synced):
    """A member of a household other than (or including) the head."""

    __tablename__ = "member"

    household_id: Mapped[str] = mapped_column(ForeignKey("household.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    relation: Mapped[str] = mapped_column(String(16), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")
