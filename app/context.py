"""What every service call needs: the open store, who is acting, and the user's language.

Built once by the composition root (CLI or window) and passed in — no global app object.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import PermissionDenied, StoreError
from app.store import Store
from app.uow import UnitOfWork
from models import Station

DEFAULT_ACTOR = "admin"
# Role of a context: the account's role (``models.Role``), the built-in administrator of a
# station with no accounts yet, or GUEST — nobody signed in on a station that has accounts
# (the CLI without ``--user``): may read, may not write.
DEFAULT_ROLE = "administrator"
GUEST = "guest"
READ_ONLY_ROLES = frozenset({"read_only", GUEST})


@dataclass
class AppContext:
    store: Store
    actor: str = DEFAULT_ACTOR
    lang: str = "zh_CN"
    _station_code: str | None = field(default=None, repr=False)
    role: str = DEFAULT_ROLE

    @property
    def can_write(self) -> bool:
        return self.role not in READ_ONLY_ROLES

    def write_refusal(self) -> PermissionDenied | None:
        """Why this context may not change anything, or None. Checked by every unit of work
        at commit, so no service (window or CLI) can write for a read-only user."""
        if self.role == GUEST:
            return PermissionDenied("login_required")
        if self.role in READ_ONLY_ROLES:
            return PermissionDenied("read_only_user", user=self.actor)
        return None

    @property
    def station_code(self) -> str:
        if self._station_code is None:
            with self.read() as s:
                code = s.execute(select(Station.code)).scalar_one_or_none()
            if code is None:
                raise StoreError("no_station", path=str(self.store.path))
            self._station_code = code
        return self._station_code

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.store, self.actor, self.station_code,
                          refusal=self.write_refusal())

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self.store.session()
        try:
            yield session
        finally:
            session.close()
