"""Data exchange as a service: the one way the window (``ui/``) and the command line
(``minqing station …``, ``minqing batch …``) reach batch files, station cards and the exchange
status. Both call the same functions here, so what a clerk sees in the window and what
``batch status`` prints come from the same queries.

Every function takes the ``AppContext`` and returns plain values (dataclasses), like every
other service; none hands out a database session. The work itself lives in ``sync/`` (one
module per stage, see ``sync/batch.py``): this module is the only part of ``app`` that imports
``sync``, and nothing in ``sync`` imports it, so the layers stay
``models ← app ← sync ← app.services.exchange ← ui / CLI`` with no cycle
(tests/test_architecture.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.context import AppContext
from sync.common import Progress
from sync.container import printable
from sync.county import (
    CountyExport,
    county_peer,
    export_county_reply,
    export_to_county,
    import_county_batch,
    import_county_reply,
    tier_mismatch,
)
from sync.drives import Drive, Volume, classify, human_size
from sync.export import ExportPlan, ExportResult, export_batch, preview_export
from sync.importer import ImportResult, record_refusal
from sync.importer import import_files as _import_files
from sync.keys import EnrollResult, card_dict, enroll, list_peers, write_card
from sync.merge import resolve_conflict
from sync.status import (
    CardCheck,
    ConflictRow,
    DriveFile,
    LastSent,
    Overview,
    Peer,
    SentRow,
    batches_on,
    card_file_name,
    cards_on,
    check_card,
    gap_messages,
    gaps_after,
    last_sent,
    local_time,
    open_conflicts,
    overview,
    peer_count,
    sent_batches,
)

__all__ = [
    "BatchStatus", "CardCheck", "CountyExport", "CountyLink", "accept_county_reply",
    "county_link", "county_replies_on", "send_to_county", "ConflictRow", "Drive", "DriveFile", "EnrollResult",
    "ExportPlan", "ExportResult", "ImportResult", "LastSent", "Overview", "Peer", "SentRow",
    "Volume", "batch_status", "batches_on", "card_file_name", "card_fingerprint", "cards_on",
    "check_card", "classify", "enroll", "export_batch", "export_county_reply",
    "import_county_batch", "gaps_after", "human_size",
    "import_files", "last_sent", "local_time", "missing", "overview", "peer_count", "peers",
    "preview_export", "preview_import", "printable", "record_refusal", "resolve_conflict",
    "write_card",
]


@dataclass(frozen=True)
class BatchStatus:
    """What ``minqing batch status`` prints: the same sent-batch, gap and conflict queries the
    window's status tab reads through ``overview``."""

    sent: list[SentRow]
    gaps: list[str]
    conflicts: list[ConflictRow]


def batch_status(ctx: AppContext, lang: str | None = None) -> BatchStatus:
    with ctx.read() as s:
        return BatchStatus(sent_batches(s), gap_messages(s, lang or ctx.lang), open_conflicts(s))


def missing(ctx: AppContext, lang: str | None = None) -> list[str]:
    """Missing batches per origin, one sentence per run (capped), in ``lang``."""
    with ctx.read() as s:
        return gap_messages(s, lang or ctx.lang)


def peers(ctx: AppContext) -> list[Peer]:
    """The stations this one has enrolled, by code."""
    with ctx.read() as s:
        return [Peer(p.code, p.name, p.kind, p.fingerprint) for p in list_peers(s)]


def card_fingerprint(ctx: AppContext) -> str:
    """This station's fingerprint, as its card states it (read aloud over the phone)."""
    return str(card_dict(ctx)["fingerprint"])


def import_files(ctx: AppContext, paths: Iterable[Path | str], *, dry_run: bool = False,
                 progress: Progress | None = None) -> list[ImportResult]:
    """``sync.importer.import_files``, except that a file of the county tier (a township's
    batch for its county, the county's reply) is refused with the command that takes it
    (``county import`` / ``county accept``) instead of being half-applied as a plain batch."""
    paths = [Path(p) for p in paths]
    wrong = {p: tier_mismatch(ctx, p) for p in paths}
    plain = [p for p in paths if wrong[p] is None]
    done = iter(_import_files(ctx, plain, dry_run=dry_run, progress=progress) if plain else [])
    out = []
    for p in paths:
        err = wrong[p]
        if err is None:
            out.append(next(done))
        else:
            out.append(ImportResult(file=str(p), status="rejected", reason=err.message(ctx.lang),
                                    reason_code=err.code))
    return out


def preview_import(ctx: AppContext, paths: Iterable[Path | str],
                   progress: Progress | None = None) -> list[ImportResult]:
    """For a window: every check and what the import would do; nothing is written."""
    return import_files(ctx, paths, dry_run=True, progress=progress)


# --- a township and its county (issue 14): the window's two county actions ------------------

@dataclass(frozen=True)
class CountyLink:
    """The county a township is enrolled with, as its exchange page names it."""

    code: str
    name: str


def county_link(ctx: AppContext) -> CountyLink | None:
    """The county this station (a township) is enrolled with, or None."""
    with ctx.read() as s:
        peer = county_peer(s)
        return CountyLink(peer.code, peer.name) if peer is not None else None


def send_to_county(ctx: AppContext, to_dir: Path | str, full: bool = False) -> CountyExport:
    """Township: its batch for the county, its villages' files beside it (``county export``)."""
    return export_to_county(ctx, Path(to_dir), full=full)


def county_replies_on(ctx: AppContext, folder: Path | str) -> list[Path]:
    """The county's reply files for this township in ``folder`` (a stick), oldest first."""
    link = county_link(ctx)
    folder = Path(folder)
    if link is None or not folder.is_dir():
        return []
    return sorted(folder.glob(f"MQ_{link.code}_to_{ctx.station_code}_*.mqb"))


def accept_county_reply(ctx: AppContext, path: Path | str) -> dict[str, Any]:
    """Township: apply the county's reply (``county accept``): receipts, supervision notices
    and the holiday table."""
    return import_county_reply(ctx, Path(path))
