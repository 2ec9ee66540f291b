"""Township → county batches: the township's own records plus its villages' batches, forwarded
as received, so the county checks every village's own signature (issue 14).

Design (docs/batch-format.md, "County batches"): when a township applies a village batch and
has enrolled its county, it keeps the village's sealed file byte for byte in
``<store>.forward/``. Its next county batch is an ordinary sealed ``.mqb`` from the township to
the county whose records are the township's own (replies, holiday table, supervision notices);
its signed manifest adds a ``county`` block listing the township's villages (code, name, signing
key) and, for each forwarded village file, its name, SHA-256 and the village's batch key wrapped
again for the county. The village files travel beside it, unchanged. The county verifies each
village file against the village's key, unwraps the key the township handed over, and runs the
same checks and merge as a township importing that village (``sync.verify.check_batch``): the
village's records are still signed by the village, and a township can forward only its own
villages' files (code prefix, enrolled at the township, destination the township).

A county import is not one transaction: the township's records and each forwarded village batch
are applied one after the other, each atomically and recorded by its batch id, so a repeat of
the same import resumes where an interrupted one stopped and never applies anything twice.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import shutil
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError
from app.services.county_guard import applying_batches
from app.services.station import get_station, list_villages
from app.services.supervision import adopt_county_notices
from app.store import head_revision
from models import SyncBatch, SyncPeer, SyncPeerKey, SyncReceipt, Village
from models.base import utcnow
from models.vocab import StationKind
from sync import container
from sync.common import Progress, outbox_dir
from sync.container import BatchRefused, SealedWriter
from sync.export import app_version, audit_head
from sync.importer import take_backup
from sync.keys import all_own_keys, own_keys
from sync.manifest import FORMAT, KEY_ALG, check_manifest, receipt_body
from sync.merge import Applier
from sync.records import (
    ORDER,
    RECEIPT,
    RECORD_SCHEMA,
    TABLES,
    TOWNSHIP_OWNED,
    check_record,
    columns,
    encode,
    parse_line,
    to_db,
    upgrade_record,
)
from sync.safefile import commit_temp, copy_atomic, temp_name
from sync.verify import Opened, check_batch, open_batch

COUNTY_BLOCK_VERSION = 1
FORWARD_NAME = re.compile(r"MQ_\d{12}_to_\d{9}_\d{5}_\d{8}(_full)?\.mqb")
INCREMENTAL_OVERLAP = timedelta(days=1)


def check_county_pairing(me_kind: str, me_code: str, card_kind: str, card_code: str,
                         card_name: str) -> None:
    """Who may enroll whom one level up: a county its townships (9-digit codes starting with
    the county's 6), a township its own county (the first 6 digits of its code)."""
    ok = (me_kind == StationKind.COUNTY and card_kind == StationKind.TOWNSHIP
          and card_code.startswith(me_code)) or (
        me_kind == StationKind.TOWNSHIP and card_kind == StationKind.COUNTY
        and me_code.startswith(card_code))
    if not ok:
        raise MinqingError("enroll_wrong_peer", code=card_code, name=card_name)


def forward_dir(ctx: AppContext) -> Path:
    """Village batches a township has applied and not yet forwarded to its county."""
    p = ctx.store.path
    return p.parent / f"{p.stem}.forward"


def county_peer(session: Session) -> SyncPeer | None:
    return session.execute(select(SyncPeer).where(
        SyncPeer.kind == StationKind.COUNTY.value)).scalars().first()


def keep_for_county(ctx: AppContext, path: Path) -> Path | None:
    """Township, after a village batch was applied: keep the file as received for the county.
    Nothing is kept while no county is enrolled (the village's next full batch covers it)."""
    with ctx.read() as s:
        me = get_station(s)
        county = county_peer(s)
    if me is None or me.kind != StationKind.TOWNSHIP or county is None:
        return None
    folder = forward_dir(ctx)
    folder.mkdir(parents=True, exist_ok=True)
    name = Path(path).name
    if not FORWARD_NAME.fullmatch(name):
        env = container.read_envelope(Path(path))
        name = f"MQ_{env.manifest['origin']['code']}_to_{me.code}_{int(env.manifest['seq']):05d}" \
               f"_{utcnow():%Y%m%d}.mqb"
    return copy_atomic(Path(path), folder / name)


def tier_mismatch(ctx: AppContext, path: Path | str) -> MinqingError | None:
    """Why a plain ``batch import`` must not take this file, or None: a township's batch for
    its county goes through ``county import`` (its forwarded village files with it), and the
    county's reply through ``county accept``. Read from the file's framing and manifest, before
    any key is used — only to name the right command; the real checks stay with the import."""
    try:
        man = container.read_envelope(Path(path)).manifest
    except (MinqingError, OSError, ValueError):
        return None
    origin = man.get("origin") if isinstance(man, dict) else None
    dest = man.get("destination") if isinstance(man, dict) else None
    if not isinstance(origin, dict) or not isinstance(dest, dict):
        return None
    with ctx.read() as s:
        me = get_station(s)
    if me is None:
        return None
    name = Path(path).name
    if "county" in man:  # a township → county batch
        if me.kind == StationKind.COUNTY:
            return MinqingError("county_use_county_import", file=name)
        return MinqingError("county_batch_for_county", file=name,
                            township=str(origin.get("name", ""))[:64],
                            county=str(dest.get("name", ""))[:64])
    if origin.get("kind") == StationKind.COUNTY.value:
        return MinqingError("county_use_county_accept", file=name)
    return None


# --- township: export to the county -----------------------------------------------------------

@dataclass
class CountyExport:
    path: Path
    batch_id: str
    destination: str
    seq: int
    counts: dict[str, int]
    forwarded: list[Path] = field(default_factory=list)


def _forwardable(s: Session, ctx: AppContext, me_code: str) -> list[tuple[Path, Any]]:
    """The kept village files that are genuinely from an enrolled village of this township."""
    out: list[tuple[Path, Any]] = []
    folder = forward_dir(ctx)
    if not folder.is_dir():
        return out
    for p in sorted(folder.glob("MQ_*.mqb")):
        env = container.read_envelope(p)
        man = check_manifest(env)
        peer = s.get(SyncPeer, man.origin)
        if peer is None or peer.kind != StationKind.VILLAGE or man.destination != me_code \
                or not man.origin.startswith(me_code):
            raise MinqingError("county_foreign_village", code=man.origin, township=me_code)
        env.verify(peer.sign_public)
        out.append((p, man))
    out.sort(key=lambda pm: (pm[1].origin, pm[1].seq))
    return out


def export_to_county(ctx: AppContext, to_dir: Path | str, full: bool = False,
                     progress: Progress | None = None) -> CountyExport:
    """Write the township's batch for its county and copy the kept village files beside it."""
    to_dir = Path(to_dir)
    if not to_dir.is_dir():
        raise MinqingError("batch_folder_unusable", path=str(to_dir), detail="")
    keys = own_keys(ctx)
    started = utcnow()
    batch_id = str(uuid.uuid4())
    with ctx.read() as s:
        me = get_station(s)
        assert me is not None
        if me.kind != StationKind.TOWNSHIP:
            raise MinqingError("county_township_only")
        county = county_peer(s)
        if county is None:
            raise MinqingError("county_not_enrolled")
        since = None if full or county.exported_until is None \
            else county.exported_until - INCREMENTAL_OVERLAP
        last = s.execute(select(func.max(SyncBatch.seq)).where(
            SyncBatch.direction == "out", SyncBatch.destination_code == county.code)).scalar()
        prev = s.execute(select(SyncBatch.batch_id).where(
            SyncBatch.direction == "out", SyncBatch.destination_code == county.code,
            SyncBatch.seq == (last or 0))).scalar() or ""
        seq = (last or 0) + 1
        villages = [{"code": p.code, "name": p.name,
                     "sign_public": base64.b64encode(p.sign_public).decode("ascii")}
                    for p in s.execute(select(SyncPeer).where(
                        SyncPeer.kind == StationKind.VILLAGE.value).order_by(SyncPeer.code))
                    .scalars()]
        head_seq, head_hash = audit_head(s)
        forwards = _forwardable(s, ctx, me.code)
        own = all_own_keys(s)
        queries = []
        for name in TABLES:
            if name not in TOWNSHIP_OWNED:
                continue
            t = TABLES[name]
            cond = t.c.origin_code == me.code
            if since is not None:
                cond = and_(cond, t.c.updated_at > since)
            queries.append((name, select(*(t.c[k] for k in columns(name))).where(cond)))
    forwarded = []
    for p, man in forwards:
        aad = f"{man.origin}>{man.destination}".encode()
        key = next((k for k in (container.unwrap_key(man.epk, man.wrapped, o.box, man.batch_id,
                                                     aad) for o in own) if k is not None), None)
        if key is None:
            raise MinqingError("county_foreign_village", code=man.origin, township=me.code)
        epk, wrapped = container.wrap_key(key, county.box_public, man.batch_id,
                                          _forward_aad(man.origin, me.code, county.code))
        forwarded.append({"file": p.name, "sha256": container.file_sha256(p),
                          "batch_id": man.batch_id, "origin": man.origin, "seq": man.seq,
                          "epk": base64.b64encode(epk).decode("ascii"),
                          "wrapped": base64.b64encode(wrapped).decode("ascii")})
    name = f"MQ_{me.code}_to_{county.code}_{seq:05d}_{started:%Y%m%d}" \
           f"{'_full' if full else ''}.mqb"
    outbox = outbox_dir(ctx)
    outbox.mkdir(parents=True, exist_ok=True)
    kept = outbox / name
    tmp = temp_name(kept)
    bkey = container.new_batch_key()
    epk, wrapped = container.wrap_key(bkey, county.box_public, batch_id,
                                      f"{me.code}>{county.code}".encode())
    counts: dict[str, int] = defaultdict(int)
    try:
        with tmp.open("wb") as fh:
            w = SealedWriter(fh, batch_id, bkey)
            with ctx.store.engine.connect() as conn:
                for tname, q in queries:
                    for row in conn.execute(q):
                        w.write_line(encode(tname, dict(row._mapping)))
                        counts[tname] += 1
            manifest = {
                "format": FORMAT, "format_version": container.FORMAT_VERSION,
                "batch_id": batch_id, "origin": {"code": me.code, "name": me.name,
                                                 "kind": me.kind},
                "destination": {"code": county.code, "name": county.name},
                "seq": seq, "prev_batch_id": prev, "full": full,
                "created_at": started.isoformat(timespec="seconds"),
                "app_version": app_version(), "schema_revision": head_revision(),
                "record_schema": RECORD_SCHEMA, "counts": dict(counts),
                "audit_head": {"seq": head_seq, "hash": head_hash},
                "key": {"alg": KEY_ALG, "epk": base64.b64encode(epk).decode("ascii"),
                        "wrapped": base64.b64encode(wrapped).decode("ascii"),
                        "recipient": county.fingerprint},
                "county": {"version": COUNTY_BLOCK_VERSION, "villages": villages,
                           "forwarded": forwarded},
            }
            w.finish(manifest, keys.sign)
            fh.flush()
            os.fsync(fh.fileno())
        commit_temp(tmp, kept)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    copies = [copy_atomic(p, to_dir / p.name) for p, _ in forwards]
    final = to_dir / name
    if final.resolve() != kept.resolve():
        copy_atomic(kept, final)
    env = container.read_envelope(final)
    env.verify(keys.sign_public)
    with ctx.uow() as uow:
        uow.session.add(SyncBatch(
            batch_id=batch_id, direction="out", origin_code=me.code, destination_code=county.code,
            seq=seq, prev_batch_id=prev, full=full, created_at=started, file_name=name,
            file_sha256=container.file_sha256(final), kept_path=str(kept), status="sent",
            counts=orjson.dumps(dict(counts)).decode(), audit_seq=head_seq,
            audit_hash=head_hash))
        peer = uow.session.get(SyncPeer, county.code)
        assert peer is not None
        peer.exported_until = started
        uow.audit("export_county_batch", "sync_batch", batch_id,
                  {"destination": county.code, "seq": seq, "forwarded": len(forwarded),
                   **counts})
        uow.commit()
    sent = forward_dir(ctx) / "sent" / batch_id
    sent.mkdir(parents=True, exist_ok=True)
    for p, _ in forwards:  # kept until the county's copy is confirmed, then removable
        shutil.move(str(p), sent / p.name)
    return CountyExport(final, batch_id, county.code, seq, dict(counts), copies)


def _forward_aad(village: str, township: str, county: str) -> bytes:
    return f"forward:{village}>{township}>{county}".encode()


# --- county: import a township's batch --------------------------------------------------------

@dataclass
class CountyImport:
    file: str
    batch_id: str = ""
    township: str = ""
    township_name: str = ""
    status: str = "rejected"  # applied / already_applied / rejected
    reason: str = ""
    reason_code: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    villages: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "batch_id": self.batch_id, "township": self.township,
                "township_name": self.township_name, "status": self.status,
                "reason": self.reason, "reason_code": self.reason_code, "counts": self.counts,
                "villages": self.villages}


