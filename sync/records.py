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

from models import (
    Assignment,
    Cadre,
    ContactCard,
    Group,
    Household,
    Matter,
    MatterNote,
    Member,
    Reply,
    SupervisionItem,
    SupervisionNotice,
    Visit,
)
from models.base import Base
from models.vocab import MatterCategory, MatterStatus, Satisfaction, VisitMode
from sync.container import BatchRefused

# Travelling tables, parents before children: a record never refers to one later in the stream.
# ``village`` does not travel: each station has its own row (init / enrollment).
MODELS: tuple[type[Base], ...] = (Group, Cadre, Household, Member, Assignment, ContactCard,
                                  Visit, Matter, MatterNote, Reply, SupervisionNotice,
                                  SupervisionItem)
TABLES: dict[str, Table] = {m.__tablename__: m.__table__ for m in MODELS}  # type: ignore[attr-defined,misc]
MODEL_OF: dict[str, type[Base]] = {m.__tablename__: m for m in MODELS}  # type: ignore[attr-defined]
ORDER = {name: i for i, name in enumerate(TABLES)}
# Tables the township owns and sends back to each village in its reply batch: its replies and
# its supervision notices (督办单) with their items. A village never sends or edits these.
TOWNSHIP_OWNED: frozenset[str] = frozenset({"reply", "supervision_notice", "supervision_item"})
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
RECORD_SCHEMA = 1  # version of the line format; older ones are upgraded in ``upgrade_record``

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CODE_RE = re.compile(r"\d{9}|\d{12}")
VILLAGE_RE = re.compile(r"\d{12}")
ID_NUMBER_RE = re.compile(r"|\d{17}[\dX]")

ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("visit", "mode"): frozenset(m.value for m in VisitMode),
    ("matter", "category"): frozenset(m.value for m in MatterCategory),
    ("matter", "status"): frozenset(m.value for m in MatterStatus),
    ("matter", "satisfaction"): frozenset({""} | {m.value for m in Satisfaction}),
}


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
    first; when a column is added, its default is filled in here for older batches."""
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
