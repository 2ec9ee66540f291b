"""Keep the gettext catalogues in step with the code: fold, extract, update, compile.

Run from the repository (development only; needs the dev dependency ``babel``)::

    python3 -m uv run python resources/locale/fold.py          # rewrite files
    python3 -m uv run python resources/locale/fold.py --check  # exit 1 if anything is stale

What it does, in order:

1. **Fold**: bilingual argparse texts ``help="中文 / English"`` in ``app/cli/*.py`` become
   ``_("English")``; every ``(zh, en)`` pair still written in ``MESSAGES``, ``FIELDS`` or ``LABELS`` of
   ``app/i18n.py`` (for instance a ``# --- h2/<name> ---`` block merged from another branch) is
   rewritten in place to ``N_("en")`` and its Chinese goes into ``zh_CN/LC_MESSAGES/minqing.po``.
   If that English text already has a *different* Chinese translation, the entry becomes
   ``NC_("<key>", "en")`` (a gettext context), so neither translation is lost.
2. **Extract** the messages of ``app/`` and ``sync/`` (``babel.cfg``; keywords ``N_``, ``NC_``,
   ``NP_``, ``_``, ``gettext``, ``ngettext``, ``pgettext``) into ``resources/locale/minqing.pot``
   — the same as ``pybabel extract -F babel.cfg -k NC_:1c,2 -k NP_:1,2 -o resources/locale/minqing.pot .``
3. **Update** each ``<lang>/LC_MESSAGES/minqing.po`` from the template (new msgids added
   untranslated, vanished ones dropped; no fuzzy guessing) — like ``pybabel update``.
4. **Compile** each ``.po`` to the ``.mo`` the app reads at run time — like ``pybabel compile``.

Every file is written to a temporary name and renamed, so an interrupted run leaves the old file.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
I18N = ROOT / "app" / "i18n.py"
DOMAIN = "minqing"
REGISTRIES = ("MESSAGES", "FIELDS", "LABELS")
DEFAULT = "zh_CN"
KEYWORDS: dict[str, Any] = {
    "_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2),
    "N_": None, "NC_": ((1, "c"), 2), "NP_": (1, 2),
}
LINE = 110


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fp:
            fp.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---- 1. fold ---------------------------------------------------------------------------------

def pairs_in(source: str) -> list[tuple[str, str, str, ast.Tuple]]:
    """``(key, zh, en, node)`` for every two-string tuple value in the registries."""
    out = []
    for node in ast.parse(source).body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None)
        if not (isinstance(target, ast.Name) and target.id in REGISTRIES):
            continue
        value = node.value
        if not isinstance(value, ast.Dict):
            continue
        for k, v in zip(value.keys, value.values, strict=True):
            if (isinstance(k, ast.Constant) and isinstance(k.value, str) and isinstance(v, ast.Tuple)
                    and len(v.elts) == 2
                    and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in v.elts)):
                zh, en = (e.value for e in v.elts)  # type: ignore[attr-defined]
                out.append((k.value, zh, en, v))
    return out


def _literal_lines(text: str, width: int) -> list[str]:
    """``text`` as one or more Python string literals, each at most ``width`` wide."""
    whole = json.dumps(text, ensure_ascii=False)
    if len(whole) <= width:
        return [whole]
    chunks, current = [], ""
    for word in text.split(" "):
        piece = word if not current else " " + word
        if current and len(json.dumps(current + piece, ensure_ascii=False)) > width:
            chunks.append(current + " ")
            current = word
        else:
            current += piece
    chunks.append(current)
    return [json.dumps(c, ensure_ascii=False) for c in chunks]


def marker(key: str, en: str, context: bool, column: int) -> str:
    """Source text replacing a pair: ``N_("en")`` or ``NC_("key", "en")``, wrapped to fit."""
    opening = f'NC_({json.dumps(key)}, ' if context else "N_("
    indent = column + len(opening)
    lines = _literal_lines(en, LINE - indent - 2)
    return opening + ("\n" + " " * indent).join(lines) + ")"


def fold(source: str, zh_catalog: Catalog) -> tuple[str, int]:
    """Rewrite the pairs of ``source`` to markers, adding their Chinese to ``zh_catalog``."""
    pairs = pairs_in(source)
    if not pairs:
        return source, 0
    known: dict[str, str] = {m.id: m.string for m in zh_catalog if isinstance(m.id, str) and m.id
                             and not m.context and isinstance(m.string, str)}
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(lineno: int, col_bytes: int) -> int:
        line = lines[lineno - 1]
        return starts[lineno - 1] + len(line.encode("utf-8")[:col_bytes].decode("utf-8"))

    edits = []
    for key, zh, en, node in pairs:
        context = en in known and known[en] != zh
        if context:
            zh_catalog.add(en, zh, context=key)
        else:
            known[en] = zh
            zh_catalog.add(en, zh)
        col = len(lines[node.lineno - 1].encode("utf-8")[:node.col_offset].decode("utf-8"))
        edits.append((offset(node.lineno, node.col_offset),
                      offset(node.end_lineno or node.lineno, node.end_col_offset or 0),
                      marker(key, en, context, col)))
    for begin, end, text in sorted(edits, reverse=True):
        source = source[:begin] + text + source[end:]
    return source, len(pairs)


CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
HELP_IMPORT = "from app.cli.text import _\n"


def _bilingual(text: str) -> tuple[str, str] | None:
    """``"中文 / English"`` → (zh, en); None for anything else."""
    parts = re.split(r"\s?/ ", text)
    if len(parts) == 2 and CJK.search(parts[0]) and not CJK.search(parts[1]) and all(
            p.count("(") + p.count("（") == p.count(")") + p.count("）") for p in parts):
        return parts[0].strip(), parts[1].strip()
    return None  # e.g. "YYYY-MM-DD（默认今天 / default today）": a person splits it


def fold_helps(source: str, zh_catalog: Catalog) -> tuple[str, int, list[str]]:
    """Rewrite bilingual argparse texts ``help="中文 / English"`` (and ``description=``) of a CLI
    module to ``_("English")``, the Chinese into ``zh_catalog``. Returns the new source, the
    count, and the Chinese texts it could not split (left for a person)."""
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(lineno: int, col_bytes: int) -> int:
        return starts[lineno - 1] + len(lines[lineno - 1].encode("utf-8")[:col_bytes].decode("utf-8"))

    edits, odd = [], []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        for kw in node.keywords:
            v = kw.value
            if not (kw.arg in ("help", "description") and isinstance(v, ast.Constant)
                    and isinstance(v.value, str) and CJK.search(v.value)):
                continue
            pair = _bilingual(v.value)
            if pair is None:
                odd.append(v.value)
                continue
            zh, en = pair
            known = zh_catalog.get(en)
            if known is None:
                zh_catalog.add(en, zh)
            elif not known.string:
                known.string = zh
            col = len(lines[v.lineno - 1].encode("utf-8")[:v.col_offset].decode("utf-8"))
            text = "_(" + ("\n" + " " * (col + 2)).join(_literal_lines(en, LINE - col - 4)) + ")"
            edits.append((offset(v.lineno, v.col_offset),
                          offset(v.end_lineno or v.lineno, v.end_col_offset or 0), text))
    for begin, end, text in sorted(edits, reverse=True):
        source = source[:begin] + text + source[end:]
    if edits and HELP_IMPORT not in source:
        head = "from __future__ import annotations\n"
        at = source.index(head) + len(head) if head in source else 0
        source = source[:at] + "\n" + HELP_IMPORT + source[at:]  # `ruff check --fix` sorts it
    return source, len(edits), odd


# ---- 2.–4. extract, update, compile ----------------------------------------------------------

def extract() -> Catalog:
    with (ROOT / "babel.cfg").open(encoding="utf-8") as fp:
        method_map, options_map = parse_mapping_cfg(fp)
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    template = Catalog(project="Minqing", version=version, domain=DOMAIN, charset="utf-8",
                       msgid_bugs_address="", copyright_holder="Minqing",
                       header_comment="# Template of every msgid in app/ and sync/ (babel.cfg).\n"
                                      "# Made by resources/locale/fold.py; do not edit.\n#")
    for filename, lineno, message, comments, context in extract_from_dir(
            str(ROOT), method_map, options_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True):
        template.add(message, None, [(filename.replace(os.sep, "/"), lineno)],
                     auto_comments=comments, context=context)
    return template


def po_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, catalog, width=100, ignore_obsolete=True, omit_header=False, sort_output=False,
             include_lineno=False)
    return buf.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp, locale=locale, domain=DOMAIN)


def languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def _stable_dates(new: Catalog, old_path: Path) -> None:
    """Keep the header dates of the file on disk, so a run that changes nothing diffs nothing."""
    if old_path.is_file():
        old = read_catalog(old_path)
        new.creation_date = old.creation_date
        new.revision_date = old.revision_date


def plan(check: bool) -> dict[Path, bytes]:
    """Every file the run would write, with its new contents."""
    out: dict[Path, bytes] = {}
    zh_po = LOCALE / DEFAULT / "LC_MESSAGES" / f"{DOMAIN}.po"
    zh = read_catalog(zh_po, DEFAULT) if zh_po.is_file() else Catalog(locale=DEFAULT, domain=DOMAIN)
    source = I18N.read_text(encoding="utf-8")
    folded, count = fold(source, zh)
    if count:
        out[I18N] = folded.encode("utf-8")
        if not check:
            _atomic_write(I18N, out[I18N])  # the extraction below reads the folded file
        print(f"folded {count} (zh, en) pairs from {I18N.relative_to(ROOT)}")
    for cli in sorted((ROOT / "app" / "cli").glob("*.py")):
        if cli.name == "text.py":
            continue
        new, n, odd = fold_helps(cli.read_text(encoding="utf-8"), zh)
        for text in odd:
            print(f"{cli.relative_to(ROOT)}: cannot split {text!r}; write _(\"English\") by hand",
                  file=sys.stderr)
        if n:
            out[cli] = new.encode("utf-8")
            if not check:
                _atomic_write(cli, out[cli])
            print(f"folded {n} bilingual helps in {cli.relative_to(ROOT)}")
    template = extract()
    pot = LOCALE / f"{DOMAIN}.pot"
    _stable_dates(template, pot)
    out[pot] = po_bytes(template)
    catalogs = {DEFAULT: zh}
    for lang in languages():
        if lang != DEFAULT:
            catalogs[lang] = read_catalog(LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po", lang)
    for lang, catalog in catalogs.items():
        po = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.fuzzy = False
        catalog.project, catalog.version = "Minqing", template.version
        catalog.language_team = f"{lang} (resources/locale/README.md)"
        catalog.header_comment = (f"# {lang} translations of Minqing's services, sync and CLI.\n"
                                  "# Edit msgstr only; then run resources/locale/fold.py.\n#")
        out[po] = po_bytes(catalog)
        out[po.with_suffix(".mo")] = mo_bytes(catalog)
    return out


def untranslated(lang: str) -> list[str]:
    catalog = read_catalog(LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po", lang)
    return [str(m.id) for m in catalog if m.id and not (
        all(m.string) if isinstance(m.string, (list, tuple)) else m.string)]


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a file is stale or a zh_CN text is missing")
    args = parser.parse_args(list(argv) if argv is not None else None)
    stale = []
    for path, data in plan(args.check).items():
        if path.is_file() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            _atomic_write(path, data)
    for path in stale:
        print(("stale: " if args.check else "wrote ") + str(path.relative_to(ROOT)))
    missing = untranslated(DEFAULT) if (LOCALE / DEFAULT).is_dir() else []
    for msgid in missing:
        print(f"{DEFAULT} has no translation for: {msgid!r}", file=sys.stderr)
    return 1 if (args.check and stale) or missing else 0


if __name__ == "__main__":
    sys.exit(main())
