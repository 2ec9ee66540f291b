"""The supervision list (督办): overdue matters across villages with calendar and working days
across a holiday, escalations waiting for the township, notices issued and counted."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.context import AppContext
from app.errors import MinqingError
from app.services import supervision as sv
from models import AuditEvent
from tests.desk_data import AS_OF, V1, V2, build_desk


def test_overdue_days_count_calendar_and_working_days_across_national_day(
        township: AppContext) -> None:
    d = build_desk(township)
    lst = sv.supervision_list(township, AS_OF)
    by_id = {m.id: m for m in lst.matters}
    assert set(by_id) == {d.m1, d.m2, d.m4}  # resolved, answered-not-due and not-due are out
    m1, m2, m4 = by_id[d.m1], by_id[d.m2], by_id[d.m4]
    assert (m1.days_overdue, m1.workdays_overdue) == (10, 2)  # 1–8 Oct are holidays
    assert (m4.days_overdue, m4.workdays_overdue) == (14, 5)  # Sun 28 Sep was a working day
    assert (m2.days_overdue, m2.workdays_overdue) == (1, 1)
    assert m1.village_name == "石江村" and m1.owner_name == "张三" and m1.category == "dispute"
    assert m2.escalated and m2.escalation_state == "waiting" and m2.waiting_reply_days == 9
    assert not m1.escalated and m1.waiting_reply_days is None
    assert m1.urgency == "normal"  # a matter made without choosing one is 一般
    # the longest overdue first
    assert [m.id for m in lst.matters] == [d.m4, d.m1, d.m2]


def test_waiting_escalations_and_by_village(township: AppContext) -> None:
    d = build_desk(township)
    lst = sv.supervision_list(township, AS_OF)
    assert [w.id for w in lst.waiting] == [d.m2]  # m5 was answered on 5 October
    w = lst.waiting[0]
    assert (w.days_waiting, w.workdays_waiting, w.overdue) == (9, 2, True)
    bv = {v.code: v for v in lst.by_village}
    assert (bv[V1].overdue, bv[V1].max_days_overdue, bv[V1].waiting) == (2, 10, 1)
    assert (bv[V2].overdue, bv[V2].max_days_overdue, bv[V2].waiting) == (1, 14, 0)
    # before the answer was given, m5 was waiting too
    early = sv.supervision_list(township, date(2025, 10, 4))
    assert {w.id for w in early.waiting} == {d.m2, d.m5}
    # one village, one owner
    assert {m.id for m in sv.supervision_list(township, AS_OF, village=V2).matters} == {d.m4}
    assert {m.id for m in sv.supervision_list(township, AS_OF, owner=d.c1).matters} == \
        {d.m1, d.m2}


def test_a_matter_resolved_after_the_date_was_still_overdue_then(township: AppContext) -> None:
    d = build_desk(township)
    # m3 was resolved on 12 Sep, before its deadline: never overdue
    assert d.m3 not in {m.id for m in sv.supervision_list(township, date(2025, 9, 20)).matters}
    assert d.m4 in {m.id for m in sv.supervision_list(township, date(2025, 9, 27)).matters}
    assert not sv.supervision_list(township, date(2025, 9, 26)).matters


def test_issue_notice_records_audits_and_counts(township: AppContext) -> None:
    d = build_desk(township)
    n = sv.issue_notice(township, V1, as_of=AS_OF, reply_by=date.today())
    assert n.matter_count == 2 and {ln.matter_id for ln in n.lines} == {d.m1, d.m2}
    assert n.notice_no.startswith(f"督{date.today().year}-")
    assert sv.notices_count(township) == 1
    again = sv.issue_notice(township, V1, owner_cadre_id=d.c1, as_of=AS_OF)
    assert again.notice_no != n.notice_no and again.owner_name == "张三"
    assert sv.notices_count(township) == 2
    lst = sv.supervision_list(township, AS_OF)
    assert {m.id: m.notices for m in lst.matters}[d.m1] == 2
    assert {v.code: v.notices for v in lst.by_village}[V1] == 2
    with township.read() as s:
        audited = [e.entity for e in s.query(AuditEvent).filter(AuditEvent.action == "create")]
    assert audited.count("supervision_notice") == 2 and audited.count("supervision_item") == 4
    assert sv.matter_supervision(township, d.m1) is not None
    assert sv.matter_supervision(township, d.m6) is None


def test_notice_refusals_write_nothing(township: AppContext, village: AppContext) -> None:
    build_desk(township)
    with pytest.raises(MinqingError) as exc:
        sv.issue_notice(township, V2, as_of=date(2025, 9, 1))
    assert "没有超期" in exc.value.message("zh_CN")
    with pytest.raises(MinqingError):
        sv.issue_notice(township, "430525101299", as_of=AS_OF)
    with pytest.raises(MinqingError):
        sv.issue_notice(township, V1, as_of=AS_OF, reply_by=date(2020, 1, 1))
    with pytest.raises(MinqingError) as exc2:
        sv.issue_notice(village, V1, as_of=AS_OF)
    assert "乡镇" in exc2.value.message("zh_CN")
    assert sv.notices_count(township) == 0


def test_cli_supervise_json_contract(township: AppContext, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    d = build_desk(township)
    db = str(township.store.path)
    assert main(["supervise", "--db", db, "--as-of", "2025-10-10", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["station"] == township.station_code and out["as_of"] == "2025-10-10"
    keys = {"id", "village", "title", "category", "owner", "deadline", "days_overdue",
            "workdays_overdue", "escalated", "waiting_reply_days"}
    assert all(keys <= set(m) for m in out["matters"])
    first = out["matters"][0]
    assert first["id"] == d.m4 and first["village"] == V2 and first["deadline"] == "2025-09-26"
    assert (first["days_overdue"], first["workdays_overdue"]) == (14, 5)
    assert out["by_village"][V1]["overdue"] == 2 and out["by_village"][V1]["waiting"] == 1
    assert main(["supervise", "--db", db, "--as-of", "2025-13-01", "--json"]) == 1
    assert "2025-13-01" in capsys.readouterr().err


def test_cli_notice_writes_pdf_and_xlsx(township: AppContext, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess

    from openpyxl import load_workbook

    build_desk(township)
    db = str(township.store.path)
    pdf = tmp_path / "督办单.pdf"
    assert main(["notice", "--db", db, "--village", V1, "--as-of", "2025-10-10",
                 "--out", str(pdf)]) == 0
    assert "督" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "督办单" in text and "宅基地界址纠纷" in text and "石江村" in text
    xlsx = tmp_path / "notice.xlsx"
    assert main(["notice", "--db", db, "--village", V2, "--as-of", "2025-10-10",
                 "--out", str(xlsx)]) == 0
    ws = load_workbook(xlsx).worksheets[0]
    cells = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "山林权属争议" in cells and 14 in cells
    assert main(["notice", "--db", db, "--village", V2, "--out", str(tmp_path / "x.doc")]) == 1
    assert sv.notices_count(township) == 2


def test_the_supervision_list_carries_each_matters_urgency(township: AppContext) -> None:
    """A leader chases 特急 matters first: the list says which ones they are."""
    from sqlalchemy import update

    from app.services.supervision import supervision_list
    from models import Matter

    build_desk(township)
    first = supervision_list(township, AS_OF).matters[0]
    with township.uow() as uow:  # one overdue matter is 特急
        uow.session.execute(update(Matter).where(Matter.id == first.id).values(urgency="critical"))
        uow.commit()
    got = {m.id: m.urgency for m in supervision_list(township, AS_OF).matters}
    assert got[first.id] == "critical"
    assert set(got.values()) <= {"normal", "critical"} and "normal" in got.values()
