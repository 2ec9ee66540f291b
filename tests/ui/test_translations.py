"""Every string the window shows goes through Qt's translator and has its Chinese translation
in the shipped catalogue; both .qm files ship and load."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from app.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def test_catalogue_covers_every_string_in_ui(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate ships with pyside6-essentials"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    extracted = _messages(fresh)
    shipped = _messages(resource_path("translations", "minqing_zh_CN.ts"))
    assert len(extracted) > 150
    missing = [k for k in extracted if k not in shipped]
    assert not missing, f"run resources/translations/build.py: {missing[:5]}"
    for key, msg in shipped.items():
        tr = msg.find("translation")
        assert tr is not None and tr.get("type") is None, key
        text = "".join(tr.itertext()).strip()
        assert text, key


def test_both_catalogues_load_and_translate() -> None:
    zh, en = QTranslator(), QTranslator()
    assert zh.load(str(resource_path("translations", "minqing_zh_CN.qm")))
    assert en.load(str(resource_path("translations", "minqing_en.qm")))
    assert zh.translate("MainWindow", "Households") == "农户"
    # The translator picks the plural form; tr() then puts the number in for %n.
    assert zh.translate("HouseholdsPage", "%n households", "", 3) == "共 %n 户"
    assert en.translate("HouseholdsPage", "%n households", "", 1) == "%n household"
    assert en.translate("HouseholdsPage", "%n households", "", 3) == "%n households"
