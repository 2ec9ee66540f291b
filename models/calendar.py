"""The holiday table (节假日安排) as station data.

The ``chinesecalendar`` library knows the State Council's schedule only for the years it was
released with; every later year is entered here (an administrator's file or the typed notice,
or the township's table arriving in a reply batch). One row per day that differs from the plain
Monday-to-Friday week: a holiday (休) or a make-up working day (调休上班, 班).

Rows travel like every other record (origin, version, soft delete): the township's table goes to
its villages in reply batches; each station keeps at most one row per day of its own.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Synced


class HolidayDay(Base, Synced):
    __tablename__ = "holiday_day"
    __table_args__ = (
        UniqueConstraint("origin_code", "day", name="uq_holiday_day_origin_day"),
        Index("ix_holiday_day_year", "year", "origin_code"),
    )

    day: Mapped[date] = mapped_column(Date)
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # "holiday" or "workday"
    name: Mapped[str] = mapped_column(String(32), default="")
    source: Mapped[str] = mapped_column(String(16), default="")  # "file" or "notice"
