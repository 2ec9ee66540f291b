"""Which records travel, how a row becomes a line, and the checks every incoming line passes.

A line is the canonical orjson encoding of ``{"t": table, "r": {column: value}}``. Import
re-encodes each parsed line and requires the very same bytes: that one comparison refuses
duplicate keys (orjson would silently keep the last), numbers like ``1e400`` or ``NaN``,
whitespace games and any escaping trick, on top of orjson's own refusal of invalid UTF-8 and
lone surrogates. Then every value is checked against its column: type, length, date, code, enum.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, Text, select

from app.errors import ValidationError
from app.validation import check_record_schema, mask_numbers_in, record_problems
from models import (
    Assignment,
    BoxOpening,
    BoxSlip,
    Cadre,
    ContactCard,
    Event,
    EventCadre,
    EventHousehold,
    Group,
    HolidayDay,
    Household,
    Matter,
    MatterEvent,
    MatterNote,
    Member,
    OpinionBox,
    PlanItem,
    Reply,
    Review,
    SupervisionItem,
    SupervisionNotice,
    Visit,
)
from models.base import Base
from models.event import EventKind
from models.vocab import (
    MatterCategory,
    MatterEventKind,
    MatterStatus,
    MatterUrgency,
    PlanCategory,
    PlanOrigin,
    PlanStatus,
    ReviewOccasion,
    ReviewRating,
    Satisfaction,
    VisitMode,
)
from sync.container import BatchRefused

# Travelling tables, parents before children: a record never refers to one later in the stream.
# ``village`` does not travel: each station has its own row (init / enrollment).
MODELS: tuple[type[Base], ...] = (Group, Cadre, Household, Member, Assignment, ContactCard,
                                  Visit, Event, EventCadre, EventHousehold, Matter, MatterNote,
                                  OpinionBox, BoxOpening, BoxSlip, Reply, HolidayDay, MatterEvent)
# Work plans and villagers' ratings (issue 16), appended: they refer to cadres and households.
MODELS += (PlanItem, Review)
# The township's supervision notices (issue 13): they refer to matters.
MODELS += (SupervisionNotice, SupervisionItem)
TABLES: dict[str, Table] = {m.__tablename__: m.__table__ for m in MODELS}  # type: ignore[attr-defined,misc]
MODEL_OF: dict[str, type[Base]] = {m.__tablename__: m for m in MODELS}  # type: ignore[attr-defined]
ORDER = {name: i for i, name in enumerate(TABLES)}
# Tables the township owns and sends back to each village in its reply batch: its replies and
# its supervision notices (督办单) with their items. A village never sends or edits these.
TOWNSHIP_OWNED: frozenset[str] = frozenset({"reply", "holiday_day", "supervision_notice",
                                           "supervision_item"})
RECEIPT = "_receipt"
# Derived search columns: recomputed on import, never trusted from a file.
DERIVED = {"household": ("py_initials", "py_full", "id_rev", "phone_rev")}
# Foreign keys inside the travelling set: column → table it points to.
REFS: dict[str, dict[str, str]] = {}
for _name, _table in TABLES.items():
    REFS[_name] = {}
    for _col in _table.columns:
        for _fk in _col.foreign_keys:
            REFS[_name][_col.key] = _fk.column.table.name
# Unique keys besides the id, checked before writing.
UNIQUE: dict[str, tuple[str, ...]] = {"village_group": ("village_code", "number"),
                                      "contact_card": ("card_no",)}
MAX_TEXT = 20000
RECORD_SCHEMA = 2  # version of the line format; older ones are upgraded in ``upgrade_record``

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CODE_RE = re.compile(r"\d{6}|\d{9}|\d{12}")  # 6 digits: a county (issue 14)
VILLAGE_RE = re.compile(r"\d{12}")
ID_NUMBER_RE = re.compile(r"|\d{17}[\dX]")

ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("visit", "mode"): frozenset(m.value for m in VisitMode),
    ("matter", "category"): frozenset(m.value for m in MatterCategory),
    ("matter", "status"): frozenset(m.value for m in MatterStatus),
    ("matter", "satisfaction"): frozenset({""} | {m.value for m in Satisfaction}),
    ("holiday_day", "kind"): frozenset({"holiday", "workday"}),
    ("holiday_day", "source"): frozenset({"file", "notice"}),
    ("matter", "urgency"): frozenset(m.value for m in MatterUrgency),
    ("matter_event", "kind"): frozenset(m.value for m in MatterEventKind),
    ("plan_item", "status"): frozenset(m.value for m in PlanStatus),
    ("plan_item", "origin"): frozenset(m.value for m in PlanOrigin),
    ("plan_item", "category"): frozenset(m.value for m in PlanCategory),
    ("review", "rating"): frozenset(m.value for m in ReviewRating),
    ("review", "occasion"): frozenset(m.value for m in ReviewOccasion),
    ("event", "kind"): frozenset(m.value for m in EventKind),
}
# Columns added after format 1, with the value a record from an older station gets.
ADDED_COLUMNS: dict[str, dict[str, Any]] = {"matter": {"urgency": MatterUrgency.NORMAL.value}}


def columns(table: str) -> list[str]:
    skip = DERIVED.get(table, ())
    return [c.key for c in TABLES[table].columns if c.key not in skip]


@dataclass(frozen=True)
class ColumnCheck:
    key: str
    kind: str  # str / int / bool / date / datetime
    nullable: bool
    maxlen: int
    pattern: re.Pattern[str] | None
    allowed: frozenset[str] | None


def _checks(table: str) -> list[ColumnCheck]:
    out = []
    t = TABLES[table]
    for key in columns(table):
        col = t.c[key]
        typ = col.type
        pattern: re.Pattern[str] | None = None
        maxlen = 0
        if isinstance(typ, Boolean):
            kind = "bool"
        elif isinstance(typ, Integer):
            kind = "int"
        elif isinstance(typ, DateTime):
            kind = "datetime"
        elif isinstance(typ, Date):
            kind = "date"
        elif isinstance(typ, String | Text):
            kind = "str"
            maxlen = typ.length or MAX_TEXT
        else:  # pragma: no cover - a new column type needs a rule here
            raise TypeError(f"{table}.{key}: {typ!r}")
        if key == "id" or col.foreign_keys:
            pattern = UUID_RE
        elif key == "origin_code":
            pattern = CODE_RE
        elif key == "village_code":
            pattern = VILLAGE_RE
        elif key == "id_number":
            pattern = ID_NUMBER_RE
        out.append(ColumnCheck(key, kind, bool(col.nullable), maxlen, pattern,
                               ENUMS.get((table, key))))
    return out


CHECKS: dict[str, list[ColumnCheck]] = {name: _checks(name) for name in TABLES}
KEYSETS: dict[str, frozenset[str]] = {name: frozenset(columns(name)) for name in TABLES}
MIN_YEAR, MAX_YEAR = 1900, 2200


def bad(table: str, rid: object, field: str, value: object) -> BatchRefused:
    text = repr(value)
    return BatchRefused("batch_bad_record", table=table, id=str(rid)[:40], field=field,
                        value=text[:60])


def check_record(table: str, r: Any) -> None:
    """Shape and values of one record; raises ``BatchRefused`` naming table, id and field."""
    if not isinstance(r, dict):
        raise bad(table, "?", "record", type(r).__name__)
    keys = KEYSETS[table]
    if r.keys() != keys:
        extra = sorted(set(r) - keys)[:3]
        missing = sorted(keys - set(r))[:3]
        raise bad(table, r.get("id", "?"), "columns", {"extra": extra, "missing": missing})
    rid = r["id"]
    for c in CHECKS[table]:
        v = r[c.key]
        if v is None:
            if not c.nullable:
                raise bad(table, rid, c.key, v)
            continue
        kind = c.kind
        if kind == "str":
            if type(v) is not str or len(v) > c.maxlen or "\x00" in v:
                raise bad(table, rid, c.key, v)
            if c.pattern is not None and not c.pattern.fullmatch(v):
                raise bad(table, rid, c.key, v)
            if c.allowed is not None and v not in c.allowed:
                raise bad(table, rid, c.key, v)
        elif kind == "int":
            if type(v) is not int or not -(2 ** 31) <= v < 2 ** 31:
                raise bad(table, rid, c.key, v)
        elif kind == "bool":
            if type(v) is not bool:
                raise bad(table, rid, c.key, v)
        elif kind == "date":
            if type(v) is not str or len(v) != 10:
                raise bad(table, rid, c.key, v)
            try:
                d = date.fromisoformat(v)
            except ValueError:
                raise bad(table, rid, c.key, v) from None
            if not MIN_YEAR <= d.year <= MAX_YEAR:
                raise bad(table, rid, c.key, v)
        else:  # datetime
            if type(v) is not str or not 19 <= len(v) <= 26 or v[10] != "T":
                raise bad(table, rid, c.key, v)
            try:
                dt = datetime.fromisoformat(v)
            except ValueError:
                raise bad(table, rid, c.key, v) from None
            if dt.tzinfo is not None or not MIN_YEAR <= dt.year <= MAX_YEAR:
                raise bad(table, rid, c.key, v)
    if r["version"] < 1:
        raise bad(table, rid, "version", r["version"])
    if table == "household" and not 0 <= r["members_count"] <= 99:
        raise bad(table, rid, "members_count", r["members_count"])
    if table == "village_group" and not 1 <= r["number"] <= 999:
        raise bad(table, rid, "number", r["number"])
    if table == "holiday_day" and r["year"] != int(r["day"][:4]):
        raise bad(table, rid, "year", r["year"])
    if table == "matter" and not 0 <= r["deadline_workdays"] <= 999:
        raise bad(table, rid, "deadline_workdays", r["deadline_workdays"])
    # What the forms check (ID check digit, phone, members 1–30, dates in bounds): one rule set.
    for problem in record_problems(table, r):
        raise bad(table, rid, problem.field, mask_numbers_in(str(r.get(problem.field))))
    if table == "event":
        if not 0 <= r["hours"] <= 24:
            raise bad(table, rid, "hours", r["hours"])
        if r["end_date"] < r["start_date"]:  # ISO dates compare as text
            raise bad(table, rid, "end_date", r["end_date"])
    if table == "box_opening" and not 0 <= r["slips"] <= 999:
        raise bad(table, rid, "slips", r["slips"])


def parse_line(line: bytes) -> tuple[str, dict[str, Any]]:
    """Parse one line strictly: orjson, then the canonical re-encoding must give the same bytes."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise BatchRefused("batch_bad_json", detail=str(exc)[:80]) from exc
    if orjson.dumps(obj) != line:
        raise BatchRefused("batch_bad_json", detail="not canonical (duplicate keys?)")
    if not isinstance(obj, dict) or obj.keys() != {"t", "r"}:
        raise BatchRefused("batch_bad_json", detail="line shape")
    table = obj["t"]
    if not isinstance(table, str) or (table not in TABLES and table != RECEIPT):
        raise BatchRefused("batch_unknown_table", table=str(table)[:40])
    r = obj["r"]
    if not isinstance(r, dict):
        raise BatchRefused("batch_bad_json", detail="record is not an object")
    return table, r