def _county_block(op: Opened) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The manifest's ``county`` block, strictly: only villages of this township."""
    block = op.env.manifest.get("county")
    township = op.man.origin
    if not isinstance(block, dict) or block.get("version") != COUNTY_BLOCK_VERSION:
        raise BatchRefused("batch_damaged", detail="county block")
    villages, fwd = block.get("villages"), block.get("forwarded")
    if not isinstance(villages, list) or not isinstance(fwd, list):
        raise BatchRefused("batch_damaged", detail="county block")
    known = {}
    for v in villages:
        if not isinstance(v, dict) or not all(isinstance(v.get(k), str) for k in
                                              ("code", "name", "sign_public")):
            raise BatchRefused("batch_damaged", detail="county villages")
        if not (len(v["code"]) == 12 and v["code"].isdigit()
                and v["code"].startswith(township)):
            raise BatchRefused("county_foreign_village", code=v["code"][:20], township=township)
        try:
            key = base64.b64decode(v["sign_public"], validate=True)
        except ValueError as exc:
            raise BatchRefused("batch_damaged", detail="county villages") from exc
        if len(key) != 32:
            raise BatchRefused("batch_damaged", detail="county villages")
        known[v["code"]] = v
    for f in fwd:
        ok = isinstance(f, dict) and all(isinstance(f.get(k), str) for k in
                                         ("file", "sha256", "batch_id", "origin", "epk",
                                          "wrapped")) and type(f.get("seq")) is int
        if not ok or not FORWARD_NAME.fullmatch(f["file"]):
            raise BatchRefused("batch_damaged", detail="county forwarded")
        if f["origin"] not in known:
            raise BatchRefused("county_foreign_village", code=f["origin"][:20],
                               township=township)
    return villages, fwd


