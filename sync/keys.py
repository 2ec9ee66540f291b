"""Station identity: this station's key pair, its public card, and the peers it has enrolled.

Keys come from the ``cryptography`` library: Ed25519 signs what a station sends, X25519 lets a
sender seal a batch key for the one station that may read it. The private keys live in the
station database (``sync_own_key``), so the file a clerk backs up is the whole station and a
copy restored on a new laptop keeps its identity; whoever holds the database already holds every
record the keys protect. See docs/batch-format.md, "Keys".

Trust is by enrollment: a township enrolls each village's card and each village its township's.
A card for a station already enrolled with different keys replaces them only when confirmed
(``replace=True``); the old key stays in ``sync_peer_key``.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError
from app.services.station import get_station
from app.store import Store
from app.uow import UnitOfWork
from models import Station, SyncOwnKey, SyncPeer, SyncPeerKey, Village
from models.base import utcnow
from models.vocab import StationKind
from sync.safefile import write_atomic

CARD_FORMAT = "minqing-station-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 16 * 1024


def fingerprint(sign_public: bytes, box_public: bytes) -> str:
    """What two clerks read to each other over the phone to be sure a card is genuine:
    SHA-256 of both public keys, shown as 8 groups of 4 hex digits."""
    digest = hashlib.sha256(b"minqing-card\0" + sign_public + box_public).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _raw_public(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class OwnKeys:
    station_code: str
    sign: Ed25519PrivateKey
    box: X25519PrivateKey
    sign_public: bytes
    box_public: bytes
    fingerprint: str


def _new_key_row(code: str) -> SyncOwnKey:
    sign = Ed25519PrivateKey.generate()
    box = X25519PrivateKey.generate()
    sp, bp = _raw_public(sign), _raw_public(box)
    return SyncOwnKey(station_code=code, sign_private=_raw_private(sign), sign_public=sp,
                      box_private=_raw_private(box), box_public=bp, fingerprint=fingerprint(sp, bp),
                      created_at=utcnow(), active=True)


def ensure_keys_in(uow: UnitOfWork, code: str) -> None:
    """Create this station's key pair inside the caller's transaction if it has none."""
    has = uow.session.execute(
        select(SyncOwnKey.id).where(SyncOwnKey.active.is_(True))).first()
    if has is None:
        row = _new_key_row(code)
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create_keys", "station", code, {"fingerprint": row.fingerprint})


def ensure_keys(store: Store, actor: str = "admin") -> None:
    """Give an initialised station its key pair (called by ``init``; harmless when present)."""
    with store.session() as s:
        st = s.execute(select(Station)).scalar_one_or_none()
    if st is None:
        return
    with UnitOfWork(store, actor, st.code) as uow:
        ensure_keys_in(uow, st.code)
        uow.commit()


def own_keys(ctx: AppContext) -> OwnKeys:
    ensure_keys(ctx.store, ctx.actor)
    with ctx.read() as s:
        row = s.execute(select(SyncOwnKey).where(SyncOwnKey.active.is_(True))).scalar_one()
    return _own(row)


def _own(row: SyncOwnKey) -> OwnKeys:
    return OwnKeys(row.station_code, Ed25519PrivateKey.from_private_bytes(row.sign_private),
                   X25519PrivateKey.from_private_bytes(row.box_private), row.sign_public,
                   row.box_public, row.fingerprint)


def all_own_keys(session: Session) -> list[OwnKeys]:
    """Active first: a batch sealed for a key this station replaced can still be opened."""
    rows = session.execute(select(SyncOwnKey).order_by(SyncOwnKey.active.desc())).scalars()
    return [_own(r) for r in rows]


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
