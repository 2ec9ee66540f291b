"""The township's monthly meeting report, reopened with openpyxl: the ledger's layout (merged
title, repeated header, fit to width, print area), values only, masked phone numbers; and the
same tables as a PDF."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.context import AppContext
from app.paper.township_report import write_report
from app.services.stats import Month
from models import Matter
from tests.desk_data import AS_OF, build_desk

OCT = Month(2025, 10)


def _values(ws) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_report_layout_values_only_and_masked(township: AppContext, tmp_path: Path) -> None:
    d = build_desk(township)
    with township.uow() as uow:  # a title typed like a formula must stay text
        m = uow.session.get(Matter, d.m4)
        assert m is not None
        m.title = "=HYPERLINK(\"http://x\",\"点我\")"
        uow.commit()
    out = tmp_path / "月度报告.xlsx"
    res = write_report(township, OCT, out, as_of=AS_OF)
    assert res.villages == 2 and res.overdue == 3 and res.waiting == 1 and res.not_sent == 1
    wb = load_workbook(out)
    assert wb.sheetnames == ["汇总", "各村排名", "督办清单", "上报事项", "未报送村"]
    for ws in wb.worksheets:
        width = ws.max_column
        title = ws["A1"].value
        assert isinstance(title, str) and "2025年10月民情工作分析会报告" in title
        assert any(str(r).startswith("A1:") for r in ws.merged_cells.ranges), ws.title
        assert ws.print_title_rows == "$3:$3"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        last = chr(ord("A") + width - 1)
        assert ws.print_area is not None and ws.print_area.endswith(
            f"!$A$1:${last}${max(ws.max_row, 3)}"), (ws.title, ws.print_area)
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", f"{ws.title}!{c.coordinate}: {c.value}"
    summary = {r[0]: r[1] for r in _values(wb["汇总"])[3:]}
    assert summary["超期未办结（件）"] == 3 and summary["上报待乡镇答复（件）"] == 1
    assert summary["本月乡镇已答复（件）"] == 1 and summary["本月未报送批次的村（个）"] == 1
    ranked = _values(wb["各村排名"])[3:]
    assert [r[0] for r in ranked] == [1, 2] and ranked[-1][-1] == "末位"
    sup = _values(wb["督办清单"])
    assert sup[2][:3] == ["序号", "村（社区）", "事项"]
    rows = {r[2]: r for r in sup[3:]}
    wang = rows["宅基地界址纠纷"]
    assert wang[5] == "王一" and wang[6] == "138****5678"  # masked
    assert (wang[8], wang[9]) == (10, 2)
    assert wang[7].date() == date(2025, 9, 30)  # a real date cell
    formula = rows["=HYPERLINK(\"http://x\",\"点我\")"]
    assert formula[8] == 14
    esc = _values(wb["上报事项"])[3:]
    assert sorted(r[0] for r in esc) == ["已答复", "待答复"]
    not_sent = _values(wb["未报送村"])[3:]
    assert [r[0] for r in not_sent] == ["黄桥村"]
    assert "13812345678" not in str([_values(ws) for ws in wb.worksheets])
    # full numbers only when asked for
    full = tmp_path / "full.xlsx"
    write_report(township, OCT, full, as_of=AS_OF, full=True)
    assert "13812345678" in str(_values(load_workbook(full)["督办清单"]))


def test_report_pdf_and_cli(township: AppContext, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    build_desk(township)
    pdf = tmp_path / "report.pdf"
    db = str(township.store.path)
    assert main(["report", "--db", db, "--month", "2025-10", "--out", str(pdf)]) == 0
    assert str(pdf) in capsys.readouterr().out
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for word in ("民情工作分析会报告", "各村工作情况排名", "督办清单", "黄桥村", "宅基地界址纠纷",
                 "138****5678"):
        assert word in text, word
    assert "13812345678" not in text
    xlsx = tmp_path / "r.xlsx"
    assert main(["report", "--db", db, "--month", "2025-10", "--out", str(xlsx)]) == 0
    assert load_workbook(xlsx).sheetnames[0] == "汇总"
    assert main(["report", "--db", db, "--month", "2025-10", "--out",
                 str(tmp_path / "r.docx")]) == 1
    assert ".xlsx" in capsys.readouterr().err
    assert not (tmp_path / "r.docx").exists()
    assert main(["report", "--db", db, "--month", "10/2025", "--out", str(xlsx)]) == 1
