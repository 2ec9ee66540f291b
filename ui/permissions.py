"""What a read-only account is shown instead of edit actions.

The rule itself is in ``AppContext.write_refusal`` (every unit of work refuses to commit for a
read-only user, window and CLI alike); the window only avoids offering what would be refused:
each page has ``set_read_only(bool)``, called by the main window, which greys out its edit
actions with this tooltip saying why.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def read_only_tip() -> str:
    return QCoreApplication.translate(
        "Permissions", "Your account is read-only: you can look, but not change anything. "
        "Ask the administrator if you need to record.")


def grey_out(widgets: Iterable[QWidget], read_only: bool) -> None:
    """Disable (and explain) or re-enable edit actions."""
    tip = read_only_tip() if read_only else ""
    for w in widgets:
        w.setEnabled(not read_only)
        w.setToolTip(tip)
