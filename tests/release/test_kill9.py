"""Pulling the plug: a process killed with SIGKILL in the middle of writing leaves a sound file
whose records and audit trail agree."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.services.check import check_file
from app.services.station import init_station
from app.store import open_store

WRITER = """
import sys
from pathlib import Path
from app.context import AppContext
from app.services import households as hh
from app.store import open_store

store = open_store(Path(sys.argv[1]))
ctx = AppContext(store, actor="writer")
i = 0
while True:
    i += 1
    hid = hh.add_household(ctx, hh.HouseholdInput(head_name=f"户{i}", members_count=1 + i % 5,
                                                  address="石江村" * 20))
    hh.update_household(ctx, hid, hh.HouseholdInput(head_name=f"户{i}", members_count=9,
                                                    address="新址" * 20))
    print(i, flush=True)
"""


def test_kill_9_during_writes_leaves_a_consistent_file(db_path: Path) -> None:
    store = open_store(db_path)
    init_station(store, kind="village", code="430525101201", name="石江村")
    store.close()
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)],
                            stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    assert proc.stdout is not None
    done = 0
    try:
        for line in proc.stdout:
            done = int(line)
            if done >= 40:
                break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert done >= 40
    report = check_file(db_path, "en")  # integrity and the audit hash chain
    assert report.ok, report.problems
    with sqlite3.connect(db_path) as conn:
        households = conn.execute("SELECT id, version, members_count FROM household").fetchall()
        events = conn.execute(
            "SELECT entity_id, action FROM audit_event WHERE entity='household'").fetchall()
    # Every save the writer reported is there; at most one more got in before the kill.
    assert done <= len(households) <= done + 1
    by_id: dict[str, list[str]] = {}
    for entity_id, action in events:
        by_id.setdefault(entity_id, []).append(action)
    for hid, version, members in households:
        # A record and its audit events were committed together, or not at all.
        expected = ["create"] if version == 1 else ["create", "update"]
        assert by_id.get(hid) == expected, hid
        assert (version, members) in {(1, members), (2, 9)}
    assert set(by_id) == {h[0] for h in households}
