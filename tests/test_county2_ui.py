"""The county tier in the window (issue 14): a township's exchange page sends its batch to the
county and accepts the county's reply (until now command line only); the county desk issues
supervision notices on a township and lists them; the exchange page's stick detection is the
shared ``ui.usb_watch``. Real widgets (pytest-qt, offscreen), real stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.context import AppContext
from app.services.supervision import COUNTY_PREFIX, list_notices
from sync.county import export_county_reply, import_county_batch
from tests.county_chain import Chain, build_chain
from tests.qt_window import qt_settings  # noqa: F401  (autouse)
from ui.pages.county import CountyPage
from ui.pages.exchange import ExchangePage
from ui.usb_watch import UsbWatch

TOWN = "430525101"




@pytest.fixture
def chain(tmp_path: Path) -> Iterator[Chain]:
    c = build_chain(tmp_path, households=30, months=6)
    yield c
    c.close()


def test_township_sends_to_the_county_and_accepts_its_reply_from_the_window(
        qtbot, chain: Chain, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    town = chain.townships[TOWN]
    stick = tmp_path / "stick2"
    stick.mkdir()
    page = ExchangePage(town)
    qtbot.addWidget(page)
    page.show()
    assert isinstance(page.drive.usb_watch, UsbWatch) and page.drive.watch.isActive()
    row = page.county_row
    assert row.isVisible() and "洞口县" in row.label.text()
    assert row.send_button.text() == "报送到县" and row.send_button.isEnabled()
    page.drive.set_folder(stick)
    assert row.accept() == [] and "没有县里发回" in row.report.text()
    sent = row.send()
    assert sent is not None and sent.path.parent == stick and "已写出报县数据包" in row.report.text()
    assert import_county_batch(chain.county, sent.path).status == "applied"
    county = CountyPage(chain.county)
    qtbot.addWidget(county)
    county.show()
    issued = county.issue_notices(TOWN)  # the desk's "Supervise township…"
    assert issued and county.notices.rowCount() == len(issued)
    assert all(n.notice_no.startswith(COUNTY_PREFIX) for n in county.notices.rows)
    assert county.tabs.currentIndex() == 2 and str(len(issued)) in county.tabs.tabText(2)
    assert "已下督办单" in county.message.text()
    export_county_reply(chain.county, TOWN, stick)
    got = row.accept()
    assert [r["status"] for r in got] == ["applied"]
    assert len(got[0]["notices"]) == len(issued) and len(got[0]["confirmed"]) == 2
    assert f"收到县督办单 {len(issued)} 份" in row.report.text()
    assert {n.notice_no for n in list_notices(town)} == {n.notice_no for n in issued}
    assert row.accept()[0]["status"] == "already_applied"  # the same file again: nothing twice
    from ui.pages.supervision import SupervisionPage

    sup = SupervisionPage(town)  # the township's 督办 page names the county's notices
    qtbot.addWidget(sup)
    sup.show()
    sup.refresh()
    assert f"县里的督办单 {len(issued)} 份待回复" in sup.summary.text()
    assert issued[0].notice_no in sup.summary.text()
    assert any(m.notices for m in sup.model.rows)  # the matters listed on them count them
    from ui.i18n import set_language

    set_language("en")
    qtbot.wait(20)
    assert row.send_button.text() == "Send to county"
    assert row.accept_button.text() == "Accept the county's reply"


def test_county_row_only_on_a_township_and_not_for_read_only_users(
        qtbot, chain: Chain) -> None:  # type: ignore[no-untyped-def]
    village = ExchangePage(chain.villages["430525101201"])
    qtbot.addWidget(village)
    village.show()
    assert not village.county_row.isVisible()
    t = chain.townships[TOWN]
    viewer = AppContext(t.store, actor="viewer", role="read_only")
    page = ExchangePage(viewer)
    qtbot.addWidget(page)
    page.show()
    assert page.county_row.isVisible() and not page.county_row.send_button.isEnabled()
    desk = CountyPage(AppContext(chain.county.store, actor="viewer", role="read_only"))
    qtbot.addWidget(desk)
    assert not desk.notice_button.isEnabled() and not desk.import_button.isEnabled()
