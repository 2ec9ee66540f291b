"""Imports point one way: models ← app ← sync ← app.services.exchange ← ui, and the entry
points (the CLI, ``python -m app``, the self-test) above all of them; nothing outside ui
imports Qt; ui holds no SQL, never imports sync and opens no new database sessions."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("models", "app", "sync", "ui")
# Composition roots: they start the window, run the commands, wire everything together, so
# they may import every layer (app/cli/gui.py starts ui, app/cli/batch.py calls the exchange).
ENTRY = ("app/cli/", "app/__main__.py", "app/selftest.py")
# The one app module that sits above sync: the service the window and the CLI call for
# exchange, pairing and status (issue 10). Nothing sync imports may import it.
EXCHANGE = "app/services/exchange.py"


def _imports(package: str) -> dict[str, set[str]]:
    """File → top-level names it imports (anywhere in the file, lazy imports included)."""
    return {path: {m.split(".")[0] for m in mods} for path, mods in _modules(package).items()}


def _modules(package: str) -> dict[str, set[str]]:
    """File → full dotted module names it imports (``from a.b import c`` gives ``a.b`` and
    ``a.b.c``, since ``c`` may be a module)."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{a.name}" for a in node.names)
        found[path.relative_to(ROOT).as_posix()] = names
    return found


def _unit_of_file(path: str) -> str:
    if path.startswith(ENTRY):
        return "entry"
    if path == EXCHANGE:
        return "app.services.exchange"
    return path.split("/")[0]


def _unit_of_module(name: str) -> str | None:
    top = name.split(".")[0]
    if top not in PACKAGES:
        return None
    if name.startswith(("app.cli", "app.__main__", "app.selftest")):
        return "entry"
    if name.startswith("app.services.exchange"):
        return "app.services.exchange"
    return top


def _unit_graph() -> dict[str, dict[str, set[str]]]:
    """Unit → unit it imports → the files that do it (for the failure message)."""
    graph: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for package in PACKAGES:
        for path, mods in _modules(package).items():
            src = _unit_of_file(path)
            for m in mods:
                dst = _unit_of_module(m)
                if dst is not None and dst != src:
                    graph[src][dst].add(path)
    return graph


