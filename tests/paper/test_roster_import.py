"""Roster import on sheets as villages really make them, built here with openpyxl and csv."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.cli import main
from app.context import AppContext
from app.paper.roster_import import (
    RosterUnreadable,
    apply_roster,
    import_roster,
    read_roster,
    save_report,
)
from app.validation import id_check_digit
from models import AuditEvent, Group, Household


def make_id(body17: str) -> str:
    return body17 + id_check_digit(body17)


ID1 = make_id("43052519650312001")
ID2 = make_id("43052519720815002")
ID3 = make_id("43052519800101003")
ID4 = make_id("43052519901231004")
ID_X = next(make_id(f"43052519580601{i:03d}") for i in range(1000)
            if make_id(f"43052519580601{i:03d}").endswith("X"))


def messy_xlsx(path: Path) -> Path:
    """Title rows and merged cells above the header, synonyms, a group number merged down the
    side, blank and subtotal rows, full-width digits, spaces, a lowercase x, Excel damage."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["石江村2024年农户花名册"])
    ws.merge_cells("A1:H1")
    ws.append(["填报单位：石江村村委会", None, None, None, "填报日期：2024年3月"])
    ws.merge_cells("A2:D2")
    ws.append(["序号", "村民小组", "户主", "公民身份号码", "手机号码", "人口数", "住址",
               "户类别", "是否党员"])
    ws.append([1, "第三组", "张 三", ID1, "138 0013 8000", 4, "3组张家屋场 12号", "低保户", "否"])
    ws.append([2, None, "李四", ID_X.lower(), "１３９００１３９０００", "３", "3组", "", ""])
    ws.merge_cells("B4:B5")  # the group cell merged down over its households
    ws.append([None] * 9)  # blank row
    ws.append([3, "4组", "王五", 4.30525196508E+17, "13700137000", 2, "", "", ""])
    ws.append([4, "4组", "赵六", "430525197001010000", "13600136000", 2, "", "", ""])
    ws.append([5, "4组", "钱七", ID2, "12345", 2, "", "", ""])
    ws.append([6, "4组", "孙八<&>", ID3, "", 5, "", "五保户、留守老人", ""])
    ws.append([7, "4组", "张三", ID1, "13800138000", 4, "", "", ""])  # duplicate of row 4
    ws.append(["合计", None, None, None, None, 16, None, None, None])
    ws.append([8, "五组", "周\u3000九堃", ID4, "0739-1234567", 1, "=HYPERLINK(\"x\")", "", ""])
    ws["G13"].data_type = "s"  # typed as text in Excel: a value, not a formula
    ws.append([9, "5组", "吴𠮷", "", "", 1, "", "", ""])
    ws.append([10, "6组", "郑十一", "", "", "4口人", "", "低保、监测户", ""])
    wb.save(path)
    return path


def stored(ctx: AppContext) -> dict[str, Household]:
    with ctx.read() as s:
        return {h.head_name: h for h in s.execute(
            select(Household).where(Household.deleted.is_(False))).scalars()}


