"""What a station knows about its exchanges, read-only and as plain values (no ORM rows): the
batches it sent, the ones missing from each origin, open conflicts, the files on a stick.

Each query exists once here; the data-exchange screen, the home page and ``minqing batch
status`` all read through it (via ``app.services.exchange``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError
from app.services.station import get_station
from models import SyncBatch, SyncConflict, SyncPeer, SyncReceipt, Village
from models.vocab import StationKind
from sync import container
from sync.common import this_station
from sync.keys import Card, own_keys, read_card
from sync.manifest import SEQ_WINDOW

BATCH_SUFFIX = ".mqb"
CARD_SUFFIX = ".card"
BOOKKEEPING = frozenset({"id", "origin_code", "created_at", "updated_at", "updated_by", "version"})
GAPS_SHOWN = 10  # runs of missing batches listed one by one; the rest are summed up


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


SentBatch = SentRow  # the name ``minqing batch status`` used before the two copies were merged


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
    batch_id: str = ""  # the batch that brought the incoming version

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


# --- the one copy of each query ------------------------------------------------------------

@dataclass(frozen=True)
class Gap:
    """Batches ``seq`` to ``last`` (inclusive) from ``origin`` are missing."""

    origin: str
    origin_name: str
    seq: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.seq + 1


def missing_runs(seqs: Iterable[int], base: int = 0) -> list[tuple[int, int]]:
    """Runs (first, last) of numbers missing between ``base`` (a full batch covers everything
    up to it) and the highest number present. Computed from the numbers that exist — one step
    per applied batch, never one per number in the range, whatever a manifest claimed."""
    out = []
    prev = base
    for n in sorted({s for s in seqs if s > base}):
        if n > prev + 1:
            out.append((prev + 1, n - 1))
        prev = n
    return out


def find_gaps(session: Session, me_code: str,
              incoming: Iterable[tuple[str, str, int, bool]] = ()) -> list[Gap]:
    """Sequence numbers missing per origin, as runs, among the batches applied here — plus,
    for a preview, ``incoming`` (origin, origin name, seq, full) as if they were applied. A full
    batch covers everything before it. An incoming number beyond ``SEQ_WINDOW`` would be
    refused on import (``sync.verify.check_seq``), so it opens no gap."""
    incoming = list(incoming)
    rows = session.execute(select(SyncBatch.origin_code, SyncBatch.seq, SyncBatch.full).where(
        SyncBatch.direction == "in", SyncBatch.destination_code == me_code)).all()
    applied: dict[str, int] = defaultdict(int)
    for origin, seq, _ in rows:
        applied[origin] = max(applied[origin], seq)
    seqs: dict[str, set[int]] = defaultdict(set)
    base: dict[str, int] = defaultdict(int)
    for origin, seq, full in [*((r[0], r[1], r[2]) for r in rows),
                              *((o, q, f) for o, _, q, f in incoming
                                if q <= applied[o] + SEQ_WINDOW)]:
        seqs[origin].add(seq)
        if full:
            base[origin] = max(base[origin], seq)
    names = {origin: name for origin, name, _, _ in incoming}
    out = []
    for origin in sorted(seqs):
        if origin not in names:
            peer = session.get(SyncPeer, origin)
            names[origin] = peer.name if peer else origin
        out += [Gap(origin, names[origin], a, b) for a, b in missing_runs(seqs[origin], base[origin])]
    return out


def gaps(session: Session) -> list[Gap]:
    """Sequence numbers missing per origin, as runs. A full batch covers everything before it."""
    return find_gaps(session, this_station(session).code)


def describe_gaps(found: list[Gap], lang: str) -> list[str]:
    """What a clerk reads: one line per run of missing batches ("batches 5–9 from 石江村 are
    missing"), at most ``GAPS_SHOWN`` of them, then one line summing up the rest."""
    from app.i18n import tr

    out = []
    for g in found[:GAPS_SHOWN]:
        if g.count == 1:
            out.append(tr("batch_gap", lang, seq=g.seq, origin=g.origin_name))
        else:
            out.append(tr("batch_gap_range", lang, first=g.seq, last=g.last, count=g.count,
                          origin=g.origin_name))
    rest = found[GAPS_SHOWN:]
    if rest:
        out.append(tr("batch_gaps_more", lang, runs=len(rest),
                      count=sum(g.count for g in rest)))
    return out


def gap_messages(session: Session, lang: str) -> list[str]:
    return describe_gaps(gaps(session), lang)


def gaps_after(ctx: AppContext, incoming: list[tuple[str, str, int, bool]]) -> list[str]:
    """The missing batches there would be once ``incoming`` (origin, origin name, seq, full)
    were applied — what a preview warns about ("batch 5 from 石江村 is missing"): the same
    ``find_gaps`` as the status, capped the same way (``describe_gaps``)."""
    with ctx.read() as s:
        me = get_station(s)
        if me is None:
            return []
        found = find_gaps(s, me.code, incoming)
    return describe_gaps(found, ctx.lang)


def _peer_names(session: Session) -> dict[str, str]:
    return {p.code: p.name for p in session.execute(select(SyncPeer)).scalars()}


def sent_batches(session: Session, *, newest_first: bool = False,
                 limit: int | None = None) -> list[SentRow]:
    """Batches this station wrote, with the township's reason for any it refused; ``sent``
    ones are kept on the laptop until confirmed. By destination and number (the CLI), or
    newest first (the window)."""
    names = _peer_names(session)
    reasons = dict(session.execute(select(SyncReceipt.batch_id, SyncReceipt.reason).where(
        SyncReceipt.direction == "in", SyncReceipt.status == "refused")).all())
    q = select(SyncBatch).where(SyncBatch.direction == "out")
    q = q.order_by(SyncBatch.created_at.desc(), SyncBatch.seq.desc()) if newest_first \
        else q.order_by(SyncBatch.destination_code, SyncBatch.seq)
    if limit is not None:
        q = q.limit(limit)
    return [SentRow(b.batch_id, b.destination_code, names.get(b.destination_code,
                                                                b.destination_code),
                    b.seq, b.full, b.created_at, b.file_name, b.status, b.confirmed_at,
                    b.kept_path, str(reasons.get(b.batch_id, "")))
            for b in session.execute(q).scalars()]


def open_conflicts(session: Session) -> list[ConflictRow]:
    """Conflicts no person has decided yet, oldest first, both versions decoded."""
    names = _peer_names(session)
    return [ConflictRow(c.id, c.table_name, c.record_id, c.origin_code,
                        names.get(c.origin_code, c.origin_code), c.version, c.detected_at,
                        orjson.loads(c.local), orjson.loads(c.incoming), c.batch_id)
            for c in session.execute(select(SyncConflict).where(
                SyncConflict.resolved.is_(False)).order_by(SyncConflict.detected_at)).scalars()]


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
        ov.sent = sent_batches(s, newest_first=True)
        ov.gaps = gap_messages(s, ctx.lang)
        ov.conflicts = open_conflicts(s)
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
        newest = sent_batches(s, newest_first=True, limit=1)
    if not newest:
        return None
    b = newest[0]
    return LastSent(b.created_at, b.destination_name, b.seq, b.status)


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
