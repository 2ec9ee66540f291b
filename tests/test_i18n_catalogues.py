"""The gettext catalogues of app/, sync/ and the CLI (issue 10).

- zh_CN translates every msgid of the template, with the same placeholders;
- the committed template, .po and .mo are what the fold tool would write now (nothing stale);
- no (zh, en) pair or Chinese literal is left in the registries, the CLI or sync;
- a third language is files only: a pseudo-locale written at test time into a temporary folder
  named by ``MINQING_LOCALE_DIR`` wraps every string in ⟦…⟧, and every message, field, label, CLI
  help and CLI run in it shows only wrapped text besides data.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from app import i18n
from app.cli import build_parser, main
from resources.locale import fold

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
PSEUDO = "qps"  # Microsoft's pseudo-locale code: no real language uses it
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sdr]|%[sdr]")


def catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp, locale=locale)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


# ---- the committed catalogues ----------------------------------------------------------------

def test_zh_cn_translates_every_msgid() -> None:
    template = catalog(LOCALE / "minqing.pot")
    zh = catalog(LOCALE / "zh_CN" / "LC_MESSAGES" / "minqing.po", "zh_CN")
    missing = []
    for m in template:
        if not m.id:
            continue
        t = zh.get(m.id, context=m.context)
        strings = (t.string if isinstance(t.string, (list, tuple)) else [t.string]) if t else [""]
        if not all(strings):
            missing.append((m.context, m.id))
    assert not missing, f"zh_CN lacks {len(missing)} translations: {missing}"
    assert len(template) > 500  # the registries, the CLI helps and words, argparse's own


def test_placeholders_match_between_msgid_and_translation() -> None:
    zh = catalog(LOCALE / "zh_CN" / "LC_MESSAGES" / "minqing.po", "zh_CN")
    wrong = []
    for m in zh:
        if not m.id:
            continue
        ids = list(m.id) if isinstance(m.id, (list, tuple)) else [m.id]
        strings = list(m.string) if isinstance(m.string, (list, tuple)) else [m.string]
        want = placeholders(ids[-1])  # the plural form names every placeholder
        for s in strings:
            if placeholders(s) != want:
                wrong.append((ids[-1], s))
    assert not wrong, wrong


def test_committed_catalogues_are_current() -> None:
    """A changed English text, or a new gettext call, without re-running the fold tool fails
    here (the .pot, .po and the compiled .mo the app reads are compared byte for byte)."""
    stale = [str(path.relative_to(ROOT)) for path, data in fold.plan(check=True).items()
             if not path.is_file() or path.read_bytes() != data]
    assert not stale, f"run `python resources/locale/fold.py`: {stale}"


def test_no_pairs_or_chinese_literals_left_in_code() -> None:
    assert not fold.pairs_in((ROOT / "app" / "i18n.py").read_text(encoding="utf-8"))
    found = []
    for path in [*sorted((ROOT / "app" / "cli").glob("*.py")), *sorted((ROOT / "sync").glob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                      and n.body and isinstance(n.body[0], ast.Expr)
                      and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and CJK.search(node.value) and id(node) not in docstrings):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert not found, "\n".join(found)


# ---- fallbacks and plurals -------------------------------------------------------------------

def test_languages_and_fallbacks() -> None:
    assert i18n.available_languages()[:2] == ["zh_CN", "en"]
    assert i18n.tr("required", "en") == "must not be empty"
    assert i18n.tr("required", "en_GB.UTF-8") == "must not be empty"
    assert i18n.tr("required", "zh_CN") == "不能为空"
    assert i18n.tr("required", "zh") == "不能为空"
    assert i18n.tr("required", "xx") == "不能为空"  # unknown: the default language, as before
    assert i18n.tr("no_such_key", "en") == "no_such_key"


def test_plural_messages_use_the_count() -> None:
    assert i18n.tr("validation_failed", "en", count=1) == "1 field needs correcting"
    assert i18n.tr("validation_failed", "en", count=4) == "4 fields need correcting"
    assert i18n.tr("validation_failed", "zh_CN", count=4) == "有 4 处填写有误"
    assert i18n.tr("duty_groups_without_box", "en", n=1) == "1 group has no box yet"


def test_contexts_keep_two_chinese_words_for_one_english() -> None:
    assert (i18n.field_label("phone", "zh_CN"), i18n.label("phone", "zh_CN")) == ("联系电话", "电话")
    assert i18n.field_label("phone", "en") == i18n.label("phone", "en") == "Phone"
    assert i18n.code_for_label("电话") == "phone" and i18n.code_for_label("dispute") == "dispute"


def test_unfolded_pairs_still_render_until_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(i18n.MESSAGES, "merged_late", ("晚到的{x}", "late {x}"))
    assert i18n.tr("merged_late", "zh_CN", x=1) == "晚到的1"
    assert i18n.tr("merged_late", "en", x=1) == "late 1"


def test_fold_rewrites_pairs_and_keeps_both_translations_of_one_english() -> None:
    zh = Catalog(locale="zh_CN")
    zh.add("Phone", "联系电话")
    source = ('MESSAGES: dict[str, Entry] = {\n'
              '    # --- h2/other ---\n'
              '    "other_new": ("新的{n}条", "{n} new"),\n'
              '    "other_phone": (\n        "电话",\n        "Phone",\n    ),\n'
              '}\n')
    out, count = fold.fold(source, zh)
    assert count == 2
    assert '"other_new": N_("{n} new"),' in out and "# --- h2/other ---" in out
    assert 'NC_("other_phone", "Phone")' in out
    ast.parse(out)
    assert zh.get("{n} new").string == "新的{n}条"
    assert zh.get("Phone").string == "联系电话"
    assert zh.get("Phone", context="other_phone").string == "电话"


# ---- a third language as files only: the pseudo-locale ---------------------------------------

def wrap(text: str) -> str:
    tail = "\n" if text.endswith("\n") else ""
    return f"⟦{text.removesuffix(tail)}⟧{tail}" if text.strip() else text


@pytest.fixture
def pseudo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``qps/LC_MESSAGES/minqing.mo`` made from the template, in a folder outside the tree."""
    template = catalog(LOCALE / "minqing.pot")
    out = Catalog(locale="en", domain="minqing")  # English plural rule: two forms
    for m in template:
        if not m.id:
            continue
        if isinstance(m.id, (list, tuple)):
            out.add(m.id, tuple(wrap(x) for x in m.id), context=m.context)
        else:
            out.add(m.id, wrap(m.id), context=m.context)
    folder = tmp_path / "locale"
    mo = folder / PSEUDO / "LC_MESSAGES" / "minqing.mo"
    mo.parent.mkdir(parents=True)
    buf = io.BytesIO()
    write_mo(buf, out)
    mo.write_bytes(buf.getvalue())
    monkeypatch.setenv(i18n.LOCALE_DIR_ENV, str(folder))
    saved = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    yield folder
    argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def strip_wrapped(text: str) -> str:
    """Remove ⟦…⟧ (innermost first: a field error wraps a wrapped field and reason)."""
    while True:
        new = re.sub(r"⟦[^⟦⟧]*⟧", "", text)
        if new == text:
            return new
        text = new


