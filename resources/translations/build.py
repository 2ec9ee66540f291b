"""Rebuild the translation catalogues: ``uv run python resources/translations/build.py``.

1. ``pyside6-lupdate`` extracts every ``tr()``/``translate()`` string of ``ui/`` into
   ``minqing_zh_CN.ts`` and ``minqing_en.ts``;
2. the Chinese words come from ``zh_CN.json`` (source → translation; a key ``Context|source``
   wins over a plain ``source``), English is the source itself with plural forms made from
   "(s)";
3. ``pyside6-lrelease`` compiles both to ``.qm``.

Fails (exit 1) listing any string without a Chinese translation, so none ships untranslated.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def english_plural(text: str) -> list[str]:
    one = text.replace("(s)", "").replace("households now have", "household now has")
    return [one, text.replace("(s)", "s")]


def fill(ts: Path, lang: str, zh: dict[str, str]) -> list[str]:
    tree = ET.parse(ts)
    missing: list[str] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            assert tr is not None
            numerus = msg.get("numerus") == "yes"
            if lang == "zh_CN":
                text = zh.get(f"{name}|{src}", zh.get(src))
                if text is None:
                    missing.append(f"{name}: {src}")
                    continue
                forms = [text]
            else:
                forms = english_plural(src) if numerus else [src]
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if numerus:
                for f in forms:
                    ET.SubElement(tr, "numerusform").text = f
            else:
                tr.text = forms[0]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    # zh_CN.json plus one zh_CN.<area>.json per area of the window (cards, exchange, …), so
    # work on different screens does not collide in one file.
    zh: dict[str, str] = {}
    for part in [HERE / "zh_CN.json", *sorted(HERE.glob("zh_CN.*.json"))]:
        zh.update(json.loads(part.read_text(encoding="utf-8")))
    missing: list[str] = []
    for lang in ("zh_CN", "en"):
        ts = HERE / f"minqing_{lang}.ts"
        subprocess.run(["pyside6-lupdate", *sources(), "-no-obsolete", "-target-language",
                        lang, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
        missing += fill(ts, lang, zh)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True, capture_output=True)
    if missing:
        print("untranslated:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    print("translations built")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
