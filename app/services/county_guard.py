"""A county station is read-only except for what the county itself owns (issue 14).

The window already hides its write buttons at a county (``MainWindow._read_only``), but the
services are what the command line, the window and any later tool share, so the rule lives
here, under every one of them: the unit of work calls ``check`` before it appends each audit
event (every change a service makes is audited in the same transaction) and before it changes a
record of another station. At a county, a change to a record the villages own — a household, a
visit, a matter, a cadre, a village row typed by hand — raises ``county_read_only`` in the
user's language; nothing of that transaction is committed (the unit of work rolls back).

What the county owns stays writable: its own settings (``station``, rules), accounts
(``user``), supervision notices it issues (``supervision_notice`` / ``supervision_item``), the
holiday table it hands down (``holiday_day``) and the exchange bookkeeping (batches, peers,
receipts). The batches a township forwards are the one way village records reach a county:
``sync.county`` applies them inside ``applying_batches()``, which lets exactly that through.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any

from sqlalchemy import select

from app.errors import MinqingError

# Records the county itself owns, of the travelling (``Synced``) tables.
COUNTY_OWNED: frozenset[str] = frozenset({"supervision_notice", "supervision_item",
                                          "holiday_day"})
# Audit actions that record a read (an ID shown, a list exported), not a change.
READ_ACTIONS: frozenset[str] = frozenset({"reveal_id", "export"})
# Whole-station actions that write village records in bulk.
REFUSED_ACTIONS: frozenset[str] = frozenset({"demo"})

_applying: ContextVar[bool] = ContextVar("county_applying_batches", default=False)
_KIND = "_county_guard_kind"


@cache
def village_owned_tables() -> frozenset[str]:
    """Every travelling table (``models.base.Synced``) the county does not own."""
    from models.base import Base, Synced

    names = frozenset(str(m.persist_selectable.name)  # type: ignore[attr-defined]
                      for m in Base.registry.mappers if issubclass(m.class_, Synced))
    names -= COUNTY_OWNED
    return names | {"group"}  # the audit's name for village_group (app.services.check)


@contextmanager
def applying_batches() -> Iterator[None]:
    """Inside: the county applies township and village batches (``sync.county``)."""
    token = _applying.set(True)
    try:
        yield
    finally:
        _applying.reset(token)


def _is_county(uow: Any) -> bool:
    kind = uow.__dict__.get(_KIND)
    if kind is None:
        from models import Station
        from models.vocab import StationKind

        found = uow.session.execute(select(Station.kind)).scalar_one_or_none()
        if found is None:  # init: no station yet, ask again next time
            return False
        kind = found == StationKind.COUNTY.value
        uow.__dict__[_KIND] = kind
    return bool(kind)


def check(uow: Any, action: str, entity: str) -> None:
    """Refuse ``action`` on ``entity`` at a county unless the county owns it (see module)."""
    if action in READ_ACTIONS or _applying.get():
        return
    if action not in REFUSED_ACTIONS and entity not in village_owned_tables():
        return
    if _is_county(uow):
        raise MinqingError("county_read_only", entity=entity)
