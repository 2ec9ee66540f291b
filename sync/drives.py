"""Which mounted volumes are USB sticks: the part of drive detection that needs no Qt.

The window lists volumes with ``QStorageInfo`` and hands them here as plain ``Volume`` values, so
the rules (skip system and pseudo file systems, mark removable ones, sort them first) are tested
without a real stick. Qt does not say "removable"; a stick is recognised by where it is mounted
(``/media``, ``/run/media``, ``/Volumes``, a Windows drive letter that is not the system drive)
or by its FAT/exFAT file system, which is what sticks are formatted with.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import PurePath

PSEUDO_FS = frozenset({
    "tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "cgroup", "cgroup2", "devpts",
    "mqueue", "debugfs", "tracefs", "securityfs", "pstore", "bpf", "autofs", "fusectl",
    "configfs", "hugetlbfs", "binfmt_misc", "nsfs", "ramfs", "efivarfs", "rpc_pipefs", "nfsd",
    "selinuxfs", "ramdisk", "shm",
})
STICK_FS = frozenset({"vfat", "fat", "fat12", "fat16", "fat32", "msdos", "exfat"})
STICK_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
SYSTEM_ROOTS = ("/boot", "/efi", "/snap", "/var/snap", "/proc", "/sys", "/dev", "/run/user")


@dataclass(frozen=True)
class Volume:
    """One mounted volume as the OS reports it (from ``QStorageInfo`` in the window)."""

    root: str
    name: str
    fs_type: str
    free: int
    total: int
    ready: bool = True
    read_only: bool = False
    is_root: bool = False


@dataclass(frozen=True)
class Drive:
    root: str
    name: str
    free: int
    total: int
    removable: bool
    ready: bool
    writable: bool


def _is_windows_letter(root: str) -> bool:
    return len(root) >= 2 and root[1] == ":" and root[0].isalpha()


def _inside(path: str, root: str) -> bool:
    try:
        PurePath(path).relative_to(PurePath(root))
    except ValueError:
        return False
    return True


def classify(volumes: list[Volume], data_file: str = "",
             system_drive: str | None = None) -> list[Drive]:
    """Volumes a clerk might write batches to: removable ones first (then by free space), with
    the system volume, the volume holding the station's own database and pseudo file systems
    left out — a batch written next to the database would not leave the laptop."""
    system = (system_drive if system_drive is not None
              else os.environ.get("SYSTEMDRIVE", "C:")).upper().rstrip("\\/")
    data_root = ""
    if data_file:
        holders = [v.root for v in volumes if _inside(data_file, v.root)]
        data_root = max(holders, key=len) if holders else ""
    out = []
    for v in volumes:
        fs = v.fs_type.lower()
        if fs in PSEUDO_FS or fs.startswith("fuse.") and fs != "fuseblk":
            continue
        if v.is_root or v.root in ("/", "") or v.root == data_root:
            continue
        if any(v.root == s or v.root.startswith(s + "/") for s in SYSTEM_ROOTS):
            continue
        letter = _is_windows_letter(v.root)
        if letter and v.root[:2].upper() == system:
            continue
        removable = fs in STICK_FS or any(v.root.startswith(r) for r in STICK_ROOTS)
        name = v.name or PurePath(v.root).name or v.root
        out.append(Drive(v.root, name, v.free, v.total, removable, v.ready,
                         v.ready and not v.read_only))
    out.sort(key=lambda d: (not d.removable, not d.ready, -d.free, d.root))
    return out


def human_size(n: int) -> str:
    """1.2 GB / 350 KB: sizes a clerk reads at a glance."""
    units = ["B", "KB", "MB", "GB", "TB"]
    x = float(n)
    for u in units:
        if x < 1024 or u == units[-1]:
            return f"{x:.0f} {u}" if u in ("B", "KB") else f"{x:.1f} {u}"
        x /= 1024
    return f"{n} B"  # pragma: no cover
