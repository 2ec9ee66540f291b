"""Figures the home screen needs beyond ``stats.month_stats``: open matters, matters due this
week, households not visited this year, and visits per month over the last twelve months.

Read-only; every figure is one indexed aggregate, so the home screen costs the same at any size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, extract, func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.services import households as hh
from app.services.stats import Month
from models import Matter, SyncPeer, Visit
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


def _count_if(condition: Any) -> Any:
    """``count(*) FILTER (WHERE condition)``, written portably (SQLite and PostgreSQL)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def dashboard(session: Session, today: date | None = None) -> Dashboard:
    today = today or date.today()
    week_end = today + timedelta(days=6 - today.weekday())
    # The three matter tiles in one pass over the unresolved matters (were three statements:
    # each one more query to compile and run before Home shows its figures).
    open_matters, overdue, due = session.execute(
        select(func.count(), _count_if(Matter.deadline < today),
               _count_if(and_(Matter.deadline >= today, Matter.deadline <= week_end)))
        .select_from(Matter)
        .where(Matter.deleted.is_(False), Matter.status != MatterStatus.RESOLVED.value)).one()
    not_visited = hh.count(session, hh.HouseholdFilter(not_visited_in_year=today.year))
    months = last_months(today)
    # year and month as numbers: portable (strftime is SQLite's alone; a county server's
    # Home failed on it)
    year, mon = extract("year", Visit.visit_date), extract("month", Visit.visit_date)
    rows: dict[tuple[int, int], int] = {
        (int(y), int(m)): int(n) for y, m, n in session.execute(
            select(year, mon, func.count()).where(
                Visit.deleted.is_(False), Visit.visit_date >= months[0].first,
                Visit.visit_date <= months[-1].last).group_by(year, mon)).all()}
    series = [rows.get((m.year, m.month), 0) for m in months]
    return Dashboard(int(open_matters), int(overdue), int(due), not_visited, months, series)


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


def peer_count(ctx: AppContext) -> int:
    """How many stations this one is paired with (Home's "not paired yet" warning): the same
    count as ``sync.status.peer_count``, here so Home needs no batch code before its paint."""
    with ctx.read() as s:
        return int(s.execute(select(func.count()).select_from(SyncPeer)).scalar_one())


@dataclass(frozen=True)
class HomeFigures:
    """What Home shows, read in one go in its worker: this month's figures, the dashboard and
    the month's duties (the report, or the error that stopped reading it). The last batch
    sent comes from ``app.services.exchange`` (app below it does not reach the sync code)."""

    month: dict[str, Any]
    dashboard: Dashboard
    duties: Any = None  # app.services.duties.DutiesReport | MinqingError | None


def home_figures(ctx: AppContext, today: date | None = None, *, duties: bool = False
                 ) -> HomeFigures:
    """Home's figures without a session in the caller's hands (it runs in a worker). The
    duties module is imported here, in the worker, not by Home before its first paint."""
    from app.errors import MinqingError
    from app.services.stats import month_stats

    today = today or date.today()
    month = Month(today.year, today.month)
    with ctx.read() as s:
        figures = month_stats(s, month, as_of=today)
        dash = dashboard(s, today)
    report: Any = None
    if duties:
        from app.services.duties import month_duties

        try:
            report = month_duties(ctx, month, today)
        except MinqingError as exc:
            report = exc
    return HomeFigures(figures, dash, report)
