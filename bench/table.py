"""The README's bench table from a saved ``python -m bench`` output:
``python -m bench.table docs/bench-2026-12-04.txt``.

Reads the lines ``format_measure`` prints (name, ours, limit, ratio, goal and whether it was met,
extras, note) and prints one Markdown row per measure, under its module's heading, so the table
is regenerated from one run's raw output rather than copied by hand.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LINE = re.compile(
    r"^(?P<name>.+?)\s+ours\s+(?P<ours>[\d.]+) ms\s+limit\s+(?P<limit>[\d.]+) ms\s+"
    r"ratio\s+(?P<ratio>[\d.]+|inf)(?:\s+goal ≤ (?P<goal>[\d.]+): (?P<met>OK|MISSED))?"
    r"(?P<rest>.*)$")


def _seconds(ms: str) -> str:
    value = float(ms)
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.1f} ms"


def rows(text: str) -> list[str]:
    out = ["| module | benchmark | ours | limit | ratio | goal | met? |",
           "|---|---|---|---|---|---|---|"]
    module = ""
    for line in text.splitlines():
        if line.startswith("## "):
            module = line[3:].strip()
            continue
        m = LINE.match(line.strip())
        if not m:
            continue
        rest = m["rest"].strip()
        note = ""
        if rest.endswith(")") and "(" in rest:
            note = rest[rest.index("(") + 1:-1]
            rest = rest[:rest.index("(")].strip()
        rest = re.sub(r"\s{2,}", ", ", rest)
        name = m["name"].strip() + (f" ({rest})" if rest else "")
        limit = _seconds(m["limit"]) + (f" — {note}" if note else "")
        goal = f"≤ {m['goal']}" if m["goal"] else "—"
        met = {"OK": "yes", "MISSED": "**no**"}.get(m["met"] or "", "—")
        out.append(f"| {module} | {name} | {_seconds(m['ours'])} | {limit} | {m['ratio']} | "
                   f"{goal} | {met} |")
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = Path(args[0]).read_text(encoding="utf-8") if args else sys.stdin.read()
    print("\n".join(rows(text)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
