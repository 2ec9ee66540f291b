"""The matter card prints for the paper file: reopened with pdftotext it holds the title and
every history line, and an A5 card is A5."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

from app.cli import main
from app.context import AppContext
from app.services import households as hh
from app.services import matters as ms
from app.services.cadres import CadreInput, add_cadre


def test_matter_card_pdf_from_the_cli(village: AppContext, db_path: Path, tmp_path: Path) -> None:
    liu = add_cadre(village, CadreInput(name="刘书记", phone="13800001111"))
    wang = add_cadre(village, CadreInput(name="王主任", phone="13800002222"))
    house = hh.add_household(village, hh.HouseholdInput(head_name="张三", group_number=2))
    mid = ms.create_matter(village, ms.MatterInput("dispute", "宅基地边界纠纷", owner_cadre_id=liu,
                                                   household_id=house))
    ms.add_note(village, mid, "已约双方到场")
    ms.reassign(village, mid, wang, "刘书记调往乡镇")
    ms.extend_deadline(village, mid, date.today() + timedelta(days=40), "等待国土所测量")
    out = tmp_path / "card.pdf"
    assert main(["--db", str(db_path), "matter", "card", mid[:8], "--out", str(out)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "宅基地边界纠纷" in text and "一事一卡" in text
    assert "已约双方到场" in text and "刘书记调往乡镇" in text and "等待国土所测量" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True,
                          check=True).stdout
    assert "419.528 x 595.276" in info  # A5 in points
    a4 = tmp_path / "card-a4.pdf"
    assert main(["--db", str(db_path), "matter", "card", mid, "--out", str(a4),
                 "--size", "A4"]) == 0
    assert "595.276 x 841.89" in subprocess.run(["pdfinfo", str(a4)], capture_output=True,
                                                 text=True, check=True).stdout


def test_a_supervised_matter_says_so_on_its_card(village: AppContext, tmp_path: Path) -> None:
    from app.paper.matter_card import write_matter_card
    from models import SupervisionItem, SupervisionNotice

    mid = ms.create_matter(village, ms.MatterInput(category="dispute", title="排水纠纷",
                                                   received_date=date(2025, 9, 1),
                                                   deadline=date(2025, 9, 10)))
    out = tmp_path / "plain.pdf"
    write_matter_card(village, mid, out)
    assert "督办" not in subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                        text=True, check=True).stdout
    with village.uow() as uow:  # as the township's reply batch brings it
        n = SupervisionNotice(village_code=village.station_code, notice_no="督2026-007",
                              issue_date=date(2026, 11, 20), as_of=date(2026, 11, 20),
                              reply_by=date(2026, 11, 30), matter_count=1,
                              origin_code="430525101")
        uow.add_record(n, "supervision_notice")
        uow.add_record(SupervisionItem(notice_id=n.id, matter_id=mid, days_overdue=3,
                                       origin_code="430525101"), "supervision_item")
        uow.commit()
    write_matter_card(village, mid, out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "督2026-007" in text and "2026-11-30" in text
