"""Unit of work: one user action, one transaction, its audit events inside the same transaction.

Nothing is written unless ``commit()`` is called; leaving the block otherwise rolls back, so an
exception half-way through a save leaves the store as it was.
"""

from __future__ import annotations

from datetime import date
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app import audit
from app.errors import MinqingError, NotFound
from app.row_digest import DIGESTED_ACTIONS, BulkDigests
from app.services import county_guard
from app.store import WRITE_OPTION, Store, busy_error, is_busy_error
from models.base import Synced, utcnow

T = TypeVar("T", bound=Synced)


class UnitOfWork:
    def __init__(self, store: Store, actor: str, origin_code: str,
                 refusal: Exception | None = None) -> None:
        self.store = store
        self.refusal = refusal  # set for read-only users: commit() raises it, rolling back
        self.actor = actor
        self.origin_code = origin_code
        self._session: Session | None = None
        self._committed = False
        self._last_hash: str | None = None
        self._digests: BulkDigests | None = None

    @property
    def session(self) -> Session:
        assert self._session is not None, "use UnitOfWork inside a with block"
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self.store.session()
        try:
            # SQLite: BEGIN IMMEDIATE; PostgreSQL: the writers' advisory lock (app.dialect).
            # Either waits up to 5 s for another writer, then gives up with "busy".
            self._session.connection(execution_options={WRITE_OPTION: True})
        except OperationalError as exc:
            self._session.close()
            self._session = None
            if is_busy_error(exc):
                raise busy_error() from exc
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        assert self._session is not None
        if not self._committed:
            self._session.rollback()
        self._session.close()
        self._session = None

    def commit(self) -> None:
        if self.refusal is not None:
            raise self.refusal
        try:
            self.session.commit()
        except OperationalError as exc:
            if is_busy_error(exc):
                raise busy_error() from exc
            raise
        self._committed = True

    def record_bulk(self, table: Any, rows: list[dict[str, Any]] | None = None,
                    ids: list[str] | None = None) -> None:
        """Rows just written in bulk (inserted or overwritten), as their dicts or by id (read
        back): digested for the bulk audit event this unit of work appends next (see
        ``app.row_digest``)."""
        if "id" not in table.c or "version" not in table.c:
            return  # not a travelling record: nothing for check to compare
        if self._digests is None:
            self._digests = BulkDigests()
        if rows is not None:
            self._digests.record_rows(self.session, table, rows)
        if ids:
            self._digests.record_ids(self.session, table, ids)

    def audit(self, action: str, entity: str, entity_id: str, changes: dict[str, Any]) -> None:
        county_guard.check(self, action, entity)  # a county changes only what it owns
        if action in DIGESTED_ACTIONS and self._digests is not None:
            changes = {**changes, **self._digests.summary()}
            self._digests = None
        # The chain's end is read once per transaction and then carried along: a 1,000-card
        # print run writes 1,000 events without 1,000 look-ups.
        ev = audit.append(self.session, self.actor, action, entity, entity_id, changes,
                          prev=self._last_hash)
        self._last_hash = ev.hash

    def get(self, model: type[T], key: str, what: str) -> T:
        obj = self.session.get(model, key)
        if obj is None or obj.deleted:
            raise NotFound("not_found", what=what, key=key)
        return obj

    def add_record(self, obj: T, entity: str) -> T:
        """Stamp a new travelling record with origin, author and times, add it, audit it."""
        now = utcnow()
        obj.origin_code = obj.origin_code or self.origin_code
        obj.created_at = now
        obj.updated_at = now
        obj.updated_by = self.actor
        obj.version = 1
        obj.deleted = False
        self.session.add(obj)
        self.session.flush()
        self.audit("create", entity, obj.id, _snapshot(obj))
        return obj

    def _check_owner(self, obj: Synced, entity: str) -> None:
        """A record is changed only by the station it belongs to: a township holds its villages'
        records read-only (it answers with replies of its own), and a village cannot edit the
        township's replies. The batch merge is what brings the owner's newer versions."""
        county_guard.check(self, "update", entity)
        if obj.origin_code and obj.origin_code != self.origin_code:
            raise MinqingError("not_owner", entity=entity, owner=obj.origin_code)

    def update_record(self, obj: T, entity: str, **values: Any) -> dict[str, Any]:
        """Apply changed fields only; bump version and audit the before/after of each change."""
        self._check_owner(obj, entity)
        changed: dict[str, Any] = {}
        for key, value in values.items():
            old = getattr(obj, key)
            if old != value:
                changed[key] = [_plain(old), _plain(value)]
                setattr(obj, key, value)
        if changed:
            obj.updated_at = utcnow()
            obj.updated_by = self.actor
            obj.version = obj.version + 1
            self.session.flush()
            self.audit("update", entity, obj.id, changed)
        return changed

    def delete_record(self, obj: T, entity: str) -> None:
        """Soft delete: the record stays, flagged, so it travels and can be shown in history."""
        self._check_owner(obj, entity)
        if obj.deleted:
            return
        obj.deleted = True
        obj.updated_at = utcnow()
        obj.updated_by = self.actor
        obj.version = obj.version + 1
        self.session.flush()
        self.audit("delete", entity, obj.id, {})


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def _snapshot(obj: Synced) -> dict[str, Any]:
    skip = {"created_at", "updated_at", "updated_by", "version", "deleted", "py_initials",
            "py_full", "id_rev", "phone_rev"}
    table = obj.__table__  # type: ignore[attr-defined]
    return {c.key: _plain(getattr(obj, c.key)) for c in table.columns if c.key not in skip}
