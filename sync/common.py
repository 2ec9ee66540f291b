"""Small pieces every stage of a batch's journey shares: the progress callback's shape, this
station's row, where the outbox and the before-import backups live, chunked ``IN`` lists."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.context import AppContext
from app.errors import MinqingError
from app.services.station import StationInfo, get_station

Progress = Callable[[str, int, int], bool]


def this_station(session: Session) -> StationInfo:
    st = get_station(session)
    if st is None:
        raise MinqingError("no_station", path="")
    return st


def outbox_dir(ctx: AppContext) -> Path:
    """Where exported batches are kept on the laptop until the township's receipt confirms them."""
    p = ctx.store.path
    return p.parent / f"{p.stem}.outbox"


def backup_dir(ctx: AppContext) -> Path:
    p = ctx.store.path
    return p.parent / f"{p.stem}.backups"


def chunks(items: Iterable[Any], n: int = 500) -> Iterator[list[Any]]:
    buf: list[Any] = []
    for x in items:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf
