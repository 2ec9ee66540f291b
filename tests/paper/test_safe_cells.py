"""CSV and file-writing safety: BOM, formula guard, control characters, atomic replace."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.context import AppContext
from app.errors import MinqingError
from app.paper.files import atomic_path
from app.paper.roster_export import export_roster
from app.paper.roster_import import read_roster
from app.paper.safe_cells import Masker, csv_safe, write_csv
from app.services.households import HouseholdInput, add_household


def test_csv_is_utf8_with_bom_and_formulas_are_neutralised(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    write_csv(out, ["姓名", "备注"], [["=1+2", "+86"], ["-3", "@SUM(A1)"], ["\tx", "张\x01三 堃𠮷"],
                                      ["普通", 5]])
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[1] == ["'=1+2", "'+86"] and rows[2] == ["'-3", "'@SUM(A1)"]
    assert rows[3] == ["'\tx", "张三 堃𠮷"] and rows[4] == ["普通", "5"]
    assert csv_safe(5) == 5


def test_masker() -> None:
    assert Masker().id("430525196503120015") == "430525********0015"
    assert Masker().phone("13800138000") == "138****8000"
    assert Masker(full=True).phone("13800138000") == "13800138000"
    assert Masker().id("") == "" and Masker().phone(None) == ""


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "ledger.xlsx"
    target.write_bytes(b"last month")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"last month"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.xlsx"]
    with pytest.raises(MinqingError), atomic_path(tmp_path / "missing" / "x.xlsx"):
        pass


def test_roster_csv_export_reads_back(village: AppContext, tmp_path: Path) -> None:
    add_household(village, HouseholdInput(head_name="=张三", group_number=1,
                                          phone="13800138000", address="-1组"))
    out = tmp_path / "r.csv"
    assert export_roster(village, out) == 1
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    preview = read_roster(out)
    assert preview.rows[0][1][1:4] == ["=张三", "", "138****8000"]  # guard undone on import
