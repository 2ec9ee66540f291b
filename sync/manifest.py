"""The batch manifest: its format constants, its strict shape check, the bounds on its numbers
and the signed body of a receipt. Nothing here touches the database: a manifest is checked
before anything in it is trusted (docs/batch-format.md, "Manifest")."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sync import container
from sync.container import BatchRefused, Envelope
from sync.records import RECEIPT, RECORD_SCHEMA, TABLES, UUID_RE

FORMAT = "minqing-batch"
KEY_ALG = "X25519-HKDF-SHA256/AES-256-GCM"
# A batch may run at most this far ahead of the last one applied from its origin: a station
# writes one a month, so 1,000 is decades; a number beyond is a forged or broken manifest.
SEQ_WINDOW = 1000
MAX_SEQ = 2 ** 31 - 1  # what every database's INTEGER column holds
HASH_RE = re.compile(r"[0-9a-f]{64}")


@dataclass
class Manifest:
    batch_id: str
    origin: str
    origin_name: str
    origin_kind: str
    destination: str
    seq: int
    prev_batch_id: str
    full: bool
    created_at: datetime
    record_schema: int
    counts: dict[str, int]
    epk: bytes
    wrapped: bytes
    audit_seq: int | None = None  # the origin's audit head; None from an older app
    audit_hash: str = ""


def parse_audit_head(m: dict[str, Any]) -> tuple[int | None, str]:
    """The optional ``audit_head`` {seq, hash}: absent in batches of older versions."""
    if "audit_head" not in m:
        return None, ""
    head = need(m, "audit_head", dict)
    seq = need(head, "seq", int)
    digest = need(head, "hash", str)
    if head.keys() != {"seq", "hash"} or not 0 <= seq <= MAX_SEQ \
            or not (HASH_RE.fullmatch(digest) or (seq == 0 and digest == "")):
        raise BatchRefused("batch_damaged", detail="audit head")
    return seq, digest


def need(d: Any, key: str, typ: type | tuple[type, ...]) -> Any:
    if not isinstance(d, dict) or key not in d:
        raise BatchRefused("batch_damaged", detail=f"manifest {key}")
    v = d[key]
    if not isinstance(v, typ) or (typ is int and isinstance(v, bool)):
        raise BatchRefused("batch_damaged", detail=f"manifest {key}")
    return v


def check_manifest(env: Envelope) -> Manifest:
    """The manifest's shape, strictly, before anything in it is used."""
    m = env.manifest
    if need(m, "format", str) != FORMAT:
        raise BatchRefused("batch_not_a_batch")
    fv = need(m, "format_version", int)
    if fv != env.format_version:
        raise BatchRefused("batch_damaged", detail="format version")
    rs = need(m, "record_schema", int)
    if rs > RECORD_SCHEMA:
        raise BatchRefused("batch_too_new", version=rs)
    bid = need(m, "batch_id", str)
    if not UUID_RE.fullmatch(bid):
        raise BatchRefused("batch_damaged", detail="batch id")
    origin = need(m, "origin", dict)
    dest = need(m, "destination", dict)
    codes = [need(origin, "code", str), need(dest, "code", str)]
    for c in codes:
        if not (c.isascii() and c.isdigit() and len(c) in (6, 9, 12)):  # 6: a county
            raise BatchRefused("batch_damaged", detail="station code")
    counts = need(m, "counts", dict)
    for k, v in counts.items():
        if k not in TABLES and k != RECEIPT:
            raise BatchRefused("batch_unknown_table", table=str(k)[:40])
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise BatchRefused("batch_damaged", detail="counts")
    key = need(m, "key", dict)
    pay = need(m, "payload", dict)
    for k in ("frames", "cipher_bytes", "plain_bytes", "lines"):
        if need(pay, k, int) < 0:
            raise BatchRefused("batch_damaged", detail="payload")
    for k in ("cipher_sha256", "plain_sha256"):
        need(pay, k, str)
    if need(key, "alg", str) != KEY_ALG:
        raise BatchRefused("batch_damaged", detail="key")
    try:
        epk = base64.b64decode(need(key, "epk", str), validate=True)
        wrapped = base64.b64decode(need(key, "wrapped", str), validate=True)
        created = datetime.fromisoformat(need(m, "created_at", str)).replace(tzinfo=None)
    except ValueError as exc:
        raise BatchRefused("batch_damaged", detail="manifest values") from exc
    if len(epk) != 32 or len(wrapped) != 48:
        raise BatchRefused("batch_damaged", detail="key")
    seq = need(m, "seq", int)
    if seq < 1:
        raise BatchRefused("batch_damaged", detail="seq")
    head_seq, head_hash = parse_audit_head(m)
    return Manifest(bid, codes[0], need(origin, "name", str)[:64], need(origin, "kind", str),
                    codes[1], seq, need(m, "prev_batch_id", str)[:36], need(m, "full", bool),
                    created, rs, counts, epk, wrapped, head_seq, head_hash)


def receipt_body(r: dict[str, Any]) -> bytes:
    return container.canonical({k: v for k, v in r.items() if k != "signature"})
