"""Coverage by cadre and group, the annual archive, and the register's round trip through
Excel (export with full numbers → import into an empty station → the same register)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.cli import main
from app.context import AppContext
from app.paper.coverage import write_archive, write_coverage
from app.paper.roster_export import export_roster
from app.paper.roster_import import import_roster
from app.services.demo import fill_demo
from app.services.households import HouseholdFilter, count
from app.services.station import init_station
from app.store import open_store
from models import Household


def test_coverage_by_cadre_and_group(village: AppContext, tmp_path: Path) -> None:
    fill_demo(village, households=150, months=12, today=date(2026, 6, 30))
    out = tmp_path / "cov.xlsx"
    res = write_coverage(village, 2026, out, today=date(2026, 6, 30))
    with village.read() as s:
        total = count(s, HouseholdFilter())
        unvisited = count(s, HouseholdFilter(not_visited_in_year=2026))
    assert res.households == total and res.unvisited == unvisited > 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["按联系干部", "按村民小组", "未走访农户"]
    by_cadre = [r for r in wb["按联系干部"].iter_rows(min_row=4, values_only=True)]
    assert by_cadre[-1][0] == "合计" and by_cadre[-1][1:4] == (total, total - unvisited,
                                                               unvisited)
    assert sum(r[3] for r in by_cadre[:-1]) == unvisited
    by_group = list(wb["按村民小组"].iter_rows(min_row=4, values_only=True))
    assert sum(r[1] for r in by_group) == total and sum(r[3] for r in by_group) == unvisited
    todo = list(wb["未走访农户"].iter_rows(min_row=4, values_only=True))
    assert len(todo) == unvisited
    assert [r[0] for r in todo] == sorted(r[0] for r in todo)  # grouped by cadre
    assert all("*" in r[3] for r in todo if r[3])


def test_annual_archive_sheets_and_counts(village: AppContext, tmp_path: Path) -> None:
    fill_demo(village, households=80, months=12, today=date(2026, 6, 30))
    out = tmp_path / "archive.xlsx"
    counts = write_archive(village, 2026, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["农户名册", "干部", "走访记录", "事项", "事项进展", "发卡记录"]
    assert counts["农户名册"] == 80
    for name, n in counts.items():
        assert wb[name].max_row - 3 == n if n else wb[name].max_row == 3
    dates = [r[0] for r in wb["走访记录"].iter_rows(min_row=4, values_only=True)]
    assert dates and all(d.year == 2026 for d in dates)


def test_export_then_import_round_trip(village: AppContext, tmp_path: Path) -> None:
    fill_demo(village, households=60, months=2, today=date(2026, 6, 30))
    out = tmp_path / "roster.xlsx"
    assert export_roster(village, out, full=True) == 60
    store = open_store(tmp_path / "fresh.sqlite3")
    init_station(store, kind="village", code="430525101201", name="石江村")
    fresh = AppContext(store)
    _, rep = import_roster(fresh, out)
    assert (rep.inserted, rep.errors) == (60, [])

    def register(ctx: AppContext) -> set[tuple[str, str, str, int, str, str]]:
        with ctx.read() as s:
            return {(h.head_name, h.id_number, h.phone, h.members_count, h.address, h.tags)
                    for h in s.execute(select(Household)).scalars()}

    assert register(fresh) == register(village)
    _, again = import_roster(fresh, out)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 60)
    store.close()
    masked = tmp_path / "masked.xlsx"
    export_roster(village, masked)
    ids = [r[2] for r in load_workbook(masked).active.iter_rows(min_row=4, values_only=True)]
    assert all("********" in i for i in ids)


def test_cli_coverage_export_and_bad_year(village: AppContext, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    fill_demo(village, households=40, months=2, today=date(2026, 6, 30))
    db = str(village.store.path)
    assert main(["coverage", "--db", db, "--year", "2026", "--out", str(tmp_path / "c.xlsx"),
                 "--archive", str(tmp_path / "a.xlsx")]) == 0
    assert (tmp_path / "c.xlsx").exists() and (tmp_path / "a.xlsx").exists()
    assert main(["roster", "export", "--db", db, "--out", str(tmp_path / "r.xlsx")]) == 0
    assert "已导出 40 户" in capsys.readouterr().out
    assert main(["coverage", "--db", db, "--year", "20x6", "--out",
                 str(tmp_path / "d.xlsx")]) == 1
    assert "有效年份" in capsys.readouterr().err and not (tmp_path / "d.xlsx").exists()


def test_township_coverage_and_export_name_the_village(township: AppContext,
                                                       tmp_path: Path) -> None:
    fill_demo(township, households=100, months=3, today=date(2026, 6, 30))
    res = write_coverage(township, 2026, tmp_path / "c.xlsx", today=date(2026, 6, 30))
    wb = load_workbook(tmp_path / "c.xlsx")
    rows = list(wb["按村民小组"].iter_rows(min_row=4, values_only=True))
    assert {r[0] for r in rows} == {"石江村", "黄桥村"}
    assert sum(r[2] for r in rows) == res.households == 100
    assert export_roster(township, tmp_path / "r.xlsx") == 100
    head = next(load_workbook(tmp_path / "r.xlsx").active.iter_rows(min_row=3, max_row=3,
                                                                     values_only=True))
    assert head[:3] == ("村（社区）", "村民小组", "户主姓名")
