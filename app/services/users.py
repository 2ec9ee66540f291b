"""Local accounts: who may sign in, with which role, and revealing resident ID numbers.

Passwords are stored only as a slow salted hash: ``hashlib.scrypt`` from the standard library
(OpenSSL's scrypt; no cryptography of our own). A stolen laptop's file then gives an attacker
~50 ms of work per guess per account instead of a password list.

Roles:
- administrator — everything, including accounts; township administrator is the same on a
  township station (and only there);
- clerk — keeps the records; sees full ID and phone numbers (each reveal audited) only when the
  station's "full numbers" setting lists the role (administrators only, by default);
- read_only — sees (masked) records, changes nothing: ``AppContext.write_refusal`` makes every
  unit of work refuse to commit, so this holds in the window and the CLI alike.

A station with no accounts (straight after ``minqing init``) runs as its built-in administrator
(``AppContext`` defaults) until the first account — which must be an administrator — exists.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import GUEST, AppContext
from app.errors import MinqingError, PermissionDenied, ValidationError
from app.store import Store
from app.uow import UnitOfWork
from app.validation import mask_id
from models import Household, Role, Station, User
from models.base import utcnow
from models.station import FULL_NUMBER_ROLES_DEFAULT
from models.vocab import StationKind

# scrypt cost: N=2**15, r=8 → 32 MiB and ~0.1 s per check on an old laptop; OWASP's minimum is
# N=2**17 with r=8 at p=1 for servers — a desk login that must not stall a 2 GB laptop stays
# lower. The parameters are stored with each hash, so raising them later keeps old hashes valid.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PASSWORD = 6

ADMIN_ROLES = frozenset({Role.ADMINISTRATOR.value, Role.TOWNSHIP_ADMINISTRATOR.value})


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    key = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                         maxmem=128 * 1024 * 1024, dklen=KEY_BYTES)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(key).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), maxmem=128 * 1024 * 1024, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


# A hash of nothing in particular: checking an unknown name costs the same time as a wrong
# password, so timing does not tell which names exist.
@functools.cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_hex(8))


@dataclass(frozen=True)
class UserInfo:
    name: str
    full_name: str
    role: str
    active: bool


def _info(u: User) -> UserInfo:
    return UserInfo(u.name, u.full_name, u.role, u.active)


def accounts_exist(ctx: AppContext) -> bool:
    """``has_accounts`` without a session in the caller's hands (Settings asks it)."""
    with ctx.read() as s:
        return has_accounts(s)


def has_accounts(session: Session) -> bool:
    return session.execute(select(func.count()).select_from(User)).scalar_one() > 0


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.execute(select(User).order_by(User.name)).scalars()]


def accounts(ctx: AppContext) -> list[UserInfo]:
    """The station's accounts, for the Accounts page (which opens no session itself)."""
    with ctx.read() as s:
        return list_users(s)


def _station_kind(session: Session) -> str:
    return session.execute(select(Station.kind)).scalar_one_or_none() or ""


def _require_admin(ctx: AppContext) -> None:
    if ctx.role not in ADMIN_ROLES:
        raise PermissionDenied("admin_only", user=ctx.actor)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", "password_too_short", length=MIN_PASSWORD)


def _check_role(session: Session, role: str) -> str:
    try:
        value = Role(role).value
    except ValueError:
        raise ValidationError("role", "unknown_value", value=role) from None
    if value == Role.TOWNSHIP_ADMINISTRATOR and _station_kind(session) != StationKind.TOWNSHIP:
        raise ValidationError("role", "role_township_only")
    return value


def create_user(ctx: AppContext, name: str, password: str, role: str,
                full_name: str = "") -> UserInfo:
    """Add an account. Only an administrator may; the first account of a station must be an
    administrator, or nobody could manage accounts afterwards."""
    _require_admin(ctx)
    name = name.strip()
    if not name:
        raise ValidationError("user", "required")
    if name == GUEST:
        raise ValidationError("user", "user_name_reserved", name=name)
    _check_password(password)
    with ctx.uow() as uow:
        s = uow.session
        role = _check_role(s, role)
        if not has_accounts(s) and role not in ADMIN_ROLES:
            raise ValidationError("role", "first_user_admin")
        if s.get(User, name) is not None:
            raise ValidationError("user", "user_exists", name=name)
        now = utcnow()
        user = User(name=name, full_name=full_name.strip(), role=role,
                    password_hash=hash_password(password), active=True, created_at=now,
                    password_changed_at=now)
        s.add(user)
        s.flush()
        uow.audit("create", "user", name, {"role": role, "full_name": user.full_name})
        info = _info(user)
        uow.commit()
    return info


def _active_admins(session: Session) -> int:
    return session.execute(
        select(func.count()).select_from(User)
        .where(User.active.is_(True), User.role.in_(ADMIN_ROLES))
    ).scalar_one()


def disable_user(ctx: AppContext, name: str) -> None:
    """Disable (never delete: audit events name the account). The last active administrator
    cannot be disabled."""
    _require_admin(ctx)
    with ctx.uow() as uow:
        user = uow.session.get(User, name)
        if user is None:
            raise MinqingError("not_found", what="user", key=name)
        if not user.active:
            return
        if user.role in ADMIN_ROLES and _active_admins(uow.session) <= 1:
            raise ValidationError("user", "last_admin", name=name)
        user.active = False
        uow.audit("disable", "user", name, {})
        uow.commit()


