"""W4 through the window: choose households, preview the sheets, save the PDF or print, the
issues recorded; stopping writes nothing and leaves no card recorded."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

import ui.pages.cards as cards_page
from app.context import AppContext
from app.services.cadres import CadreInput, add_cadre, assign
from app.services.cards import card_history
from app.services.households import HouseholdInput, add_household
from tests.paper.test_cards_pdf import pdffonts, pdfpages, pdftext
from ui.main_window import MainWindow
from ui.pages.cards import CardsPage

NAMES = ["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "郑十一", "冯十二",
         "陈十三", "褚十四"]


def _station(ctx: AppContext) -> tuple[list[str], str]:
    liaison = add_cadre(ctx, CadreInput(name="姚秀田", phone="13331280949", title="驻村干部"))
    ids = [add_household(ctx, HouseholdInput(head_name=n, group_number=1 + i % 2))
           for i, n in enumerate(NAMES)]
    assign(ctx, liaison, ids)
    return ids, liaison


def _cards(ctx: AppContext, ids: list[str]) -> dict[str, list[str]]:
    with ctx.read() as s:
        return {hid: [c.card_no for c in card_history(s, hid)] for hid in ids}


def _ready(qtbot, page: CardsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.preview is not None and not page.loader.busy
                    and not page._debounce.isActive(), timeout=20000)


def test_preview_then_save_pdf_records_issues(qtbot, village: AppContext,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    ids, _ = _station(village)
    page = CardsPage(village)
    qtbot.addWidget(page)
    page.show()
    _ready(qtbot, page)
    assert page.preview is not None and len(page.preview.ids) == 12
    assert "12" in page.count.text()
    # the preview is the PDF itself: two sheets of fronts and one of backs, nothing issued
    assert len(page.page_labels) == 3
    assert page.page_labels[0].pixmap().width() > 500
    assert all(not nos for nos in _cards(village, ids).values())
    assert page.print_button.isEnabled() and page.save_button.isEnabled()

    # one group only
    page.by_group.setChecked(True)
    page.group.setCurrentIndex(page.group.findData("第2组"))
    _ready(qtbot, page)
    assert len(page.preview.ids) == 6

    out = tmp_path / "cards.pdf"
    page.save_pdf(out)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=30000)
    assert out.exists() and pdfpages(out) == 2  # a sheet of fronts, a sheet of backs
    fonts = pdffonts(out)
    assert fonts and all(f[-5:-2] == ["yes", "yes", "yes"] for f in fonts)
    cards = _cards(village, ids)
    group2 = [hid for i, hid in enumerate(ids) if i % 2 == 1]
    assert all(len(cards[h]) == 1 for h in group2)
    assert all(not cards[h] for h in ids if h not in group2)
    assert cards[group2[0]][0] in pdftext(out)
    assert "6" in page.result.text() and str(out) in page.result.text()
    assert page.open_folder.isVisible()


def test_reissue_after_liaison_changed_and_print(qtbot, village: AppContext,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    ids, _ = _station(village)
    page = CardsPage(village)
    qtbot.addWidget(page)
    page.show()
    _ready(qtbot, page)
    page.save_pdf(tmp_path / "first.pdf")
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=30000)
    # two households get a new liaison cadre: their cards are out of date
    other = add_cadre(village, CadreInput(name="李红梅", phone="13912345678", title="组长"))
    assign(village, other, ids[:2])
    page.refresh()
    _ready(qtbot, page)
    assert page.reissue.text() == "需补发：联系干部已变更（2 户）"
    page.reissue.setChecked(True)
    _ready(qtbot, page)
    assert page.preview.ids == sorted(ids[:2], key=page.preview.ids.index)
    assert set(page.preview.ids) == set(ids[:2])

    printer = page.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    page.last_result = None
    page.print_to(printer)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=60000)
    assert printed.exists() and pdfpages(printed) == page.last_result.pages == 2
    cards = _cards(village, ids)
    assert [len(cards[h]) for h in ids[:3]] == [2, 2, 1]
    assert "2" in page.result.text()
    _ready(qtbot, page)
    assert page.reissue.text() == "需补发：联系干部已变更（0 户）"


def test_stop_leaves_no_card_and_no_file(qtbot, village: AppContext,  # type: ignore[no-untyped-def]
                                         tmp_path: Path, monkeypatch) -> None:
    ids, _ = _station(village)
    page = CardsPage(village)
    qtbot.addWidget(page)
    page.show()
    _ready(qtbot, page)
    # The real drawing, held at its first progress report until Stop is pressed: twelve cards
    # are drawn faster than a click otherwise, and the test would race the worker.
    stopped = threading.Event()
    real = cards_page.print_cards

    def held(*args: Any, on_progress: Callable[[int, int], bool], **kwargs: Any) -> Any:
        def report(done: int, total: int) -> bool:
            stopped.wait(30)
            return on_progress(done, total)
        return real(*args, on_progress=report, **kwargs)

    monkeypatch.setattr(cards_page, "print_cards", held)
    out = tmp_path / "cards.pdf"
    page.save_pdf(out)
    assert page.task is not None
    page.task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    stopped.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert page.result.text() == "已停止：没有发放联系卡，也没有保存文件。"
    assert page.last_result is None
    assert not out.exists() and not list(tmp_path.glob(".cards.pdf.*"))
    assert all(not nos for nos in _cards(village, ids).values())
    assert page.save_button.isEnabled() or page.preview is None


def test_selection_from_the_households_page(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    _station(village)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    table = window.households.table
    qtbot.waitUntil(lambda: window.households.model.rowCount() == 12, timeout=10000)
    sel = table.selectionModel()
    sel.clearSelection()
    for row in (1, 3, 4):
        sel.select(window.households.model.index(row, 0),
                   QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)
    window.show_page("cards")
    cards = window.cards
    assert cards.selected.isEnabled()
    assert cards.selected.text() == "农户页中选中的农户（3 户）"
    cards.selected.setChecked(True)
    _ready(qtbot, cards)
    assert len(cards.preview.ids) == 3


def test_words_follow_the_language(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import set_language
    from ui.pages.reports import ReportsPage

    _station(village)
    page = CardsPage(village)
    reports = ReportsPage(village)
    for w in (page, reports):
        qtbot.addWidget(w)
        w.show()
    _ready(qtbot, page)
    assert page.print_button.text() == "打印…" and reports.title.text() == "报表"
    set_language("en")
    qtbot.waitUntil(lambda: page.print_button.text() == "Print…", timeout=5000)
    assert page.count.text() == "12 cards on about 3 A4 sheets of 10 cards."
    assert reports.title.text() == "Reports"
    assert reports.ledger_button.text() == "Save ledger as…"
    assert reports.default_name("ledger").startswith("ledger_石江村_")


def test_household_detail_shows_the_card_just_issued(qtbot, village: AppContext,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    ids, _ = _station(village)
    window = MainWindow(village)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.households.detail.household_id is not None, timeout=10000)
    shown = window.households.detail.household_id
    window.show_page("cards")
    _ready(qtbot, window.cards)
    window.cards.save_pdf(tmp_path / "cards.pdf")
    qtbot.waitUntil(lambda: window.cards.last_result is not None, timeout=30000)
    number = _cards(village, [shown])[shown][0]
    assert number in window.households.detail.toPlainText()
