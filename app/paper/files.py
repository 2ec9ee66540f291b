"""Writing output files so that a crash, a full disk or a pulled USB stick never leaves a
half-written workbook or PDF under the name the clerk asked for.

Everything is written to a temporary name in the same folder (so the final rename stays on one
file system and is atomic), flushed and fsynced, then ``os.replace``d over the target.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from app.errors import MinqingError


class Cancelled(MinqingError):
    """The user pressed Stop: nothing was written."""

    def __init__(self) -> None:
        super().__init__("paper_cancelled")


Progress = Callable[[int, int], bool]
"""``on_progress(done, total) -> bool``: return False to cancel (a window's Stop button)."""


def report(on_progress: Progress | None, done: int, total: int) -> None:
    """Call the progress callback; raise ``Cancelled`` when it asks to stop."""
    if on_progress is not None and on_progress(done, total) is False:
        raise Cancelled()


def finished(on_progress: Progress | None, total: int) -> None:
    """Tell the callback the work is complete, after the file is renamed or the transaction
    committed: too late to stop, so a Cancel pressed now is not raised (the window would say
    "nothing written" about a file or rows that exist)."""
    if on_progress is not None:
        on_progress(total, total)


def check_folder(target: str | os.PathLike[str]) -> None:
    """Refuse, before any work or any record, an output whose folder does not exist."""
    folder = Path(target).parent
    if str(folder) and not folder.is_dir():
        raise MinqingError("paper_folder_missing", path=str(folder))


@contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it is fsynced and renamed over
    ``target``; on any exception it is removed and ``target`` is left as it was."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise MinqingError("paper_folder_missing", path=str(folder))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextmanager
def atomic_open(target: str | os.PathLike[str], mode: str = "w", **kwargs: object
                ) -> Iterator[IO[str]]:
    """Like ``open`` for writing, through ``atomic_path``."""
    with atomic_path(target) as tmp, open(tmp, mode, **kwargs) as fh:  # type: ignore[call-overload]
        yield fh
        fh.flush()
        os.fsync(fh.fileno())
