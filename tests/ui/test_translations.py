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


def test_plurals_are_real_plurals(tmp_path: Path) -> None:
    """A count is ``tr("%n households", "", n)`` with its forms in the catalogues, never the
    "household(s)" string hack; and every English plural has its two forms."""
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    hack = [src for (_ctx, src) in _messages(fresh) if "(s)" in src or "(es)" in src]
    assert not hack, f"write tr('… %n things …', '', n) and give the English forms: {hack}"
    english = _messages(resource_path("translations", "minqing_en.ts"))
    numerus = {k for k, m in _messages(fresh).items() if m.get("numerus") == "yes"}
    assert numerus and numerus <= set(english)
    for key in numerus:
        forms = [f.text or "" for f in english[key].iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), key


def test_both_catalogues_load_and_translate() -> None:
    zh, en = QTranslator(), QTranslator()
    assert zh.load(str(resource_path("translations", "minqing_zh_CN.qm")))
    assert en.load(str(resource_path("translations", "minqing_en.qm")))
    assert zh.translate("MainWindow", "Households") == "农户"
    # The translator picks the plural form; tr() then puts the number in for %n.
    assert zh.translate("HouseholdsPage", "%n households", "", 3) == "共 %n 户"
    assert en.translate("HouseholdsPage", "%n households", "", 1) == "%n household"
    assert en.translate("HouseholdsPage", "%n households", "", 3) == "%n households"


def _build_module():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "translations_build", ROOT / "resources" / "translations" / "build.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _copy_catalogues(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in resource_path("translations").glob("minqing_*.ts"):
        shutil.copy(ts, folder / ts.name)
    return folder


def test_build_fails_on_an_untranslated_string_and_a_fold_fixes_it(
        tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """lupdate keeps the translations and marks a new string unfinished; the check names it
    and fails; folding a JSON catalogue (``Context|source`` wins) fills it and the build
    passes — the step the lead runs after merging a branch that still has a JSON file."""
    build = _build_module()
    folder = _copy_catalogues(tmp_path)
    monkeypatch.setattr(build, "HERE", folder)
    # A string only the copy lacks: drop one message from the Chinese catalogue.
    zh = folder / "minqing_zh_CN.ts"
    tree = ET.parse(zh)
    ctx = next(c for c in tree.getroot().iter("context") if c.findtext("name") == "MainWindow")
    msg = next(m for m in ctx.iter("message") if m.findtext("source") == "Households")
    ctx.remove(msg)
    tree.write(zh, encoding="utf-8", xml_declaration=True)
    assert build.main([]) == 1
    assert "zh_CN MainWindow: Households" in capsys.readouterr().err
    words = folder / "zh_CN.late.json"
    words.write_text('{"Households": "错", "MainWindow|Households": "农户"}', encoding="utf-8")
    assert build.main(["--fold", str(words)]) == 0
    assert not words.exists()  # folded: the .ts is the source of truth again
    qm = QTranslator()
    assert qm.load(str(folder / "minqing_zh_CN.qm"))
    assert qm.translate("MainWindow", "Households") == "农户"
    assert qm.translate("HouseholdsPage", "%n households", "", 2) == "共 %n 户"
    # English carries the plural messages only, each with its two forms.
    en = _messages(folder / "minqing_en.ts")
    assert en and all(m.get("numerus") == "yes" for m in en.values())
    assert all(len(m.findall("translation/numerusform")) == 2 for m in en.values())


def test_a_third_language_is_files_only(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A catalogue dropped next to the others is offered, under its own name, by the language
    list the Settings page and the window use."""
    from ui.i18n import TRANSLATIONS_ENV, current_lang, languages, set_language

    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(resource_path("translations", "minqing_zh_CN.qm"), folder / "minqing_ug_CN.qm")
    assert "ug_CN" not in dict(languages())
    monkeypatch.setenv(TRANSLATIONS_ENV, str(folder))
    found = dict(languages())
    assert found["ug_CN"] == "ئۇيغۇرچە" and found["zh_CN"] == "简体中文"
    assert found["en"] == "English" and list(found)[0] == "zh_CN"
    try:
        set_language("ug_CN")
        assert current_lang() == "ug_CN"
        monkeypatch.delenv(TRANSLATIONS_ENV)
        set_language("ug_CN")  # its files gone: the default language, not a blank window
        assert current_lang() == "zh_CN"
    finally:
        set_language("zh_CN")


def test_a_third_language_gets_its_own_month_names(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import QDate, QLocale

    from ui.i18n import TRANSLATIONS_ENV, fmt_date, set_language

    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(resource_path("translations", "minqing_zh_CN.qm"), folder / "minqing_ug_CN.qm")
    monkeypatch.setenv(TRANSLATIONS_ENV, str(folder))
    try:
        set_language("ug_CN")
        d = date(2026, 12, 4)
        month = QLocale("ug_CN").monthName(12, QLocale.FormatType.ShortFormat)
        assert fmt_date(d) == QLocale("ug_CN").toString(QDate(2026, 12, 4), "d MMM yyyy")
        assert month in fmt_date(d) and "Dec" not in fmt_date(d)
        set_language("en")
        assert fmt_date(d) == "4 Dec 2026"
    finally:
        set_language("zh_CN")
    assert fmt_date(date(2026, 12, 4)) == "2026年12月4日"