def _check_township_lines(op: Opened) -> dict[str, int]:
    """The township's own records: only township-owned tables, its own, about its villages."""
    tables: dict[str, int] = defaultdict(int)
    last = -1
    township = op.man.origin
    seen: set[tuple[str, str]] = set()
    for line in container.iter_lines(op.env, op.key, op.man.batch_id):
        table, r = parse_line(line)
        if table == RECEIPT or table not in TOWNSHIP_OWNED:
            raise BatchRefused("batch_foreign_record", table=table, id=str(r.get("id", "")),
                               origin=str(r.get("origin_code", "")))
        if ORDER[table] < last:
            raise BatchRefused("batch_damaged", detail=f"order at {table}")
        last = ORDER[table]
        r = upgrade_record(op.man.record_schema, table, r)
        check_record(table, r)
        vc = r.get("village_code", township)
        if r["origin_code"] != township or not str(vc).startswith(township):
            raise BatchRefused("batch_foreign_record", table=table, id=r["id"],
                               origin=r["origin_code"])
        if (table, r["id"]) in seen:
            raise BatchRefused("batch_duplicate_record", table=table, id=r["id"])
        seen.add((table, r["id"]))
        tables[table] += 1
    declared = {k: v for k, v in op.man.counts.items() if v}
    if dict(tables) != declared:
        raise BatchRefused("batch_count_mismatch", declared=str(declared)[:200],
                           found=str(dict(tables))[:200])
    return dict(tables)


