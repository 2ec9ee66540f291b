"""Per-row digests for rows written in bulk, so ``minqing check`` proves their content as it
proves rows written one by one.

A record saved through a form has its full image in a "create" audit event. Rows written in bulk
(demo data, a roster import, a batch merged at the township) share one summary event instead:
writing 100,000 images into the chain would double an import. So each such row's content is
digested as it was read back from the store, one row per record goes into ``audit_row_digest``,
and the summary event carries ``bulk_id`` plus a digest chained over those rows in insertion
order. Editing a record behind the app's back no longer matches its digest; editing the digest
row too no longer matches the event; editing the event breaks the hash chain.

The digest is taken from what the store returns (not from the dicts handed to ``insert``), so
defaults, type conversions and dialect round-trips are the same at write time and at check time.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from models import AuditRowDigest

# Bookkeeping and derived columns: not what a clerk wrote, and recomputed by the app itself.
SKIP = frozenset({"created_at", "updated_at", "updated_by", "py_initials", "py_full",
                  "id_rev", "phone_rev"})
# The audit actions of bulk writes: one summary event each, naming its rows' digests.
BULK_ACTIONS = frozenset({"import_batch", "import", "demo"})
# …and the events that may carry digests: a conflict decided for the incoming copy overwrites
# one row the way a merge does.
DIGESTED_ACTIONS = BULK_ACTIONS | {"resolve_conflict"}
READ_CHUNK = 900  # ids per IN (…): well under SQLite's and PostgreSQL's parameter limits


def _text(value: Any) -> str:
    """One spelling per value, whatever carried it: the dict handed to ``insert``, the row read
    back, or a JSON before-image in an update event (dates as ISO text, NULL apart from the
    text 'None')."""
    if value is None:
        return "\x00"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def content_columns(table: Table) -> list[str]:
    return [c.key for c in table.columns if c.key not in SKIP]


def digest_of(values: Mapping[str, Any], columns: Sequence[str]) -> str:
    """SHA-256 of the row's content, cut to 128 bits: forging a row to match a given digest is
    still out of reach, and a county's million rows keep half the bytes."""
    text = "\x1e".join([_text(values[c]) for c in columns])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def chain_step(h: Any, entity: str, page: str) -> None:
    h.update(f"{entity}\x1f{page}\n".encode())


def page_text(pairs: list[list[str]]) -> str:
    return json.dumps(pairs, separators=(",", ":"))


def _defaults(table: Table, cols: Sequence[str]) -> dict[str, Any]:
    """What the store fills in for a column an insert leaves out (scalar defaults only; the
    callable ones — ids, times — are always given or not digested)."""
    out: dict[str, Any] = {}
    for c in cols:
        default = table.c[c].default
        arg = getattr(default, "arg", None)
        out[c] = arg if default is not None and getattr(default, "is_scalar", False) else None
    return out


class BulkDigests:
    """Collects the digests of one unit of work's bulk writes; ``summary()`` goes into its
    bulk audit event."""

    def __init__(self) -> None:
        self.bulk_id = uuid.uuid4().hex
        self._chain = hashlib.sha256()
        self.rows = 0
        self.columns: dict[str, list[str]] = {}
        self._defaults: dict[str, dict[str, Any]] = {}

    def _cols(self, table: Table) -> list[str]:
        cols = self.columns.get(table.name)
        if cols is None:
            cols = self.columns[table.name] = content_columns(table)
            self._defaults[table.name] = _defaults(table, cols)
        return cols

    def record_rows(self, session: Session, table: Table,
                    rows: Iterable[Mapping[str, Any]]) -> None:
        """Rows as just handed to an INSERT or UPDATE with every column given (or defaulted):
        digested from the dicts themselves, no read back."""
        cols = self._cols(table)
        defaults = self._defaults[table.name]
        pairs = []
        for r in rows:
            rid = str(r.get("id", r.get("_id")))
            pairs.append([rid, digest_of({**defaults, **r, "id": rid}, cols)])
        if pairs:
            page = page_text(pairs)
            chain_step(self._chain, table.name, page)
            session.execute(insert(AuditRowDigest),
                            {"bulk_id": self.bulk_id, "entity": table.name, "digests": page})
            self.rows += len(pairs)

    def record_ids(self, session: Session, table: Table, ids: Iterable[str]) -> None:
        """Rows changed by a statement whose values are not all at hand: read them back."""
        cols = self._cols(table)
        todo = list(ids)
        for start in range(0, len(todo), READ_CHUNK):
            chunk = todo[start:start + READ_CHUNK]
            found = {r["id"]: dict(r) for r in session.execute(
                select(*(table.c[c] for c in cols)).where(table.c.id.in_(chunk))).mappings()}
            self.record_rows(session, table, [found[i] for i in chunk if i in found])

    def summary(self) -> dict[str, Any]:
        # The columns digested, per table: a column added by a later migration is not part of
        # an older row's digest, and check must not expect it there.
        return {"bulk_id": self.bulk_id, "rows_digest": self._chain.hexdigest(),
                "digested": self.rows, "digest_columns": self.columns}