def encode(table: str, row: dict[str, Any]) -> bytes:
    return orjson.dumps({"t": table, "r": row})


# Converting checked JSON values to what the columns hold.
_DATE_COLS: dict[str, list[tuple[str, Callable[[str], Any]]]] = {}
for _name, _cs in CHECKS.items():
    _DATE_COLS[_name] = [(c.key, date.fromisoformat if c.kind == "date" else datetime.fromisoformat)
                         for c in _cs if c.kind in ("date", "datetime")]


def to_db(table: str, r: dict[str, Any]) -> dict[str, Any]:
    """The record as column values (dates parsed); already checked by ``check_record``."""
    out = dict(r)
    for key, conv in _DATE_COLS[table]:
        v = out[key]
        if v is not None:
            out[key] = conv(v)
    return out


def upgrade_record(schema: int, table: str, r: dict[str, Any]) -> dict[str, Any]:
    """Bring a record written by an older line format up to ``RECORD_SCHEMA``. Format 1 is the
    first; when a column is added, its default is filled in here for older batches. A schema
    that does not exist (0, negative, newer than this build) is refused."""
    try:
        check_record_schema(schema, RECORD_SCHEMA)
    except ValidationError:
        raise BatchRefused("batch_bad_record", table=table, id=str(r.get("id", "?"))[:40],
                           field="record_schema", value=repr(schema)[:60]) from None
    if schema < 2 and table == "matter" and "deadline_workdays" not in r:
        r = {**r, "deadline_workdays": 0}  # format 2: the working days a deadline was counted with
    added = ADDED_COLUMNS.get(table)
    if added and isinstance(r, dict) and not added.keys() <= r.keys():
        r = {**{k: v for k, v in added.items() if k not in r}, **r}
    if schema < 2 and table == "matter":
        # format 2 (events): matters know the gathering that raised them
        r = {**r, "event_id": r.get("event_id"), "on_spot": r.get("on_spot", False)}
    return r


def township_reply_filter(name: str, dest: str) -> Any:
    """The rows of a township-owned table that concern village ``dest`` (its reply batch)."""
    t = TABLES[name]
    if name == "reply":
        m = TABLES["matter"]
        return t.c.matter_id.in_(select(m.c.id).where(m.c.village_code == dest))
    if name == "supervision_notice":
        return t.c.village_code == dest
    if name == "supervision_item":
        n = TABLES["supervision_notice"]
        return t.c.notice_id.in_(select(n.c.id).where(n.c.village_code == dest))
    raise KeyError(name)  # pragma: no cover - a new township-owned table needs a rule here