def _open_forwarded(s: Session, op: Opened, f: dict[str, Any], folder: Path,
                    village_key: bytes) -> Opened:
    """A village's file as the township received it: same bytes, the village's signature, a
    batch for this township; the key is the one the township wrapped again for us."""
    path = folder / f["file"]
    if not path.is_file():
        raise BatchRefused("county_forward_missing", file=f["file"])
    if container.file_sha256(path) != f["sha256"]:
        raise BatchRefused("batch_damaged", detail=f["file"])
    env = container.read_envelope(path)
    env.verify(village_key)  # the village's own signature, checked here at the county
    man = check_manifest(env)
    if man.origin != f["origin"] or man.destination != op.man.origin \
            or man.batch_id != f["batch_id"] or man.origin_kind != StationKind.VILLAGE:
        raise BatchRefused("county_foreign_village", code=man.origin, township=op.man.origin)
    try:
        epk = base64.b64decode(f["epk"], validate=True)
        wrapped = base64.b64decode(f["wrapped"], validate=True)
    except ValueError as exc:
        raise BatchRefused("batch_damaged", detail="county forwarded") from exc
    aad = _forward_aad(man.origin, op.man.origin, op.me.code)
    for own in all_own_keys(s):
        key = container.unwrap_key(epk, wrapped, own.box, man.batch_id, aad)
        if key is not None:
            return Opened(env, man, key, op.me, StationKind.VILLAGE.value, man.origin_name)
    raise BatchRefused("batch_not_for_our_key")


