"""The station's holiday table (节假日安排): which years are known, importing a new year, and the
deadlines that depend on it.

Base: the years the installed ``chinesecalendar`` library knows. On top: the years stored in
``holiday_day`` — entered by an administrator (a CSV/xlsx file, or the State Council's notice
typed line by line) or, on a village, the township's table from a reply batch. For each year the
newest table wins (this station's own, or its township's); a stored year replaces the library's.

A year in none of them is *provisional*: a deadline counted into it used Monday–Friday only and is
shown as 暂定 until the year's table arrives; then every open matter whose deadline was counted
that way is counted again (audited, so the ledger's figures can be explained).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app import workdays
from app.context import AppContext
from app.errors import MinqingError, PermissionDenied
from app.i18n import tr
from app.services.station import get_station
from app.uow import UnitOfWork
from app.workdays import HOLIDAY, LIBRARY, WORKDAY, HolidayTable
from models import HolidayDay, Matter
from models.vocab import MatterStatus, StationKind

FILE = "file"
NOTICE = "notice"
TOWNSHIP = "township"
NONE = "none"
SOURCES = (FILE, NOTICE)
KINDS = {"holiday": HOLIDAY, "休": HOLIDAY, "假": HOLIDAY, "休息": HOLIDAY, "放假": HOLIDAY,
         "workday": WORKDAY, "班": WORKDAY, "上班": WORKDAY}
HEADERS = (("date", "kind", "name"), ("日期", "类型", "名称"))
ADMIN_ROLES = frozenset({"administrator", "township_administrator"})
MAX_NAME = 32
# From this day of the year on, Home warns when next year's table is not known yet.
WARN_FROM = (11, 1)


# --- the in-memory table ---------------------------------------------------------------------

# store path → (stamp of the stored rows when read, table). The stamp (newest change, row count)
# is one indexed query, so another program changing the file (the CLI importing while the window
# is open) is noticed the next time a service asks for the table.
_cache: dict[str, tuple[tuple[Any, int], HolidayTable]] = {}


def _key(ctx_or_uow: AppContext | UnitOfWork) -> str:
    return str(ctx_or_uow.store.path)


def load_table(session: Session) -> HolidayTable:
    """Library years, then for each stored year the newest table of this station or (on a
    village) of its township. Rows from anyone else are never used."""
    st = get_station(session)
    if st is None:
        return workdays.library_table()
    origins = [st.code]
    if st.kind == StationKind.VILLAGE and st.township_code:
        origins.append(st.township_code)
    live = func.sum(case((HolidayDay.deleted.is_(False), 1), else_=0))
    stamps = session.execute(
        select(HolidayDay.origin_code, HolidayDay.year, func.max(HolidayDay.updated_at), live)
        .where(HolidayDay.origin_code.in_(origins))
        .group_by(HolidayDay.origin_code, HolidayDay.year)).all()
    best: dict[int, tuple[datetime, int, str]] = {}
    for origin, year, stamp, count in stamps:
        if not count:
            continue
        rank = (stamp, 1 if origin == st.code else 0, origin)  # a tie goes to our own table
        if year not in best or rank > best[year]:
            best[year] = rank
    base = workdays.library_table()
    if not best:
        return base
    table = base.without(best)
    days, names, sources = dict(table.days), dict(table.names), dict(table.sources)
    for year, (_, _, origin) in best.items():
        rows = session.execute(select(HolidayDay).where(
            HolidayDay.origin_code == origin, HolidayDay.year == year,
            HolidayDay.deleted.is_(False))).scalars().all()
        for r in rows:
            days[r.day] = r.kind == WORKDAY
            names[r.day] = r.name
        sources[year] = TOWNSHIP if origin != st.code else (rows[0].source or FILE)
    return HolidayTable(days, names, dict(sorted(sources.items())))


def _stamp(session: Session) -> tuple[Any, int]:
    row = session.execute(select(func.max(HolidayDay.updated_at), func.count())
                          .select_from(HolidayDay)).one()
    return row[0], int(row[1])


def table_for(ctx: AppContext, reload: bool = False) -> HolidayTable:
    """The open station's table, cached in memory and installed for ``app.workdays``."""
    key = _key(ctx)
    with ctx.read() as s:
        stamp = _stamp(s)
        cached = None if reload else _cache.get(key)
        if cached is not None and cached[0] == stamp:
            table = cached[1]
        else:
            table = load_table(s)
            _cache[key] = (stamp, table)
    workdays.set_table(table)
    return table


