"""The Scorecard page: the service's figures per cadre, the bottom rank flagged 末位, the
township's per-village lines, the payout proposal and its refusal."""

from __future__ import annotations

from datetime import date

from app.context import AppContext
from tests.test_scorecard import build
from ui.pages.scorecard import ScorecardPage


def test_scorecard_rows_and_bottom_flag(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    st = build(village)
    page = ScorecardPage(village, today=date(2026, 10, 31))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    m = page.model
    names = [m.data(m.index(r, 1)) for r in range(m.rowCount())]
    assert names[0] == "甲书记" and names[-1] == "合计"  # the leader first, totals last
    row = {n: i for i, n in enumerate(names)}
    assert m.data(m.index(row["甲书记"], 0)) == "2 （末位）"
    assert m.data(m.index(row["甲书记"], 11)) == "66.7%"
    assert m.data(m.index(row["乙主任"], 11)) == "100.0%"
    assert m.data(m.index(row["丙文书"], 11)) == "—"  # nothing to rate is not 0 %
    assert m.data(m.index(row["合计"], 10)) == "4/5"
    assert page.bottom_names() == ["甲书记"]
    assert not page.village_table.isVisible()  # a village station has no per-village lines
    page.pool.setText("100")
    assert not page.propose()
    assert page.payout_error.isVisible() and "太少" in page.payout_error.text()
    page.pool.setText("3000")
    assert page.propose()
    amounts = [page.payout.lines[i].amount_fen for i in range(2)] if page.payout else []
    assert sum(amounts) == 300000 and amounts[0] - amounts[1] >= 30000
    assert page.payout_model.rowCount() == 2
    page.grab().save("/tmp/scorecard-page-test.png")
    _ = st


def test_quarter_and_language(qtbot, village: AppContext) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import set_language

    build(village)
    page = ScorecardPage(village, today=date(2026, 10, 31))
    qtbot.addWidget(page)
    page.by_quarter.setChecked(True)
    assert page.card is not None and page.card.period == "2026-Q4"
    set_language("en")
    qtbot.waitUntil(lambda: page.title.text() == "Cadre scorecard")  # a posted event
    assert page.model.data(page.model.index(0, 0)) == "2 (bottom, 末位)"  # 甲书记, leader