def wrapped(text: str) -> bool:
    return text.startswith("⟦") and text.rstrip("\n").endswith("⟧") and strip_wrapped(text) == ""


def params_for(entry: i18n.Entry) -> dict[str, object]:
    text = entry.plural if isinstance(entry, i18n.Plural) else str(entry)
    return {name.split(".")[0].split("[")[0]: 7 for _, name, _, _ in string.Formatter().parse(text) if name}


def test_pseudo_locale_is_listed_and_renders_every_message(pseudo: Path) -> None:
    assert PSEUDO in i18n.available_languages()
    bad = [key for key, entry in i18n.MESSAGES.items()
           if not wrapped(i18n.tr(key, PSEUDO, **params_for(entry)))]
    bad += [f"field {k}" for k in i18n.FIELDS if not wrapped(i18n.field_label(k, PSEUDO))]
    bad += [f"label {k}" for k in i18n.LABELS if not wrapped(i18n.label(k, PSEUDO))]
    assert not bad, bad
    assert i18n.tr("validation_failed", PSEUDO, count=1) == "⟦1 field needs correcting⟧"
    assert i18n.code_for_label("⟦Dispute⟧") == "dispute"


def walk(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str | None]]:
    """(where, help) for every action of the parser and of every sub-parser, all the way down."""
    for action in parser._actions:
        if action.help != argparse.SUPPRESS:
            yield f"{parser.prog} {'/'.join(action.option_strings) or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield f"{parser.prog} {choice.dest}", choice.help
            for sub in dict.fromkeys(action.choices.values()):
                yield from walk(sub)


def test_every_cli_help_is_in_the_pseudo_locale(pseudo: Path) -> None:
    from app.cli.text import use_language

    use_language(PSEUDO)
    helps = list(walk(build_parser()))
    assert len(helps) > 150
    bad = [(where, text) for where, text in helps if text is not None and not wrapped(text)]
    assert not bad, bad


def allowed_words(parser: argparse.ArgumentParser) -> set[str]:
    """Words --help prints that are data, not text: option names, metavars, command names."""
    words = {"minqing", "h", "help", PSEUDO, "zh_CN", "en", "db", "postgresql", "psycopg", "xlsx", "pdf"}
    for action in parser._actions:
        for opt in action.option_strings:
            words.update(w for w in re.split(r"[-_]", opt) if w)
        words.update(re.split(r"[-_]", action.dest))
        if action.choices:
            for c in action.choices:
                words.update(re.split(r"[-_]", str(c)))
    return {w.lower() for w in words}


def leftover_words(text: str, allowed: set[str]) -> list[str]:
    rest = strip_wrapped(text)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z_]+", rest)
            if w.lower() not in allowed and not w.isupper()]


