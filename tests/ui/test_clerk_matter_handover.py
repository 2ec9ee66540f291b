"""Issue 15 through the window: reassign and extend with a required reason, the history in the
card, the printed card (PDF reopened), and a township's card greyed out with the reason."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from app.context import AppContext
from app.services import households as hh
from app.services import matters as ms
from app.services.cadres import CadreInput, add_cadre
from app.services.demo import fill_demo
from tests.ui.helpers import type_text
from ui.pages.matters import MattersPage


def _one(ctx: AppContext) -> tuple[str, str, str]:
    li = add_cadre(ctx, CadreInput(name="李红梅", phone="13800001111"))
    wang = add_cadre(ctx, CadreInput(name="王建国", phone="13800002222"))
    h = hh.add_household(ctx, hh.HouseholdInput(head_name="张三丰", group_number=3))
    mid = ms.create_matter(ctx, ms.MatterInput(
        category="dispute", title="宅基地界址纠纷", owner_cadre_id=li, household_id=h))
    return mid, li, wang


def test_reassign_and_extend_need_a_reason_and_show_in_history(
        qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    mid, _li, wang = _one(village)
    page = MattersPage(village)
    qtbot.addWidget(page)
    page.show()
    assert page.select_matter(mid)
    card = page.card
    assert card.reassign_button.isEnabled() and card.extend_button.isEnabled()
    assert card.reassign_button.text() == "更换包案干部…"

    dlg = card.reassign_dialog()
    assert dlg is not None
    qtbot.addWidget(dlg)
    assert not dlg.ok.isEnabled()  # no reason yet
    dlg.reason.setFocus()
    type_text(dlg.reason, "   ")
    assert not dlg.ok.isEnabled()  # blanks are not a reason
    dlg.reason.setPlainText("李红梅调任乡镇工作")
    assert dlg.ok.isEnabled()
    dlg.owner.setCurrentIndex(dlg.owner.findData(wang))
    dlg.ok.click()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert ms.get_matter(village, mid).owner_cadre_id == wang

    old = ms.get_matter(village, mid).deadline
    ext = card.extend_dialog()
    assert ext is not None
    qtbot.addWidget(ext)
    assert not ext.ok.isEnabled()
    ext.reason.setPlainText("需等待国土所现场测量")
    # A date not later than the deadline: the service's words under the field, dialog stays.
    from PySide6.QtCore import QDate
    ext.deadline.setDate(QDate(old.year, old.month, old.day))
    ext.ok.click()
    assert ext.result() != ext.DialogCode.Accepted
    assert ms.get_matter(village, mid).deadline == old
    new = old + timedelta(days=10)
    ext.deadline.setDate(QDate(new.year, new.month, new.day))
    ext.ok.click()
    assert ext.result() == ext.DialogCode.Accepted
    assert ms.get_matter(village, mid).deadline == new
    assert not ms.get_matter(village, mid).provisional  # a chosen date is not counted

    page.refresh(keep=mid)
    text = card.view.toPlainText()
    assert "更换包案干部：李红梅 → 王建国（理由：李红梅调任乡镇工作）" in text
    assert f"延期：{old.isoformat()} → {new.isoformat()}（理由：需等待国土所现场测量）" in text


def test_print_matter_card_pdf_a4_with_history(qtbot, village: AppContext,
                                               tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    mid, _li, wang = _one(village)
    ms.reassign(village, mid, wang, "工作调整")
    ms.add_note(village, mid, "已约双方现场查看")
    page = MattersPage(village)
    qtbot.addWidget(page)
    assert page.select_matter(mid)
    assert page.card.print_button.isEnabled()
    dlg = page.card.print_card_dialog()
    assert dlg is not None
    qtbot.addWidget(dlg)
    out = tmp_path / "card.pdf"
    dlg.ask_path = lambda: str(tmp_path / "card")  # the name typed without .pdf
    dlg.a4.setChecked(True)
    dlg.save_button.click()
    assert dlg.saved == out and out.exists()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "事项：宅基地界址纠纷" in text
    assert "更换包案干部：李红梅 → 王建国（理由：工作调整）" in text
    assert "已约双方现场查看" in text
    size = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True,
                          check=True).stdout
    assert "(A4)" in size and "一事一卡：宅基地界址纠纷" in size  # paper and title
    assert "1" in dlg.message.text()


def test_township_card_greys_out_village_actions_with_reason(
        qtbot, township: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(township, households=60, months=2, seed=5)
    page = MattersPage(township)
    qtbot.addWidget(page)
    page.show()
    row = next(r for r in page.model.rows if r.status not in ("resolved", "escalated"))
    assert page.select_matter(row.id)
    card = page.card
    for b in (card.reassign_button, card.extend_button, card.add_note_button,
              card.resolve_button):
        assert not b.isEnabled()
        assert row.village_name in b.toolTip()
    assert card.refusal.isVisible() and row.village_name in card.refusal.text()
    assert card.print_button.isEnabled()  # reading and printing stay allowed
    assert page.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