def _enroll_villages(ctx: AppContext, op: Opened, villages: list[dict[str, Any]]) -> None:
    """The county learns each village's signing key from its township's signed manifest."""
    now = utcnow()
    with ctx.uow() as uow:
        s = uow.session
        for v in villages:
            key = base64.b64decode(v["sign_public"])
            peer = s.get(SyncPeer, v["code"])
            if peer is None:
                s.add(SyncPeer(code=v["code"], kind=StationKind.VILLAGE.value, name=v["name"][:64],
                               township_code=op.man.origin, sign_public=key, box_public=b"",
                               fingerprint="", enrolled_at=now))
                s.add(SyncPeerKey(peer_code=v["code"], sign_public=key, box_public=b"",
                                  fingerprint="", enrolled_at=now))
                uow.audit("enroll", "sync_peer", v["code"],
                          {"name": v["name"], "via": op.man.origin, "status": "enrolled"})
            elif peer.sign_public != key:
                if peer.township_code != op.man.origin:
                    raise BatchRefused("county_foreign_village", code=v["code"],
                                       township=op.man.origin)
                peer.sign_public = key
                s.add(SyncPeerKey(peer_code=v["code"], sign_public=key, box_public=b"",
                                  fingerprint="", enrolled_at=now))
                uow.audit("enroll", "sync_peer", v["code"],
                          {"name": v["name"], "via": op.man.origin, "status": "replaced"})
            row = s.execute(select(Village).where(Village.code == v["code"])).scalar()
            if row is None:
                uow.add_record(Village(code=v["code"], name=v["name"][:64],
                                       township_code=op.man.origin), "village")
        uow.commit()


def _record_in(uow: Any, op: Opened, path: Path, counts: dict[str, int]) -> None:
    man = op.man
    uow.session.add(SyncBatch(
        batch_id=man.batch_id, direction="in", origin_code=man.origin,
        destination_code=man.destination, seq=man.seq, prev_batch_id=man.prev_batch_id,
        full=man.full, created_at=man.created_at, file_name=path.name[:128],
        file_sha256=container.file_sha256(path), status="applied",
        counts=orjson.dumps(counts).decode(), applied_at=utcnow(), audit_seq=man.audit_seq,
        audit_hash=man.audit_hash if man.audit_seq is not None else None))


def _apply(ctx: AppContext, op: Opened, path: Path) -> dict[str, int]:
    with ctx.uow() as uow:
        applier = Applier(uow, uow.session, op)
        applier.run(None)
        counts = applier.counts.as_dict()
        _record_in(uow, op, path, counts)
        uow.audit("import_batch", "sync_batch", op.man.batch_id,
                  {"origin": op.man.origin, "via": op.me.code if op.peer_kind ==
                   StationKind.TOWNSHIP else op.man.destination, "seq": op.man.seq,
                   "file": path.name, **counts})
        uow.commit()
    return counts


def import_county_batch(ctx: AppContext, path: Path | str) -> CountyImport:
    """County: check and apply one township batch and the village files it forwards — the one
    way village records reach a county, whose services are otherwise read-only for them
    (``app.services.county_guard``)."""
    with applying_batches():
        return _import_county_batch(ctx, Path(path))


