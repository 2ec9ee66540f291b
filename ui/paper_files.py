"""What the paper screens (cards, reports, roster import) share: the service's progress callback
on a worker's dialog, the folder the clerk last saved into, and words for a file that could
not be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.settings_store import PAPER_FOLDER
from ui.workers import Progress


def service_progress(p: Progress, part: int = 0, parts: int = 1) -> Callable[[int, int], bool]:
    """The services' ``on_progress(done, total) -> bool`` onto the worker's dialog (False when
    the clerk pressed Cancel); with ``parts`` > 1 consecutive stages share the bar."""
    def on_progress(done: int, total: int) -> bool:
        scale = 1000
        frac = done / total if total else 1.0
        p.report(int((part + frac) * scale), parts * scale)
        return not p.cancelled()
    return on_progress


def last_folder() -> Path:
    return Path(PAPER_FOLDER.get() or str(Path.home()))


def remember_folder(path: Path) -> None:
    PAPER_FOLDER.set(str(path.parent))


def with_suffix(path: str, suffix: str) -> Path:
    """The name the clerk typed, with the file type added if they left it off."""
    return Path(path if path.lower().endswith(suffix) else path + suffix)


def os_error_text(exc: OSError) -> str:
    return QCoreApplication.translate("paper", "The file could not be written: %1").replace(
        "%1", exc.strerror or str(exc))
