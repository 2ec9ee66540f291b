"""Where files live: the user's data folder, and resources inside a source tree or a frozen
bundle (PyInstaller unpacks data files under ``sys._MEIPASS``)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "Minqing"


def data_dir() -> Path:
    """The user's data folder, created owner-only (0700): it holds the station and its backups."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_db_path() -> Path:
    return data_dir() / "minqing.sqlite3"


def log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def bundle_root() -> Path:
    """The folder holding ``app/``, ``models/``, ``resources/`` — source checkout or bundle."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return bundle_root() / "models" / "migrations"
