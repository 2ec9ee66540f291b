"""The holiday table as station data: 2027 (a year chinesecalendar 1.11 lacks) is provisional
until its table is imported; then deadlines are exact and open matters counted into it are
counted again. Files in UTF-8, GBK and .xlsx; bad rows name their row and write nothing; the
CLI contract (``calendar show``, ``calendar import``, ``deadline``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app import workdays
from app.cli import main
from app.context import AppContext
from app.errors import MinqingError, PermissionDenied
from app.services import calendar
from app.services import matters as ms
from app.services.users import create_user
from models import AuditEvent, HolidayDay, Matter

TABLE_2027 = [
    ("2027-01-01", "休", "元旦"), ("2027-01-02", "休", "元旦"), ("2027-01-03", "休", "元旦"),
    *[(f"2027-02-{d:02d}", "休", "春节") for d in range(5, 12)],
    ("2027-02-13", "班", "春节"),
]
HOLIDAYS_2027 = ["2027-01-01", "2027-01-02", "2027-01-03",
                 *[f"2027-02-{d:02d}" for d in range(5, 12)]]
V = ["--kind", "village", "--code", "430525101201", "--name", "石江村"]


@pytest.fixture(autouse=True)
def fresh_table() -> Iterator[None]:
    """The in-memory table belongs to the station last opened: never carry it across tests."""
    yield
    calendar._cache.clear()
    workdays.set_table(None)


def csv_text(header: str = "日期,类型,名称", rows: list[tuple[str, str, str]] = TABLE_2027) -> str:
    return "\n".join([header, *(",".join(r) for r in rows)]) + "\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def holiday_rows(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.execute(select(func.count()).select_from(HolidayDay)).scalar_one()


def test_2027_is_provisional_until_its_table_comes(village: AppContext) -> None:
    assert not calendar.year_info(village, 2027).known
    assert calendar.year_info(village, 2026).source == "library"
    assert date(2026, 10, 1) in calendar.year_info(village, 2026).holidays
    before = calendar.deadline(village, date(2026, 12, 25), 10)
    assert before == calendar.Deadline(date(2027, 1, 8), True)  # 元旦 counted as a workday

    summary = calendar.import_entries(village, calendar.parse_notice(csv_text()), "notice")
    assert summary.years == [2027] and summary.added == len(TABLE_2027)
    info = calendar.year_info(village, 2027)
    assert info.known and info.source == "notice"
    assert [d.isoformat() for d in info.holidays] == HOLIDAYS_2027
    assert [d.isoformat() for d in info.workdays] == ["2027-02-13"]
    assert calendar.deadline(village, date(2026, 12, 25), 10) == \
        calendar.Deadline(date(2027, 1, 11), False)
    # the module API the older callers use follows the station's table too
    assert workdays.is_workday(date(2027, 1, 1)) == (False, True)
    assert workdays.is_workday(date(2027, 2, 13)) == (True, True)
    # the import is audited
    with village.read() as s:
        ev = s.execute(select(AuditEvent).where(AuditEvent.action == "calendar_import")).scalar_one()
    assert ev.entity_id == "2027"


def test_open_provisional_deadline_is_counted_again(village: AppContext) -> None:
    received = date(2026, 12, 1)
    counted = ms.create_matter(village, ms.MatterInput("petition", "宅基地信访",
                                                       received_date=received))
    chosen = ms.create_matter(village, ms.MatterInput("petition", "自定期限",
                                                      received_date=received,
                                                      deadline=date(2027, 1, 20)))
    closed = ms.create_matter(village, ms.MatterInput("petition", "已办结",
                                                      received_date=received))
    ms.resolve(village, closed, "已答复", on=received)
    near = ms.create_matter(village, ms.MatterInput("dispute", "邻里纠纷", received_date=received))
    with village.read() as s:
        rows = {r.id: r for r in ms.list_matters(s)}
    # 40 working days from 1 December, 元旦 not known: 26 January, marked provisional
    assert rows[counted].deadline == date(2027, 1, 26) and rows[counted].provisional
    assert not rows[chosen].provisional  # a date the clerk chose is not a count
    assert not rows[near].provisional and rows[near].deadline == date(2026, 12, 15)

    summary = calendar.import_entries(village, calendar.parse_notice(csv_text()), "file")
    assert summary.recomputed == 1
    with village.read() as s:
        rows = {r.id: r for r in ms.list_matters(s)}
        m = s.get(Matter, counted)
        assert m is not None and m.version == 2
        ev = s.execute(select(AuditEvent).where(AuditEvent.action == "recompute_deadline",
                                                AuditEvent.entity_id == counted)).scalar_one()
    assert rows[counted].deadline == date(2027, 1, 27) and not rows[counted].provisional
    assert "2027-01-26" in ev.changes and "2027-01-27" in ev.changes
    assert rows[chosen].deadline == date(2027, 1, 20)
    assert rows[closed].deadline == date(2027, 1, 26)  # a closed card keeps its history
    assert rows[near].deadline == date(2026, 12, 15)


def test_a_deadline_changed_by_hand_is_left_alone(village: AppContext) -> None:
    mid = ms.create_matter(village, ms.MatterInput("petition", "信访", received_date=date(2026, 12, 1)))
    with village.uow() as uow:  # e.g. an extension: the deadline no longer is the count
        uow.update_record(uow.get(Matter, mid, "matter"), "matter", deadline=date(2027, 2, 26))
        uow.commit()
    assert calendar.import_entries(village, calendar.parse_notice(csv_text())).recomputed == 0
    with village.read() as s:
        m = s.get(Matter, mid)
        assert m is not None and m.deadline == date(2027, 2, 26)


def test_reimport_replaces_the_year(village: AppContext) -> None:
    calendar.import_entries(village, calendar.parse_notice(csv_text()))
    smaller = calendar.parse_notice(csv_text(rows=TABLE_2027[:3]))
    s = calendar.import_entries(village, smaller)
    assert (s.added, s.changed, s.removed) == (0, 0, len(TABLE_2027) - 3)
    assert [d.isoformat() for d in calendar.year_info(village, 2027).holidays] == \
        HOLIDAYS_2027[:3]
    assert calendar.year_info(village, 2027).workdays == []


def test_bad_rows_name_row_and_problem_and_write_nothing(village: AppContext) -> None:
    text = csv_text(rows=[("2027-01-01", "休", "元旦"), ("2027-02-30", "休", "春节"),
                          ("2027-02-06", "调休", "春节"), ("2027-02-08", "班", "春节"),
                          ("2027-01-01", "休", "元旦")])
    with pytest.raises(calendar.CalendarRowsError) as exc:
        calendar.import_notice(village, text)
    msg = exc.value.message("zh_CN")
    assert "第 3 行" in msg and "2027-02-30" in msg
    assert "第 4 行" in msg and "调休" in msg
    assert "第 5 行" in msg and "工作日" in msg  # a Monday cannot be a make-up working day
    assert "第 6 行" in msg and "第 2 行" in msg  # the same date twice
    en = exc.value.message("en")
    assert "row 3" in en and "row 4" in en
    assert holiday_rows(village) == 0
    with pytest.raises(MinqingError) as empty:
        calendar.import_notice(village, "日期,类型,名称\n\n")
    assert empty.value.code == "calendar_empty"
    assert holiday_rows(village) == 0


def test_gbk_csv_and_xlsx_give_the_same_table(village: AppContext, tmp_path: Path) -> None:
    gbk = tmp_path / "2027.csv"
    gbk.write_bytes(csv_text().encode("gbk"))
    utf8 = tmp_path / "2027-utf8.csv"
    utf8.write_text(csv_text("date,kind,name", [(d, "holiday" if k == "休" else "workday", n)
                                                 for d, k, n in TABLE_2027]),
                    encoding="utf-8-sig")
    xlsx = tmp_path / "2027.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["date", "kind", "name"])
    for d, k, n in TABLE_2027:
        ws.append([datetime.fromisoformat(d), k, n])
    wb.save(xlsx)
    expected = calendar.read_file(gbk)
    assert len(expected) == len(TABLE_2027) and expected[0].name == "元旦"
    assert calendar.read_file(utf8) == expected
    assert calendar.read_file(xlsx) == expected


def test_only_an_administrator_imports(village: AppContext) -> None:
    create_user(village, "boss", "secret-pass-1", "administrator")
    clerk = AppContext(village.store, actor="li", role="clerk")
    with pytest.raises(PermissionDenied):
        calendar.import_notice(clerk, csv_text())
    assert holiday_rows(village) == 0
    admin = AppContext(village.store, actor="boss", role="administrator")
    assert calendar.import_notice(admin, csv_text()).added == len(TABLE_2027)


def test_home_fact_from_1_november(village: AppContext) -> None:
    assert calendar.next_year_missing(village, date(2026, 10, 31)) is None
    assert calendar.next_year_missing(village, date(2026, 11, 1)) == 2027
    assert calendar.next_year_missing(village, date(2025, 12, 1)) is None  # 2026 is in the library
    calendar.import_notice(village, csv_text())
    assert calendar.next_year_missing(village, date(2026, 12, 3)) is None


# --- the CLI contract --------------------------------------------------------------------------

def test_cli_show_deadline_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "v.sqlite3")
    assert run(capsys, "init", "--db", db, *V)[0] == 0
    code, out, _ = run(capsys, "calendar", "show", "--db", db, "--year", "2027", "--json")
    assert code == 0
    assert json.loads(out) == {"year": 2027, "known": False, "source": "none", "holidays": [],
                               "workdays": []}
    code, out, _ = run(capsys, "deadline", "--db", db, "--from", "2026-12-25", "--days", "10",
                       "--json")
    assert code == 0 and json.loads(out) == {"due": "2027-01-08", "provisional": True}

    f = tmp_path / "2027.csv"
    f.write_bytes(csv_text().encode("gbk"))
    code, out, err = run(capsys, "calendar", "import", "--db", db, str(f))
    assert code == 0, err
    assert "2027" in out
    shown = json.loads(run(capsys, "calendar", "show", "--db", db, "--year", "2027",
                           "--json")[1])
    assert shown == {"year": 2027, "known": True, "source": "file", "holidays": HOLIDAYS_2027,
                     "workdays": ["2027-02-13"]}
    code, out, _ = run(capsys, "deadline", "--db", db, "--from", "2026-12-25", "--days", "10",
                       "--json")
    assert json.loads(out) == {"due": "2027-01-11", "provisional": False}
    lib = json.loads(run(capsys, "calendar", "show", "--db", db, "--year", "2026", "--json")[1])
    assert lib["known"] and lib["source"] == "library" and "2026-10-01" in lib["holidays"]


def test_cli_bad_rows_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "v.sqlite3")
    run(capsys, "init", "--db", db, *V)
    f = tmp_path / "bad.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["日期", "类型", "名称"], ["2027-01-01", "休", "元旦"], ["明年元旦", "休", "元旦"],
                ["2027-01-04", "", "元旦"]):
        ws.append(row)
    wb.save(f)
    code, _, err = run(capsys, "calendar", "import", "--db", db, str(f))
    assert code == 1
    assert "第 3 行" in err and "明年元旦" in err and "第 4 行" in err
    assert "未做任何改动" in err
    shown = json.loads(run(capsys, "calendar", "show", "--db", db, "--year", "2027",
                           "--json")[1])
    assert shown["known"] is False
    code, _, err = run(capsys, "--lang", "en", "deadline", "--db", db, "--from", "2026-13-01",
                       "--days", "3")
    assert code == 1 and "2026-13-01" in err
    code, _, err = run(capsys, "calendar", "show", "--db", db, "--year", "27")
    assert code == 1 and "27" in err


def test_cli_import_needs_an_administrator(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "v.sqlite3")
    run(capsys, "init", "--db", db, *V)
    from app.store import open_store

    store = open_store(Path(db))
    try:
        admin = AppContext(store)
        create_user(admin, "boss", "secret-pass-1", "administrator")
        create_user(AppContext(store, actor="boss", role="administrator"), "li",
                    "secret-pass-2", "clerk")
    finally:
        store.close()
    f = tmp_path / "2027.csv"
    f.write_text(csv_text(), encoding="utf-8")
    code, _, err = run(capsys, "calendar", "import", "--db", db, str(f))
    assert code == 1 and "登录" in err
    monkeypatch.setenv("MINQING_PASSWORD", "secret-pass-2")
    code, _, err = run(capsys, "calendar", "import", "--db", db, "--user", "li", str(f))
    assert code == 1 and "管理员" in err
    monkeypatch.setenv("MINQING_PASSWORD", "secret-pass-1")
    code, out, err = run(capsys, "calendar", "import", "--db", db, "--user", "boss", "--json",
                         str(f))
    assert code == 0, err
    assert json.loads(out)["added"] == len(TABLE_2027)


def test_ledger_marks_provisional_deadlines(village: AppContext, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from app.paper.ledger import write_ledger
    from app.services.stats import Month

    ms.create_matter(village, ms.MatterInput("petition", "宅基地信访",
                                             received_date=date(2026, 12, 1)))
    ms.create_matter(village, ms.MatterInput("dispute", "邻里纠纷", received_date=date(2026, 12, 1)))
    out = tmp_path / "ledger.xlsx"

    def marks() -> dict[str, str]:
        write_ledger(village, Month(2026, 12), out, as_of=date(2026, 12, 3))
        ws = load_workbook(out)["受理事项"]
        header = [c.value for c in ws[3]]
        col = header.index("期限暂定")
        return {str(r[3]): str(r[col] or "") for r in ws.iter_rows(min_row=4, values_only=True)}

    assert marks() == {"宅基地信访": "暂定", "邻里纠纷": ""}
    calendar.import_notice(village, csv_text())
    assert marks() == {"宅基地信访": "", "邻里纠纷": ""}


def test_a_table_imported_by_another_program_is_noticed(village: AppContext,
                                                        tmp_path: Path) -> None:
    """The window keeps the table in memory; the CLI importing into the same file meanwhile is
    seen at the next look, without restarting the window."""
    import subprocess
    import sys

    assert not calendar.year_info(village, 2027).known
    f = tmp_path / "2027.csv"
    f.write_text(csv_text(), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "app", "calendar", "import", "--db",
                           str(village.store.path), str(f)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert calendar.year_info(village, 2027).known
    assert not calendar.deadline(village, date(2026, 12, 25), 10).provisional
