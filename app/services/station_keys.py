"""This station's own key pairs, stored in the station database (``sync_own_key``).

They live in ``app`` because a station gets them when it is set up (``init_station``), before
anything is ever exchanged: ``sync`` builds on them (``sync.keys`` re-exports these names) and
``app`` never imports ``sync``. Ed25519 signs what a station sends, X25519 lets a sender seal a
batch key for the one station that may read it; see docs/batch-format.md, "Keys".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
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
from app.store import Store
from app.uow import UnitOfWork
from models import Station, SyncOwnKey
from models.base import utcnow


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
