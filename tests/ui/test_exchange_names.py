"""Issue 9 on the data-exchange page: every name that comes from a stick (the file's name, the
origin a manifest claims) is shown with its control and format characters escaped, so a
hostile file can neither paint the report nor reorder a line with a right-to-left override."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.context import AppContext
from tests.sync.synchelp import TOWNSHIP, V1, craft, enroll_pair, make_station
from ui.pages.exchange import ExchangePage

EVIL = "MQ_\x1b[31mred\u202egpm.mqb"  # ESC colour + a right-to-left override
EVIL_ORIGIN = "石江\x1b[2J村\u202e"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[AppContext, AppContext, Path]]:
    t = make_station(tmp_path / "township.sqlite3", "township", TOWNSHIP, "石江镇")
    v = make_station(tmp_path / "village.sqlite3", "village", V1, "石江村")
    enroll_pair(tmp_path, t, v)
    usb = tmp_path / "usb"
    usb.mkdir()
    yield t, v, usb
    t.store.close()
    v.store.close()


def _clean(text: str) -> bool:
    return "\x1b" not in text and "\u202e" not in text


def test_names_from_the_stick_are_shown_escaped(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    t, v, usb = pair
    path = craft(v, t, usb / EVIL, [], counts={}, seq=1, full=True,
                 overrides={"origin": {"code": V1, "name": EVIL_ORIGIN, "kind": "village"}})
    page = ExchangePage(t)
    qtbot.addWidget(page)
    page.drive.set_folder(usb)
    item = page.file_list.topLevelItem(0)
    assert item is not None
    assert item.text(0) == "MQ_\\x1b[31mred\\u202egpm.mqb"
    assert item.text(1) == "石江\\x1b[2J村\\u202e"
    assert all(_clean(item.text(col)) for col in range(7))
    page.set_ticked([path])
    page.tabs.setCurrentIndex(1)
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.receive_report.toPlainText() != ""
                    and page.import_button.isEnabled(), timeout=20000)
    report = page.receive_report.toPlainText()
    assert "MQ_\\x1b[31mred\\u202egpm.mqb" in report, report
    assert _clean(report) and _clean(page.receive_report.toHtml())
