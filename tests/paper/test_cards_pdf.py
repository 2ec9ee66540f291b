"""Contact-card PDFs checked with poppler: pages, embedded fonts, the text on the page, the QR
code as drawn, and the card issues recorded in the register."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import segno
from PIL import Image

from app.cli import main
from app.context import AppContext
from app.paper.cards_pdf import (
    CARD_H,
    CARD_W,
    MARGIN_X,
    PAGE_H,
    _slot,
    print_cards,
)
from app.services.cadres import CadreInput, add_cadre, assign
from app.services.cards import card_history
from app.services.households import HouseholdInput, add_household
from app.services.station import update_station

NAMES = ["张三", "李四", "孙八<&>", "周九堃", "吴𠮷㛃", "欧阳\x07秀英", "王五", "赵六", "钱七",
         "郑十", "冯十一", "陈十二"]


def pdftext(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdfpages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines()
                    if line.startswith("Pages:")))


def pdffonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout.splitlines()[2:]
    return [line.split() for line in out]


@pytest.fixture
def station(village: AppContext) -> dict[str, list[str] | str]:
    update_station(village, office_days="每周一、三、五上午", hotline="0739-7321234",
                   address="石江村村部一楼")
    leader = add_cadre(village, CadreInput(name="夏光玉", phone="15817061414",
                                           title="村党支部书记", is_leader=True))
    add_cadre(village, CadreInput(name="秦勇桂", phone="18129804604", title="村委会主任",
                                  is_leader=True))
    liaison = add_cadre(village, CadreInput(name="姚秀田", phone="13331280949",
                                            title="驻村干部"))
    ids = [add_household(village, HouseholdInput(head_name=n, group_number=1 + i % 2))
           for i, n in enumerate(NAMES)]
    assign(village, liaison, ids)
    return {"ids": ids, "leader": leader, "liaison": liaison}


def test_cards_pdf_pages_fonts_text_and_issue_record(village: AppContext, station: dict,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    res = print_cards(village, out)
    assert res.cards == 12
    assert res.pages == pdfpages(out) == 3  # two sheets of fronts, one of backs
    fonts = pdffonts(out)
    assert fonts and all("WenQuanYiMicroHei" in f[0] for f in fonts)
    assert all(f[-5:-2] == ["yes", "yes", "yes"] for f in fonts)  # embedded, subset, unicode
    text = pdftext(out)
    for name in ["张三", "孙八<&>", "周九堃", "吴𠮷㛃", "欧阳秀英"]:
        assert name in text
    assert "姚秀田" in text and "13331280949" in text
    assert "夏光玉" in text and "18129804604" in text  # leaders' phones
    assert "0739-7321234" in text and "每周一、三、五上午" in text
    assert "证照代办" in pdftext(out, 3) and "石江村村部一楼" in pdftext(out, 3)
    assert res.missing_glyphs_summary() == [("㛃𠮷", "吴𠮷㛃")]
    # every card printed is recorded, naming the cadre, with the number on the card
    with village.read() as s:
        hist = [card_history(s, hid) for hid in station["ids"]]
    assert all(len(h) == 1 and h[0].cadre_name == "姚秀田" for h in hist)
    numbers = [h[0].card_no for h in hist]
    assert len(set(numbers)) == 12 and all(n in text for n in numbers)


def test_qr_code_on_the_page_is_the_card_number(village: AppContext, station: dict,
                                                tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    res = print_cards(village, out, household_ids=[station["ids"][0]])
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "pg")], check=True)
    img = Image.open(next(tmp_path.glob("pg*.png"))).convert("L")
    scale = 300 / 72
    matrix = segno.make(res.issued[0].card_no, error="m", mask=0).matrix
    n = len(matrix)
    from reportlab.lib.units import mm

    x0, y0 = _slot(0)
    size = 19 * mm
    qx = x0 + CARD_W - 4 * mm - size
    qtop = y0 + 7 * mm + size  # PDF y of the QR's top edge
    m = size / n
    wrong = 0
    for r in range(n):
        for c in range(n):
            px = (qx + (c + 0.5) * m) * scale
            py = (PAGE_H - (qtop - (r + 0.5) * m)) * scale
            dark = img.getpixel((int(px), int(py))) < 128
            wrong += dark != bool(matrix[r][c])
    assert wrong == 0


def test_duplex_interleaves_mirrored_backs(village: AppContext, station: dict,
                                           tmp_path: Path) -> None:
    out = tmp_path / "duplex.pdf"
    res = print_cards(village, out, duplex=True)
    assert res.pages == pdfpages(out) == 4
    assert "户主" in pdftext(out, 1) and "民事村代办" in pdftext(out, 2)
    assert "户主" in pdftext(out, 3) and "民事村代办" in pdftext(out, 4)
    assert "户主" not in pdftext(out, 2)
    # the back of the left card sits on the right of the back sheet (long-edge flip)
    assert _slot(0, mirrored=True) == _slot(1) and _slot(3, mirrored=True) == _slot(2)
    assert _slot(0)[0] == MARGIN_X and _slot(9)[1] == pytest.approx((PAGE_H - 5 * CARD_H) / 2)


def test_group_selection_and_reissue_after_liaison_change(village: AppContext, station: dict,
                                                          tmp_path: Path) -> None:
    res = print_cards(village, tmp_path / "g.pdf", group="第二组")
    assert res.cards == 6  # names at odd positions are in group 2
    print_cards(village, tmp_path / "all.pdf")
    other = add_cadre(village, CadreInput(name="韦英禾", phone="15798574707"))
    assign(village, other, [station["ids"][2]])
    res = print_cards(village, tmp_path / "re.pdf", reissue_only=True)
    assert res.cards == 1 and res.issued[0].household_id == station["ids"][2]
    assert res.issued[0].cadre_name == "韦英禾"
    assert "韦英禾" in pdftext(tmp_path / "re.pdf", 1)


def test_cli_cards_and_refusals(village: AppContext, station: dict, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(village.store.path)
    out = tmp_path / "c.pdf"
    assert main(["cards", "--db", db, "--out", str(out), "--household", station["ids"][4],
                 station["ids"][5], "--duplex"]) == 0
    cap = capsys.readouterr()
    assert "已生成 2 张联系卡" in cap.out and "𠮷" in cap.err
    assert pdfpages(out) == 2
    missing = tmp_path / "none.pdf"
    assert main(["cards", "--db", db, "--out", str(missing), "--group", "9"]) == 1
    assert "找不到村民小组“9”" in capsys.readouterr().err and not missing.exists()
    with village.read() as s:
        assert all(len(card_history(s, h)) <= 1 for h in station["ids"][6:])
    # an output folder that does not exist is refused before any card is recorded
    assert main(["cards", "--db", db, "--out", str(tmp_path / "no" / "x.pdf")]) == 1
    with village.read() as s:
        assert all(card_history(s, h) == [] for h in station["ids"][6:])


def test_preview_draws_without_recording(village: AppContext, station: dict,
                                         tmp_path: Path) -> None:
    from app.paper.cards_pdf import preview_cards

    out = tmp_path / "preview.pdf"
    seen: list[tuple[int, int]] = []
    res = preview_cards(village, out, station["ids"][:3],
                        on_progress=lambda d, t: seen.append((d, t)) is None)
    assert res.cards == 3 and pdfpages(out) == 2 and seen[-1] == (3, 3)
    assert "打印时编号" in pdftext(out, 1) and "姚秀田" in pdftext(out, 1)
    with village.read() as s:
        assert all(card_history(s, h) == [] for h in station["ids"])


def test_stopping_the_print_voids_the_issues(village: AppContext, station: dict,
                                             tmp_path: Path) -> None:
    from app.paper.files import Cancelled

    out = tmp_path / "stopped.pdf"
    with pytest.raises(Cancelled):
        print_cards(village, out, on_progress=lambda d, t: d < 10)
    assert not out.exists() and list(tmp_path.glob("*.pdf*")) == []
    with village.read() as s:
        assert all(card_history(s, h) == [] for h in station["ids"])
    res = print_cards(village, out)  # numbers of voided cards are not reused
    assert res.issued[0].card_no.endswith("-00013")


def test_township_cards_one_back_sheet_per_village(township: AppContext,
                                                   tmp_path: Path) -> None:
    from datetime import date

    from app.services.demo import fill_demo

    fill_demo(township, households=40, months=1, today=date(2026, 6, 30))
    out = tmp_path / "t.pdf"
    res = print_cards(township, out)
    assert res.cards == 40 and res.pages == pdfpages(out) == 4 + 2
    assert "石江村群众工作站" in pdftext(out, 5) and "黄桥村群众工作站" in pdftext(out, 6)
    front = pdftext(out, 1)
    assert "石江镇石江村" in front.replace(" ", "")
