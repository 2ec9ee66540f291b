"""Run the benchmarks and print medians and ratios. See ``bench/__init__.py``."""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys

from bench import Measure, Scale, format_measure, median_measures

# Each module has ``run(scale) -> list[Measure]``. Add new modules here.
MODULES: list[str] = [
    "bench.startup",
    "bench.store_fill",
    "bench.demo_fill",
    "bench.search",
    "bench.release",
    "bench.paper",
    "bench.ui_list",
    "bench.sync",
    "bench.stats",
    "bench.desk",
    "bench.county_fill",  # the county tier on PostgreSQL (issue 14)
    "bench.county",  # the county tier on SQLite (issue 14)
    "bench.pg_county",  # the county tier at 250,000 households on PostgreSQL (issue 14)
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", help="module names to run (default: all)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="small data, for a smoke run")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"# {platform.node()} · {platform.processor() or platform.machine()} · "
          f"{os.cpu_count()} cores · Python {platform.python_version()} · runs={args.runs}")
    scale = Scale(quick=args.quick)
    for name in MODULES:
        short = name.split(".")[-1]
        if args.names and short not in args.names and name not in args.names:
            continue
        module = importlib.import_module(name)
        runs: list[list[Measure]] = [module.run(scale) for _ in range(args.runs)]
        print(f"## {short}")
        for m in median_measures(runs):
            print(format_measure(m))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
