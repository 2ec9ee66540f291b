"""What the data-exchange screen and the home page read: plain values, no ORM rows, so the window
needs no database code. Everything here is read-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import func, select

from app.context import AppContext
from app.errors import MinqingError
from app.services.station import get_station
from models import SyncBatch, SyncConflict, SyncPeer, SyncReceipt, Village
from models.vocab import StationKind
from sync import container
from sync.batch import SEQ_WINDOW, Gap, describe_gaps, gap_messages, missing_runs
from sync.keys import Card, own_keys, read_card

BATCH_SUFFIX = ".mqb"
CARD_SUFFIX = ".card"
BOOKKEEPING = frozenset({"id", "origin_code", "created_at", "updated_at", "updated_by", "version"})


def local_time(dt: datetime) -> datetime:
    """Stored times are naive UTC; a clerk reads the laptop's local time (Beijing time)."""
    return dt.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class Peer:
    code: str
    name: str
    kind: str
    fingerprint: str


@dataclass(frozen=True)
class SentRow:
    batch_id: str
    destination: str
    destination_name: str
    seq: int
    full: bool
    created_at: datetime
    file_name: str
    status: str  # sent / confirmed / refused
    confirmed_at: datetime | None
    kept_path: str
    reason: str = ""  # why the township refused it (from its signed receipt)


@dataclass(frozen=True)
class VillageRow:
    code: str
    name: str
    enrolled: bool
    last_seq: int | None
    last_created: datetime | None
    last_applied: datetime | None


@dataclass(frozen=True)
class ConflictRow:
    id: str
    table: str
    record_id: str
    origin: str
    origin_name: str
    version: int
    detected_at: datetime
    local: dict[str, Any]
    incoming: dict[str, Any]

    def differing(self) -> list[str]:
        """Fields whose values differ between the two versions (what the clerk must decide)."""
        # Search keys derived on import and bookkeeping columns are not what a person decides.
        return [k for k in self.incoming if k in self.local and k not in BOOKKEEPING
                and self.local[k] != self.incoming[k]]


@dataclass
class Overview:
    code: str
    name: str
    kind: str
    township_code: str
    peers: list[Peer] = field(default_factory=list)
    sent: list[SentRow] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    conflicts: list[ConflictRow] = field(default_factory=list)
    villages: list[VillageRow] = field(default_factory=list)
    fingerprint: str = ""


def overview(ctx: AppContext) -> Overview:
    """Everything the status pane shows, in one read."""
    fp = own_keys(ctx).fingerprint
    with ctx.read() as s:
        me = get_station(s)
        if me is None:
            raise MinqingError("no_station", path=str(ctx.store.path))
        peers = {p.code: p for p in s.execute(select(SyncPeer).order_by(SyncPeer.code)).scalars()}
        ov = Overview(me.code, me.name, me.kind, me.township_code, fingerprint=fp)
        ov.peers = [Peer(p.code, p.name, p.kind, p.fingerprint) for p in peers.values()]
        reasons = dict(s.execute(select(SyncReceipt.batch_id, SyncReceipt.reason).where(
            SyncReceipt.direction == "in", SyncReceipt.status == "refused")).all())
        for b in s.execute(select(SyncBatch).where(SyncBatch.direction == "out").order_by(
                SyncBatch.created_at.desc(), SyncBatch.seq.desc())).scalars():
            peer = peers.get(b.destination_code)
            ov.sent.append(SentRow(b.batch_id, b.destination_code,
                                   peer.name if peer else b.destination_code, b.seq, b.full,
                                   b.created_at, b.file_name, b.status, b.confirmed_at,
                                   b.kept_path, str(reasons.get(b.batch_id, ""))))
        ov.gaps = gap_messages(s, ctx.lang)
        for c in s.execute(select(SyncConflict).where(SyncConflict.resolved.is_(False))
                           .order_by(SyncConflict.detected_at)).scalars():
            peer = peers.get(c.origin_code)
            ov.conflicts.append(ConflictRow(
                c.id, c.table_name, c.record_id, c.origin_code,
                peer.name if peer else c.origin_code, c.version, c.detected_at,
                orjson.loads(c.local), orjson.loads(c.incoming)))
        if me.kind == StationKind.TOWNSHIP:
            names = {v.code: v.name for v in s.execute(select(Village)).scalars()}
            for code, p in peers.items():
                if p.kind == StationKind.VILLAGE:
                    names.setdefault(code, p.name)
            last: dict[str, SyncBatch] = {}
            for sb in s.execute(select(SyncBatch).where(SyncBatch.direction == "in")
                               .order_by(SyncBatch.seq)).scalars():
                last[sb.origin_code] = sb
            for code in sorted(names):
                got = last.get(code)
                ov.villages.append(VillageRow(
                    code, names[code], code in peers, got.seq if got else None,
                    got.created_at if got else None, got.applied_at if got else None))
    return ov


@dataclass(frozen=True)
class LastSent:
    at: datetime
    destination_name: str
    seq: int
    status: str


def last_sent(ctx: AppContext) -> LastSent | None:
    """The newest batch this station wrote (a village: to its township) — the home page's
    "last batch sent" figure, so a clerk sees at a glance when the township last heard."""
    with ctx.read() as s:
        b = s.execute(select(SyncBatch).where(SyncBatch.direction == "out")
                      .order_by(SyncBatch.created_at.desc()).limit(1)).scalar_one_or_none()
        if b is None:
            return None
        peer = s.get(SyncPeer, b.destination_code)
        return LastSent(b.created_at, peer.name if peer else b.destination_code, b.seq, b.status)


