"""The monthly ledger, reopened with openpyxl: figures equal ``stats``, sheets, print layout,
real dates, masking, and not one formula anywhere."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from app.cli import main
from app.context import AppContext
from app.paper.files import Cancelled
from app.paper.ledger import figure_rows, write_ledger
from app.services.cadres import CadreInput, add_cadre, assign
from app.services.demo import fill_demo
from app.services.households import HouseholdInput, add_household
from app.services.matters import MatterInput
from app.services.stats import Month, month_stats
from app.services.visits import VisitInput, record_visit

JUNE = Month(2026, 6)
SHEETS = ["汇总", "走访记录", "受理事项", "办结事项", "未办结事项", "超期事项", "发卡记录",
          "未走访农户"]
SHEETS += ["干部考核", "工作制度"]  # the cadre scorecard (issue 16), the duties (issue 12)


def _summary_figures(ws: Worksheet) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for label, value, *_ in ws.iter_rows(min_row=4, values_only=True):
        if label is None:
            break
        out[str(label)] = value
    return out


def _no_formulas(path: Path) -> int:
    wb = load_workbook(path)
    n = 0
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", f"{ws.title}!{c.coordinate} is a formula: {c.value}"
                n += c.value is not None
    return n


def test_village_ledger_matches_stats_and_prints_like_a_ledger(village: AppContext,
                                                                 tmp_path: Path) -> None:
    fill_demo(village, households=150, months=8, today=date(2026, 6, 30))
    out = tmp_path / "台账.xlsx"
    progress: list[tuple[int, int]] = []
    res = write_ledger(village, JUNE, out,
                       on_progress=lambda d, t: progress.append((d, t)) is None)
    with village.read() as s:
        stats = month_stats(s, JUNE)
    wb = load_workbook(out)
    assert wb.sheetnames == SHEETS
    summary = wb["汇总"]
    assert summary["A1"].value == "石江村民情台账（2026年6月）"
    assert "A1:I1" in {str(r) for r in summary.merged_cells.ranges}
    got = _summary_figures(summary)
    want = {label: value for label, value, _ in figure_rows(stats)}
    assert got == want
    assert got["本月走访次数"] == stats["visits"] > 0
    assert got["超期未办结（件）"] == stats["matters"]["overdue"]
    assert got["年度走访覆盖率"] == stats["coverage_ytd"]
    assert summary.cell(row=4 + list(want).index("年度走访覆盖率"), column=2).number_format \
        == "0.0%"
    # one row per cadre, after the figures
    cadre_header = next(r for r in summary.iter_rows() if r[0].value == "联系干部")
    cadres = [r for r in summary.iter_rows(min_row=cadre_header[0].row + 1, values_only=True)
              if r[0]]
    assert len(cadres) >= 4
    assert sum(r[4] for r in cadres) == stats["visits"]

    visits = wb["走访记录"]
    rows = list(visits.iter_rows(min_row=4, values_only=True))
    assert len(rows) == res.visits == stats["visits"]
    assert all(isinstance(r[1], datetime) and date(2026, 6, 1) <= r[1].date() <=
               date(2026, 6, 30) for r in rows)
    assert visits["B4"].number_format == "yyyy-mm-dd"
    received = list(wb["受理事项"].iter_rows(min_row=4, values_only=True))
    assert len(received) == stats["matters"]["received"]
    resolved = list(wb["办结事项"].iter_rows(min_row=4, values_only=True))
    assert len(resolved) == stats["matters"]["resolved"]
    overdue = list(wb["超期事项"].iter_rows(min_row=4, values_only=True))
    assert len(overdue) == stats["matters"]["overdue"]
    assert all(r[9] == "是" for r in overdue)

    for ws in wb:
        header_row = 3
        assert ws.freeze_panes == f"A{header_row + 1}"
        if ws.title != "汇总":  # the summary holds several tables
            assert ws.print_title_rows == f"${header_row}:${header_row}"
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        head = ws.cell(row=header_row, column=1)
        assert head.font.b and head.border.left.style == "thin"
        assert ws.column_dimensions["A"].width >= 7
    data_cell = visits["C4"]
    assert data_cell.border.bottom.style == "thin" and not data_cell.font.b
    unvisited = list(wb["未走访农户"].iter_rows(min_row=4, values_only=True))
    assert unvisited and all("*" in str(r[2]) for r in unvisited if r[2])  # masked ID
    assert progress[-1][0] == progress[-1][1]
    assert _no_formulas(out) > 500


def test_typed_text_never_becomes_a_formula_and_full_numbers(village: AppContext,
                                                              tmp_path: Path) -> None:
    today = date.today()
    hid = add_household(village, HouseholdInput(
        head_name="=HYPERLINK(\"http://x\",\"点我\")", group_number=2,
        id_number="430525196503120015", phone="13800138000", address="@SUM(A1)"))
    cid = add_cadre(village, CadreInput(name="+李四", phone="13900139000"))
    assign(village, cid, [hid])
    record_visit(village, VisitInput(
        cadre_id=cid, household_id=hid, visit_date=today,
        summary="-2+3 反映\t饮水 <b>&amp;</b> 问题\x07 堃𠮷",
        matters=[MatterInput(category="hardship", title="=1+1 饮水困难")]))
    out = tmp_path / "l.xlsx"
    write_ledger(village, Month(today.year, today.month), out)
    _no_formulas(out)
    wb = load_workbook(out)
    v = next(wb["走访记录"].iter_rows(min_row=4))
    assert v[3].value == "=HYPERLINK(\"http://x\",\"点我\")" and v[3].data_type == "s"
    assert v[3].quotePrefix
    assert v[2].value == "+李四" and v[2].quotePrefix
    assert v[6].value == "-2+3 反映\t饮水 <b>&amp;</b> 问题 堃𠮷"  # control char dropped
    m = next(wb["受理事项"].iter_rows(min_row=4))
    assert m[3].value == "=1+1 饮水困难" and m[3].data_type == "s"
    # the household was visited: it is not on the unvisited list; full numbers on request
    assert list(wb["未走访农户"].iter_rows(min_row=4)) == []
    hid2 = add_household(village, HouseholdInput(head_name="王五", id_number="",
                                                 phone="13700137000"))
    assert hid2
    write_ledger(village, Month(today.year, today.month), out, full=True)
    row = next(load_workbook(out)["未走访农户"].iter_rows(min_row=4, values_only=True))
    assert row[1] == "王五" and row[3] == "13700137000"
    write_ledger(village, Month(today.year, today.month), out)
    row = next(load_workbook(out)["未走访农户"].iter_rows(min_row=4, values_only=True))
    assert row[3] == "137****7000"


def test_township_ledger_has_village_rows_and_columns(township: AppContext,
                                                      tmp_path: Path) -> None:
    fill_demo(township, households=200, months=6, today=date(2026, 6, 30))
    out = tmp_path / "t.xlsx"
    write_ledger(township, JUNE, out)
    with township.read() as s:
        stats = month_stats(s, JUNE)
    wb = load_workbook(out)
    summary = wb["汇总"]
    assert _summary_figures(summary) == {k: v for k, v, _ in figure_rows(stats)}
    head = next(r for r in summary.iter_rows() if r[0].value == "村（社区）" and
                r[1].value == "农户数")
    villages = list(summary.iter_rows(min_row=head[0].row + 1,
                                      max_row=head[0].row + len(stats["villages"]),
                                      values_only=True))
    assert [r[0] for r in villages] == [v["name"] for v in stats["villages"]]
    assert [r[2] for r in villages] == [v["visits"] for v in stats["villages"]]
    visits = wb["走访记录"]
    assert visits["B3"].value == "村（社区）"
    names = {r[1] for r in visits.iter_rows(min_row=4, values_only=True)}
    assert names == {"石江村", "黄桥村"}
    assert visits.max_row - 3 == stats["visits"]
    _no_formulas(out)


def test_cancel_leaves_no_file(village: AppContext, tmp_path: Path) -> None:
    fill_demo(village, households=60, months=2, today=date(2026, 6, 30))
    out = tmp_path / "x.xlsx"
    with pytest.raises(Cancelled):
        write_ledger(village, JUNE, out, on_progress=lambda d, t: False)
    assert list(tmp_path.glob("x.xlsx*")) == [] and list(tmp_path.glob(".x.xlsx*")) == []


def test_cli_ledger(village: AppContext, tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    fill_demo(village, households=60, months=2, today=date(2026, 6, 30))
    out = tmp_path / "cli.xlsx"
    assert main(["ledger", "--db", str(village.store.path), "--month", "2026-06",
                 "--out", str(out)]) == 0
    assert "台账已保存" in capsys.readouterr().out and out.exists()
    assert main(["ledger", "--db", str(village.store.path), "--month", "2026-13",
                 "--out", str(out)]) == 1
    assert "YYYY-MM" in capsys.readouterr().err