def invalidate(ctx: AppContext) -> HolidayTable:
    """The table changed (import, batch): read it again and install it."""
    return table_for(ctx, reload=True)


# --- reading -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class YearInfo:
    year: int
    known: bool
    source: str  # library / file / notice / township / none
    holidays: list[date]
    workdays: list[date]
    names: dict[date, str]

    def as_json(self) -> dict[str, Any]:
        return {"year": self.year, "known": self.known, "source": self.source,
                "holidays": [d.isoformat() for d in self.holidays],
                "workdays": [d.isoformat() for d in self.workdays]}


def year_info(ctx: AppContext, year: int) -> YearInfo:
    t = table_for(ctx)
    days = sorted(d for d in t.days if d.year == year)
    return YearInfo(year, t.known(year), t.sources.get(year, NONE),
                    [d for d in days if not t.days[d]], [d for d in days if t.days[d]],
                    {d: t.names.get(d, "") for d in days})


@dataclass(frozen=True)
class Deadline:
    due: date
    provisional: bool

    def as_json(self) -> dict[str, Any]:
        return {"due": self.due.isoformat(), "provisional": self.provisional}


def deadline(ctx: AppContext, start: date, days: int) -> Deadline:
    if days < 0:
        raise MinqingError("calendar_bad_days", days=days)
    due, exact = workdays.add_workdays(start, days, table_for(ctx))
    return Deadline(due, not exact)


def is_provisional(received: date, deadline_: date, counted_workdays: int,
                   table: HolidayTable | None = None) -> bool:
    """A deadline counted in working days over a span that reaches a year whose table is not
    known yet. A date the clerk chose (``counted_workdays == 0``) is never provisional."""
    return counted_workdays > 0 and not workdays.span_known(received, deadline_, table)


def next_year_missing(ctx: AppContext, today: date | None = None) -> int | None:
    """From 1 November: next year's number when its table is not known yet (Home warns)."""
    today = today or date.today()
    if (today.month, today.day) < WARN_FROM:
        return None
    year = today.year + 1
    return None if table_for(ctx).known(year) else year


# --- reading a table from a file or the notice ------------------------------------------------

@dataclass(frozen=True)
class Entry:
    day: date
    kind: str
    name: str


class CalendarRowsError(MinqingError):
    """Rows that cannot be read: each named with its row number and problem; nothing written."""

    def __init__(self, problems: list[tuple[int, str, dict[str, Any]]]) -> None:
        super().__init__("calendar_bad_rows", count=len(problems))
        self.problems = problems

    def message(self, lang: str = "zh_CN") -> str:
        lines = [tr("calendar_bad_rows", lang, count=len(self.problems))]
        for row, code, params in self.problems[:20]:
            lines.append(tr("calendar_row", lang, row=row, problem=tr(code, lang, **params)))
        if len(self.problems) > 20:
            lines.append(tr("calendar_more_rows", lang, count=len(self.problems) - 20))
        return "\n".join(lines)


_DATE_RE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")


