"""Working days by China's official holiday and make-up-workday (调休) calendar.

The calendar comes from the ``chinesecalendar`` library, which is updated each year when the State
Council publishes the next year's schedule. For a year the installed library does not know yet,
we fall back to Monday–Friday and say so (``exact=False``) so the window can mark the deadline as
provisional rather than pretend.
"""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar


def is_workday(day: date) -> tuple[bool, bool]:
    """(is a working day, answer comes from the official calendar)."""
    try:
        return bool(chinese_calendar.is_workday(day)), True
    except NotImplementedError:
        return day.weekday() < 5, False


def add_workdays(start: date, days: int) -> tuple[date, bool]:
    """The date ``days`` working days after ``start`` (start itself not counted)."""
    exact = True
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        work, known = is_workday(current)
        exact = exact and known
        if work:
            remaining -= 1
    return current, exact


def workdays_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end``."""
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_workday(current)[0]:
            count += 1
    return count
