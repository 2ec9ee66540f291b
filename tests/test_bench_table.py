"""The README's bench table is generated from a run's raw output (bench/table.py)."""

from __future__ import annotations

from bench import Measure, format_measure
from bench.table import rows


def test_each_measure_becomes_a_row_with_its_ratio_goal_and_verdict() -> None:
    text = "\n".join([
        "# vm · x86_64 · 2 cores · Python 3.11.7 · runs=3",
        "## startup",
        format_measure(Measure("first usable window", 1.2, 0.3, goal=3.0, note="limit: bare")),
        "## paper",
        format_measure(Measure("ledger", 0.5, 0.45, goal=1.3, extra={"cells": 12.0, "MB": 2.5})),
        format_measure(Measure("cards incl. issue", 0.9, 0.8)),
    ])
    table = rows(text)
    assert table[2] == ("| startup | first usable window | 1.20 s | 300.0 ms — limit: bare | "
                        "4.00 | ≤ 3 | **no** |")
    assert table[3].startswith("| paper | ledger (cells=12, MB=2.5) | 500.0 ms | 450.0 ms | 1.11 | ≤ 1.3 |"
                               " yes |")
    assert table[4].endswith("| 1.12 | — | — |")
    assert len(table) == 5