def _parse_day(text: str) -> date | None:
    m = _DATE_RE.fullmatch(text.strip())
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def parse_rows(rows: Iterable[tuple[int, list[str]]]) -> list[Entry]:
    """(row number, cells) → entries; the first non-empty row may be a header. Every problem is
    collected, so a clerk sees all of them at once; any problem means nothing is returned."""
    problems: list[tuple[int, str, dict[str, Any]]] = []
    out: list[Entry] = []
    seen: dict[date, int] = {}
    first = True
    for n, raw in rows:
        cells = [c.strip() for c in raw]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if first:
            first = False
            head = tuple(c.lower().lstrip("\ufeff") for c in cells[:3])
            if head in HEADERS:
                continue
        if len(cells) < 2:
            problems.append((n, "calendar_row_columns", {}))
            continue
        day = _parse_day(cells[0])
        kind = KINDS.get(cells[1].lower())
        name = cells[2] if len(cells) > 2 else ""
        if day is None:
            problems.append((n, "calendar_row_date", {"value": cells[0][:20]}))
        elif not 2000 <= day.year <= 2200:
            problems.append((n, "calendar_row_year", {"value": cells[0][:20]}))
        if kind is None:
            problems.append((n, "calendar_row_kind", {"value": cells[1][:20]}))
        if len(name) > MAX_NAME:
            problems.append((n, "calendar_row_name", {"length": MAX_NAME}))
        if day is not None and day in seen:
            problems.append((n, "calendar_row_twice", {"value": day.isoformat(),
                                                       "other": seen[day]}))
        if day is None or kind is None:
            continue
        seen.setdefault(day, n)
        if kind == WORKDAY and day.weekday() < 5:
            problems.append((n, "calendar_row_workday_weekday", {"value": day.isoformat()}))
        out.append(Entry(day, kind, name))
    if problems:
        raise CalendarRowsError(problems)
    if not out:
        raise MinqingError("calendar_empty")
    return out


def parse_notice(text: str) -> list[Entry]:
    """Lines typed from the notice: ``2027-01-01,休,元旦`` (comma, Chinese comma or tab)."""
    rows = []
    for n, line in enumerate(text.splitlines(), start=1):
        rows.append((n, re.split(r"[,，\t]", line)))
    return parse_rows(rows)


