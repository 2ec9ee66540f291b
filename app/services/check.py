"""``minqing check``: is the file sound, is the schema current, is the audit chain unbroken,
and does the data match its trail."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from app.audit import verify_chain
from app.i18n import tr
from app.row_digest import BULK_ACTIONS, DIGESTED_ACTIONS, chain_step, digest_of
from app.store import integrity_problems, open_store
from models import AuditEvent, AuditRowDigest, SyncBatch, SyncReceipt


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
# changes in each "update"; replaying them gives what the record must hold now. Rows written in
# bulk (demo, roster import, batch merge, a conflict decided for the incoming copy) have a
# digest of their content instead, in ``audit_row_digest``, named by the bulk event (see
# ``app.row_digest``): undoing the per-row changes made since must give that digest back. A row
# edited behind the app's back (a direct SQL UPDATE of a name or ID number) no longer matches
# either way, and is named. Files written before digests existed keep the older, weaker rule: a
# version moved past its last per-row event is accepted when a bulk event came after it.

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
    known: bool = True  # False after a conflict decided before digests existed
    digest: str | None = None  # set: the row was written in bulk; ``values`` unused
    columns: list[str] = field(default_factory=list)
    since: list[dict[str, Any]] = field(default_factory=list)  # per-row changes after it


@dataclass
class _Replay:
    images: dict[tuple[str, str], _Image]
    legacy_bulk: list[int]
    problems: list[str]


def _digest_rows(session: Session) -> dict[str, tuple[str, int, list[tuple[str, str, str]]]]:
    """bulk_id → (chained digest, row count, rows) recomputed from the digest pages."""
    out: dict[str, tuple[Any, list[tuple[str, str, str]]]] = {}
    for bulk_id, entity, page in session.execute(
            select(AuditRowDigest.bulk_id, AuditRowDigest.entity, AuditRowDigest.digests)
            .order_by(AuditRowDigest.id)):
        if bulk_id not in out:
            out[bulk_id] = (hashlib.sha256(), [])
        chain_step(out[bulk_id][0], entity, page)
        try:
            pairs = json.loads(page)
        except ValueError:
            pairs = []
        out[bulk_id][1].extend((entity, str(p[0]), str(p[1])) for p in pairs
                               if isinstance(p, list) and len(p) == 2)
    return {k: (h.hexdigest(), len(rows), rows) for k, (h, rows) in out.items()}


def _replay(session: Session, tables: set[str], lang: str) -> _Replay:
    images: dict[tuple[str, str], _Image] = {}
    legacy: list[int] = []
    problems: list[str] = []
    has_digests = "audit_row_digest" in inspect(session.connection()).get_table_names()
    bulks = _digest_rows(session) if has_digests else {}
    rows = session.execute(select(AuditEvent.seq, AuditEvent.action, AuditEvent.entity,
                                  AuditEvent.entity_id, AuditEvent.changes)
                           .order_by(AuditEvent.seq))
    for seq, action, entity, entity_id, changes in rows:
        if action in DIGESTED_ACTIONS:
            body = json.loads(changes)
            bulk_id = body.get("bulk_id") if isinstance(body, dict) else None
            if bulk_id:
                chained, count, digested = bulks.pop(bulk_id, ("", 0, []))
                if chained != body.get("rows_digest") or count != body.get("digested"):
                    problems.append(tr("check_digests_altered", lang, seq=seq))
                    continue
                columns = body.get("digest_columns", {})
                for table, rid, d in digested:
                    images[(table, rid)] = _Image({}, 0, seq, digest=d,
                                                  columns=columns.get(table, []))
                continue
            if action in BULK_ACTIONS:
                legacy.append(seq)
                continue
        table = ENTITY_ALIASES.get(entity, entity)
        if table not in tables:
            continue
        key = (table, entity_id)
        if action == "create":
            images[key] = _Image(json.loads(changes), 1, seq)
        elif key in images and action in ("update", "delete"):
            img = images[key]
            diff = json.loads(changes) if action == "update" else {"deleted": [False, True]}
            if img.digest is not None:
                img.since.append(diff)
            else:
                for field_name, pair in diff.items():
                    if isinstance(pair, list) and len(pair) == 2:
                        img.values[field_name] = pair[1]
                img.version += 1
            img.last_seq = seq
        elif key in images and action == "resolve_conflict":
            images[key].known = False
            images[key].last_seq = seq
    if bulks:  # digests no bulk event names: written behind the app's back
        problems.append(tr("check_digests_orphaned", lang, count=sum(n for _, n, _ in
                                                                      bulks.values())))
    return _Replay(images, legacy, problems)


def _jsonish(value: Any) -> Any:
    if isinstance(value, date):
        value = value.isoformat()
    return json.loads(json.dumps(value, ensure_ascii=False))


def _digest_matches(row: Any, img: _Image) -> bool:
    """Undo the per-row changes made since the bulk write and digest what is left."""
    values = {c: getattr(row, c) for c in img.columns if hasattr(row, c)}
    if len(values) != len(img.columns):
        return False
    latest: dict[str, Any] = {}
    for diff in img.since:
        latest.update({k: p[1] for k, p in diff.items() if isinstance(p, list) and len(p) == 2})
    if any(k in values and _jsonish(values[k]) != v for k, v in latest.items()):
        return False  # a field changed through the app, then again behind its back
    for diff in reversed(img.since):
        for field_name, pair in diff.items():
            if field_name in values and isinstance(pair, list) and len(pair) == 2:
                values[field_name] = pair[0]
        if "version" in values:
            values["version"] = values["version"] - 1
    return digest_of(values, img.columns) == img.digest


def content_problems(session: Session, lang: str = "zh_CN", limit: int = 50) -> list[str]:
    """Each audited row's current content against the after-image of its latest audit event
    (or the digest of its latest bulk write); one sentence per record that does not match (at
    most ``limit``, then a count)."""
    models = _synced_models()
    replay = _replay(session, set(models), lang)
    images, bulk = replay.images, replay.legacy_bulk
    problems: list[str] = list(replay.problems)
    by_table: dict[str, list[str]] = {}
    for table, rid in images:
        if table in models:
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
                if img.digest is not None:
                    if not _digest_matches(row, img):
                        problems.append(tr("check_content_digest", lang, entity=table, id=rid))
                    continue
                later_bulk = bool(bulk) and bulk[-1] > img.last_seq
                if row.version != img.version:
                    if row.version > img.version and later_bulk:
                        continue  # a newer copy merged from a batch before digests existed
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
