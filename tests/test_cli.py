"""The `lobby-app` commands on a real data directory."""

from __future__ import annotations

import subprocess
import sys

from lobby_app import __version__
from lobby_app.cli import main


def test_version():
    out = subprocess.run([sys.executable, "-m", "lobby_app", "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"lobby-app {__version__}"


def test_migrate_then_demo_data_prints_every_role_and_refuses_a_second_time(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "migrate"]) == 0
    assert "schema 0001" in capsys.readouterr().out
    assert (tmp_path / "lobby.db").exists()
    assert main(["--data-dir", str(tmp_path), "demo-data"]) == 0
    out = capsys.readouterr().out
    for role in ("branch head", "lobby manager", "teller", "wealth manager"):
        assert role in out
    assert "PIN 246810" in out
    assert main(["--data-dir", str(tmp_path), "demo-data"]) == 2
    assert "already has staff" in capsys.readouterr().err
