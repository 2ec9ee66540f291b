"""Imports point one way: models ← app ← ui; nothing outside ui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


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
