"""The benchmark suite at a tiny scale, as a smoke test: each figure runs end to end and is reported beside
its floor. No time is asserted here (docs/benchmarks.md holds the figures of a full run). One test per
figure, so the figures run side by side on the test workers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.__main__ import MODULES

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
