"""The monthly plan sheet, the quarterly 述职 sheet and the ledger's scorecard sheet, reopened
with openpyxl."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from app.context import AppContext
from app.paper.ledger import write_ledger
from app.paper.plan_sheets import write_plan_sheet, write_quarter_report
from app.services.stats import Month
from tests.test_scorecard import build


def _text(ws) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]


def test_plan_sheet_and_quarter_report(village: AppContext, tmp_path: Path) -> None:
    build(village)
    out = tmp_path / "plans.xlsx"
    assert write_plan_sheet(village, "2026-10", out) == 3
    wb = load_workbook(out)
    ws = wb["甲书记10月"]
    text = _text(ws)
    assert ws["A1"].value == "石江村甲书记2026年10月工作计划（预安销号）表"
    assert "资金未到位" in text and "上级取消" in text
    assert any("计划 3 项，销号 2 项，销号率 66.7%" in t for t in text)
    assert any(t.startswith("干部签字") for t in text)
    assert ws.print_title_rows == "$3:$3" and ws.page_setup.orientation == "landscape"
    rep = tmp_path / "report.xlsx"
    assert write_quarter_report(village, "2026-Q4", rep) == 3
    ws = load_workbook(rep)["乙主任2026Q4"]
    assert any("本季度预安 2 项，销号 2 项，销号率 100.0%" in t for t in _text(ws))
    assert any(t.startswith("上级点评") for t in _text(ws))


def test_ledger_has_the_scorecard_sheet(village: AppContext, tmp_path: Path) -> None:
    build(village)
    out = tmp_path / "ledger.xlsx"
    write_ledger(village, Month(2026, 10), out, as_of=date(2026, 10, 31))
    ws = load_workbook(out)["干部考核"]
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True)]
    by_name = {r[1]: r for r in rows}
    assert by_name["甲书记"][0] == "2（末位）" and by_name["甲书记"][12] == 0.6667
    assert by_name["丙文书"][12] == "—"  # nothing to rate, not 0
    assert by_name["合计"][10:13] == (5, 4, 0.8)
