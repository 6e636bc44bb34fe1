"""The benchmark suite at a tiny scale, as a smoke test: it runs end to end and writes its report.
No time is asserted here (docs/benchmarks.md holds the figures of a full run)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_suite_runs_at_a_tiny_scale_and_reports_every_figure_beside_its_floor(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--scale", "tiny", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads((tmp_path / "benchmarks.json").read_text(encoding="utf-8"))
    assert report["command"] == "python -m benchmarks --scale tiny" and report["machine"]["cores"]
    figures = {f["key"]: f for f in report["figures"]}
    assert {k.split("-")[0] for k in figures} == {"1", "2", "3", "4", "5", "6"}
    for f in figures.values():
        assert f["measured"] and all(v >= 0 for v in f["measured"].values()), f["key"]
        assert f["how"] and f["target"], f["key"]
    assert figures["1-handoff"]["measured"]["not_arrived"] == 0  # every handoff reached the desk
    table = (tmp_path / "benchmarks.md").read_text(encoding="utf-8")
    assert all(f["title"] in table for f in figures.values())