def test_messy_sheet_stores_valid_rows_and_reports_the_rest(village: AppContext,
                                                             tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "花名册.xlsx")
    preview = read_roster(path)
    assert preview.header_row == 3
    assert set(preview.mapping) >= {"head_name", "id_number", "phone", "group",
                                    "members_count", "address", "tags"}
    assert [h for _, h in preview.unrecognised] == ["是否党员"]

    rep = apply_roster(village, preview)
    assert rep.status == "applied"
    assert rep.inserted == 6 and rep.updated == 0 and rep.unchanged == 0
    by_row = {(e.row, e.field): e for e in rep.errors}
    assert set(by_row) == {(7, "id_number"), (8, "id_number"), (9, "phone"), (11, "id_number")}
    assert "科学计数法" in by_row[(7, "id_number")].message
    assert "末几位被 Excel 改成了 0" in by_row[(8, "id_number")].message
    assert by_row[(7, "id_number")].column == "D（公民身份号码）"
    assert "12345" in by_row[(9, "phone")].message
    assert "第 4 行重复" in by_row[(11, "id_number")].message
    assert (6, "blank") in rep.skipped and (12, "subtotal") in rep.skipped

    hh = stored(village)
    assert set(hh) == {"张三", "李四", "孙八<&>", "周九堃", "吴𠮷", "郑十一"}
    assert hh["郑十一"].members_count == 4 and hh["郑十一"].tags == "|低保户|监测户|"
    assert hh["张三"].id_number == ID1 and hh["张三"].phone == "13800138000"
    assert hh["张三"].members_count == 4 and hh["张三"].tags == "|低保户|"
    assert hh["李四"].id_number == ID_X  # lowercase x upper-cased
    assert hh["李四"].phone == "13900139000" and hh["李四"].members_count == 3
    assert hh["孙八<&>"].tags == "|五保户|留守老人|"
    assert hh["周九堃"].phone == "0739-1234567"  # ideographic space dropped from the name
    assert hh["周九堃"].address == '=HYPERLINK("x")'  # stored as typed; written safely later
    with village.read() as s:
        groups = {g.id: g.number for g in s.execute(select(Group)).scalars()}
        events = s.execute(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "import")).scalar_one()
    assert groups[hh["张三"].group_id] == 3 and groups[hh["李四"].group_id] == 3  # merged cell
    assert groups[hh["周九堃"].group_id] == 5
    assert events == 1


def test_reimport_changes_nothing_and_updates_by_id_or_name(village: AppContext,
                                                             tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "r.xlsx")
    import_roster(village, path)
    with village.read() as s:
        before = s.execute(select(func.count()).select_from(Household)).scalar_one()
    _, again = import_roster(village, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 6)
    with village.read() as s:
        assert s.execute(select(func.count()).select_from(Household)).scalar_one() == before

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["姓名", "身份证号", "电话", "组"])
    ws.append(["张三", ID1, "13811112222", "3"])  # matched by ID: phone updated
    ws.append(["吴𠮷", "", "13922223333", "5"])  # no ID: matched by name and group
    ws.append(["吴𠮷", "", "", "6"])  # same name, other group: a new household
    wb.save(tmp_path / "u.xlsx")
    _, rep = import_roster(village, tmp_path / "u.xlsx")
    assert (rep.inserted, rep.updated, rep.unchanged) == (1, 2, 0)
    hh = stored(village)
    assert hh["张三"].phone == "13811112222" and hh["张三"].version == 2
    assert hh["张三"].members_count == 4  # no column for it: left as it was


def test_dry_run_writes_nothing(village: AppContext, tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "d.xlsx")
    _, rep = import_roster(village, path, dry_run=True)
    assert rep.status == "preview" and rep.inserted == 6 and len(rep.errors) == 4
    assert stored(village) == {}
    with village.read() as s:
        assert s.execute(select(func.count()).select_from(Group)).scalar_one() == 0


