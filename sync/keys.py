"""Station identity: this station's key pair, its public card, and the peers it has enrolled.

Keys come from the ``cryptography`` library: Ed25519 signs what a station sends, X25519 lets a
sender seal a batch key for the one station that may read it. The private keys live in the
station database (``sync_own_key``), so the file a clerk backs up is the whole station and a
copy restored on a new laptop keeps its identity; whoever holds the database already holds every
record the keys protect. See docs/batch-format.md, "Keys". Storing and loading this station's
own keys is ``app.services.station_keys`` (a station gets them at ``init``, before anything is
exchanged); this module re-exports those names and adds the card and enrollment.

Trust is by enrollment: a township enrolls each village's card and each village its township's.
A card for a station already enrolled with different keys replaces them only when confirmed
(``replace=True``); the old key stays in ``sync_peer_key``.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError
from app.services.station import get_station
from app.services.station_keys import (
    OwnKeys,
    all_own_keys,
    ensure_keys,
    ensure_keys_in,
    fingerprint,
    own_keys,
)
from models import SyncPeer, SyncPeerKey, Village
from models.base import utcnow
from models.vocab import StationKind
from sync.safefile import write_atomic

__all__ = [
    "Card", "EnrollResult", "OwnKeys", "all_own_keys", "card_dict", "enroll", "ensure_keys",
    "ensure_keys_in", "fingerprint", "list_peers", "own_keys", "peer", "read_card", "write_card",
]

CARD_FORMAT = "minqing-station-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 16 * 1024


# --- the station card -------------------------------------------------------------------------

def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: Any, size: int) -> bytes:
    if not isinstance(s, str) or len(s) > 100:
        raise MinqingError("card_invalid", reason="key")
    try:
        raw = base64.b64decode(s, validate=True)
    except ValueError as exc:
        raise MinqingError("card_invalid", reason="key") from exc
    if len(raw) != size:
        raise MinqingError("card_invalid", reason="key")
    return raw


def _card_body(d: dict[str, Any]) -> bytes:
    keys = ("format", "version", "code", "kind", "name", "township_code", "sign_public",
            "box_public")
    return orjson.dumps({k: d[k] for k in keys}, option=orjson.OPT_SORT_KEYS)


def card_dict(ctx: AppContext) -> dict[str, Any]:
    keys = own_keys(ctx)
    with ctx.read() as s:
        st = get_station(s)
    assert st is not None
    card: dict[str, Any] = {
        "format": CARD_FORMAT, "version": CARD_VERSION, "code": st.code, "kind": st.kind,
        "name": st.name, "township_code": st.township_code,
        "sign_public": _b64(keys.sign_public), "box_public": _b64(keys.box_public),
    }
    card["signature"] = _b64(keys.sign.sign(_card_body(card)))
    card["fingerprint"] = keys.fingerprint
    return card


def write_card(ctx: AppContext, out: Path) -> Path:
    data = orjson.dumps(card_dict(ctx), option=orjson.OPT_INDENT_2)
    return write_atomic(out, data)


@dataclass(frozen=True)
class Card:
    code: str
    kind: str
    name: str
    township_code: str
    sign_public: bytes
    box_public: bytes
    fingerprint: str


def read_card(path: Path) -> Card:
    """Parse and check a card file: shape, codes, and that its keys signed it."""
    try:
        raw = path.read_bytes()[: MAX_CARD_BYTES + 1]
    except OSError as exc:
        raise MinqingError("card_unreadable", path=str(path), detail=exc.strerror or "") from exc
    if len(raw) > MAX_CARD_BYTES:
        raise MinqingError("card_invalid", reason="size")
    try:
        d = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise MinqingError("card_invalid", reason="json") from exc
    if not isinstance(d, dict) or d.get("format") != CARD_FORMAT:
        raise MinqingError("card_invalid", reason="format")
    if d.get("version") != CARD_VERSION:
        raise MinqingError("card_invalid", reason="version")
    for key in ("code", "kind", "name", "township_code"):
        if not isinstance(d.get(key), str) or len(d[key]) > 64:
            raise MinqingError("card_invalid", reason=key)
    kind = d["kind"]
    if kind not in (StationKind.VILLAGE, StationKind.TOWNSHIP, StationKind.COUNTY):
        raise MinqingError("card_invalid", reason="kind")
    length = {StationKind.VILLAGE: 12, StationKind.TOWNSHIP: 9}.get(kind, 6)
    if len(d["code"]) != length or not d["code"].isascii() or not d["code"].isdigit():
        raise MinqingError("card_invalid", reason="code")
    sp = _unb64(d.get("sign_public"), 32)
    bp = _unb64(d.get("box_public"), 32)
    sig = _unb64(d.get("signature"), 64)
    try:
        Ed25519PublicKey.from_public_bytes(sp).verify(sig, _card_body(d))
    except InvalidSignature as exc:
        raise MinqingError("card_invalid", reason="signature") from exc
    return Card(d["code"], kind, d["name"], d["township_code"], sp, bp, fingerprint(sp, bp))


# --- enrollment -------------------------------------------------------------------------------

@dataclass(frozen=True)
class EnrollResult:
    code: str
    name: str
    kind: str
    fingerprint: str
    status: str  # enrolled / unchanged / replaced
    old_fingerprint: str = ""


def enroll(ctx: AppContext, card_path: Path, *, replace: bool = False) -> EnrollResult:
    """Register a peer from its card. A village enrolls its township; a township its villages
    (whose 12-digit code starts with the township's 9). A township enrolling a village also
    lists that village among its villages."""
    card = read_card(card_path)
    with ctx.read() as s:
        me = get_station(s)
    assert me is not None
    if card.code == me.code:
        raise MinqingError("enroll_self")
    if me.kind == StationKind.VILLAGE:
        if card.kind != StationKind.TOWNSHIP or card.code != me.township_code:
            raise MinqingError("enroll_wrong_peer", code=card.code, name=card.name)
    elif me.kind == StationKind.COUNTY or card.kind == StationKind.COUNTY:
        from sync.county import check_county_pairing  # township ↔ county (issue 14)

        check_county_pairing(me.kind, me.code, card.kind, card.code, card.name)
    else:
        if card.kind != StationKind.VILLAGE or not card.code.startswith(me.code):
            raise MinqingError("enroll_wrong_peer", code=card.code, name=card.name)
    now = utcnow()
    with ctx.uow() as uow:
        ensure_keys_in(uow, me.code)
        peer = uow.session.get(SyncPeer, card.code)
        status = "enrolled"
        old = ""
        if peer is not None:
            if peer.sign_public == card.sign_public and peer.box_public == card.box_public:
                status = "unchanged"
            elif not replace:
                raise MinqingError("enroll_needs_replace", name=peer.name, code=peer.code,
                                   old=peer.fingerprint, new=card.fingerprint)
            else:
                status, old = "replaced", peer.fingerprint
                for hist in uow.session.execute(select(SyncPeerKey).where(
                        SyncPeerKey.peer_code == card.code,
                        SyncPeerKey.replaced_at.is_(None))).scalars():
                    hist.replaced_at = now
                peer.sign_public, peer.box_public = card.sign_public, card.box_public
                peer.fingerprint = card.fingerprint
                peer.enrolled_at = now
            peer.name, peer.kind, peer.township_code = card.name, card.kind, card.township_code
        else:
            uow.session.add(SyncPeer(code=card.code, kind=card.kind, name=card.name,
                                     township_code=card.township_code,
                                     sign_public=card.sign_public, box_public=card.box_public,
                                     fingerprint=card.fingerprint, enrolled_at=now))
        if status != "unchanged":
            uow.session.add(SyncPeerKey(peer_code=card.code, sign_public=card.sign_public,
                                        box_public=card.box_public, fingerprint=card.fingerprint,
                                        enrolled_at=now))
            uow.audit("enroll", "sync_peer", card.code,
                      {"name": card.name, "fingerprint": card.fingerprint, "status": status,
                       "old_fingerprint": old})
        if me.kind == StationKind.TOWNSHIP and card.kind == StationKind.VILLAGE:
            v = uow.session.execute(select(Village).where(Village.code == card.code)).scalar()
            if v is None:
                uow.add_record(Village(code=card.code, name=card.name, township_code=me.code),
                               "village")
        uow.commit()
    return EnrollResult(card.code, card.name, card.kind, card.fingerprint, status, old)


def peer(session: Session, code: str) -> SyncPeer | None:
    return session.get(SyncPeer, code)


def list_peers(session: Session) -> list[SyncPeer]:
    return list(session.execute(select(SyncPeer).order_by(SyncPeer.code)).scalars())
