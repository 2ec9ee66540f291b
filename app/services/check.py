"""``minqing check``: is the file sound, is the schema current, is the audit chain unbroken."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.audit import verify_chain
from app.i18n import tr
from app.store import integrity_problems, open_store


@dataclass
class CheckReport:
    ok: bool
    events: int
    problems: list[str] = field(default_factory=list)


def check_file(path: Path, lang: str = "zh_CN") -> CheckReport:
    problems = integrity_problems(path)
    if problems:
        return CheckReport(False, 0, problems)
    store = open_store(path, migrate=False)
    try:
        with store.session() as s:
            events, broken = verify_chain(s)
    finally:
        store.close()
    if broken is not None:
        return CheckReport(False, events, [tr("audit_chain_broken", lang, seq=broken)])
    return CheckReport(True, events)
