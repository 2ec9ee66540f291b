"""Benchmark harness: ``python -m bench [names…] [--runs N] [--quick]``.

Each benchmark module exposes ``run(scale: Scale) -> list[Measure]``: for every operation it
times our code and the practical limit (raw ``sqlite3``, openpyxl write-only, bare reportlab …)
on the same data in the same run. The harness repeats the module ``--runs`` times and prints the
median of each, and the ratio ours/limit against the goal the issue names. This machine is shared
and noisy; medians of several runs are what to quote.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Scale:
    quick: bool = False

    def n(self, full: int, quick: int) -> int:
        return quick if self.quick else full


@dataclass
class Measure:
    name: str
    ours: float  # seconds
    limit: float  # seconds, the practical limit on the same data
    goal: float | None = None  # the ratio to reach (ours/limit ≤ goal)
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.ours / self.limit if self.limit else float("inf")


@contextmanager
def timer() -> Iterator[Callable[[], float]]:
    start = time.perf_counter()
    elapsed: list[float] = []
    yield lambda: elapsed[0] if elapsed else time.perf_counter() - start
    elapsed.append(time.perf_counter() - start)


def median_measures(runs: list[list[Measure]]) -> list[Measure]:
    out = []
    for group in zip(*runs, strict=True):
        first = group[0]
        extra = {k: statistics.median(m.extra[k] for m in group) for k in first.extra}
        out.append(Measure(first.name, statistics.median(m.ours for m in group),
                           statistics.median(m.limit for m in group), first.goal, first.note,
                           extra))
    return out


def format_measure(m: Measure) -> str:
    goal = ""
    if m.goal is not None:
        goal = f"  goal ≤ {m.goal:g}: {'OK' if m.ratio <= m.goal else 'MISSED'}"
    extra = "".join(f"  {k}={v:.4g}" for k, v in m.extra.items())
    note = f"  ({m.note})" if m.note else ""
    return (f"{m.name:<48} ours {m.ours * 1000:9.1f} ms   limit {m.limit * 1000:9.1f} ms   "
            f"ratio {m.ratio:5.2f}{goal}{extra}{note}")
