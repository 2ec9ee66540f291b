"""Rebuild the window's translation catalogues: ``python3 -m uv run python resources/translations/build.py``.

The ``.ts`` files are the source of truth; edit them with Qt Linguist
(``.venv/bin/pyside6-linguist resources/translations/minqing_zh_CN.ts``) or any XML editor.

1. ``pyside6-lupdate`` extracts every ``tr()``/``translate()`` string of ``ui/`` into each
   ``minqing_<lang>.ts`` found here. Existing translations are kept, new strings come in marked
   *unfinished*, strings gone from the code are dropped (``-no-obsolete``).
   English is the source language: ``minqing_en.ts`` holds only the plural (``%n``) messages,
   with their real English forms (one, other) (``-pluralonly``); every other English text is
   the source itself.
2. A check fails (exit 1), listing them, on any unfinished or empty translation — in every
   language other than English, and in the English plural forms — so none ships untranslated.
3. ``pyside6-lrelease`` compiles each ``.ts`` to ``minqing_<lang>.qm``.

A third language is files only: copy ``minqing_zh_CN.ts`` to ``minqing_<lang>.ts``, set its
``language`` attribute, translate, run this script; ``ui.i18n`` offers every language with a
``.qm`` here (no code change).

Folding a JSON catalogue (for merges): branches of the 2026 sessions kept their Chinese in
``zh_CN.<name>.json`` (source → translation; a key ``Context|source`` wins over a plain
``source``; a list value gives the forms of a plural message, e.g. in ``en.<name>.json``
``{"%n days late": ["%n day late", "%n days late"]}``). After merging such a branch, take this
branch's ``.ts``/``.qm`` where they conflict, then run::

    python3 -m uv run python resources/translations/build.py --fold resources/translations/zh_CN.<name>.json

(``--fold`` with no file folds every ``*.json`` here). It extracts first, so the new strings
exist; writes the JSON's translations into ``minqing_<lang>.ts`` (``<lang>`` is the file name's
first part), marked finished; deletes the JSON (``--keep`` keeps it); then checks and compiles
as above. A new plural the check still lists in ``en`` needs its English forms (Linguist, or an
``en.<name>.json`` folded the same way).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE_LANG = "en"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def catalogues() -> list[Path]:
    """Every ``minqing_<lang>.ts`` here: the languages are whatever files exist."""
    return sorted(HERE.glob("minqing_*.ts"))


def lang_of(ts: Path) -> str:
    return ts.stem.removeprefix("minqing_")


def extract(ts: Path) -> None:
    lang = lang_of(ts)
    args = ["pyside6-lupdate", *sources(), "-no-obsolete", "-locations", "relative",
            "-source-language", SOURCE_LANG, "-target-language", lang, "-ts", str(ts)]
    if lang == SOURCE_LANG:
        args.insert(1, "-pluralonly")
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    """Written to a temporary name, then renamed: a crash leaves the old catalogue whole."""
    fd, tmp = tempfile.mkstemp(dir=ts.parent, prefix=ts.name, suffix=".tmp")
    os.close(fd)
    try:
        tree.write(tmp, encoding="utf-8", xml_declaration=True)
        os.replace(tmp, ts)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def fold(ts: Path, words: dict[str, str | list[str]]) -> int:
    """Write ``words`` (``source`` or ``Context|source`` → translation) into ``ts``; returns
    how many messages got a translation. A plural message takes a list of its forms (English:
    one, other) or one text for each of its forms (Chinese has one form)."""
    tree = ET.parse(ts)
    done = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            text = words.get(f"{name}|{src}", words.get(src))
            tr = msg.find("translation")
            if text is None or tr is None:
                continue
            tr.attrib.pop("type", None)
            forms = tr.findall("numerusform")
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                texts = text if isinstance(text, list) else [text] * max(len(forms), 1)
                for form in texts:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = text if isinstance(text, str) else text[0]
            done += 1
    _write(tree, ts)
    return done


def unfinished(ts: Path) -> list[str]:
    """``Context: source`` of every message without a finished, non-empty translation (for
    English, the source language, only plural messages count)."""
    lang = lang_of(ts)
    missing = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            numerus = msg.get("numerus") == "yes"
            if lang == SOURCE_LANG and not numerus:
                continue
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            texts = [f.text or "" for f in tr.findall("numerusform")] if numerus \
                else [tr.text or ""]
            if tr.get("type") == "unfinished" or not texts or not all(t.strip() for t in texts):
                missing.append(f"{lang} {name}: {msg.findtext('source')}")
    return missing


def compile_qm(ts: Path) -> None:
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   cwd=ROOT, check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fold", nargs="*", type=Path, default=None, metavar="JSON",
                        help="<lang>.<name>.json files to merge into the .ts, then delete "
                             "(no file named: every *.json here)")
    parser.add_argument("--keep", action="store_true", help="keep the folded JSON files")
    args = parser.parse_args(argv)
    lying = sorted(HERE.glob("*.json"))
    folding: list[Path] = [] if args.fold is None else (args.fold or lying)
    for ts in catalogues():
        extract(ts)
    for path in folding:
        lang = path.name.split(".")[0]
        ts = HERE / f"minqing_{lang}.ts"
        if not ts.is_file():
            print(f"no catalogue {ts.name} for {path.name}", file=sys.stderr)
            return 1
        n = fold(ts, json.loads(path.read_text(encoding="utf-8")))
        print(f"{path.name}: {n} translations folded into {ts.name}")
        extract(ts)  # back into lupdate's own layout
        if not args.keep:
            path.unlink()
    missing = [m for ts in catalogues() for m in unfinished(ts)]
    for ts in catalogues():
        compile_qm(ts)
    if missing:
        print("untranslated:\n  " + "\n  ".join(missing), file=sys.stderr)
        left = [p.name for p in lying if p.exists()]
        if left:
            print("JSON catalogues not folded yet (run with --fold): " + ", ".join(left),
                  file=sys.stderr)
        return 1
    print("translations built: " + ", ".join(lang_of(ts) for ts in catalogues()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
