"""The `lobby-app` commands on a real data directory."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lobby_app import __version__
from lobby_app.cli import main
from lobby_app.store.migrate import head_revision


def test_version():
    out = subprocess.run([sys.executable, "-m", "lobby_app", "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"lobby-app {__version__}"


def test_migrate_then_demo_data_prints_every_role_and_refuses_a_second_time(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "migrate"]) == 0
    assert f"schema {head_revision()}" in capsys.readouterr().out
    assert (tmp_path / "lobby.db").exists()
    assert main(["--data-dir", str(tmp_path), "demo-data"]) == 0
    out = capsys.readouterr().out
    for role in ("branch head", "lobby manager", "teller", "wealth manager"):
        assert role in out
    assert "PIN 246810" in out
    assert main(["--data-dir", str(tmp_path), "demo-data"]) == 2
    assert "already has staff" in capsys.readouterr().err


def test_screenshot_writes_a_png_of_the_named_screen(tmp_path, capsys):
    out = tmp_path / "shots" / "lobby.png"
    assert main(["--lang", "en", "screenshot", "--screen", "eligible", "--size", "800x1280", "--out", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_refuses_an_unknown_screen_or_size(tmp_path, capsys):
    out = tmp_path / "x.png"
    assert main(["screenshot", "--screen", "nope", "--out", str(out)]) == 2
    assert "--screen must be one of" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="--size must be WIDTHxHEIGHT"):
        main(["screenshot", "--screen", "lobby", "--size", "big", "--out", str(out)])
    assert not out.exists()


def test_an_idle_lock_out_of_range_is_refused_by_name(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "--idle-lock", "0", "migrate"]) == 2
    assert "idle_lock_minutes" in capsys.readouterr().err


def test_response_time_is_shown_and_set_only_by_the_branch_head(tmp_path, capsys, monkeypatch):
    base = ["--data-dir", str(tmp_path)]
    assert main([*base, "demo-data"]) == 0
    capsys.readouterr()
    assert main([*base, "response-time"]) == 0
    assert capsys.readouterr().out.strip() == "response time: 120 s"
    pin = ["--pin-env", "HEAD_PIN"]
    monkeypatch.setenv("HEAD_PIN", "314159")
    assert main([*base, "response-time", "90", "--staff-no", "3001", *pin]) == 2  # a wealth manager
    assert "actor: only the branch head" in capsys.readouterr().err
    monkeypatch.setenv("HEAD_PIN", "246810")
    assert main([*base, "response-time", "10", "--staff-no", "8001", *pin]) == 2
    assert "response_time_s: must be between 30 and 1800 seconds" in capsys.readouterr().err
    monkeypatch.setenv("HEAD_PIN", "000000")
    assert main([*base, "response-time", "90", "--staff-no", "8001", *pin]) == 2
    assert "pin: staff number or PIN is wrong" in capsys.readouterr().err
    monkeypatch.setenv("HEAD_PIN", "246810")
    assert main([*base, "response-time", "90", *pin]) == 2
    assert "--staff-no: give the branch head's staff number" in capsys.readouterr().err
    assert main([*base, "response-time", "90", "--staff-no", "8001", *pin]) == 0
    assert capsys.readouterr().out.strip() == "response time: 90 s"


def test_hub_option_needs_an_address_and_an_enrolled_device(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "tablet")]
    assert main([*data, "--hub", "192.168.1.10:8765"]) == 2
    assert "https://HOST:PORT" in capsys.readouterr().err
    assert main([*data, "--hub", "https://192.168.1.10:8765"]) == 2  # not enrolled: nothing starts
    assert "lobby-app enrol --hub https://192.168.1.10:8765 --code CODE --name NAME" in capsys.readouterr().err


def test_the_branch_is_staffed_at_the_hub_head_first_then_by_the_head(tmp_path, capsys, monkeypatch):
    hub = ["--data-dir", str(tmp_path / "hub"), "hub", "--db", str(tmp_path / "hub" / "hub.db")]
    wm = ["--add-staff", "3001", "--name", "李明", "--role", "wealth_manager", "--new-pin-env", "NEW_PIN"]
    by_head = ["--staff-no", "8001", "--pin-env", "HEAD_PIN"]
    monkeypatch.setenv("NEW_PIN", "314159")
    assert main([*hub, *wm]) == 2  # the first person of a branch is its head
    assert "role: the first staff member must be the branch head" in capsys.readouterr().err
    head = ["--add-staff", "8001", "--name", "周敏", "--role", "branch_head", "--new-pin-env", "HEAD_PIN"]
    monkeypatch.setenv("HEAD_PIN", "246810")
    assert main([*hub, *head]) == 0
    assert main([*hub, *wm]) == 2  # now only with the head's staff number and PIN
    assert "actor" in capsys.readouterr().err
    monkeypatch.setenv("HEAD_PIN", "000000")
    assert main([*hub, *wm, *by_head]) == 2
    assert "staff number or PIN is wrong" in capsys.readouterr().err
    monkeypatch.setenv("HEAD_PIN", "246810")
    monkeypatch.setenv("NEW_PIN", "12")
    assert main([*hub, *wm, *by_head]) == 2  # a PIN too short
    assert "pin:" in capsys.readouterr().err
    monkeypatch.setenv("NEW_PIN", "314159")
    assert main([*hub, *wm, *by_head]) == 0
    assert "added 3001 李明" in capsys.readouterr().out
    assert main([*hub, "--enrolment-code", *by_head]) == 0  # the head enrols devices
