"""``minqing check``: is the file sound, is the schema current, is the audit chain unbroken,
and does the data match its trail."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from app.audit import verify_chain
from app.i18n import tr
from app.store import integrity_problems, open_store
from models import AuditEvent, SyncBatch, SyncReceipt


@dataclass
class CheckReport:
    ok: bool
    events: int
    problems: list[str] = field(default_factory=list)


def check_file(path: Path, lang: str = "zh_CN") -> CheckReport:
    problems = integrity_problems(path)
    if problems:
        return CheckReport(False, 0, problems)
    store = open_store(path, migrate=False)
    try:
        with store.session() as s:
            events, broken = verify_chain(s)
            head_problems = reported_head_problems(s, lang)
    finally:
        store.close()
    if broken is not None:
        return CheckReport(False, events, [tr("audit_chain_broken", lang, seq=broken)]
                           + head_problems)
    store = open_store(path, migrate=False)
    try:
        with store.session() as s:
            content = content_problems(s, lang)
    finally:
        store.close()
    if head_problems or content:
        return CheckReport(False, events, head_problems + content)
    return CheckReport(True, events)


def check_server(url: str, lang: str = "zh_CN") -> CheckReport:
    """``check`` on a county's PostgreSQL database: no SQLite pragmas (the server keeps its own
    pages sound); instead the schema revision, every declared constraint present and
    validated, then the same audit chain, reported heads and content checks as on a file."""
    from app.dialect import server_problems
    from app.store import head_revision

    store = open_store(url, migrate=False)
    try:
        with store.engine.connect() as conn:
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        problems = [] if rev == head_revision() else [
            f"schema revision {rev}, expected {head_revision()}"]
        problems += server_problems(store.engine)
        if problems:
            return CheckReport(False, 0, problems)
        with store.session() as s:
            events, broken = verify_chain(s)
            head_problems = reported_head_problems(s, lang)
            if broken is not None:
                return CheckReport(False, events, [tr("audit_chain_broken", lang, seq=broken)]
                                   + head_problems)
            content = content_problems(s, lang)
    finally:
        store.close()
    if head_problems or content:
        return CheckReport(False, events, head_problems + content)
    return CheckReport(True, events)


# --- The data matches its trail (issue 9) ---------------------------------------------------
# Every record written through a unit of work has its full image in its "create" event and its
# changes in each "update"; replaying them gives what the record must hold now. A row edited
# behind the app's back (a direct SQL UPDATE of a name or ID number) no longer matches, and is
# named. Rows written in bulk (demo, roster import, batch import) carry one summary event, not a
# per-row image: a row whose version moved past its last per-row event is accepted only when a
# bulk import came after that event; otherwise the version itself gives the edit away.

BULK_ACTIONS = frozenset({"import_batch", "import", "demo"})
ENTITY_ALIASES = {"group": "village_group"}


def _synced_models() -> dict[str, type[Any]]:
    from models.base import Base, Synced

    found: dict[str, type[Any]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced):
            found[cls.__tablename__] = cls  # type: ignore[attr-defined]
    return found


@dataclass
class _Image:
    values: dict[str, Any]
    version: int
    last_seq: int
    known: bool = True  # False after a conflict was resolved with the incoming copy


def _replay(session: Session, tables: set[str]) -> tuple[dict[tuple[str, str], _Image], list[int]]:
    images: dict[tuple[str, str], _Image] = {}
    bulk: list[int] = []
    rows = session.execute(select(AuditEvent.seq, AuditEvent.action, AuditEvent.entity,
                                  AuditEvent.entity_id, AuditEvent.changes)
                           .order_by(AuditEvent.seq))
    for seq, action, entity, entity_id, changes in rows:
        if action in BULK_ACTIONS:
            bulk.append(seq)
            continue
        table = ENTITY_ALIASES.get(entity, entity)
        if table not in tables:
            continue
        key = (table, entity_id)
        if action == "create":
            images[key] = _Image(json.loads(changes), 1, seq)
        elif key in images and action in ("update", "delete"):
            img = images[key]
            if action == "update":
                for field_name, pair in json.loads(changes).items():
                    if isinstance(pair, list) and len(pair) == 2:
                        img.values[field_name] = pair[1]
            else:
                img.values["deleted"] = True
            img.version += 1
            img.last_seq = seq
        elif key in images and action == "resolve_conflict":
            images[key].known = False
            images[key].last_seq = seq
    return images, bulk


def _jsonish(value: Any) -> Any:
    if isinstance(value, date):
        value = value.isoformat()
    return json.loads(json.dumps(value, ensure_ascii=False))


def content_problems(session: Session, lang: str = "zh_CN", limit: int = 50) -> list[str]:
    """Each audited row's current content against the after-image of its latest audit event;
    one sentence per record that does not match (at most ``limit``, then a count)."""
    models = _synced_models()
    images, bulk = _replay(session, set(models))
    problems: list[str] = []
    by_table: dict[str, list[str]] = {}
    for table, rid in images:
        by_table.setdefault(table, []).append(rid)
    for table, ids in sorted(by_table.items()):
        model = models[table]
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found = {r.id: r for r in session.execute(
                select(model).where(model.id.in_(chunk))).scalars()}
            for rid in chunk:
                img = images[(table, rid)]
                row = found.get(rid)
                if row is None:
                    problems.append(tr("check_content_mismatch", lang, entity=table, id=rid,
                                       fields="id"))
                    continue
                if not img.known:
                    continue
                later_bulk = bool(bulk) and bulk[-1] > img.last_seq
                if row.version != img.version:
                    if row.version > img.version and later_bulk:
                        continue  # a newer copy merged from a batch
                    problems.append(tr("check_content_unaudited", lang, entity=table, id=rid,
                                       version=row.version, expected=img.version))
                    continue
                wrong = sorted(k for k, v in img.values.items()
                               if hasattr(row, k) and _jsonish(getattr(row, k)) != v)
                if wrong:
                    problems.append(tr("check_content_mismatch", lang, entity=table, id=rid,
                                       fields=", ".join(wrong)))
    if len(problems) > limit:
        rest = len(problems) - limit
        problems = problems[:limit] + [tr("check_more_problems", lang, count=rest)]
    return problems


def reported_head_problems(session: Session, lang: str = "zh_CN") -> list[str]:
    """Truncation: every batch this station sent carried its audit head (last event's seq and
    hash; the township echoes it in its signed receipt). The trail must still reach each head
    it reported, with the same hash there — an intact chain that stops short of, or differs
    from, what was already reported means events were cut off or rewritten. Only this
    install's own batches count: receipts restored from the township for an old laptop's
    batches describe that laptop's trail, not this one."""
    cols = {c["name"] for c in inspect(session.connection()).get_columns("sync_batch")}
    if "audit_seq" not in cols:  # a file from before audit heads (checked without migrating)
        return []
    sent = select(SyncBatch.batch_id).where(SyncBatch.direction == "out")
    heads = {(int(q or 0), h or "") for q, h in session.execute(
        select(SyncBatch.audit_seq, SyncBatch.audit_hash).where(
            SyncBatch.direction == "out", SyncBatch.audit_seq.is_not(None)))}
    heads |= {(int(q or 0), h or "") for q, h in session.execute(
        select(SyncReceipt.audit_seq, SyncReceipt.audit_hash).where(
            SyncReceipt.direction == "in", SyncReceipt.audit_seq.is_not(None),
            SyncReceipt.batch_id.in_(sent)))}
    heads = {(q, h) for q, h in heads if q > 0}
    if not heads:
        return []
    have = session.execute(select(func.max(AuditEvent.seq))).scalar() or 0
    problems = []
    reported = max(q for q, _ in heads)
    if reported > have:
        problems.append(tr("audit_trail_truncated", lang, reported=reported, have=have))
    for q, h in sorted(heads):
        if q > have:
            break
        ev = session.get(AuditEvent, q)
        if ev is None or ev.hash != h:
            problems.append(tr("audit_trail_rewritten", lang, seq=q))
            break
    return problems