def _import_county_batch(ctx: AppContext, path: Path) -> CountyImport:
    result = CountyImport(file=str(path))
    try:
        with ctx.read() as s:
            me = get_station(s)
            if me is None or me.kind != StationKind.COUNTY:
                raise tier_mismatch(ctx, path) or MinqingError("county_only")
            op = open_batch(s, path)
            result.batch_id, result.township = op.man.batch_id, op.man.origin
            result.township_name = op.peer_name
            if op.peer_kind != StationKind.TOWNSHIP or not op.man.origin.startswith(me.code):
                raise BatchRefused("county_foreign_village", code=op.man.origin,
                                   township=op.man.origin)
            villages, fwd = _county_block(op)
            already = s.get(SyncBatch, op.man.batch_id) is not None
            tables = _check_township_lines(op) if not already else {}
        if not ctx.store.is_server:  # a county server is backed up with pg_dump
            take_backup(ctx)
        _enroll_villages(ctx, op, villages)
        keys = {v["code"]: base64.b64decode(v["sign_public"]) for v in villages}
        for f in sorted(fwd, key=lambda f: (f["origin"], f["seq"])):
            with ctx.read() as s:
                vop = _open_forwarded(s, op, f, path.parent, keys[f["origin"]])
                if s.get(SyncBatch, vop.man.batch_id) is not None:
                    result.villages.append({"code": f["origin"], "seq": f["seq"],
                                            "status": "already_applied"})
                    continue
                checked = check_batch(s, vop)
            counts = _apply(ctx, vop, vop.env.path)
            result.villages.append({"code": f["origin"], "seq": f["seq"], "status": "applied",
                                    "tables": checked.tables, "counts": counts})
        if already:
            result.status = "already_applied"
            return result
        result.counts = _apply(ctx, op, path)
        _issue_receipt(ctx, op)
        result.counts["tables"] = sum(tables.values())
        result.status = "applied"
    except MinqingError as exc:
        result.status = "rejected"
        result.reason = exc.message(ctx.lang)
        result.reason_code = exc.code
    return result


def _issue_receipt(ctx: AppContext, op: Opened) -> None:
    """A signed receipt for the township's batch, as a township gives its villages."""
    now = utcnow()
    with ctx.uow() as uow:
        keys = all_own_keys(uow.session)[0]
        body: dict[str, Any] = {"batch_id": op.man.batch_id, "issuer_code": op.me.code,
                                "village_code": op.man.origin, "seq": op.man.seq,
                                "status": "accepted", "counts": {}, "reason": "",
                                "issued_at": now.isoformat()}
        uow.session.add(SyncReceipt(
            direction="out", batch_id=op.man.batch_id, issuer_code=op.me.code,
            village_code=op.man.origin, seq=op.man.seq, status="accepted", counts="{}",
            reason="", issued_at=now, signature=keys.sign.sign(receipt_body(body))))
        uow.commit()


# --- county → township: receipts and the holiday table ----------------------------------------

@dataclass
class CountyReply:
    path: Path
    batch_id: str
    destination: str
    seq: int
    counts: dict[str, int]


def _receipt_dict(r: SyncReceipt) -> dict[str, Any]:
    return {"batch_id": r.batch_id, "issuer_code": r.issuer_code, "village_code": r.village_code,
            "seq": r.seq, "status": r.status, "counts": orjson.loads(r.counts),
            "reason": r.reason, "issued_at": r.issued_at.isoformat(),
            "signature": base64.b64encode(r.signature).decode("ascii")}


