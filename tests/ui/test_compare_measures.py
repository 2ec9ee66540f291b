"""The compare page shows the villagers' rating, plan closure and duties met with their
arrows, and "—" (not 0) where a village has no figure."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.context import AppContext
from app.services.stats import Month
from tests.desk_data import add_ratings_and_plans, build_desk
from ui.pages.compare import BAD, ComparePage


def test_new_measures_with_arrows_and_dashes(qtbot, township: AppContext) -> None:  # type: ignore[no-untyped-def]
    add_ratings_and_plans(township, build_desk(township))
    page = ComparePage(township)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.set_month(Month(2025, 10))
    cols = page.model.columns
    row = {page.proxy.index(r, 1).data().split(" ")[0].split("（")[0]: r for r in range(2)}
    shijiang = next(r for n, r in row.items() if n.startswith("石江村"))
    huangqiao = next(r for n, r in row.items() if n.startswith("黄桥村"))

    def cell(r: int, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return page.proxy.index(r, cols.index(key)).data(role)

    assert cell(shijiang, "rating") == "33.3% ↓66.7"
    assert cell(shijiang, "rating", Qt.ItemDataRole.ForegroundRole).color() == BAD
    assert cell(shijiang, "plan_closure") == "50.0%"  # no plan items last month: no arrow
    assert cell(shijiang, "duties_met") == "0 ↓1"
    assert cell(huangqiao, "rating") == "—" and cell(huangqiao, "plan_closure") == "—"
    headers = [page.proxy.headerData(i, Qt.Orientation.Horizontal) for i in range(len(cols))]
    assert {"群众评议", "销号率"} <= set(headers) or {"Villagers' rating",
                                                  "Plan closure"} <= set(headers)
    page.table.selectRow(shijiang)
    page.measure.setCurrentIndex(page.measure.findData("rating"))
    assert page.chart.values[-2:] == [1.0, 1 / 3] and page.chart.rate
