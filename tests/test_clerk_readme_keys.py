"""Issue 15: the README's key list matches the keys the window binds, and the binding the
README promises for Households (Ctrl+N with a household selected) exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _keys_paragraph() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("Keys: ")
    return text[start:text.index("\n\n", start)]


def test_every_listed_shortcut_is_bound() -> None:
    para = _keys_paragraph()
    ui = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "ui").rglob("*.py"))
    bound = {"Ctrl+N", "Ctrl+F", "F9", "Alt+M", "Ctrl+Enter"}
    for key in bound:
        assert key in para, key
        assert f'"{key}"' in ui, key
    assert 'f"Alt+{i + 1}"' in ui and "Alt+1…9" in para
    # Ctrl+Z is the standard Undo, Esc and Enter are key events in the form and lists.
    assert "QKeySequence.StandardKey.Undo" in ui and "Ctrl+Z" in para
    assert "Key_Escape" in ui and "Esc" in para
    listed = set(re.findall(r"\b(?:Ctrl|Alt)\+[A-Z][a-z]*|\bF\d+\b", para))
    assert listed <= bound | {"Ctrl+Z", "Ctrl+Home", "Ctrl+End", "Alt+1", "Alt+9"}, listed


def test_alt_digits_reach_the_pages_named() -> None:
    from ui.main_window import PAGES

    assert PAGES[0] == "home" and PAGES[8] == "settings"  # Alt+1 Home … Alt+9 Settings
    assert "selected\nhousehold" in _keys_paragraph()
    src = (ROOT / "ui" / "main_window.py").read_text(encoding="utf-8")
    assert "self.households.selected_id()" in src  # Ctrl+N on Households uses the selection