def export_county_reply(ctx: AppContext, for_code: str, to_dir: Path | str) -> CountyReply:
    """County: the reply batch for one township — the receipts not yet sent for its batches
    and the county's holiday table (which the township adopts as its own, for its villages)."""
    to_dir = Path(to_dir)
    if not to_dir.is_dir():
        raise MinqingError("batch_folder_unusable", path=str(to_dir), detail="")
    keys = own_keys(ctx)
    started = utcnow()
    batch_id = str(uuid.uuid4())
    with ctx.read() as s:
        me = _require(s, StationKind.COUNTY)
        dest = s.get(SyncPeer, for_code)
        if dest is None or dest.kind != StationKind.TOWNSHIP:
            raise MinqingError("batch_peer_not_enrolled", code=for_code)
        last = s.execute(select(func.max(SyncBatch.seq)).where(
            SyncBatch.direction == "out", SyncBatch.destination_code == dest.code)).scalar()
        seq = (last or 0) + 1
        t = TABLES["holiday_day"]
        holidays = [dict(r._mapping) for r in s.execute(
            select(*(t.c[k] for k in columns("holiday_day"))).where(
                t.c.origin_code == me.code).order_by(t.c.day))]
        notices, items = _county_notices_for(s, me.code, dest.code)
        receipts = list(s.execute(select(SyncReceipt).where(
            SyncReceipt.direction == "out", SyncReceipt.village_code == dest.code,
            SyncReceipt.sent_batch_id == "").order_by(SyncReceipt.issued_at)).scalars())
        head_seq, head_hash = audit_head(s)
    counts = {k: v for k, v in (("holiday_day", len(holidays)), ("supervision_notice",
                                                                  len(notices)),
                                ("supervision_item", len(items)), (RECEIPT, len(receipts))) if v}
    name = f"MQ_{me.code}_to_{dest.code}_{seq:05d}_{started:%Y%m%d}.mqb"
    outbox = outbox_dir(ctx)
    outbox.mkdir(parents=True, exist_ok=True)
    kept = outbox / name
    tmp = temp_name(kept)
    bkey = container.new_batch_key()
    epk, wrapped = container.wrap_key(bkey, dest.box_public, batch_id,
                                      f"{me.code}>{dest.code}".encode())
    try:
        with tmp.open("wb") as fh:
            w = SealedWriter(fh, batch_id, bkey)
            for row in holidays:
                w.write_line(encode("holiday_day", row))
            for row in notices:
                w.write_line(encode("supervision_notice", row))
            for row in items:
                w.write_line(encode("supervision_item", row))
            for rc in receipts:
                w.write_line(orjson.dumps({"t": RECEIPT, "r": _receipt_dict(rc)}))
            w.finish({
                "format": FORMAT, "format_version": container.FORMAT_VERSION,
                "batch_id": batch_id, "origin": {"code": me.code, "name": me.name,
                                                 "kind": me.kind},
                "destination": {"code": dest.code, "name": dest.name}, "seq": seq,
                "prev_batch_id": "", "full": False,
                "created_at": started.isoformat(timespec="seconds"),
                "app_version": app_version(), "schema_revision": head_revision(),
                "record_schema": RECORD_SCHEMA, "counts": counts,
                "audit_head": {"seq": head_seq, "hash": head_hash},
                "key": {"alg": KEY_ALG, "epk": base64.b64encode(epk).decode("ascii"),
                        "wrapped": base64.b64encode(wrapped).decode("ascii"),
                        "recipient": dest.fingerprint}}, keys.sign)
            fh.flush()
            os.fsync(fh.fileno())
        commit_temp(tmp, kept)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    final = copy_atomic(kept, to_dir / name)
    container.read_envelope(final).verify(keys.sign_public)
    with ctx.uow() as uow:
        uow.session.add(SyncBatch(
            batch_id=batch_id, direction="out", origin_code=me.code, destination_code=dest.code,
            seq=seq, prev_batch_id="", full=False, created_at=started, file_name=name,
            file_sha256=container.file_sha256(final), kept_path="", status="sent",
            counts=orjson.dumps(counts).decode()))
        for rc in receipts:
            obj = uow.session.get(SyncReceipt, rc.id)
            if obj is not None:
                obj.sent_batch_id = batch_id
        uow.audit("export_county_reply", "sync_batch", batch_id,
                  {"destination": dest.code, "seq": seq, **counts})
        uow.commit()
    kept.unlink(missing_ok=True)
    return CountyReply(final, batch_id, dest.code, seq, counts)


