"""Working days by China's official holiday and make-up-workday (调休) calendar.

The table is the station's (``app.services.calendar`` builds it): the years the installed
``chinesecalendar`` library knows, plus the years entered later — an administrator's import or
the township's table from a reply batch. For a year in neither we fall back to Monday–Friday and
say so (``exact=False``) so the window can mark the deadline as provisional rather than pretend.

Counting runs many times per screen (every row of a matter list), so it works from an in-memory
``HolidayTable``: the active one is installed by the calendar service when a station is opened
and replaced whenever the table changes. Callers that know their table pass it explicitly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from chinese_calendar import constants as _library

# English names in the library → the words of the State Council's notice.
LIBRARY_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}
HOLIDAY = "holiday"
WORKDAY = "workday"
LIBRARY = "library"


@dataclass(frozen=True)
class HolidayTable:
    """Days that differ from the plain week, and the years that are fully known.

    ``days`` maps a date to True (a make-up working day) or False (a day off); only dates of
    known years are in it. ``sources`` says where each known year came from."""

    days: Mapping[date, bool] = field(default_factory=dict)
    names: Mapping[date, str] = field(default_factory=dict)
    sources: Mapping[int, str] = field(default_factory=dict)

    def known(self, year: int) -> bool:
        return year in self.sources

    def is_workday(self, day: date) -> tuple[bool, bool]:
        """(is a working day, answer comes from an official table)."""
        if day.year not in self.sources:
            return day.weekday() < 5, False
        special = self.days.get(day)
        if special is None:
            return day.weekday() < 5, True
        return special, True

    def without(self, years: Iterable[int]) -> HolidayTable:
        """The same table with ``years`` unknown: how a deadline was counted before they came."""
        drop = set(years)
        return HolidayTable({d: w for d, w in self.days.items() if d.year not in drop},
                            {d: n for d, n in self.names.items() if d.year not in drop},
                            {y: s for y, s in self.sources.items() if y not in drop})


@cache
def library_table() -> HolidayTable:
    """The installed library's years only (the base every station starts from)."""
    days: dict[date, bool] = {}
    names: dict[date, str] = {}
    for d, name in _library.holidays.items():
        days[d] = False
        names[d] = LIBRARY_NAMES.get(str(name), str(name))
    for d, name in _library.workdays.items():
        days[d] = True
        names[d] = LIBRARY_NAMES.get(str(name), str(name))
    years = {d.year for d in _library.holidays}
    return HolidayTable(days, names, {y: LIBRARY for y in sorted(years)})


_active: HolidayTable | None = None


def set_table(table: HolidayTable | None) -> None:
    """Install the open station's table (None: back to the library's years only)."""
    global _active
    _active = table


def current_table() -> HolidayTable:
    return _active if _active is not None else library_table()


def is_workday(day: date, table: HolidayTable | None = None) -> tuple[bool, bool]:
    """(is a working day, answer comes from the official calendar)."""
    return (table or current_table()).is_workday(day)


def add_workdays(start: date, days: int,
                 table: HolidayTable | None = None) -> tuple[date, bool]:
    """The date ``days`` working days after ``start`` (start itself not counted)."""
    t = table or current_table()
    exact = True
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        work, known = t.is_workday(current)
        exact = exact and known
        if work:
            remaining -= 1
    return current, exact


def workdays_between(start: date, end: date, table: HolidayTable | None = None) -> int:
    """Working days after ``start`` up to and including ``end``."""
    t = table or current_table()
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if t.is_workday(current)[0]:
            count += 1
    return count


def span_known(start: date, end: date, table: HolidayTable | None = None) -> bool:
    """Every day after ``start`` up to ``end`` lies in a year whose table is known: a deadline
    counted over that span is exact."""
    t = table or current_table()
    first = start + timedelta(days=1)
    return all(t.known(y) for y in range(first.year, end.year + 1))
