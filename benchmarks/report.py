"""A figure, its floor and target; the machine it ran on; the JSON and the Markdown table."""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Scale:
    """How big a run is: "full" is what the issue names; "tiny" is CI's smoke test of the same code."""

    name: str
    devices: int  # connected to the hub during the end-to-end handoffs
    handoffs: int  # end to end
    handoff_rate: float  # referrals per second
    pushes: int  # mutations for the throughput figure
    catch_up: int  # changes a device was offline for
    startup_runs: int
    years_factor: float  # of five busy years (450,000 tags, 150,000 handoffs, 60,000 credit entries)
    report_runs: int  # timed runs of the dashboard and the evening report
    verdicts: int
    flood: int  # bad-token requests sent at once while a real device pulls

    @staticmethod
    def named(name: str) -> Scale:
        if name == "full":
            return Scale("full", 30, 500, 20.0, 2_000, 2_000, 5, 1.0, 40, 200_000, 1_500)
        if name == "tiny":
            return Scale("tiny", 3, 10, 20.0, 100, 100, 1, 0.002, 3, 2_000, 150)
        raise ValueError(f"scale must be full or tiny, not {name!r}")


@dataclass(frozen=True, slots=True)
class Figure:
    key: str  # e.g. "1-handoff"
    title: str
    measured: dict[str, float]  # e.g. {"p50_ms": 12.1, "p99_ms": 30.5}
    floor: dict[str, float]  # the same measures of the floor, from the same run
    ratio: float | None  # measured / floor on the measure the target is about
    target: str  # in words, as the issue states it
    met: bool | None  # None: no target to meet (a figure recorded for its own sake)
    how: str = ""  # how it is measured, and what the floor is, in a sentence or two
    notes: str = ""  # what the run showed: a missed target's cause, a fix with before and after
    extra: dict[str, Any] = field(default_factory=dict)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0–100), nearest-rank: a value that was actually measured."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "os": platform.platform(),
        "python": sys.version.split()[0],
    }


def write(figures: list[Figure], *, scale: Scale, command: str, json_path: Path, markdown_path: Path) -> None:
    ran_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    data = {
        "command": command,
        "ran_at": ran_at,
        "scale": asdict(scale),
        "machine": machine(),
        "figures": [asdict(f) for f in figures],
    }
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    markdown_path.write_text(_markdown(data), encoding="utf-8")


def _numbers(values: dict[str, float]) -> str:
    return "<br>".join(f"{k} {_number(v)}" for k, v in values.items()) or "—"


def _number(v: float) -> str:
    if isinstance(v, int) or float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}" if abs(v) < 100 else f"{v:,.0f}"


def _markdown(data: dict[str, Any]) -> str:
    m = data["machine"]
    lines = [
        "# Benchmarks",
        "",
        "Each figure beside the floor it is measured against, both from the same run. Timings on a",
        "shared machine vary from run to run: read the medians and the ratios, not single times.",
        "The standalone bundle's size, first frame and memory beside the source install's are in",
        "[install.md](install.md#benchmarks) (`python -m benchmarks.bundle dist/lobby-app/lobby-app`).",
        "",
        f"- command: `{data['command']}`",
        f"- ran: {data['ran_at']}, scale `{data['scale']['name']}`",
        f"- machine: {m['cpu']} · {m['cores']} cores · {m['memory']} · {m['os']} · Python {m['python']}",
        "",
        "| figure | measured | floor | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for f in data["figures"]:
        ratio = "—" if f["ratio"] is None else f"{f['ratio']:.2f}×" if f["ratio"] >= 0.1 else f"{f['ratio']:.2g}×"
        met = {True: "yes", False: "**no**", None: "—"}[f["met"]]
        lines.append(
            f"| {f['title']} | {_numbers(f['measured'])} | {_numbers(f['floor'])} | {ratio} | {f['target']} | {met} |"
        )
    lines += ["", "## How each figure is measured", ""]
    lines += [f"- **{f['title']}**: {f['how']}" + (f" {f['notes']}" if f["notes"] else "") for f in data["figures"]]
    return "\n".join(lines) + "\n"