def _county_notices_for(s: Session, county: str, township: str
                        ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The county's own supervision notices on villages of ``township``, with their items.
    Every reply carries them all, like the holiday table: the township adopts each once
    (``supervision.adopt_county_notices``), so a lost reply loses none."""
    n, i = TABLES["supervision_notice"], TABLES["supervision_item"]
    cond = and_(n.c.origin_code == county, n.c.village_code.like(f"{township}%"))
    notices = [dict(r._mapping) for r in s.execute(
        select(*(n.c[k] for k in columns("supervision_notice"))).where(cond)
        .order_by(n.c.issue_date, n.c.notice_no))]
    items = [dict(r._mapping) for r in s.execute(
        select(*(i.c[k] for k in columns("supervision_item"))).where(
            i.c.origin_code == county,
            i.c.notice_id.in_(select(n.c.id).where(cond))).order_by(i.c.notice_id, i.c.id))]
    return notices, items


def _require(s: Session, kind: StationKind) -> Any:
    me = get_station(s)
    if me is None or me.kind != kind:
        raise MinqingError("county_only" if kind == StationKind.COUNTY
                           else "county_township_only")
    return me


def _check_county_receipt(r: dict[str, Any], op: Opened, county_key: bytes) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    keys = {"batch_id", "issuer_code", "village_code", "seq", "status", "counts", "reason",
            "issued_at", "signature"}
    if r.keys() != keys or r["issuer_code"] != op.man.origin \
            or r["village_code"] != op.me.code or r["status"] not in ("accepted", "refused") \
            or not isinstance(r["signature"], str):
        raise BatchRefused("batch_bad_receipt")
    try:
        sig = base64.b64decode(r["signature"], validate=True)
        Ed25519PublicKey.from_public_bytes(county_key).verify(sig, receipt_body(r))
    except (ValueError, InvalidSignature) as exc:
        raise BatchRefused("batch_bad_receipt") from exc


def import_county_reply(ctx: AppContext, path: Path | str) -> dict[str, Any]:
    """Township: apply the county's reply — confirm the batches it received (the forwarded
    village files kept for them may then go) and adopt its holiday table as ours."""
    from app.services.calendar import FILE, Entry, import_entries

    path = Path(path)
    with ctx.read() as s:
        _require(s, StationKind.TOWNSHIP)
        op = open_batch(s, path)
        if op.peer_kind != StationKind.COUNTY:
            raise BatchRefused("county_foreign_village", code=op.man.origin,
                               township=op.me.code)
        if s.get(SyncBatch, op.man.batch_id) is not None:
            return {"status": "already_applied", "batch_id": op.man.batch_id}
        peer = s.get(SyncPeer, op.man.origin)
        assert peer is not None
        receipts: list[dict[str, Any]] = []
        entries = []
        notices: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        villages = {v.code for v in list_villages(s)}
        for line in container.iter_lines(op.env, op.key, op.man.batch_id):
            table, r = parse_line(line)
            if table == RECEIPT:
                _check_county_receipt(r, op, peer.sign_public)
                receipts.append(r)
                continue
            if table not in ("holiday_day", "supervision_notice", "supervision_item"):
                raise BatchRefused("batch_foreign_record", table=table,
                                   id=str(r.get("id", "")), origin=op.man.origin)
            check_record(table, r)
            if r["origin_code"] != op.man.origin:
                raise BatchRefused("batch_foreign_record", table=table, id=r["id"],
                                   origin=r["origin_code"])
            if table == "supervision_notice":
                if r["village_code"] not in villages:  # only this township's villages
                    raise BatchRefused("batch_foreign_record", table=table, id=r["id"],
                                       origin=r["village_code"])
                notices.append(to_db(table, r))
            elif table == "supervision_item":
                items.append(to_db(table, r))
            elif not r["deleted"]:
                entries.append(Entry(date_of(r["day"]), r["kind"], r["name"]))
        known = {n["id"] for n in notices}
        for it in items:
            if it["notice_id"] not in known:
                raise BatchRefused("batch_foreign_record", table="supervision_item",
                                   id=it["id"], origin=it["notice_id"])
    confirmed = []
    with ctx.uow() as uow:
        for r in receipts:
            sent = uow.session.get(SyncBatch, r["batch_id"])
            if sent is not None and sent.direction == "out" and sent.status != "confirmed":
                sent.status = "confirmed" if r["status"] == "accepted" else "refused"
                sent.confirmed_at = utcnow()
                if sent.status == "confirmed":
                    confirmed.append(sent.batch_id)
                    if sent.kept_path:
                        Path(sent.kept_path).unlink(missing_ok=True)
                        sent.kept_path = ""
        adopted = adopt_county_notices(uow, peer.name, notices, items)
        _record_in(uow, op, path, {"receipts": len(receipts), "holiday_day": len(entries),
                                   "supervision_notice": len(adopted)})
        uow.audit("import_county_reply", "sync_batch", op.man.batch_id,
                  {"origin": op.man.origin, "receipts": len(receipts),
                   "holiday_days": len(entries), "notices": len(adopted)})
        uow.commit()
    for bid in confirmed:
        shutil.rmtree(forward_dir(ctx) / "sent" / bid, ignore_errors=True)
    years: list[int] = []
    if entries:
        years = import_entries(ctx, entries, FILE).years
    return {"status": "applied", "batch_id": op.man.batch_id, "confirmed": confirmed,
            "holiday_years": years, "notices": adopted}


def date_of(value: Any) -> Any:
    from datetime import date

    return value if isinstance(value, date) else date.fromisoformat(str(value))
