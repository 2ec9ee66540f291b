"""One window per database, and only on the laptop's own disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import MinqingError, StoreError
from app.instance_lock import (
    DRIVE_REMOTE,
    DRIVE_REMOVABLE,
    InstanceLock,
    Location,
    ensure_local,
    linux_location,
    windows_location,
)

HOLD = """
import sys, time
from pathlib import Path
from app.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(60)
"""


def test_second_copy_is_refused_and_a_killed_copy_frees_the_file(db_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdout=subprocess.PIPE,
                            text=True, cwd=Path(__file__).parents[2])
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(StoreError) as info:
            InstanceLock(db_path).acquire()
        assert info.value.code == "db_in_use"
        assert "另一个" in info.value.message("zh_CN")
        os.kill(proc.pid, signal.SIGKILL)  # a crash must not leave the file "in use"
        proc.wait(10)
        deadline = time.monotonic() + 5
        lock = InstanceLock(db_path)
        while True:
            try:
                lock.acquire()
                break
            except StoreError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert lock.held
        with pytest.raises(StoreError):
            InstanceLock(db_path).acquire()  # a second window in the same process too
        lock.release()
        with InstanceLock(db_path):
            pass
    finally:
        proc.kill()
        proc.wait()


MOUNTS = r"""/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
/dev/sda1 /boot/efi vfat rw 0 0
/dev/sdb1 /media/clerk/U\040DISK vfat rw,nosuid 0 0
/dev/sdc1 /media/clerk/Backup ntfs3 rw 0 0
/dev/mmcblk0p1 /media/clerk/SD exfat rw 0 0
/dev/nvme0n1p3 /home ext4 rw 0 0
server:/export/minqing /mnt/township nfs4 rw 0 0
//files/share /mnt/share cifs rw 0 0
sshfs#me@host: /mnt/ssh fuse.sshfs rw 0 0
"""


def _disk(sys_root: Path, bus: str, disk: str, parts: list[str], removable: str) -> None:
    dev = sys_root / "devices" / "pci0000:00" / bus / "block" / disk
    dev.mkdir(parents=True)
    (dev / "removable").write_text(removable + "\n")
    (sys_root / "block").mkdir(exist_ok=True)
    (sys_root / "block" / disk).symlink_to(dev)
    (sys_root / "class" / "block").mkdir(parents=True, exist_ok=True)
    (sys_root / "class" / "block" / disk).symlink_to(dev)
    for part in parts:
        (dev / part).mkdir()
        (dev / part / "partition").write_text("1\n")
        (sys_root / "class" / "block" / part).symlink_to(dev / part)


@pytest.fixture
def sys_root(tmp_path: Path) -> Path:
    root = tmp_path / "sys"
    _disk(root, "ata1/host0", "sda", ["sda1", "sda2"], "0")
    _disk(root, "usb1/1-1/host6", "sdb", ["sdb1"], "1")
    _disk(root, "usb2/2-1/host7", "sdc", ["sdc1"], "0")  # USB hard drive saying "not removable"
    _disk(root, "mmc_host/mmc0", "mmcblk0", ["mmcblk0p1"], "1")
    _disk(root, "nvme/nvme0", "nvme0n1", ["nvme0n1p3"], "0")
    return root


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/clerk/.local/share/Minqing/minqing.sqlite3", Location.LOCAL),
    ("/var/lib/minqing.sqlite3", Location.LOCAL),
    ("/media/clerk/U DISK/石江村.sqlite3", Location.REMOVABLE),
    ("/media/clerk/Backup/minqing.sqlite3", Location.REMOVABLE),
    ("/media/clerk/SD/minqing.sqlite3", Location.REMOVABLE),
    ("/mnt/township/minqing.sqlite3", Location.NETWORK),
    ("/mnt/share/minqing.sqlite3", Location.NETWORK),
    ("/mnt/ssh/minqing.sqlite3", Location.NETWORK),
    ("/media/clerk/U DISKETTE/x.sqlite3", Location.LOCAL),  # not inside "/media/clerk/U DISK"
])
def test_linux_location_from_the_mount_table(path: str, expected: Location,
                                             sys_root: Path) -> None:
    assert linux_location(Path(path), MOUNTS, sys_root) == expected


def test_linux_location_of_this_machines_temp_folder_is_local(tmp_path: Path) -> None:
    assert linux_location(tmp_path) == Location.LOCAL


@pytest.mark.parametrize(("path", "drive", "expected"), [
    (r"C:\Users\clerk\AppData\Local\Minqing\minqing.sqlite3", 3, Location.LOCAL),
    (r"E:\minqing.sqlite3", DRIVE_REMOVABLE, Location.REMOVABLE),
    (r"Z:\station\minqing.sqlite3", DRIVE_REMOTE, Location.NETWORK),
    (r"\\township-pc\share\minqing.sqlite3", 3, Location.NETWORK),
])
def test_windows_location_from_the_drive_type(path: str, drive: int,
                                              expected: Location) -> None:
    assert windows_location(Path(path), drive) == expected


def test_file_on_a_stick_is_refused_with_the_way_to_copy_it_in() -> None:
    path = Path("/media/clerk/U DISK/石江村.sqlite3")
    with pytest.raises(MinqingError) as info:
        ensure_local(path, Location.REMOVABLE)
    msg = info.value.message("zh_CN")
    assert "U盘" in msg and "minqing restore --db" in msg and str(path) in msg
    with pytest.raises(MinqingError) as net:
        ensure_local(path, Location.NETWORK)
    assert "network share" in net.value.message("en")
    ensure_local(path, Location.LOCAL)