def test_cli_help_prints_only_wrapped_text(pseudo: Path) -> None:
    env = {**__import__("os").environ, i18n.LOCALE_DIR_ENV: str(pseudo)}
    for argv in (["--lang", PSEUDO, "--help"], ["--lang", PSEUDO, "batch", "import", "--help"],
                 ["roster", "import", "--help", "--lang", PSEUDO]):
        run = subprocess.run([sys.executable, "-m", "app", *argv], capture_output=True, text=True,
                             env=env, cwd=ROOT, timeout=60)
        assert run.returncode == 0, run.stderr
        assert "⟦usage: ⟧" in run.stdout and "⟦show this help message and exit⟧" in run.stdout
        allowed = allowed_words(build_parser())
        for a in build_parser()._actions:
            if isinstance(a, argparse._SubParsersAction):
                for sub in a.choices.values():
                    allowed |= allowed_words(sub)
                    for b in sub._actions:
                        if isinstance(b, argparse._SubParsersAction):
                            for subsub in b.choices.values():
                                allowed |= allowed_words(subsub)
        assert not leftover_words(run.stdout, allowed), (argv, run.stdout)
        assert not CJK.search(run.stdout), run.stdout


def test_cli_runs_print_only_wrapped_text(pseudo: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "v.sqlite3")
    station = ["--kind", "village", "--code", "430525101201", "--name", "Shijiang"]
    assert main(["--lang", PSEUDO, "init", "--db", db, *station]) == 0
    capsys.readouterr()
    assert main(["--lang", PSEUDO, "demo", "--db", db, "--households", "20", "--months", "2"]) == 0
    capsys.readouterr()
    data = {"shijiang", "stats", "check", "init", "calendar", "show"}  # names, commands
    runs = [
        (["--lang", PSEUDO, "stats", "--db", db, "--month", "2026-01"], 0),
        (["--lang", PSEUDO, "check", "--db", db], 0),
        (["--lang", PSEUDO, "calendar", "show", "--db", db, "--year", "2026"], 0),
        (["--lang", PSEUDO, "init", "--db", db, *station], 1),  # refused: already a station
        (["--lang", PSEUDO, "stats", "--db", db, "--month", "2026-13"], 1),  # refused: bad month
        (["--lang", PSEUDO, "stats", "--db", db], 2),  # usage error: argparse's words, ours
    ]
    for argv, want in runs:
        try:
            code = main(argv)
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert code == want, (argv, out, err)
        text = out + err
        assert "⟦" in text, (argv, text)
        left = leftover_words(text, data | {"minqing", "db", "month", "json", "user", "h", PSEUDO, "sub"})
        assert not left, (argv, left, text)
        if "calendar" not in argv:  # the holiday names (春节 …) are data from the table
            assert not CJK.search(text), (argv, text)


def test_self_test_names_a_missing_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle built without ``resources/locale/*.mo`` fails its self-test instead of speaking
    English to a Chinese clerk."""
    from app.selftest import SelfTest

    assert SelfTest.catalogues() == "zh_CN,en"
    monkeypatch.setattr(i18n, "_bundled_dir", lambda: tmp_path)
    with pytest.raises(RuntimeError, match="no gettext catalogue for zh_CN"):
        SelfTest.catalogues()


def test_fold_rewrites_bilingual_cli_helps() -> None:
    zh = Catalog(locale="zh_CN")
    source = ('"""A CLI group merged from a branch that still wrote bilingual helps."""\n\n'
              "from __future__ import annotations\n\nimport argparse\n\n\n"
              "def register(sub: argparse._SubParsersAction) -> None:\n"
              '    p = sub.add_parser("tally", help="合计 / add it up")\n'
              '    p.add_argument("--since", help="起始日期（含）/ first day, included")\n'
              '    p.add_argument("--odd", help="只有中文")\n'
              '    p.add_argument("--day", help="日期（默认今天 / default today）")\n')
    out, count, odd = fold.fold_helps(source, zh)
    assert count == 2 and odd == ["只有中文", "日期（默认今天 / default today）"]
    assert 'help=_("add it up")' in out and 'help=_("first day, included")' in out
    assert "from app.cli.text import _\n" in out
    ast.parse(out)
    assert zh.get("add it up").string == "合计" and zh.get("first day, included").string == "起始日期（含）"


def test_run_time_needs_only_the_stdlib_gettext(pseudo: Path) -> None:
    """babel is for development: the CLI (and the frozen bundle) read .mo files with the stdlib."""
    env = {**__import__("os").environ, i18n.LOCALE_DIR_ENV: str(pseudo)}
    code = ("import sys, contextlib, io\nfrom app.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n        main(['--lang', 'qps', 'stats', '--help'])\n"
            "    except SystemExit:\n        pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_lang_choices_are_the_catalogues_found(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--lang", PSEUDO, "stats", "--month", "2026-01"])  # no qps catalogue here
    assert exc.value.code == 2
    assert "'qps'" in capsys.readouterr().err
