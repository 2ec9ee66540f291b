"""What every service call needs: the open store, who is acting, and the user's language.

Built once by the composition root (CLI or window) and passed in — no global app object.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import StoreError
from app.store import Store
from app.uow import UnitOfWork
from models import Station

DEFAULT_ACTOR = "admin"


@dataclass
class AppContext:
    store: Store
    actor: str = DEFAULT_ACTOR
    lang: str = "zh_CN"
    _station_code: str | None = field(default=None, repr=False)

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
        return UnitOfWork(self.store, self.actor, self.station_code)

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self.store.session()
        try:
            yield session
        finally:
            session.close()
