"""Figures the home screen needs beyond ``stats.month_stats``: open matters, matters due this
week, households not visited this year, and visits per month over the last twelve months.

Read-only; every figure is one indexed aggregate, so the home screen costs the same at any size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.services import households as hh
from app.services.stats import Month
from models import Matter, Visit
from models.vocab import MatterStatus


@dataclass(frozen=True)
class Dashboard:
    open_matters: int
    overdue: int
    due_this_week: int
    not_visited_this_year: int
    months: list[Month]
    visits_per_month: list[int]


def last_months(today: date, n: int = 12) -> list[Month]:
    y, m = today.year, today.month
    out = []
    for _ in range(n):
        out.append(Month(y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def dashboard(session: Session, today: date | None = None) -> Dashboard:
    today = today or date.today()
    live = [Matter.deleted.is_(False), Matter.status != MatterStatus.RESOLVED.value]
    open_matters = session.execute(select(func.count()).select_from(Matter).where(*live)
                                   ).scalar_one()
    overdue = session.execute(select(func.count()).select_from(Matter).where(
        *live, Matter.deadline < today)).scalar_one()
    week_end = today + timedelta(days=6 - today.weekday())
    due = session.execute(select(func.count()).select_from(Matter).where(
        *live, Matter.deadline >= today, Matter.deadline <= week_end)).scalar_one()
    not_visited = hh.count(session, hh.HouseholdFilter(not_visited_in_year=today.year))
    months = last_months(today)
    # Counted per day and summed per month here: the same on SQLite and PostgreSQL (no
    # strftime/to_char), and at most ~366 rows.
    rows: dict[str, int] = {}
    for day, n in session.execute(
            select(Visit.visit_date, func.count()).where(
                Visit.deleted.is_(False), Visit.visit_date >= months[0].first,
                Visit.visit_date <= months[-1].last).group_by(Visit.visit_date)):
        rows[f"{day:%Y-%m}"] = rows.get(f"{day:%Y-%m}", 0) + int(n)
    series = [int(rows.get(str(m), 0)) for m in months]
    return Dashboard(open_matters, overdue, due, not_visited, months, series)


def due_between(today: date) -> tuple[date, date]:
    """The 'due this week' window: today to Sunday."""
    return today, today + timedelta(days=6 - today.weekday())


def matters_by_status(session: Session) -> dict[str, int]:
    """How many matters stand in each status (the matters board's columns)."""
    counts = dict(session.execute(
        select(Matter.status, func.count()).where(Matter.deleted.is_(False))
        .group_by(Matter.status)).all())
    return {s.value: int(counts.get(s.value, 0)) for s in MatterStatus}


def due_this_week_ids(session: Session, today: date | None = None) -> list[str]:
    """Unresolved matters whose deadline falls between today and Sunday (the home tile's list)."""
    start, end = due_between(today or date.today())
    return [str(i) for i in session.execute(
        select(Matter.id).where(Matter.deleted.is_(False),
                                Matter.status != MatterStatus.RESOLVED.value,
                                Matter.deadline >= start, Matter.deadline <= end)
        .order_by(Matter.deadline)).scalars()]


def unresolved_ids(session: Session) -> list[str]:
    """Every matter not yet resolved (the home tile 'matters open')."""
    return [str(i) for i in session.execute(
        select(Matter.id).where(Matter.deleted.is_(False),
                                Matter.status != MatterStatus.RESOLVED.value)).scalars()]


@dataclass(frozen=True)
class HomeFigures:
    """What Home shows, read in one go: this month's figures and the dashboard."""

    month: dict[str, Any]
    dashboard: Dashboard


def home_figures(ctx: AppContext, today: date | None = None) -> HomeFigures:
    """Home's figures without a session in the caller's hands (it runs in a worker)."""
    from app.services.stats import month_stats

    today = today or date.today()
    with ctx.read() as s:
        return HomeFigures(month_stats(s, Month(today.year, today.month), as_of=today),
                           dashboard(s, today))