def _own_uow(ctx: AppContext) -> UnitOfWork:
    """A unit of work that a signed-in read-only user may commit: for their own password and
    for the audit events of what they read out. Nobody signed in (a guest) gets none."""
    if ctx.role == GUEST:
        raise PermissionDenied("login_required")
    return UnitOfWork(ctx.store, ctx.actor, ctx.station_code)


def change_password(ctx: AppContext, name: str, new_password: str) -> None:
    """Users change their own password — read-only users too, as the README promises; an
    administrator may set anyone's. The hash is never written to the audit trail."""
    if ctx.actor != name:
        _require_admin(ctx)
    _check_password(new_password)
    with _own_uow(ctx) as uow:
        user = uow.session.get(User, name)
        if user is None:
            raise MinqingError("not_found", what="user", key=name)
        user.password_hash = hash_password(new_password)
        user.password_changed_at = utcnow()
        uow.audit("password", "user", name, {})
        uow.commit()


def authenticate(session: Session, name: str, password: str) -> UserInfo:
    """The account if the password is right and it is active. Unknown name and wrong password
    get the same message (and take the same time)."""
    user = session.get(User, name.strip())
    if user is None:
        verify_password(password, _dummy_hash())
        raise MinqingError("login_failed")
    if not verify_password(password, user.password_hash):
        raise MinqingError("login_failed")
    if not user.active:
        raise MinqingError("user_disabled", name=user.name)
    return _info(user)


def login(store: Store, name: str | None, password: str | None,
          lang: str = "zh_CN") -> AppContext:
    """The context to work in. No accounts yet → the built-in administrator. Accounts and no
    name → a guest that may read but not write. Otherwise the password must match."""
    with store.session() as s:
        accounts = has_accounts(s)
        if not accounts:
            return AppContext(store, lang=lang)
        if not name:
            return AppContext(store, actor=GUEST, lang=lang, role=GUEST)
        user = authenticate(s, name, password or "")
    return AppContext(store, actor=user.name, lang=lang, role=user.role)


def may_reveal(ctx: AppContext) -> bool:
    """One household's full ID number in the detail pane follows the same rule as exports with
    full numbers: one setting decides who sees them, wherever they are shown."""
    return may_see_full_numbers(ctx)


def reveal_id(ctx: AppContext, household_id: str) -> str:
    """The full ID number of a household, for a role allowed to see it. Every reveal is an
    audit event (who, whose, when); a refused role gets a message and nothing is revealed."""
    if not may_reveal(ctx):
        raise PermissionDenied("reveal_not_allowed", user=ctx.actor)
    with ctx.uow() as uow:
        hh = uow.get(Household, household_id, "household")
        number = hh.id_number
        uow.audit("reveal_id", "household", household_id, {"shown": mask_id(number)})
        uow.commit()
    return number


# --- Personal data read out of the station (issue 9: the command line is not a back door) ---


def full_number_roles(session: Session) -> frozenset[str]:
    """The station's setting: which roles may export or print full ID and phone numbers."""
    raw = session.execute(select(Station.full_number_roles)).scalar_one_or_none()
    return frozenset(r for r in (raw or FULL_NUMBER_ROLES_DEFAULT).split(",") if r)


def may_see_full_numbers(ctx: AppContext) -> bool:
    """Full numbers for the roles the station allows (administrators by default). A station
    with no accounts runs as its built-in administrator, who may; a guest never may."""
    if ctx.role == GUEST:
        return False
    with ctx.read() as s:
        return ctx.role in full_number_roles(s)


def set_full_number_roles(ctx: AppContext, roles: list[str]) -> frozenset[str]:
    """Change who may export full numbers (administrators only; audited)."""
    _require_admin(ctx)
    with ctx.uow() as uow:
        s = uow.session
        clean = sorted({_check_role(s, r.strip()) for r in roles if r.strip()}
                       if roles else set())
        st = s.execute(select(Station)).scalar_one()
        old = st.full_number_roles
        st.full_number_roles = ",".join(clean)
        uow.audit("setting", "station", st.code,
                  {"full_number_roles": [old, st.full_number_roles]})
        uow.commit()
    return frozenset(clean)


def require_personal_read(ctx: AppContext, full: bool = False) -> None:
    """Refuse, before anything is read or written, a read-out of personal data by nobody (a
    station with accounts and no sign-in) or of full numbers by a role not allowed them."""
    if ctx.role == GUEST:
        raise PermissionDenied("login_required_read")
    if full and not may_see_full_numbers(ctx):
        raise PermissionDenied("full_numbers_not_allowed", user=ctx.actor,
                               role=ctx.role)


def record_export(ctx: AppContext, what: str, records: int, full: bool, target: str) -> None:
    """The audit event of a read-out: who, what, how many records, masked or full, where to.
    Written for read-only users too (reading is what they may do; it is still on record)."""
    with _own_uow(ctx) as uow:
        uow.audit("export", what, target[-200:],
                  {"records": records, "full_numbers": full, "file": target[-200:]})
        uow.commit()
