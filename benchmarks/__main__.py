"""`python -m benchmarks [--scale full|tiny] [--only KEY ...]`: run the figures, write JSON and Markdown.

A run of some figures (`--only`) puts them into the JSON beside the figures it did not run, each with its
own run, and writes the Markdown of them all."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from .report import Figure, Scale, write

# Each module has `run(scale) -> list[Figure]`; the key is the figure's number in the issue.
MODULES = {
    "1": "benchmarks.handoff_e2e",
    "2": "benchmarks.hub_throughput",
    "3": "benchmarks.catch_up",
    "4": "benchmarks.startup",
    "5": "benchmarks.five_years",
    "6": "benchmarks.eligibility",
    "7": "benchmarks.flood",  # issue 18, item 7
}
ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--scale", default="full", choices=("full", "tiny"))
    parser.add_argument("--only", nargs="*", choices=sorted(MODULES), help="figures to run (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="where benchmarks.json and .md go")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scale = Scale.named(args.scale)
    figures: list[Figure] = []
    for key in args.only or sorted(MODULES):
        print(f"benchmarks: figure {key} ({MODULES[key]}) …", file=sys.stderr, flush=True)
        figures += importlib.import_module(MODULES[key]).run(scale)
    command = "python -m benchmarks" + ("" if args.scale == "full" else f" --scale {args.scale}")
    if args.only:
        command += " --only " + " ".join(args.only)
    args.out.mkdir(parents=True, exist_ok=True)
    write(
        figures,
        scale=scale,
        command=command,
        json_path=args.out / "benchmarks.json",
        markdown_path=args.out / "benchmarks.md",
    )
    for f in figures:
        print(f"{f.title}: {f.measured} floor {f.floor} ratio {f.ratio} met {f.met}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