def peer_count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return int(s.execute(select(func.count()).select_from(SyncPeer)).scalar_one())


# --- files on the stick -----------------------------------------------------------------------

@dataclass(frozen=True)
class DriveFile:
    """A ``.mqb`` file found on the stick, as its (not yet verified) manifest describes it."""

    path: Path
    size: int
    origin: str = ""
    origin_name: str = ""
    destination: str = ""
    destination_name: str = ""
    seq: int = 0
    full: bool = False
    created_at: str = ""
    for_us: bool = False
    problem: str = ""  # a file whose framing is broken: the reason, in the user's language


def batches_on(folder: Path, station_code: str, lang: str) -> list[DriveFile]:
    """Batch files in ``folder`` (not its subfolders), those addressed to this station first.
    Reading the manifest needs no key; it is verified only when the file is imported."""
    out = []
    try:
        paths = sorted(p for p in folder.iterdir()
                       if p.suffix.lower() == BATCH_SUFFIX and p.is_file()
                       and not p.name.startswith("."))
    except OSError:
        return []
    for p in paths:
        try:
            size = p.stat().st_size
            m = container.read_envelope(p).manifest
        except MinqingError as exc:
            out.append(DriveFile(p, p.stat().st_size if p.exists() else 0,
                                 problem=exc.message(lang)))
            continue
        except OSError as exc:
            out.append(DriveFile(p, 0, problem=exc.strerror or str(exc)))
            continue
        o: dict[str, Any] = m["origin"] if isinstance(m.get("origin"), dict) else {}
        d: dict[str, Any] = m["destination"] if isinstance(m.get("destination"), dict) else {}
        seq = m.get("seq")
        dest = str(d.get("code", ""))
        out.append(DriveFile(p, size, str(o.get("code", "")), str(o.get("name", ""))[:64], dest,
                             str(d.get("name", ""))[:64], seq if isinstance(seq, int) else 0,
                             m.get("full") is True, str(m.get("created_at", ""))[:19],
                             dest == station_code))
    out.sort(key=lambda f: (not f.for_us, f.origin, f.seq, f.path.name))
    return out


def card_file_name(code: str) -> str:
    return f"MQCARD_{code}{CARD_SUFFIX}"


def cards_on(folder: Path, own_code: str) -> list[Path]:
    """Station cards in ``folder`` other than this station's own."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() == CARD_SUFFIX
                      and p.is_file() and p.name != card_file_name(own_code))
    except OSError:
        return []


@dataclass(frozen=True)
class CardCheck:
    card: Card
    enrolled_fingerprint: str  # "" when this station is new here

    @property
    def needs_replace(self) -> bool:
        return bool(self.enrolled_fingerprint) and \
            self.enrolled_fingerprint != self.card.fingerprint

    @property
    def unchanged(self) -> bool:
        return self.enrolled_fingerprint == self.card.fingerprint


def check_card(ctx: AppContext, path: Path) -> CardCheck:
    """Read a peer's card and say whether enrolling it would be new, the same, or a key change
    (which the clerk must confirm explicitly). Raises ``MinqingError`` for a bad card."""
    card = read_card(path)
    with ctx.read() as s:
        p = s.get(SyncPeer, card.code)
        return CardCheck(card, p.fingerprint if p is not None else "")


def gaps_after(ctx: AppContext, incoming: list[tuple[str, str, int, bool]]) -> list[str]:
    """The missing batches there would be once ``incoming`` (origin, origin name, seq, full)
    were applied — what a preview warns about ("batch 5 from 石江村 is missing"), counted the
    same way as ``sync.batch.gaps`` (a full batch covers everything before it), from the
    numbers that exist and capped the same way (``describe_gaps``)."""
    with ctx.read() as s:
        me = get_station(s)
        if me is None:
            return []
        seqs: dict[str, set[int]] = {}
        base: dict[str, int] = {}
        names: dict[str, str] = {}
        rows = s.execute(select(SyncBatch.origin_code, SyncBatch.seq, SyncBatch.full).where(
            SyncBatch.direction == "in", SyncBatch.destination_code == me.code)).all()
        applied: dict[str, int] = {}
        for origin, seq, _ in rows:
            applied[origin] = max(applied.get(origin, 0), seq)
        # A number beyond the window would be refused on import (``check_seq``): no gap to it.
        for origin, seq, full in [*((r[0], r[1], r[2]) for r in rows),
                                  *((o, q, f) for o, _, q, f in incoming
                                    if q <= applied.get(o, 0) + SEQ_WINDOW)]:
            seqs.setdefault(origin, set()).add(seq)
            if full:
                base[origin] = max(base.get(origin, 0), seq)
        for origin, name, _, _ in incoming:
            names[origin] = name
        for origin in seqs:
            if origin not in names:
                p = s.get(SyncPeer, origin)
                names[origin] = p.name if p else origin
    found = [Gap(origin, names[origin], a, b) for origin in sorted(seqs)
             for a, b in missing_runs(seqs[origin], base.get(origin, 0))]
    return describe_gaps(found, ctx.lang)
