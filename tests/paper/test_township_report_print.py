"""The monthly meeting report as printed: the new measures (villagers' rating, plan closure,
duties met) in the ranked table with arrows and "—" for no data, and the PDF laid out for the
meeting table (summary and ranking on the first page, pages numbered 第x页/共y页, the cards'
CJK font)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from openpyxl import load_workbook

from app.context import AppContext
from app.paper.cards_pdf import FONT
from app.paper.township_report import write_report
from app.services.stats import Month
from tests.desk_data import AS_OF, V1, add_ratings_and_plans, build_desk

OCT = Month(2025, 10)


def test_ranked_sheet_carries_rating_closure_and_duties(township: AppContext,
                                                        tmp_path: Path) -> None:
    add_ratings_and_plans(township, build_desk(township))
    out = tmp_path / "report.xlsx"
    write_report(township, OCT, out, as_of=AS_OF)
    ws = load_workbook(out)["各村排名"]
    header = [c.value for c in ws[3]]
    for name in ("群众评议", "销号率", "履职达标"):
        assert name in header, name
    rows = {r[1]: r for r in ws.iter_rows(min_row=4, values_only=True)}
    shijiang, huangqiao = rows["石江村"], rows["黄桥村"]
    i = header.index("群众评议")
    assert abs(shijiang[i] - 1 / 3) < 1e-3 and shijiang[i + 1] == "↓66.7%"
    assert huangqiao[i] == "—" and huangqiao[i + 1] == "—"  # nobody rated: no figure, not 0
    j = header.index("销号率")
    assert shijiang[j] == 0.5 and shijiang[j + 1] == "—"  # no plan items last month
    k = header.index("履职达标")
    assert shijiang[k] == 0 and shijiang[k + 1] == "↓1"
    assert shijiang[-1] == "末位"
    assert ws.print_title_rows == "$3:$3" and ws.page_setup.fitToWidth == 1
    for row in ws.iter_rows():
        for c in row:
            assert c.data_type != "f"
    assert V1  # the fixture's village codes are used by the rows above through their names


def test_pdf_summary_and_ranking_first_numbered_pages_cards_font(township: AppContext,
                                                      tmp_path: Path) -> None:
    add_ratings_and_plans(township, build_desk(township))
    pdf = tmp_path / "report.pdf"
    write_report(township, OCT, pdf, as_of=AS_OF)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")
    first = pages[0]
    for word in ("本月汇总", "各村工作情况排名", "群众评议", "销号率", "履职达标", "末位",
                 "↓66.7%", "138****5678"):
        assert word in first, word
    assert "13812345678" not in text
    printed = [p.replace(" ", "") for p in pages if p.strip()]
    n = len(printed)
    assert n <= 2  # two villages: the summary, ranking and lists fill a page or two
    for i, page in enumerate(printed, start=1):
        assert f"第{i}页/共{n}页" in page
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    embedded = [ln for ln in fonts.splitlines() if "TrueType" in ln and " yes yes yes " in ln]
    assert embedded and all("MicroHei" in ln for ln in embedded), fonts  # the cards' font
    assert FONT.startswith("WQY")
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(png)], check=True)
    assert len(list(tmp_path.glob("page*.png"))) == n
