"""Writing files that survive a pulled USB stick or a power cut.

Always: write to a temporary name in the destination folder, flush and fsync, rename over the
final name, fsync the folder. A half-written file only ever carries the temporary name (and a
batch file additionally fails its own trailer check), so it never looks valid.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from app.errors import MinqingError

COPY_CHUNK = 1 << 20


def _fsync_dir(folder: Path) -> None:
    # Windows cannot open a directory; NTFS journals the rename itself.
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name(final: Path) -> Path:
    """The temporary name beside ``final``, created empty and owner-only (0600) so whatever
    the caller then writes into it (``open("wb")`` keeps the mode) is never readable by others,
    even if the process is killed half-way (issue 9)."""
    tmp = final.with_name(f".{final.name}.{os.getpid()}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(tmp, 0o600)
    return tmp


def check_free_space(folder: Path, needed: int) -> None:
    """Refuse before writing anything when the stick cannot hold the file (plus 1 MiB slack)."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise MinqingError("batch_folder_unusable", path=str(folder), detail=exc.strerror or "") from exc
    if free < needed + (1 << 20):
        raise MinqingError("batch_disk_full", path=str(folder), needed=needed // 1024 + 1,
                           free=free // 1024)


def write_atomic(final: Path, data: bytes) -> Path:
    final.parent.mkdir(parents=True, exist_ok=True)
    check_free_space(final.parent, len(data))
    tmp = temp_name(final)
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        _fsync_dir(final.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return final


def commit_temp(tmp: Path, final: Path) -> None:
    """Rename an already fsynced temporary file to its final name and make the rename durable."""
    os.replace(tmp, final)
    _fsync_dir(final.parent)


def copy_atomic(src: Path, final: Path,
                progress: Callable[[int, int], bool] | None = None) -> Path:
    """Copy ``src`` to ``final`` through a temporary name, fsynced. ``progress(done, total)``
    returning False cancels (the temporary file is removed)."""
    total = src.stat().st_size
    final.parent.mkdir(parents=True, exist_ok=True)
    check_free_space(final.parent, total)
    tmp = temp_name(final)
    try:
        with src.open("rb") as fin, tmp.open("wb") as fout:
            done = 0
            while chunk := fin.read(COPY_CHUNK):
                fout.write(chunk)
                done += len(chunk)
                if progress is not None and progress(done, total) is False:
                    raise MinqingError("batch_cancelled")
            fout.flush()
            os.fsync(fout.fileno())
        commit_temp(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return final
