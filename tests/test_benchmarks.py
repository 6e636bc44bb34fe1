"""The benchmark suite at a tiny scale, as a smoke test: each figure runs end to end and is reported beside
its floor. No time is asserted here (docs/benchmarks.md holds the figures of a full run). One test per
figure, so the figures run side by side on the test workers."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from benchmarks.__main__ import MODULES
from benchmarks.report import Figure, Scale, write

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("key", sorted(MODULES))
def test_each_figure_runs_at_a_tiny_scale_and_is_reported_beside_its_floor(key, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--scale", "tiny", "--only", key, "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads((tmp_path / "benchmarks.json").read_text(encoding="utf-8"))
    assert report["command"] == f"python -m benchmarks --scale tiny --only {key}" and report["machine"]["cores"]
    figures = {f["key"]: f for f in report["figures"]}
    assert figures and {k.split("-")[0] for k in figures} == {key}
    for f in figures.values():
        assert f["measured"] and all(v >= 0 for v in f["measured"].values()), f["key"]
        assert f["how"] and f["target"], f["key"]
    if key == "1":
        assert figures["1-handoff"]["measured"]["not_arrived"] == 0  # every handoff reached the desk
    if key == "7":  # every bad request answered 401, none lost or 5xx, each in the audit
        flood = figures["7-flood"]["measured"]
        assert flood["answered_5xx"] == flood["not_answered"] == 0 and flood["pulls"] > 0
        assert flood["answered_401"] == flood["refusals_audited"] == 150
    table = (tmp_path / "benchmarks.md").read_text(encoding="utf-8")
    assert all(f["title"] in table for f in figures.values())


def test_the_suite_has_a_module_for_each_figure_of_the_issue():
    assert sorted(MODULES) == ["1", "2", "3", "4", "5", "6", "7"]


def _figure(key: str, p99: float, *, met: bool) -> Figure:
    return Figure(
        key=key,
        title=f"Figure {key}",
        measured={"p50_ms": p99 / 2, "p99_ms": p99, "handoffs": 500},
        floor={"p50_ms": 5.0, "p99_ms": 10.0},
        ratio=p99 / 10.0,
        target="p99 < 100 ms",
        met=met,
        how=f"how {key} is measured",
        headline=("p99_ms",),
    )


def test_a_partial_run_replaces_its_figures_and_keeps_the_others_with_their_runs(tmp_path):
    paths = {"json_path": tmp_path / "benchmarks.json", "markdown_path": tmp_path / "benchmarks.md"}
    full = Scale.named("full")
    write(
        [_figure("1-handoff", 681, met=False), _figure("4-startup", 90, met=True)], scale=full, command="all", **paths
    )
    write([_figure("1-handoff", 88, met=True)], scale=full, command="only 1", **paths)

    report = json.loads(paths["json_path"].read_text(encoding="utf-8"))
    runs = {f["key"]: (f["run"]["command"], f["measured"]["p99_ms"]) for f in report["figures"]}
    assert runs == {"1-handoff": ("only 1", 88), "4-startup": ("all", 90)}
    table = paths["markdown_path"].read_text(encoding="utf-8")
    assert table.startswith("# Benchmarks\n\n| figure | now | floor | ratio | target | met |")
    # One short line a figure: the headline number beside the floor's, every key further down.
    assert "| Figure 1-handoff | p99 88 ms | p99 10 ms | 8.80× | p99 < 100 ms | yes |" in table
    assert "| Figure 4-startup | p99 90 ms | p99 10 ms | 9.00× | p99 < 100 ms | yes |" in table
    assert "p50_ms 44<br>p99_ms 88<br>handoffs 500" in table
    assert "- figure 1: `only 1`, " in table and "- figure 4: `all`, " in table


def test_figures_of_a_run_before_runs_were_kept_per_figure_keep_that_run(tmp_path):
    """docs/benchmarks.json as written before: one run named at the top for every figure, no headline."""
    old = {
        "command": "python -m benchmarks",
        "ran_at": "2026-11-29 06:59 UTC",
        "scale": {"name": "full"},
        "machine": {"cpu": "x", "cores": 2, "memory": "1 GiB", "os": "Linux", "python": "3.11"},
        "figures": [{**asdict(_figure("3-catch-up", 390, met=True)), "headline": []}],
    }
    paths = {"json_path": tmp_path / "benchmarks.json", "markdown_path": tmp_path / "benchmarks.md"}
    paths["json_path"].write_text(json.dumps(old), encoding="utf-8")
    write([_figure("7-flood", 300, met=True)], scale=Scale.named("tiny"), command="tiny 7", **paths)

    figures = json.loads(paths["json_path"].read_text(encoding="utf-8"))["figures"]
    assert [(f["key"], f["run"]["command"], f["run"]["scale"]) for f in figures] == [
        ("3-catch-up", "python -m benchmarks", "full"),
        ("7-flood", "tiny 7", "tiny"),
    ]
    table = paths["markdown_path"].read_text(encoding="utf-8")
    assert "| Figure 3-catch-up | p50 195 ms | p50 5 ms |" in table  # no headline named: the first key
    assert "Figure 7-flood (scale tiny" in table  # a smoke test's row says so
