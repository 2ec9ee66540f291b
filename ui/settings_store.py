"""Every per-laptop setting the window keeps, declared once with its type and default.

Settings live in ``QSettings`` (the registry on Windows, an INI file elsewhere and in tests).
Back-ends disagree on types: the INI back-end hands back ``"true"``, ``"3"`` or ``"banana"``
(a hand-edited file) where the registry hands back ``True`` or ``3``. Each ``Setting`` below
therefore reads through one coercion that either yields a value of its declared type or the
default — a damaged or foreign value never crashes the window at start-up.

This is the only ``ui`` module that constructs ``QSettings`` (tests/test_architecture.py
checks); call sites use the typed ``get``/``set`` of the settings declared here, so a key is
spelt in exactly one place and a new setting is one line in ``ALL``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QSplitter

ORGANIZATION = "Minqing"
APPLICATION = "Minqing"

T = TypeVar("T")


def name_application(app: QCoreApplication | None = None) -> None:
    """Where QSettings files go: one organisation/application name for the whole window."""
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
    else:
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName(APPLICATION)


def use_ini_folder(folder: Path | str) -> None:
    """Keep settings as INI files under ``folder`` (the screenshot tool and tests: never the
    laptop's own settings)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


class _Invalid(Exception):
    """A stored value that is not of the setting's type (the default is used instead)."""


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value != 0
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off", ""):
            return False
    raise _Invalid(value)


def _as_int(value: Any) -> int:
    if isinstance(value, bool):
        raise _Invalid(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            raise _Invalid(value) from None
    raise _Invalid(value)


def _as_minutes(value: Any) -> int:
    minutes = _as_int(value)
    if minutes < 0:
        raise _Invalid(value)
    return minutes


def _as_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise _Invalid(value)


def _as_language(value: Any) -> str:
    """A language the window ships, or at least a locale code (``ug_CN``, ``bo``): a locale
    added as files only must be storable; ``banana`` is not a language."""
    from ui import i18n  # read now, not at import: the list may grow

    if isinstance(value, str) and (value in getattr(i18n, "LANGS", ())
                                   or re.fullmatch(r"[a-z]{2,3}(_[A-Z][A-Za-z]{1,3})?", value)):
        return value
    raise _Invalid(value)


def _as_months(value: Any) -> list[str]:
    months = _as_str_list(value)
    if not all(re.fullmatch(r"\d{4}-\d{2}", m) for m in months):
        raise _Invalid(value)
    return months


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, QByteArray):
        return bytes(value.data())
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    raise _Invalid(value)


def _as_str_list(value: Any) -> list[str]:
    # One element comes back from the INI back-end as a bare string, none as nothing at all.
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple) and all(isinstance(v, str | int) for v in value):
        return [str(v) for v in value]
    raise _Invalid(value)


def _store_bytes(value: bytes) -> Any:
    return QByteArray(value)


def _store_plain(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One key with its type: ``get`` never raises and always returns a ``T``."""

    key: str
    default: T
    parse: Callable[[Any], T]
    dump: Callable[[T], Any] = _store_plain
    doc: str = ""

    def get(self, default: T | None = None) -> T:
        """The stored value, or ``default`` (else the declared one) if unset or unreadable."""
        fallback = self.default if default is None else default
        if isinstance(fallback, list):
            fallback = list(fallback)  # type: ignore[assignment]  # never the shared default
        value = QSettings().value(self.key)
        if value is None:
            return fallback
        try:
            return self.parse(value)
        except _Invalid:
            return fallback

    def set(self, value: T) -> None:
        self.parse(value)  # refuse to store what could not be read back
        QSettings().setValue(self.key, self.dump(value))

    def clear(self) -> None:
        QSettings().remove(self.key)

    def is_set(self) -> bool:
        return QSettings().contains(self.key)


@dataclass(frozen=True)
class SettingFamily(Generic[T]):
    """Keys of one shape with a varying part: ``reports/ledgers_saved/<station code>``."""

    pattern: str
    default: T
    parse: Callable[[Any], T]
    dump: Callable[[T], Any] = _store_plain
    doc: str = ""

    def at(self, part: str) -> Setting[T]:
        return Setting(self.pattern.format(part), self.default, self.parse, self.dump, self.doc)


def _bytes(key: str, doc: str) -> Setting[bytes]:
    return Setting(key, b"", _as_bytes, _store_bytes, doc)


# --- the settings ------------------------------------------------------------------------
DEFAULT_IDLE_MINUTES = 10

WINDOW_GEOMETRY = _bytes("main/geometry", "main window size and place (saveGeometry)")
WINDOW_SPLITTER = _bytes("main/splitter", "menu / page divider (saveState)")
MENU_FOLDED = Setting("main/menu_folded", False, _as_bool, doc="the side menu shows icons only")
LANGUAGE = Setting("view/language", "zh_CN", _as_language, doc="window language chosen in Settings")
LARGE_FONT = Setting("view/large_font", False, _as_bool, doc="larger text chosen in Settings")
IDLE_MINUTES = Setting("security/idle_minutes", DEFAULT_IDLE_MINUTES, _as_minutes,
                       doc="lock the window after this many idle minutes; 0 = never")
ACTOR = Setting("station/actor", "", _as_str, doc="who is working (no-account stations)")
LAST_USER = Setting("login/last_user", "", _as_str, doc="user name offered at sign-in")
PAPER_FOLDER = Setting("paper/folder", "", _as_str,
                       doc="folder of the last saved PDF/workbook or opened roster")
USB_FOLDER = Setting("backup/usb_dir", "", _as_str, doc="last folder a backup was copied to")
PAGE_SPLITTER: SettingFamily[bytes] = SettingFamily(
    "{}/splitter", b"", _as_bytes, _store_bytes, "a page's list / card divider (saveState)")
LEDGERS_SAVED: SettingFamily[list[str]] = SettingFamily(
    "reports/ledgers_saved/{}", [], _as_months,
    doc="months (YYYY-MM) whose ledger was saved on this laptop, per station")

ALL: tuple[Setting[Any] | SettingFamily[Any], ...] = (
    WINDOW_GEOMETRY, WINDOW_SPLITTER, MENU_FOLDED, LANGUAGE, LARGE_FONT, IDLE_MINUTES, ACTOR,
    LAST_USER, PAPER_FOLDER, USB_FOLDER, PAGE_SPLITTER, LEDGERS_SAVED)


# --- splitter state ----------------------------------------------------------------------
def save_splitter(name: str, splitter: QSplitter) -> None:
    PAGE_SPLITTER.at(name).set(bytes(splitter.saveState().data()))


def restore_splitter(name: str, splitter: QSplitter) -> bool:
    """Restore the divider left last time; False (sizes untouched) if none or unreadable."""
    state = PAGE_SPLITTER.at(name).get()
    return bool(state) and splitter.restoreState(QByteArray(state))

