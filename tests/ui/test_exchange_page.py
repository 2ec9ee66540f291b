"""The data-exchange screen through its real widgets, between two real stations on real SQLite
files: send to a stick folder, receive on the other station, the reports a clerk reads, and what
the stores hold afterwards. A damaged file is refused with its reason and changes nothing;
cancelling a send writes nothing to the stick."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

import app.services.exchange as exchange_module  # the service the tabs call
from app.context import AppContext
from app.services.demo import fill_demo
from sync.drives import Volume, classify
from sync.status import overview
from tests.sync.synchelp import (
    TOWNSHIP,
    V1,
    db_digest,
    enroll_pair,
    first_household,
    make_station,
    rename_household,
    table_rows,
)
from ui.pages.exchange import ExchangePage


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[AppContext, AppContext, Path]]:
    t = make_station(tmp_path / "township.sqlite3", "township", TOWNSHIP, "石江镇")
    v = make_station(tmp_path / "village.sqlite3", "village", V1, "石江村")
    fill_demo(v, households=30, months=6, seed=5)
    enroll_pair(tmp_path, t, v)
    usb = tmp_path / "usb"
    usb.mkdir()
    yield t, v, usb
    t.store.close()
    v.store.close()


def _page(qtbot, ctx: AppContext, usb: Path) -> ExchangePage:  # type: ignore[no-untyped-def]
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.drive.set_folder(usb)
    return page


def _wait_idle(qtbot, page: ExchangePage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.send_button.isEnabled() or page.dest.currentData() is None,
                    timeout=20000)
    qtbot.waitUntil(lambda: page.import_button.isEnabled(), timeout=20000)


def _send(qtbot, page: ExchangePage) -> None:  # type: ignore[no-untyped-def]
    page.send_report.clear()
    page.send_button.click()
    qtbot.waitUntil(lambda: "✔" in page.send_report.toPlainText()
                    or "没有发送" in page.send_report.toPlainText(), timeout=20000)


def _import(qtbot, page: ExchangePage, preview: bool = False) -> str:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    page.receive_report.clear()
    (page.preview_button if preview else page.import_button).click()
    qtbot.waitUntil(lambda: page.receive_report.toPlainText() != ""
                    and page.import_button.isEnabled(), timeout=20000)
    return page.receive_report.toPlainText()


def households_from(ctx: AppContext, origin: str) -> int:
    return len(table_rows(ctx, "household", origin))


def test_village_sends_township_receives_and_confirms(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    t, v, usb = pair
    vp = _page(qtbot, v, usb)
    # Preview: the first batch is full, with what it will carry.
    assert vp.plan is not None and vp.plan.full and vp.plan.seq == 1
    assert "第 1 批" in vp.plan_text.text() and "完整批次" in vp.plan_text.text()
    shown = {vp.plan_table.item(r, 0).text(): vp.plan_table.item(r, 1).text()
             for r in range(vp.plan_table.rowCount())}
    assert shown["农户"] == "30"
    _send(qtbot, vp)
    files = list(usb.glob("*.mqb"))
    assert len(files) == 1 and files[0].name.startswith(f"MQ_{V1}_to_{TOWNSHIP}_00001_")
    report = vp.send_report.toPlainText()
    assert files[0].name in report and "核验" in report and "KB" in report
    assert [b.status for b in overview(v).sent] == ["sent"]
    assert "等待乡镇回执" in vp.sent_table.item(0, 3).text()

    tp = _page(qtbot, t, usb)
    assert tp.ticked() == files  # addressed to the township: ticked for it
    before = db_digest(t)
    text = _import(qtbot, tp, preview=True)
    assert "检查通过" in text and "新增 " in text
    assert db_digest(t) == before  # a preview writes nothing
    text = _import(qtbot, tp)
    assert "已导入" in text and "石江村" in text and "第 1 批" in text
    assert households_from(t, V1) == 30
    assert households_from(t, V1) == households_from(v, V1)
    row = [tp.villages_table.item(0, c).text() for c in range(4)]
    assert row[0].startswith("石江村") and row[1] == "1" and row[3]
    # The same file again: reported, nothing changes.
    before = db_digest(t)
    assert "以前已导入过" in _import(qtbot, tp)
    assert db_digest(t) == before

    # The township's reply batch carries the receipt; the village sees its batch confirmed.
    tp.refresh()
    _send(qtbot, tp)
    assert len(list(usb.glob(f"MQ_{TOWNSHIP}_to_{V1}_*.mqb"))) == 1
    vp.drive.rescan_button.click()
    vp.drive.set_folder(usb)
    vp.list_files()
    assert [p.name for p in vp.ticked()] == [p.name for p in usb.glob(f"MQ_{TOWNSHIP}_*.mqb")]
    assert "已导入" in _import(qtbot, vp)
    assert [b.status for b in overview(v).sent] == ["confirmed"]
    assert "已确认" in vp.sent_table.item(0, 3).text()


def test_missing_batch_is_named_and_later_ones_still_apply(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    t, v, usb = pair
    vp = _page(qtbot, v, usb)
    _send(qtbot, vp)
    hid = first_household(v)
    for name in ("改名一", "改名二"):
        rename_household(v, hid, name)
        vp.refresh()
        assert vp.plan is not None and not vp.plan.full
        assert "变动" in vp.plan_text.text()
        _send(qtbot, vp)
    files = sorted(usb.glob("*.mqb"))
    assert len(files) == 3
    tp = _page(qtbot, t, usb)
    tp.set_ticked([files[0], files[2]])  # batch 2 stayed on another stick
    text = _import(qtbot, tp)
    assert "缺少来自石江村的第 2 批" in text
    assert text.count("已导入") == 2
    assert table_rows(t, "household")[hid][table_cols_index(t, "head_name")] == "改名二"
    assert "缺少" in tp.gaps_label.text()


def table_cols_index(ctx: AppContext, col: str) -> int:
    import sqlite3

    with sqlite3.connect(f"file:{ctx.store.path}?mode=ro", uri=True) as conn:
        names = [r[1] for r in conn.execute("PRAGMA table_info(household)")]
    return names.index(col)


def test_truncated_file_is_refused_with_its_reason_and_changes_nothing(
        qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    t, v, usb = pair
    vp = _page(qtbot, v, usb)
    _send(qtbot, vp)
    f = next(usb.glob("*.mqb"))
    data = f.read_bytes()
    f.write_bytes(data[: len(data) // 2])  # the stick was pulled mid-copy
    tp = _page(qtbot, t, usb)
    assert tp.files[0].problem  # listed, with what is wrong, not ticked
    assert tp.ticked() == []
    tp.set_ticked([f])
    before = db_digest(t)
    text = _import(qtbot, tp)
    assert "拒绝导入" in text and "原因：" in text and "不完整" in text
    assert db_digest(t) == before
    assert households_from(t, V1) == 0


def test_cancelling_a_send_writes_nothing(qtbot, pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    t, v, usb = pair
    vp = _page(qtbot, v, usb)
    go = threading.Event()
    real = exchange_module.export_batch

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        go.wait(10)  # the clerk presses Cancel while the batch is being written
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange_module, "export_batch", held)
    vp.send_button.click()
    assert vp.task is not None
    cancel = vp.task.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    cancel.click()  # the clerk presses Cancel on the progress dialog
    go.set()
    qtbot.waitUntil(lambda: "已取消" in vp.send_report.toPlainText(), timeout=20000)
    assert "没有写入任何内容" in vp.send_report.toPlainText()
    assert list(usb.iterdir()) == []
    assert overview(v).sent == []
    assert vp.plan is not None and vp.plan.seq == 1  # the next batch is still number 1


def test_usb_sticks_are_told_apart_from_system_volumes() -> None:
    vols = [
        Volume("/", "root", "ext4", 10 << 30, 50 << 30, is_root=True),
        Volume("/home", "home", "ext4", 5 << 30, 50 << 30),
        Volume("/run/user/1000", "", "tmpfs", 1, 1),
        Volume("/media/clerk/KINGSTON", "KINGSTON", "vfat", 3 << 30, 8 << 30),
        Volume("/media/clerk/OLD", "OLD", "vfat", 1 << 30, 2 << 30, read_only=True),
        Volume("/snap/core/1", "", "squashfs", 0, 1),
        Volume("C:/", "系统", "NTFS", 30 << 30, 200 << 30),
        Volume("E:/", "U盘", "FAT32", 6 << 30, 16 << 30),
        Volume("D:/", "数据", "NTFS", 90 << 30, 500 << 30),
    ]
    drives = classify(vols, data_file="/home/clerk/minqing.sqlite3", system_drive="C:")
    roots = [d.root for d in drives]
    # Sticks first (writable and with more room first), system/data/pseudo volumes left out.
    assert roots[:3] == ["E:/", "/media/clerk/KINGSTON", "/media/clerk/OLD"]
    assert set(roots) == {"E:/", "/media/clerk/KINGSTON", "/media/clerk/OLD", "D:/"}
    old = next(d for d in drives if d.root == "/media/clerk/OLD")
    assert old.removable and not old.writable
    assert not next(d for d in drives if d.root == "D:/").removable


def test_a_conflict_is_shown_side_by_side_and_resolved(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    from tests.sync.synchelp import craft, lines_of

    t, v, usb = pair
    vp = _page(qtbot, v, usb)
    _send(qtbot, vp)
    first = next(usb.glob("*.mqb"))
    tp = _page(qtbot, t, usb)
    _import(qtbot, tp)
    hid = first_household(v)
    col = table_cols_index(t, "head_name")
    local_name = table_rows(t, "household")[hid][col]
    target = next(ln for ln in lines_of(t, first) if hid.encode() in ln and b'"household"' in ln)
    # Same record, same version, different content: a real conflict.
    craft(v, t, usb / "MQ_conflict.mqb", [target.replace(local_name.encode(), "王冲突".encode())],
          seq=2, full=False)
    tp.list_files()
    tp.set_ticked([usb / "MQ_conflict.mqb"])
    text = _import(qtbot, tp)
    assert "冲突 1" in text and "状态" in text
    assert table_rows(t, "household")[hid][col] == local_name  # the version here is kept
    assert tp.conflict_table.rowCount() == 1 and "（1）" in tp.conflicts_box.title()
    assert not tp.take_button.isEnabled()
    tp.select_conflict(0)
    detail = {tp.conflict_detail.item(r, 0).text(): (tp.conflict_detail.item(r, 1).text(),
                                                     tp.conflict_detail.item(r, 2).text())
              for r in range(tp.conflict_detail.rowCount())}
    assert detail == {"户主姓名": (local_name, "王冲突")}  # only what differs, in words
    tp.take_button.click()
    assert table_rows(t, "household")[hid][col] == "王冲突"
    assert tp.conflict_table.rowCount() == 0 and overview(t).conflicts == []


def test_home_shows_the_date_of_the_last_batch_sent(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from ui.pages.home import HomePage

    t, v, usb = pair
    home = HomePage(v)
    qtbot.addWidget(home)
    qtbot.waitUntil(lambda: home.figures is not None, timeout=20000)
    tile = home.tiles["last_batch"]
    assert tile.value == "尚未报送" and "报送乡镇" in tile.caption
    vp = _page(qtbot, v, usb)
    _send(qtbot, vp)
    home.refresh()
    qtbot.waitUntil(lambda: home.figures is not None and home.figures[2] is not None,
                    timeout=20000)
    today = date.today()
    assert tile.value == f"{today.month}月{today.day}日"
    assert "等待回执" in tile.caption
    opened: list[bool] = []
    home.open_exchange.connect(lambda: opened.append(True))
    tile.click()
    assert opened == [True]


def test_township_tells_the_village_why_a_batch_was_refused(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    from tests.sync.synchelp import craft, lines_of

    t, v, usb = pair
    vp = _page(qtbot, v, usb)
    _send(qtbot, vp)
    genuine = next(usb.glob("*.mqb"))
    lines = lines_of(t, genuine)
    genuine.unlink()
    # Authentic (signed by the village) but its counts lie: refused for its content.
    bad = craft(v, t, usb / "MQ_lying.mqb", lines, counts={"household": 1}, seq=1,
                batch_id=overview(v).sent[0].batch_id)
    tp = _page(qtbot, t, usb)
    tp.set_ticked([bad])
    before = db_digest(t)
    text = _import(qtbot, tp)
    assert "拒绝导入" in text and db_digest(t) == before
    assert tp.refuse_button.isVisibleTo(tp)
    tp.refuse_button.click()
    assert "已记录对石江村第 1 批的拒收回执" in tp.receive_report.toPlainText()
    bad.unlink()
    tp.refresh()
    _send(qtbot, tp)  # the reply batch carries the refusal receipt
    vp.list_files()
    assert "已导入" in _import(qtbot, vp)
    sent = overview(v).sent
    assert [b.status for b in sent] == ["refused"] and sent[0].reason
    assert vp.sent_table.item(0, 3).text().startswith("被拒收：")


def test_the_page_and_its_report_follow_a_language_switch(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import set_language

    t, v, usb = pair
    vp = _page(qtbot, v, usb)
    _send(qtbot, vp)
    assert vp.title.text() == "数据交换" and "已写好" in vp.send_report.toPlainText()
    v.lang = "en"
    set_language("en")
    qtbot.waitUntil(lambda: vp.title.text() == "Data exchange", timeout=5000)
    assert vp.tabs.tabText(0) == "Send"
    assert "written" in vp.send_report.toPlainText()
    assert "waiting for the township's receipt" in vp.sent_table.item(0, 3).text()
    vp.pair_button.click()
    assert vp.wizard.isVisible() and vp.wizard.windowTitle() == "Pair with a station"
    vp.wizard.reject()


def test_cancelling_an_import_changes_nothing(qtbot, pair, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    t, v, usb = pair
    vp = _page(qtbot, v, usb)
    _send(qtbot, vp)
    tp = _page(qtbot, t, usb)
    tp.tabs.setCurrentIndex(1)
    go = threading.Event()
    real = exchange_module.import_files

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange_module, "import_files", held)
    before = db_digest(t)
    tp.import_button.click()
    assert tp.task is not None
    cancel = tp.task.dialog.findChild(QPushButton)
    assert cancel is not None
    cancel.click()
    go.set()
    qtbot.waitUntil(lambda: "没有导入" in tp.receive_report.toPlainText(), timeout=20000)
    text = tp.receive_report.toPlainText()
    assert "拒绝导入" in text and "已取消" in text
    assert db_digest(t) == before and households_from(t, V1) == 0
    # Nothing was spoiled: the same file imports afterwards.
    monkeypatch.setattr(exchange_module, "import_files", real)
    assert "已导入" in _import(qtbot, tp) and households_from(t, V1) == 30


def test_township_sends_one_batch_to_every_village(qtbot, pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.sync.synchelp import V2

    t, v, usb = pair
    v2 = make_station(tmp_path / "v2.sqlite3", "village", V2, "黄桥村")
    try:
        enroll_pair(tmp_path, t, v2)
        tp = _page(qtbot, t, usb)
        assert tp.dest.itemText(0) == "所有村（每村一批）" and tp.dest.count() == 3
        tp.dest.setCurrentIndex(0)
        _send(qtbot, tp)
        names = sorted(p.name for p in usb.glob("*.mqb"))
        assert [n.split("_")[3] for n in names] == [V1, V2]
        assert tp.send_report.toPlainText().count("✔") == 2
        assert sorted(b.destination for b in overview(t).sent) == [V1, V2]
    finally:
        v2.store.close()


def test_a_stick_that_went_away_is_reported_and_nothing_is_recorded(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    t, v, usb = pair
    vp = _page(qtbot, v, usb)
    usb.rmdir()  # pulled out after it was chosen
    _send(qtbot, vp)
    text = vp.send_report.toPlainText()
    assert text.startswith("没有发送：") and str(usb) in text
    assert overview(v).sent == [] and vp.send_button.isEnabled()
