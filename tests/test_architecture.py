"""The dependency rule of ARCHITECTURE.md, checked by import-linter's contracts in pyproject.toml: each
contract by its name, so a contract dropped or renamed fails here, not only one that is broken."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RULES = {
    "Layers: the command line, tools, screens and hub, sync, services, store and protocol, domain",
    "The domain is pure: no Qt, no SQL, no HTTP",
    "The protocol speaks only the domain",
    "Only the screens and the screenshot tool import Qt",
    "The screens reach the store only through the services",
    "The hub and the device's sync are independent",
    "Demo data and screenshots are tools that only the command line reaches",
}


def test_every_rule_of_the_architecture_has_its_contract_and_each_is_kept():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert {c["name"] for c in config["tool"]["importlinter"]["contracts"]} == RULES
    lint = Path(sys.executable).parent / "lint-imports"
    out = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    said = " ".join(out.stdout.split())  # the report wraps long names
    for rule in RULES:
        assert f"{rule} KEPT" in said, rule
