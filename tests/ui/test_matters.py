"""W6 through the window: progress note, resolve (result required), escalate; township answer."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.context import AppContext
from app.services import households as hh
from app.services import matters as ms
from app.services.cadres import CadreInput, add_cadre
from app.services.demo import fill_demo
from models import Matter, MatterNote, Reply
from tests.ui.helpers import press, type_text
from ui.pages.matters import MattersPage


def _matters(ctx: AppContext) -> tuple[str, str]:
    cadre = add_cadre(ctx, CadreInput(name="李红梅", phone="13800001111"))
    h = hh.add_household(ctx, hh.HouseholdInput(head_name="张三丰", group_number=3))
    late = ms.create_matter(ctx, ms.MatterInput(
        category="hardship", title="房屋漏雨需维修", owner_cadre_id=cadre, household_id=h,
        received_date=date.today() - timedelta(days=60),
        deadline=date.today() - timedelta(days=30)))
    fresh = ms.create_matter(ctx, ms.MatterInput(
        category="dispute", title="宅基地界址纠纷", owner_cadre_id=cadre, household_id=h))
    return late, fresh


def _status(ctx: AppContext, mid: str) -> Matter:
    with ctx.read() as s:
        m = s.get(Matter, mid)
        assert m is not None
        return m


def test_note_resolve_escalate(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    late, fresh = _matters(village)
    page = MattersPage(village)
    qtbot.addWidget(page)
    page.show()
    # Overdue first and highlighted.
    assert page.model.rows[0].id == late
    assert "已超期" in page.model.index(0, 0).data()
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    # A progress note, typed and entered.
    assert page.select_matter(fresh)
    card = page.card
    card.note.setFocus()
    type_text(card.note, "已约双方下周现场查看")
    press(card.note, Qt.Key.Key_Return)
    with village.read() as s:
        notes = s.execute(select(MatterNote.text)).scalars().all()
    assert notes == ["已约双方下周现场查看"]
    assert _status(village, fresh).status == "in_progress"
    assert "已约双方下周现场查看" in card.view.toPlainText()
    assert page.current() is not None and page.current().id == fresh  # type: ignore[union-attr]

    # Resolve without a result: refused beside the field, dialog stays, nothing written.
    dlg = card.resolve_dialog()
    assert dlg is not None
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.buttons.accepted.emit()
    assert dlg.isVisible()
    assert "办结时必须填写办理结果" in dlg.errors.shown()["result"]
    assert _status(village, fresh).status == "in_progress"
    type_text(dlg.text, "双方签订界址协议")
    dlg.satisfaction.setCurrentIndex(dlg.satisfaction.findData("satisfied"))
    dlg.buttons.accepted.emit()
    m = _status(village, fresh)
    assert (m.status, m.result, m.satisfaction, m.resolved_date) == (
        "resolved", "双方签订界址协议", "satisfied", date.today())

    # Escalate the overdue one with a reason.
    assert page.select_matter(late)
    assert card.escalate_button.isVisible() and card.escalate_button.isEnabled()
    assert not card.answer_button.isVisible()
    dlg = card.escalate_dialog()
    assert dlg is not None
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(dlg.text, "需乡镇危房改造资金")
    dlg.buttons.accepted.emit()
    m = _status(village, late)
    assert (m.status, m.escalation_note, m.escalated_date) == (
        "escalated", "需乡镇危房改造资金", date.today())


def test_filters_narrow_the_list(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    late, fresh = _matters(village)
    page = MattersPage(village)
    qtbot.addWidget(page)
    page.overdue.setChecked(True)
    assert [r.id for r in page.model.rows] == [late]
    page.overdue.setChecked(False)
    page.category.setCurrentIndex(page.category.findData("dispute"))
    assert [r.id for r in page.model.rows] == [fresh]
    assert page.count.text() == "共 1 件事项"


def test_township_answers_an_escalated_matter(qtbot, township: AppContext) -> None:  # type: ignore[no-untyped-def]
    fill_demo(township, households=300, months=6, seed=3)
    page = MattersPage(township)
    qtbot.addWidget(page)
    page.status.setCurrentIndex(page.status.findData("escalated"))
    assert page.model.rows, "demo data holds escalated matters"
    mid = page.model.rows[0].id
    page.select_matter(mid)
    assert page.card.answer_button.isEnabled() and not page.card.escalate_button.isVisible()
    dlg = page.card.answer_dialog()
    assert dlg is not None
    qtbot.addWidget(dlg)
    type_text(dlg.text, "已安排民政办跟进")
    dlg.buttons.accepted.emit()
    with township.read() as s:
        replies = s.execute(select(Reply.text).where(Reply.matter_id == mid)).scalars().all()
    assert "已安排民政办跟进" in replies


def test_board_counts_by_status_and_filters(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    late, fresh = _matters(village)
    ms.add_note(village, fresh, "已受理")
    page = MattersPage(village)
    qtbot.addWidget(page)
    assert page.board["open"].text().endswith("1") and page.board["in_progress"].text() == "办理中  1"
    page.board["in_progress"].click()
    assert [r.id for r in page.model.rows] == [fresh] and page.board["in_progress"].isChecked()
    page.board["in_progress"].click()  # again: all statuses
    assert len(page.model.rows) == 2


def test_satisfaction_later_and_reopen(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    late, fresh = _matters(village)
    ms.resolve(village, fresh, "已调解")
    page = MattersPage(village)
    qtbot.addWidget(page)
    page.show()
    page.select_matter(fresh)
    card = page.card
    assert card.satisfaction_combo.isVisible() and card.reopen_button.isVisible()
    idx = card.satisfaction_combo.findData("unsatisfied")
    card.satisfaction_combo.setCurrentIndex(idx)
    card.satisfaction_combo.activated.emit(idx)  # what choosing an item does
    assert _status(village, fresh).satisfaction == "unsatisfied"
    page.select_matter(fresh)
    assert not card.satisfaction_combo.isVisible()
    card.reopen_button.click()
    assert _status(village, fresh).status == "in_progress"
    page.select_matter(fresh)
    assert not card.reopen_button.isVisible() and card.resolve_button.isEnabled()
