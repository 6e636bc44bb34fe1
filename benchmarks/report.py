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
    # The measured keys the summary table shows, the target's own (default: the first key); the floor
    # shows the same keys where it has them.
    headline: tuple[str, ...] = ()


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
    """Write this run's figures into the JSON beside the figures of earlier runs it did not measure (a run
    of `--only 4` replaces figure 4 and keeps the rest), then the Markdown of them all. Each figure keeps
    the run that measured it (command, time, scale, machine)."""
    ran_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    run = {"command": command, "ran_at": ran_at, "scale": scale.name, "machine": machine()}
    fresh = [{**asdict(f), "run": run} for f in figures]
    measured = {_number_of(f["key"]) for f in fresh}
    kept = [f for f in _earlier_figures(json_path) if _number_of(f["key"]) not in measured]
    data = {
        "command": command,
        "ran_at": ran_at,
        "scale": asdict(scale),
        "machine": run["machine"],
        "figures": sorted(kept + fresh, key=lambda f: _number_of(f["key"])),  # stable: a figure's rows keep their order
    }
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    markdown_path.write_text(_markdown(data), encoding="utf-8")


def _number_of(key: str) -> int:
    """A figure's number in the issue: "1-handoff-busy" is figure 1."""
    return int(key.split("-", 1)[0])


def _earlier_figures(json_path: Path) -> list[dict[str, Any]]:
    """The figures an earlier run wrote, each with its run (a file from before runs were kept per figure
    names one run for all of them)."""
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    scale = data["scale"]["name"] if isinstance(data.get("scale"), dict) else data.get("scale", "")
    shared = {"command": data.get("command", ""), "ran_at": data.get("ran_at", ""), "scale": scale}
    shared["machine"] = data.get("machine", {})
    return [{**f, "run": f.get("run") or shared} for f in data.get("figures", [])]


UNITS = {"ms": "ms", "s": "s", "us": "µs", "mb": "MB"}


def headline(f: dict[str, Any], values: dict[str, float]) -> str:
    """The table's one line of a figure's numbers: its headline keys in words, e.g. "p99 88 ms"."""
    keys = [k for k in f.get("headline") or () if k in values] or list(values)[:1]
    return " · ".join(_worded(k, values[k]) for k in keys) or "—"


def _worded(key: str, value: float) -> str:
    name, _, unit = key.rpartition("_")
    if unit in UNITS and name:
        return f"{name.replace('_', ' ')} {_short(value)} {UNITS[unit]}"
    return f"{key.replace('_', ' ')} {_short(value)}"


def _short(v: float) -> str:
    """A headline's number: whole from 10 up, two significant digits below (the table is read at a glance)."""
    if float(v).is_integer() or abs(v) >= 10:
        return f"{v:,.0f}"
    return f"{v:.2g}"


def _numbers(values: dict[str, float]) -> str:
    return "<br>".join(f"{k} {_number(v)}" for k, v in values.items()) or "—"


def _number(v: float) -> str:
    if isinstance(v, int) or float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}" if abs(v) < 100 else f"{v:,.0f}"


def _ratio(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×" if ratio >= 0.1 else f"{ratio:.2g}×"


def _title(f: dict[str, Any]) -> str:
    scale = f["run"]["scale"]
    return f["title"] if scale == "full" else f"{f['title']} (scale {scale}: a smoke test, not the figure)"


def _markdown(data: dict[str, Any]) -> str:
    figures = data["figures"]
    lines = [
        "# Benchmarks",
        "",
        "| figure | now | floor | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for f in figures:
        met = {True: "yes", False: "**no**", None: "—"}[f["met"]]
        now, floor = headline(f, f["measured"]), headline(f, f["floor"])
        lines.append(f"| {_title(f)} | {now} | {floor} | {_ratio(f['ratio'])} | {f['target']} | {met} |")
    lines += [
        "",
        "Each figure beside the floor it is measured against, both from the same run. Timings on a",
        "shared machine vary from run to run: read the medians and the ratios, not single times.",
        "The standalone bundle's size, first frame and memory beside the source install's are in",
        "[install.md](install.md#benchmarks) (`python -m benchmarks.bundle dist/lobby-app/lobby-app`).",
        "",
        "Runs (`python -m benchmarks --only N` re-measures figure N and keeps the others):",
        "",
    ]
    runs: dict[tuple[str, str, str, str], list[str]] = {}
    for f in figures:
        r, m = f["run"], f["run"].get("machine") or {}
        where = f"{m['cpu']} · {m['cores']} cores · {m['memory']} · {m['os']} · Python {m['python']}" if m else "?"
        numbers = runs.setdefault((r["command"], r["ran_at"], r["scale"], where), [])
        if str(_number_of(f["key"])) not in numbers:
            numbers.append(str(_number_of(f["key"])))
    for (command, ran_at, scale, where), numbers in runs.items():
        lines.append(f"- figure {', '.join(numbers)}: `{command}`, {ran_at}, scale `{scale}`, on {where}")
    lines += [
        "",
        "## Everything measured",
        "",
        "| figure | measured | floor |",
        "|---|---|---|",
    ]
    lines += [f"| {_title(f)} | {_numbers(f['measured'])} | {_numbers(f['floor'])} |" for f in figures]
    lines += ["", "## How each figure is measured", ""]
    for f in figures:
        r = f["run"]
        ran = f" (This row: `{r['command']}`, {r['ran_at']}.)"
        lines.append(f"- **{f['title']}**: {f['how']}" + (f" {f['notes']}" if f["notes"] else "") + ran)
    return "\n".join(lines) + "\n"
