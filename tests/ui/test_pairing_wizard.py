"""Pairing through the real wizard: each station writes its card to a stick folder and enrolls
the other's; enrolling waits for the fingerprint to be confirmed; a changed key needs a second,
explicit confirmation and keeps the old key on record; a damaged card is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from app.context import AppContext
from sync.keys import card_dict
from sync.status import card_file_name, overview
from tests.sync.synchelp import TOWNSHIP, V1, make_station, table_rows
from ui.pairing_wizard import PairingWizard


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[AppContext, AppContext, Path]]:
    t = make_station(tmp_path / "township.sqlite3", "township", TOWNSHIP, "石江镇")
    v = make_station(tmp_path / "village.sqlite3", "village", V1, "石江村")
    usb = tmp_path / "usb"
    usb.mkdir()
    yield t, v, usb
    t.store.close()
    v.store.close()


def _wizard(qtbot, ctx: AppContext, usb: Path) -> PairingWizard:  # type: ignore[no-untyped-def]
    wiz = PairingWizard(ctx, usb)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def _finish_button_ok(wiz: PairingWizard) -> bool:
    return wiz.button(QWizard.WizardButton.NextButton).isEnabled()


def test_two_stations_pair_through_the_wizard(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    t, v, usb = pair
    vw = _wizard(qtbot, v, usb)
    assert vw.folder_page.isComplete()
    vw.next()
    vw.own_page.write_button.click()
    assert (usb / card_file_name(V1)).is_file()
    assert card_dict(v)["fingerprint"] in vw.own_page.fingerprint.text()
    vw.next()
    # The township has not written its card yet: nothing to enroll, Next stays disabled.
    assert vw.peer_page.cards.count() == 0 and not _finish_button_ok(vw)
    assert "没有" in vw.peer_page.details.text()

    tw = _wizard(qtbot, t, usb)
    tw.next()
    tw.own_page.write_button.click()
    tw.next()
    assert tw.peer_page.cards.count() == 1  # the village's card, never its own
    assert card_dict(v)["fingerprint"] in tw.peer_page.fingerprint.text()
    assert "石江村" in tw.peer_page.details.text()
    assert not _finish_button_ok(tw)  # the fingerprint must be compared first
    tw.peer_page.compared.setChecked(True)
    assert _finish_button_ok(tw)
    tw.next()
    assert tw.currentPage() is tw.done_page
    assert "石江村" in tw.done_page.text.text() and "已登记" in tw.done_page.text.text()
    assert [p.code for p in overview(t).peers] == [V1]

    vw.peer_page.rescan.click()
    assert vw.peer_page.cards.count() == 1
    assert card_dict(t)["fingerprint"] in vw.peer_page.fingerprint.text()
    vw.peer_page.compared.setChecked(True)
    vw.next()
    assert vw.currentPage() is vw.done_page
    assert [p.code for p in overview(v).peers] == [TOWNSHIP]


def test_a_new_key_for_an_enrolled_station_needs_explicit_replace(
        qtbot, pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    t, v, usb = pair
    tw = _wizard(qtbot, t, usb)
    from sync.keys import write_card

    write_card(v, usb / card_file_name(V1))
    tw.next()
    tw.next()
    tw.peer_page.compared.setChecked(True)
    tw.next()
    old_fp = card_dict(v)["fingerprint"]
    # The village laptop is lost: a fresh install, same code, new keys.
    v2 = make_station(tmp_path / "village-new.sqlite3", "village", V1, "石江村")
    try:
        write_card(v2, usb / card_file_name(V1))
        new_fp = card_dict(v2)["fingerprint"]
        tw2 = _wizard(qtbot, t, usb)
        tw2.next()
        tw2.next()
        page = tw2.peer_page
        assert page.replace.isVisibleTo(tw2) and old_fp in page.replace_text.text()
        page.compared.setChecked(True)
        assert not _finish_button_ok(tw2)  # comparing is not enough: replacing is asked apart
        page.replace.setChecked(True)
        tw2.next()
        assert tw2.currentPage() is tw2.done_page
        assert old_fp in tw2.done_page.text.text()
        assert [p.fingerprint for p in overview(t).peers] == [new_fp]
        kept = {r[4] for r in table_rows(t, "sync_peer_key").values()}
        assert {old_fp, new_fp} <= kept  # the old key stays on record
    finally:
        v2.store.close()


def test_a_damaged_card_is_refused_with_its_reason(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    t, v, usb = pair
    from sync.keys import write_card

    path = write_card(v, usb / card_file_name(V1))
    path.write_bytes(path.read_bytes()[:-40])
    tw = _wizard(qtbot, t, usb)
    tw.next()
    tw.next()
    page = tw.peer_page
    assert page.check is None and page.problem.isVisibleTo(tw)
    assert "名片" in page.problem.text()
    assert not _finish_button_ok(tw)
    assert overview(t).peers == []
