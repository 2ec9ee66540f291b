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
# Files that still open sessions, with how many places: to remove (issue 10). A NEW session
# opened in ui/ — in a new file or one more in a file listed here — fails the test.
SESSION_ALLOWLIST: dict[str, int] = {  # to remove (issue 10)
    "ui/screenshots.py": 2,
}


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