def read_file(path: Path | str) -> list[Entry]:
    """A CSV (UTF-8, with or without BOM, or GBK as Excel saves it on a Chinese Windows) or an
    .xlsx workbook (first sheet)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MinqingError("calendar_file_unreadable", path=str(path), detail=str(exc)) from exc
    if path.suffix.lower() == ".xlsx" or data[:2] == b"PK":
        return parse_rows(_xlsx_rows(path))
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes nearly anything
        raise MinqingError("calendar_file_unreadable", path=str(path), detail="encoding")
    return parse_rows(enumerate(csv.reader(io.StringIO(text)), start=1))


def _xlsx_rows(path: Path) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise MinqingError("calendar_file_unreadable", path=str(path),
                           detail=type(exc).__name__) from exc
    try:
        ws = wb.worksheets[0]
        out = []
        for n, row in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = []
            for v in row:
                if isinstance(v, datetime):
                    cells.append(v.date().isoformat())
                elif isinstance(v, date):
                    cells.append(v.isoformat())
                else:
                    cells.append("" if v is None else str(v))
            out.append((n, cells))
        return out
    finally:
        wb.close()


# --- writing -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportSummary:
    years: list[int]
    added: int
    changed: int
    removed: int
    recomputed: int

    def as_json(self) -> dict[str, Any]:
        return {"years": self.years, "added": self.added, "changed": self.changed,
                "removed": self.removed, "recomputed": self.recomputed}


def may_import(ctx: AppContext) -> bool:
    """Whether this user may change the holiday table (the window disables its buttons)."""
    return ctx.role in ADMIN_ROLES


def _require_admin(ctx: AppContext) -> None:
    if ctx.role not in ADMIN_ROLES:
        refusal = ctx.write_refusal()
        if refusal is not None:
            raise refusal
        raise PermissionDenied("calendar_admin_only", user=ctx.actor)


def import_entries(ctx: AppContext, entries: list[Entry], source: str = FILE) -> ImportSummary:
    """Replace this station's table for every year in ``entries`` with exactly those days, in
    one transaction; then count open provisional deadlines again. Administrators only."""
    _require_admin(ctx)
    if source not in SOURCES:
        raise MinqingError("calendar_bad_source", source=source)
    if not entries:
        raise MinqingError("calendar_empty")
    by_year: dict[int, dict[date, Entry]] = {}
    for e in entries:
        by_year.setdefault(e.day.year, {})[e.day] = e
    added = changed = removed = 0
    with ctx.uow() as uow:
        me = uow.origin_code
        for year, wanted in sorted(by_year.items()):
            have = {r.day: r for r in uow.session.execute(select(HolidayDay).where(
                HolidayDay.origin_code == me, HolidayDay.year == year)).scalars()}
            for day, e in sorted(wanted.items()):
                row = have.get(day)
                if row is None:
                    uow.add_record(HolidayDay(day=day, year=year, kind=e.kind, name=e.name,
                                              source=source), "holiday_day")
                    added += 1
                elif uow.update_record(row, "holiday_day", kind=e.kind, name=e.name,
                                       source=source, deleted=False):
                    changed += 1
            for day, row in have.items():
                if day not in wanted and not row.deleted:
                    uow.delete_record(row, "holiday_day")
                    removed += 1
        table = load_table(uow.session)
        recomputed = recompute_provisional(uow, table)
        years = sorted(by_year)
        uow.audit("calendar_import", "holiday_day", ",".join(map(str, years)),
                  {"source": source, "years": years, "added": added, "changed": changed,
                   "removed": removed, "recomputed": recomputed})
        uow.commit()
    invalidate(ctx)
    return ImportSummary(sorted(by_year), added, changed, removed, recomputed)


def import_file(ctx: AppContext, path: Path | str) -> ImportSummary:
    _require_admin(ctx)
    return import_entries(ctx, read_file(path), FILE)


def import_notice(ctx: AppContext, text: str) -> ImportSummary:
    _require_admin(ctx)
    return import_entries(ctx, parse_notice(text), NOTICE)


def recompute_provisional(uow: UnitOfWork, table: HolidayTable) -> int:
    """Count again every open matter of this station whose deadline was counted in working days
    into a year that was not known then and is known now. A deadline someone changed since (a
    typed date, an extension) no longer equals the provisional count and is left alone."""
    done = 0
    rows = uow.session.execute(select(Matter).where(
        Matter.deleted.is_(False), Matter.deadline_workdays > 0,
        Matter.status != MatterStatus.RESOLVED.value,
        Matter.origin_code == uow.origin_code)).scalars().all()
    for m in rows:
        n = m.deadline_workdays
        new_due, exact = workdays.add_workdays(m.received_date, n, table)
        if not exact or new_due == m.deadline:
            continue
        last = max(new_due, m.deadline).year
        stored = [y for y in range(m.received_date.year, last + 1)
                  if table.sources.get(y, LIBRARY) != LIBRARY]
        before, _ = workdays.add_workdays(m.received_date, n, table.without(stored))
        if before != m.deadline:
            continue
        uow.update_record(m, "matter", deadline=new_due)
        uow.audit("recompute_deadline", "matter", m.id,
                  {"deadline": [before.isoformat(), new_due.isoformat()], "workdays": n})
        done += 1
    return done


def after_batch(uow: UnitOfWork) -> None:
    """A batch brought holiday rows: note which years now follow the township's table
    (audited), count provisional deadlines again, and install the new table once committed."""
    from sqlalchemy import event

    cached = _cache.get(_key(uow))
    old = cached[1] if cached is not None else None
    table = load_table(uow.session)
    stamp = _stamp(uow.session)
    applied = sorted(y for y, s in table.sources.items()
                     if s == TOWNSHIP and (old is None or old.sources.get(y) != TOWNSHIP
                                           or _year(old, y) != _year(table, y)))
    recomputed = recompute_provisional(uow, table)
    if applied or recomputed:
        uow.audit("calendar_apply", "holiday_day", ",".join(map(str, applied)),
                  {"source": TOWNSHIP, "years": applied, "recomputed": recomputed})
    key = _key(uow)
    session = uow.session

    def committed(_s: Session) -> None:
        _cache[key] = (stamp, table)
        workdays.set_table(table)

    def rolled_back(_s: Session) -> None:
        _cache.pop(key, None)

    event.listen(session, "after_commit", committed, once=True)
    event.listen(session, "after_rollback", rolled_back, once=True)


def _year(t: HolidayTable, year: int) -> list[tuple[date, bool, str]]:
    return sorted((d, w, t.names.get(d, "")) for d, w in t.days.items() if d.year == year)