def test_gbk_csv_with_title_row_and_utf8_bom_csv(village: AppContext, tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.csv"
    with open(gbk, "w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["黄桥村花名册", "", "", ""])
        w.writerow(["户主姓名", "身份证号码", "联系电话", "组别"])
        w.writerow([" 刘一 ", ID2, "13500135000", "二组"])
        w.writerow(["陈二", "4.30525E+17", "", "2"])
        w.writerow(["小计", "", "", ""])
    preview = read_roster(gbk)
    assert preview.encoding == "gb18030" and preview.header_row == 2
    rep = apply_roster(village, preview)
    assert rep.inserted == 1
    assert [(e.row, e.field) for e in rep.errors] == [(4, "id_number")]
    assert stored(village)["刘一"].id_number == ID2

    bom = tmp_path / "bom.csv"
    bom.write_text("姓名,家庭人口,家庭住址\n郑十,２,五组\n王\x01小二,1,\"=1+2\"\n",
                   encoding="utf-8-sig")
    _, rep2 = import_roster(village, bom)
    assert rep2.inserted == 2 and stored(village)["郑十"].members_count == 2
    assert stored(village)["王小二"].address == "=1+2"  # control character dropped


def test_unreadable_files_are_refused(village: AppContext, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(RosterUnreadable):
        read_roster(bad)
    noheader = tmp_path / "n.csv"
    noheader.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(RosterUnreadable) as exc:
        read_roster(noheader)
    assert "表头" in exc.value.message("zh_CN")
    rc = main(["roster", "import", "--db", str(village.store.path), str(bad), "--json"])
    assert rc == 1


def test_column_mapping_from_the_window(village: AppContext, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["户主姓名", "证件", "联系"])
    ws.append(["冯十一", ID3, "13300133000"])
    wb.save(tmp_path / "m.xlsx")
    preview = read_roster(tmp_path / "m.xlsx")
    assert preview.mapping == {"head_name": 0}  # "证件", "联系" not recognised …
    assert [i for i, _ in preview.unrecognised] == [1, 2]
    # … until the clerk maps them in the dialog
    rep = apply_roster(village, preview, {"head_name": 0, "id_number": 1, "phone": 2})
    assert rep.inserted == 1
    assert stored(village)["冯十一"].phone == "13300133000"


def test_report_saved_as_excel_with_reason_column(village: AppContext, tmp_path: Path) -> None:
    path = messy_xlsx(tmp_path / "x.xlsx")
    preview, rep = import_roster(village, path, dry_run=True)
    out = tmp_path / "refused.xlsx"
    assert save_report(preview, rep, out) == 4
    ws = load_workbook(out).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "原行号" and rows[0][-1] == "未导入原因"
    assert [r[0] for r in rows[1:]] == [7, 8, 9, 11]
    assert "科学计数法" in str(rows[1][-1])
    assert rows[3][3] == "钱七" and "*2345" in str(rows[3][-1])
    assert rows[3][4] == ID2[:6] + "********" + ID2[-4:]  # masked
    assert rows[2][4] == "430525********0000" and "430525197001010000" not in str(rows[2][-1])
    assert rows[1][4] == "4.30525E+17"


def test_cli_json_and_dry_run(village: AppContext, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    path = messy_xlsx(tmp_path / "c.xlsx")
    db = str(village.store.path)
    assert main(["roster", "import", "--db", db, str(path), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "preview" and out["inserted"] == 6
    assert {"row": 7, "column": "D（公民身份号码）"}.items() <= out["errors"][0].items()
    assert stored(village) == {}
    report = tmp_path / "report.xlsx"
    assert main(["roster", "import", "--db", db, str(path), "--json",
                 "--report", str(report)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "applied" and out["inserted"] == 6 and report.exists()
    assert len(stored(village)) == 6


def test_township_import_names_the_village(township: AppContext, tmp_path: Path) -> None:
    from app.errors import MinqingError

    path = tmp_path / "t.csv"
    path.write_text(f"户主姓名,身份证号码,组别\n刘一,{ID1},1组\n", encoding="utf-8")
    preview = read_roster(path)
    with pytest.raises(MinqingError) as exc:
        apply_roster(township, preview)
    assert "--village" in exc.value.message("zh_CN")
    rep = apply_roster(township, preview, village_code="430525101202")
    assert rep.inserted == 1
    assert stored(township)["刘一"].village_code == "430525101202"


def test_person_list_keeps_heads_and_counts_members(village: AppContext,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "persons.csv"
    with open(path, "w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["组别", "姓名", "与户主关系", "身份证号码"])
        w.writerow(["1", "张三", "户主", ID1])
        w.writerow(["1", "李梅", "妻", ID2])
        w.writerow(["1", "张小", "子", ""])
        w.writerow(["1", "王五", "户主", ID3])
        w.writerow(["2", "赵六", "本人", "12"])  # refused: its members count for nobody
        w.writerow(["2", "赵小", "女", ""])
    preview = read_roster(path)
    assert "relation" in preview.mapping and preview.unrecognised == []
    rep = apply_roster(village, preview)
    assert rep.inserted == 2 and [e.row for e in rep.errors] == [6]
    assert [r for r, why in rep.skipped if why == "member"] == [3, 4, 7]
    hh = stored(village)
    assert hh["张三"].members_count == 3 and hh["王五"].members_count == 1
    assert "李梅" not in hh
