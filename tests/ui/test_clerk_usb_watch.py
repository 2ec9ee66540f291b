"""Issue 15: "Back up to USB" notices a stick when it is plugged in (the mounts polled while the
box is shown), through the reusable ``ui.usb_watch.UsbWatch`` fed a fake volume list."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from sync.drives import Volume
from ui.pages.backups import BackupBox
from ui.usb_watch import UsbWatch

DISK = Volume("/", "root", "ext4", 10**10, 10**11, is_root=True)
STICK = Volume("/media/clerk/KINGSTON", "KINGSTON", "vfat", 14 * 10**9, 16 * 10**9)


def test_watch_emits_only_when_mounts_change(qtbot: QtBot) -> None:
    mounts = [DISK]
    watch = UsbWatch(source=lambda: list(mounts))
    seen: list[list[object]] = []
    watch.drivesChanged.connect(seen.append)
    assert watch.poll() and seen[-1] == []
    assert not watch.poll()  # nothing changed: no signal
    mounts.append(STICK)
    assert watch.poll()
    assert [d.root for d in seen[-1]] == [STICK.root]  # type: ignore[attr-defined]
    assert watch.sticks()[0].name == "KINGSTON"
    mounts.remove(STICK)
    assert watch.poll() and watch.sticks() == [] and len(seen) == 3


def test_backup_box_notices_the_stick_while_shown(qtbot: QtBot, tmp_path: Path) -> None:
    mounts = [DISK]
    box = BackupBox(tmp_path / "station.sqlite3", volumes_source=lambda: list(mounts))
    qtbot.addWidget(box)
    box.usb_watch.timer.setInterval(20)
    assert not box.usb_watch.active()  # not polling before it is shown
    box.show()
    assert box.usb_watch.active()
    assert "未插入U盘" in box.stick_label.text()
    mounts.append(STICK)  # plugged in: the timer notices it
    qtbot.waitUntil(lambda: "KINGSTON" in box.stick_label.text(), timeout=3000)
    assert "已发现U盘" in box.stick_label.text()
    started: list[str] = []
    box.choose_folder = lambda _p, start: (started.append(start), "")[1]
    box.back_up_now()
    assert started == [STICK.root]  # the folder picker opens on the stick
    box.hide()
    assert not box.usb_watch.active()
