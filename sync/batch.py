"""Batch files, one import away: the names the CLI, the window, the benchmarks and the tests have
always imported from here, re-exported from the modules that now hold them, stage by stage.

- ``sync.export``   — what travels, sealing into the outbox, copy to the stick, read-back check
- ``sync.manifest`` — format constants, the manifest's strict shape, sequence bounds, receipts
- ``sync.verify``   — pass 1: signature, our key, ownership, references, counts (writes nothing)
- ``sync.merge``    — pass 2: insert / update / conflict, and a person's conflict decision
- ``sync.importer`` — the orchestration: order, deduplication, backup, receipts, refusals
- ``sync.status``   — gaps, sent batches, open conflicts: each query once

New code imports from those modules (or, from ``ui/`` and the CLI, ``app.services.exchange``).
"""

from __future__ import annotations

from sync.common import Progress, backup_dir, outbox_dir
from sync.export import (
    INCREMENTAL_OVERLAP,
    ExportPlan,
    ExportResult,
    app_version,
    audit_head,
    batch_file_name,
    export_batch,
    preview_export,
)
from sync.importer import (
    KEEP_BACKUPS,
    ImportResult,
    import_files,
    preview_import,
    record_refusal,
    take_backup,
)
from sync.manifest import (
    FORMAT,
    HASH_RE,
    KEY_ALG,
    MAX_SEQ,
    SEQ_WINDOW,
    Manifest,
    check_manifest,
    receipt_body,
)
from sync.merge import APPLY_CHUNK, Counts, resolve_conflict
from sync.status import (
    GAPS_SHOWN,
    Gap,
    SentBatch,
    describe_gaps,
    gap_messages,
    gaps,
    missing_runs,
    open_conflicts,
    sent_batches,
)
from sync.verify import Checked, Opened, check_batch, check_seq, open_batch

__all__ = [
    "APPLY_CHUNK", "FORMAT", "GAPS_SHOWN", "HASH_RE", "INCREMENTAL_OVERLAP", "KEEP_BACKUPS",
    "KEY_ALG", "MAX_SEQ", "SEQ_WINDOW", "Checked", "Counts", "ExportPlan", "ExportResult", "Gap",
    "ImportResult", "Manifest", "Opened", "Progress", "SentBatch", "app_version", "audit_head",
    "backup_dir", "batch_file_name", "check_batch", "check_manifest", "check_seq",
    "describe_gaps", "export_batch", "gap_messages", "gaps", "import_files", "missing_runs",
    "open_batch", "open_conflicts", "outbox_dir", "preview_export", "preview_import",
    "receipt_body", "record_refusal", "resolve_conflict", "sent_batches", "take_backup",
]
