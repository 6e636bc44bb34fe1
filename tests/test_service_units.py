"""`lobby-app hub install-service`: the hub's systemd units filled in with this install, printed or written."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from lobby_app import service_units as su
from lobby_app.cli import main

REPO_ROOT = Path(__file__).resolve().parents[1]
EXE = "/opt/branch-apps/lobby-app/lobby-app"
DATA = "/srv/lobby/hub-data"
NAMES = ("lobby-hub.service", "lobby-hub-backup.service", "lobby-hub-backup.timer")


def _units(printed: str) -> dict[str, str]:
    """The printed text split at its `### NAME` lines."""
    units: dict[str, str] = {}
    for chunk in printed.split("### ")[1:]:
        name, _, text = chunk.partition("\n")
        units[name] = text
    return units


def _ini(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # systemd's keys are case-sensitive
    parser.read_string(text)
    return parser


def test_prints_the_three_units_with_the_given_exe_user_and_data_dir(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hub", "install-service", "--exe", EXE, "--data-dir", DATA, "--user", "hubsvc"]) == 0
    units = _units(capsys.readouterr().out)
    assert tuple(units) == NAMES
    hub, backup, timer = (_ini(units[name]) for name in NAMES)
    assert hub["Service"]["ExecStart"] == f"{EXE} --data-dir {DATA} hub --host 0.0.0.0 --port 8765"
    assert backup["Service"]["ExecStart"] == f"{EXE} --data-dir {DATA} hub backup"
    for unit in (hub, backup):
        service = unit["Service"]
        assert service["User"] == service["Group"] == "hubsvc"
        assert service["ProtectSystem"] == "strict" and service["ReadWritePaths"] == DATA
        assert service["UMask"] == "0077" and service["NoNewPrivileges"] == "yes"
        assert "StateDirectory" not in service  # not under /var/lib: systemd cannot make it
    assert hub["Service"]["Restart"] == "on-failure"
    assert backup["Service"]["Type"] == "oneshot"
    assert timer["Timer"]["OnCalendar"] and timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_data_under_var_lib_is_the_units_state_directory(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", "/var/lib/branch-hub", "hub", "install-service", "--exe", EXE]) == 0
    hub = _ini(_units(capsys.readouterr().out)["lobby-hub.service"])
    assert hub["Service"]["StateDirectory"] == "branch-hub"  # --data-dir before `hub` counts too
    assert hub["Service"]["StateDirectoryMode"] == "0700"
    assert "--data-dir /var/lib/branch-hub hub" in hub["Service"]["ExecStart"]


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["--exe", "dist/lobby-app/lobby-app"], "--exe"),
        (["--exe", EXE, "--data-dir", "hub-data"], "--data-dir"),
        (["--exe", EXE, "--write", "units"], "--write"),
    ],
)
def test_a_relative_path_is_refused_naming_its_option(
    args: list[str], option: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["hub", "install-service", *args]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(f"lobby-app: {option}: give an absolute")
    assert captured.out == "" and list(tmp_path.iterdir()) == []


def test_a_path_systemd_would_split_or_expand_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    for exe in ("/opt/lobby app/lobby-app", "/opt/100%/lobby-app"):
        assert main(["hub", "install-service", "--exe", exe]) == 2
        assert capsys.readouterr().err.startswith("lobby-app: --exe: ")
    assert main(["hub", "install-service", "--exe", EXE, "--user", "Root Admin"]) == 2
    assert capsys.readouterr().err.startswith("lobby-app: --user: ")


def test_write_puts_the_printed_units_in_the_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["hub", "install-service", "--exe", EXE, "--data-dir", DATA]) == 0
    printed = _units(capsys.readouterr().out)
    assert main(["hub", "install-service", "--exe", EXE, "--data-dir", DATA, "--write", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(NAMES)
    for name in NAMES:
        assert (tmp_path / name).read_text(encoding="utf-8") == printed[name]
    assert "systemctl daemon-reload" in capsys.readouterr().out


def test_the_units_in_deploy_are_the_rendered_defaults() -> None:
    """deploy/ holds what `install-service` writes for /opt/lobby-app and /var/lib/lobby-hub: one source."""
    service = su.HubService.checked(exe=su.DEFAULT_EXE, data_dir=su.DEFAULT_DATA_DIR, user=su.DEFAULT_USER)
    for name, text in su.hub_units(service).items():
        assert (REPO_ROOT / "deploy" / name).read_text(encoding="utf-8") == text, f"deploy/{name} differs"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_accepts_the_written_units(tmp_path: Path) -> None:
    exe = tmp_path / "lobby-app"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    units = tmp_path / "units"
    units.mkdir()
    assert main(["hub", "install-service", "--exe", str(exe), "--data-dir", DATA, "--write", str(units)]) == 0
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *(str(units / name) for name in NAMES)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SYSTEMD_LOG_LEVEL": "warning"},
        check=False,
    )
    # verify reports each problem of a unit as a line naming its file; a container's own complaints do not
    problems = [line for line in done.stderr.splitlines() if any(name in line for name in NAMES)]
    assert done.returncode == 0 and problems == [], done.stderr
