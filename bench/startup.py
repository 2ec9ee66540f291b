"""First usable window: a fresh process that builds ``MainWindow`` on a station file and shows
it (the home page painted with its figures, the file opened as the app opens it: version
check, open-time integrity check) vs a fresh process showing a bare ``QMainWindow`` with a
``QTableView`` of the same household rows read with ``sqlite3``. Both are timed from the
process start to the first processed paint, best of 3 per run after one warm-up (bytecode
compiled, as installed; the machine is shared). Goal ≤ 3×.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench import Measure, Scale, timer
from bench.data import demo_store

ROOT = Path(__file__).resolve().parents[1]

OURS = """
import sys
from pathlib import Path
from app.context import AppContext
from app.store import open_store
from ui.main import make_app
from ui.main_window import MainWindow
app = make_app("zh_CN", large_font=False)
ctx = AppContext(open_store(Path(sys.argv[1])), actor="bench", role="admin")
w = MainWindow(ctx)
w.show()
app.processEvents()
home = w.page("home")
if home.figures is None:  # usable = Home's figures on screen, not the "…" placeholders
    from PySide6.QtCore import QEventLoop
    loop = QEventLoop()
    home.loaded.connect(loop.quit)
    loop.exec()
w.repaint()
"""

BARE = """
import sqlite3, sys
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
rows = sqlite3.connect(sys.argv[1]).execute(
    "SELECT head_name, village_code, address, phone FROM household WHERE deleted = 0 "
    "LIMIT 200").fetchall()
model = QStandardItemModel(len(rows), 4)
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        model.setItem(r, c, QStandardItem(str(v)))
w = QMainWindow()
view = QTableView()
view.setModel(model)
w.setCentralWidget(view)
w.resize(1280, 800)
w.show()
app.processEvents()
w.repaint()
"""


def child_env() -> dict[str, str]:
    """A child's environment with bytecode caching on: an installed Minqing runs from compiled
    bytecode (and so does the baseline); PYTHONDONTWRITEBYTECODE in a developer's shell would
    otherwise make every run recompile SQLAlchemy and our modules from source."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _best(code: str, path: Path, tries: int = 3) -> float:
    env = child_env()
    subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, env=env, check=True,
                   capture_output=True)  # warm-up: writes the bytecode, fills the page cache
    times = []
    for _ in range(tries):
        with timer() as t:
            subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, env=env,
                           check=True, capture_output=True)
        times.append(t())
    return min(times)


def run(scale: Scale) -> list[Measure]:
    path = demo_store(600, 12, kind="village")
    return [Measure("first usable window, small village", _best(OURS, path), _best(BARE, path),
                    goal=3.0, note="limit: bare QMainWindow + QTableView of the same rows")]
