"""Two writers at once (a worker thread and the window, say) must neither fail nor fork the
audit chain — including writers that read before they write (edits), which under a deferred
transaction would hit SQLite's stale-snapshot "database is locked"."""

from __future__ import annotations

import threading

from app.audit import verify_chain
from app.context import AppContext
from app.services import households as hh


def test_concurrent_writers_keep_the_audit_chain_whole(village: AppContext) -> None:
    ids = [hh.add_household(village, hh.HouseholdInput(head_name=f"户{i}")) for i in range(3)]
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        ctx = AppContext(village.store, actor=f"w{n}")
        try:
            for i in range(60):
                hh.update_household(ctx, ids[n], hh.HouseholdInput(
                    head_name=f"户{n}", members_count=1 + i % 9, note=f"{n}-{i}"))
                hh.add_household(ctx, hh.HouseholdInput(head_name=f"新{n}-{i}"))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with village.read() as s:
        count, broken = verify_chain(s)
        assert broken is None
        assert count >= 3 + 3 * 120
        assert hh.count(s, hh.HouseholdFilter()) == 3 + 180