def _cycle(graph: dict[str, dict[str, set[str]]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(u: str) -> list[str] | None:
        state[u] = 1
        stack.append(u)
        for v in sorted(graph.get(u, {})):
            if state.get(v) == 1:
                return stack[stack.index(v):] + [v]
            if v not in state:
                found = visit(v)
                if found:
                    return found
        stack.pop()
        state[u] = 2
        return None

    for u in sorted(graph):
        if u not in state:
            found = visit(u)
            if found:
                return found
    return None


def test_models_know_nothing_of_app_ui_or_qt() -> None:
    for path, names in _imports("models").items():
        assert not names & {"app", "ui", "sync", "PySide6"}, path


def test_services_and_sync_do_not_import_qt_or_ui() -> None:
    for pkg in ("app", "sync"):
        for path, names in _imports(pkg).items():
            if path in ("app/cli/gui.py", "app/cli/screenshots.py"):
                continue  # CLI entry points that start the window / render it
            assert not names & {"ui", "PySide6"}, path


def test_ui_holds_no_sql() -> None:
    for path, names in _imports("ui").items():
        assert "sqlalchemy" not in names and "sqlite3" not in names, path


def test_no_import_cycle_between_layers() -> None:
    graph = _unit_graph()
    cycle = _cycle(graph)
    if cycle:
        hops = [f"{a} → {b} ({', '.join(sorted(graph[a][b])[:3])})"
                for a, b in zip(cycle, cycle[1:], strict=False)]
        raise AssertionError("import cycle between layers:\n  " + "\n  ".join(hops))


def test_the_cycle_check_can_fail() -> None:
    """The checker itself: app importing sync (what app/services/station.py did) is a cycle."""
    graph = _unit_graph()
    graph["app"]["sync"].add("app/services/station.py")
    assert _cycle(graph) is not None


def test_app_reaches_sync_only_through_the_exchange_service() -> None:
    """No app module below the exchange service imports sync: station keys live in app
    (app/services/station_keys.py), sync builds on them."""
    for path, names in _imports("app").items():
        if path.startswith(ENTRY) or path == EXCHANGE:
            continue
        assert "sync" not in names, path


def test_sync_never_imports_the_exchange_service_or_an_entry_point() -> None:
    for path, mods in _modules("sync").items():
        assert not {m for m in mods if _unit_of_module(m) in ("entry", "app.services.exchange")}, \
            path


def test_ui_never_imports_sync() -> None:
    """The window reaches batches, cards and the exchange status through
    ``app.services.exchange``, the same service the CLI calls."""
    for path, names in _imports("ui").items():
        assert "sync" not in names, path


# --- sessions in ui/ (issue 10: "ui/ never sees a session") -------------------------------
# Files allowed to open sessions, with how many places: none any more. A session opened in
# ui/ fails the test; reads and writes go through app.services.
SESSION_ALLOWLIST: dict[str, int] = {}


def _opens_session(node: ast.AST) -> bool:
    """``ctx.read()`` / ``ctx.write()`` (any name ending in ``ctx``), ``store.session()``,
    ``Session(...)``."""
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    if isinstance(f, ast.Name):
        return f.id == "Session"
    if not isinstance(f, ast.Attribute):
        return False
    owner = f.value
    owner_name = owner.id if isinstance(owner, ast.Name) else \
        owner.attr if isinstance(owner, ast.Attribute) else ""
    if f.attr in ("read", "write"):
        return owner_name.lower().endswith("ctx") or owner_name == "context"
    if f.attr == "session":
        return owner_name.lower().endswith("store")
    return f.attr == "Session"


def _sessions_opened(path: Path) -> int:
    return sum(_opens_session(n) for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


def test_no_new_session_is_opened_in_ui() -> None:
    found = {p.relative_to(ROOT).as_posix(): _sessions_opened(p)
             for p in (ROOT / "ui").rglob("*.py")}
    over = {path: n for path, n in found.items() if n > SESSION_ALLOWLIST.get(path, 0)}
    assert not over, f"ui/ opens database sessions (use an app service instead): {over}"


def test_the_session_check_sees_a_session() -> None:
    src = "def f(self):\n    with self.ctx.read() as s:\n        pass\n    Session(bind=e)\n"
    assert sum(_opens_session(n) for n in ast.walk(ast.parse(src))) == 2


# --- settings and language change (issue 10: typed settings, shared UI scaffolding) -------
SETTINGS_MODULE = "ui/settings_store.py"


def _uses_qsettings(tree: ast.AST) -> int:
    """``QSettings`` named anywhere: constructed, imported, or a static call on it."""
    return sum(
        (isinstance(n, ast.Name) and n.id == "QSettings")
        or (isinstance(n, ast.Attribute) and n.attr == "QSettings")
        or (isinstance(n, ast.ImportFrom) and any(a.name == "QSettings" for a in n.names))
        for n in ast.walk(tree))


def test_only_the_settings_store_touches_qsettings() -> None:
    """Every key is declared once, with its type, in ``ui.settings_store``."""
    found = {p.relative_to(ROOT).as_posix(): _uses_qsettings(ast.parse(
        p.read_text(encoding="utf-8"))) for p in (ROOT / "ui").rglob("*.py")}
    assert found.pop(SETTINGS_MODULE) > 0
    over = sorted(path for path, n in found.items() if n)
    assert not over, f"QSettings used outside {SETTINGS_MODULE}: {over}"


def test_the_qsettings_check_sees_qsettings() -> None:
    src = "from PySide6.QtCore import QSettings\nQSettings().value('k')\n"
    assert _uses_qsettings(ast.parse(src)) == 2


def _hand_written_language_change(tree: ast.AST) -> list[str]:
    """Classes whose own ``changeEvent`` looks for ``LanguageChange``: the mixin
    ``ui.scaffold.Retranslating`` does that once."""
    found = []
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        for fn in cls.body:
            if isinstance(fn, ast.FunctionDef) and fn.name == "changeEvent" and any(
                    isinstance(n, ast.Attribute) and n.attr == "LanguageChange"
                    for n in ast.walk(fn)):
                found.append(cls.name)
    return found


def test_language_change_is_handled_once() -> None:
    found = {p.relative_to(ROOT).as_posix(): _hand_written_language_change(ast.parse(
        p.read_text(encoding="utf-8"))) for p in (ROOT / "ui").rglob("*.py")}
    assert found.pop("ui/scaffold.py") == ["Retranslating"]
    over = {path: names for path, names in found.items() if names}
    assert not over, f"use ui.scaffold.Retranslating instead of a changeEvent: {over}"


# --- SQLite specifics stay in one adapter (issue 14) -------------------------------------------

SQLITE_ADAPTER = "app/sqlite_adapter.py"
# Modules that may still speak to a SQLite *file* directly, and why. Nothing else may.
SQLITE_FILE_SIDE = {
    # sqlite3's online backup API copies a station file page by page while the app runs, and
    # sets the copy's journal mode; a county server is backed up with pg_dump instead.
    "app/backup.py": {"sqlite3.connect", "PRAGMA"},
    # The header check of a large file at start-up, before any engine opens it (the server
    # side of ``check`` is app.dialect.server_problems).
    "app/integrity.py": {"sqlite3.connect", "sqlite_master"},
}
SQLITE_ONLY_SQL = {
    "PRAGMA": r"\bPRAGMA\b",
    "BEGIN IMMEDIATE": r"\bBEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)\b",
    "sqlite_master": r"\bsqlite_(master|schema|sequence|temp_master)\b",
    "INSERT OR": r"\bINSERT\s+OR\s+(REPLACE|IGNORE|ABORT|FAIL|ROLLBACK)\b",
    "REPLACE INTO": r"^\s*REPLACE\s+INTO\b",
    "AUTOINCREMENT": r"\bAUTOINCREMENT\b",
    "julianday": r"\bjulianday\s*\(",
    "strftime": r"\bstrftime\s*\(\s*'",
}
# SQLAlchemy functions that exist only in SQLite (``func.strftime`` would fail on a server).
SQLITE_ONLY_FUNCS = {"strftime", "julianday", "group_concat", "datetime", "ifnull"}


def _sqlite_specifics(source: str) -> set[str]:
    """What SQLite-only SQL a module's code contains: string literals that are not docstrings
    (comments and prose may name ``BEGIN IMMEDIATE``), ``func.<sqlite function>`` and direct
    ``sqlite3.connect`` calls."""
    import re

    tree = ast.parse(source)
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, ast.Module | ast.ClassDef | ast.FunctionDef
                                | ast.AsyncFunctionDef)
                  and n.body and isinstance(n.body[0], ast.Expr)
                  and isinstance(n.body[0].value, ast.Constant)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings:
            found |= {name for name, pattern in SQLITE_ONLY_SQL.items()
                      if re.search(pattern, node.value, re.I | re.M)}
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "func" and node.attr in SQLITE_ONLY_FUNCS:
                found.add(f"func.{node.attr}")
            if node.value.id == "sqlite3" and node.attr == "connect":
                found.add("sqlite3.connect")
    return found


def test_sqlite_only_sql_stays_in_the_adapter() -> None:
    """Outside ``app/sqlite_adapter.py`` no module of the app emits SQL only SQLite knows —
    the county runs every one of them on PostgreSQL; the file-side exceptions are listed with
    their reason above and may use only what is listed for them."""
    bad = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel == SQLITE_ADAPTER:
                continue
            found = _sqlite_specifics(path.read_text(encoding="utf-8"))
            found -= SQLITE_FILE_SIDE.get(rel, set())
            if found:
                bad[rel] = sorted(found)
    assert not bad, f"SQLite-only SQL outside {SQLITE_ADAPTER}: {bad}"
    assert _sqlite_specifics((ROOT / SQLITE_ADAPTER).read_text(encoding="utf-8")) >= {
        "PRAGMA", "BEGIN IMMEDIATE", "sqlite_master", "sqlite3.connect"}


def test_the_sqlite_check_sees_sqlite_sql_and_not_prose() -> None:
    source = '''
"""Takes BEGIN IMMEDIATE, see PRAGMA docs."""  # a docstring: prose
# PRAGMA in a comment
def f(conn):
    """BEGIN IMMEDIATE here too."""
    conn.exec_driver_sql("begin immediate")
    conn.execute(text("PRAGMA foreign_keys=ON"))
    conn.execute(text("INSERT OR REPLACE INTO t VALUES (1)"))
    conn.execute(text(f"SELECT name FROM sqlite_master WHERE x = {1}"))
    sqlite3.connect("x")
    return select(func.strftime("%Y-%m", col))
'''
    assert _sqlite_specifics(source) == {"BEGIN IMMEDIATE", "PRAGMA", "INSERT OR",
                                         "sqlite_master", "sqlite3.connect", "func.strftime"}
    assert _sqlite_specifics('"""PRAGMA and BEGIN IMMEDIATE."""\nx = 1\n') == set()
