"""One app, one local file.

- A second window on the same database is refused: the window holds an OS-level lock on
  ``<db>.lock`` (``filelock``: ``fcntl.flock`` on Linux, ``msvcrt.locking`` on Windows). The OS
  drops the lock when the process dies, so a crash or kill never leaves the file "in use".
- The database must be on the laptop's own disk. SQLite's locking is unreliable on network
  shares (a second laptop can corrupt the file) and a USB stick pulled out mid-write damages it.
  Such a file is refused with the command that copies it in (``minqing restore``).

Detection: Linux reads the mount table (``/proc/mounts``) and ``/sys/block/<disk>/removable``;
Windows asks ``GetDriveTypeW`` through ctypes. Both take their inputs as parameters so tests can
describe a machine that has a USB stick or an NFS mount.
"""

from __future__ import annotations

import os
import re
import sys
from enum import StrEnum
from pathlib import Path, PureWindowsPath
from types import TracebackType

from app.errors import MinqingError, StoreError
from app.paths import default_db_path


class Location(StrEnum):
    LOCAL = "local"
    REMOVABLE = "removable"
    NETWORK = "network"


NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "fuse.sshfs", "sshfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "fuse.rclone", "lustre",
    "fuse.gvfsd-fuse",
})


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class InstanceLock:
    """Held by the window for as long as it has the database open; ``acquire`` refuses at once
    (no waiting) if another copy of the app holds it."""

    def __init__(self, db_path: Path) -> None:
        # imported here: the commands only check the file's location (``ensure_local``) and
        # need no lock library for it (issue 11)
        from filelock import FileLock

        self.db_path = Path(db_path)
        self._lock = FileLock(lock_path(self.db_path), timeout=0, thread_local=False)

    def acquire(self) -> InstanceLock:
        from filelock import Timeout

        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise StoreError("db_in_use", path=str(self.db_path)) from None
        return self

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


# --- Linux -----------------------------------------------------------------------------------

def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_mounts(text: str) -> list[tuple[str, str, str]]:
    """(device, mount point, fs type) per line of a /proc/mounts text."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            out.append((_unescape_mount(parts[0]), _unescape_mount(parts[1]), parts[2]))
    return out


def mount_for(path: Path, mounts: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The mount holding ``path``: the longest mount point that is a prefix of it (the last
    one listed wins, as a later mount hides an earlier one on the same point)."""
    best: tuple[str, str, str] | None = None
    target = str(path)
    for dev, point, fstype in mounts:
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[1])):
            best = (dev, point, fstype)
    return best


def _disk_of(device: str, sys_root: Path) -> str | None:
    """/dev/sdb1 → sdb, /dev/mmcblk0p1 → mmcblk0, /dev/nvme0n1p2 → nvme0n1 (via sysfs)."""
    name = Path(device).name
    if not device.startswith("/dev/") or not name:
        return None
    part = sys_root / "class" / "block" / name
    if (part / "partition").exists():
        return part.resolve().parent.name
    if (sys_root / "block" / name).exists():
        return name
    return re.sub(r"(?<=\D)\d+$|(?<=\d)p\d+$", "", name) or None


def linux_location(path: Path, mounts_text: str | None = None,
                   sys_root: Path = Path("/sys")) -> Location:
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text()
        except OSError:
            return Location.LOCAL
    mount = mount_for(path, parse_mounts(mounts_text))
    if mount is None:
        return Location.LOCAL
    device, _point, fstype = mount
    if fstype in NETWORK_FS or device.startswith("//") or re.match(r"^[^/]+:/", device):
        return Location.NETWORK
    disk = _disk_of(device, sys_root)
    if disk is None:
        return Location.LOCAL
    removable = sys_root / "block" / disk / "removable"
    try:
        if removable.read_text().strip() == "1":
            return Location.REMOVABLE
    except OSError:
        pass
    # USB hard drives often say removable=0; their sysfs device path goes through a USB bus.
    try:
        if "/usb" in str((sys_root / "block" / disk).resolve()):
            return Location.REMOVABLE
    except OSError:
        pass
    return Location.LOCAL


# --- Windows ---------------------------------------------------------------------------------

DRIVE_REMOVABLE = 2
DRIVE_REMOTE = 4


def windows_location(path: Path, drive_type: int | None = None) -> Location:
    win = PureWindowsPath(str(path))
    if win.drive.startswith("\\\\"):  # \\server\share\...
        return Location.NETWORK
    if drive_type is None:
        import ctypes

        root = (win.drive or "C:") + "\\"
        drive_type = int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]
    if drive_type == DRIVE_REMOVABLE:
        return Location.REMOVABLE
    if drive_type == DRIVE_REMOTE:
        return Location.NETWORK
    return Location.LOCAL


def location_of(path: Path) -> Location:
    path = Path(os.path.abspath(path))
    if sys.platform == "win32":
        return windows_location(path)
    if sys.platform.startswith("linux"):
        return linux_location(path.resolve() if path.exists() else path)
    return Location.LOCAL


def copy_in_hint(path: Path) -> str:
    return f"minqing restore --db {default_db_path()} {path}"


def ensure_local(path: Path, location: Location | None = None) -> None:
    """Refuse a database on a removable drive or a network share, naming the way out."""
    where = location or location_of(Path(path))
    if where == Location.LOCAL:
        return
    code = "db_removable" if where == Location.REMOVABLE else "db_network"
    raise MinqingError(code, path=str(path), hint=copy_in_hint(Path(path)))


def instance_key(db_path: Path) -> str:
    """The name of the local socket the window holding ``db_path`` listens on: one per
    database file (a second start on another file is a different station)."""
    import hashlib

    digest = hashlib.sha1(str(Path(os.path.abspath(db_path))).encode("utf-8")).hexdigest()
    return f"minqing-{digest[:16]}"
