"""kill -9 at spread-out moments during ``minqing batch import`` (a real subprocess): afterwards
``check`` passes, the batch is wholly in or wholly out, and importing it again succeeds."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from app.context import AppContext
from app.services.check import check_file
from app.services.demo import fill_demo
from app.store import open_store, wal_checkpoint
from models import Household, SyncBatch, Visit
from sync.batch import export_batch, import_files
from sync.keys import enroll, write_card
from tests.sync.synchelp import V1, make_station

TRIALS = 20
ROOT = Path(__file__).resolve().parents[2]


def _state(path: Path) -> tuple[int, int, int]:
    store = open_store(path, migrate=False)
    try:
        with store.session() as s:
            return (s.execute(select(func.count()).select_from(Household)
                              .where(Household.origin_code == V1)).scalar_one(),
                    s.execute(select(func.count()).select_from(Visit)
                              .where(Visit.origin_code == V1)).scalar_one(),
                    s.execute(select(func.count()).select_from(SyncBatch)).scalar_one())
    finally:
        store.close()


# The child imports everything, says "ready", and starts the real CLI import when told: the kill
# delay then measures from the start of the work, not from interpreter start-up.
CHILD = """
import os, sys
from app.cli import main
import sync.batch
sys.stdout.write("ready\\n"); sys.stdout.flush()
sys.stdin.readline()
os._exit(main(["batch", "import", "--db", sys.argv[1], sys.argv[2]]))
"""


def _spawn(db: Path, batch: Path, pyc: Path) -> subprocess.Popen[str]:
    # Byte-code cached outside the tree so the child processes start quickly.
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(pyc))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(batch)], cwd=ROOT,
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)


def _go(proc: subprocess.Popen[str]) -> float:
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline().strip() == "ready"
    proc.stdin.write("go\n")
    proc.stdin.flush()
    return time.perf_counter()


def test_kill_9_during_import_leaves_batch_wholly_in_or_out(tmp_path: Path) -> None:
    t = make_station(tmp_path / "t.sqlite3", "township", "430525101", "石江镇")
    v = make_station(tmp_path / "v.sqlite3", "village", V1, "石江村")
    fill_demo(v, households=500, months=12, seed=5)
    write_card(v, tmp_path / "v.card")
    write_card(t, tmp_path / "t.card")
    enroll(t, tmp_path / "v.card")
    enroll(v, tmp_path / "t.card")
    batch = export_batch(v, tmp_path).path
    with v.read() as s:
        n_hh = s.execute(select(func.count()).select_from(Household)).scalar_one()
        n_visits = s.execute(select(func.count()).select_from(Visit)).scalar_one()
    v.store.close()
    wal_checkpoint(t.store.engine)
    t.store.close()
    template = tmp_path / "template.sqlite3"
    shutil.copy(tmp_path / "t.sqlite3", template)

    pyc = tmp_path / "pyc"
    warm = tmp_path / "warm.sqlite3"
    shutil.copy(template, warm)
    proc = _spawn(warm, batch, pyc)
    _go(proc)
    assert proc.wait(60) == 0
    # one undisturbed run tells how long the import's work takes here
    probe = tmp_path / "probe.sqlite3"
    shutil.copy(template, probe)
    proc = _spawn(probe, batch, pyc)
    start = _go(proc)
    assert proc.wait(60) == 0
    work = time.perf_counter() - start
    assert _state(probe) == (n_hh, n_visits, 1)

    rng = random.Random(6)
    outcomes = {"in": 0, "out": 0, "out_after_backup": 0}
    dbs = [tmp_path / f"trial{i}.sqlite3" for i in range(TRIALS)]
    shutil.copy(template, dbs[0])
    nxt = _spawn(dbs[0], batch, pyc)
    for i, db in enumerate(dbs):
        proc = nxt
        backups = tmp_path / f"trial{i}.backups"
        delay = work * rng.uniform(0.05, 1.6)
        _go(proc)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        if i + 1 < TRIALS:  # the next child starts up while this trial is checked
            shutil.copy(template, dbs[i + 1])
            nxt = _spawn(dbs[i + 1], batch, pyc)
        report = check_file(db)
        assert report.ok, (i, report.problems)
        hh, visits, batches = _state(db)
        assert (hh, visits) in ((0, 0), (n_hh, n_visits)), (i, hh, visits)
        wholly_in = hh == n_hh
        assert batches == (1 if wholly_in else 0), (i, batches)
        if wholly_in:
            outcomes["in"] += 1
        else:
            outcomes["out"] += 1
            if backups.exists() and any(backups.glob("before-import-*.sqlite3")):
                outcomes["out_after_backup"] += 1
        # importing again succeeds and leaves the batch wholly in
        store = open_store(db)
        ctx = AppContext(store)
        res = import_files(ctx, [batch])[0]
        store.close()
        assert res.status == ("already_applied" if wholly_in else "applied"), (i, res.reason)
        assert _state(db)[:2] == (n_hh, n_visits)
        assert check_file(db).ok
    print(f"kill -9 outcomes over {TRIALS} trials (import work ≈ {work:.2f} s): {outcomes}")
    assert outcomes["in"] >= 1 and outcomes["out_after_backup"] >= 1
