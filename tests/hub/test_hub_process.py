"""`lobby-app hub` as the branch runs it: its own process, an enrolment code, a clean stop on SIGTERM."""

from __future__ import annotations

import signal
import stat
import subprocess
import sys
import uuid

import pytest

from lobby_app.cli import main
from lobby_app.store.backup import backups_in
from lobby_app.sync import config

from .conftest import STORES, free_port, start_hub_process


@pytest.mark.parametrize("store", STORES)
def test_the_hub_command_serves_then_stops_cleanly_on_sigterm(tmp_path, capsys, store, request, children, monkeypatch):
    file = tmp_path / "hub" / "lobby.db"
    db = request.getfixturevalue("postgres_db") if store == "postgresql" else str(file)
    base = ["--data-dir", str(tmp_path / "device")]
    hub_dir = file.parent if store == "sqlite" else tmp_path / "device"  # tls/, logs/, hub.lock
    # The branch's staff live in the hub's store: seed a demo branch there first.
    assert main([*base, "hub", "--db", db, "--demo-data"]) == 0
    capsys.readouterr()
    enrol = [*base, "hub", "--enrolment-code", "--pin-env", "HEAD_PIN", "--staff-no"]
    monkeypatch.setenv("HEAD_PIN", "135790")
    assert main([*enrol, "1001", "--db", db]) == 2  # a lobby manager
    assert "only the branch head may enrol a device" in capsys.readouterr().err
    monkeypatch.setenv("HEAD_PIN", "246810")
    assert main([*enrol, "8001", "--db", f"sqlite:///{file}" if store == "sqlite" else db]) == 0
    code = capsys.readouterr().out.strip()
    port = free_port()
    hub = start_hub_process(children, [*base, "hub", "--db", str(db)], port)
    enrolled = config.enrol(f"https://127.0.0.1:{port}", code=code, name="平板1", device_id=str(uuid.uuid4()))
    assert enrolled.anchor is not None and enrolled.token
    # While it serves: a backup of the live store, checked; but no restore under it, and no second hub.
    assert main([*base, "hub", "backup", "--db", db, "--to", str(tmp_path / "backups")]) == 0
    (taken,) = backups_in(tmp_path / "backups")
    capsys.readouterr()
    assert main([*base, "hub", "restore", str(taken), "--db", db]) == 1
    assert capsys.readouterr().err == (
        f"lobby-app: restore: a hub (pid {hub.pid}) is serving the store in {hub_dir}; stop it first, then restore\n"
    )
    second = children.start(
        [sys.executable, "-m", "lobby_app", *base, "hub", "--db", db, "--port", str(free_port())],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _, err = second.communicate(timeout=60)
    assert second.returncode == 1 and err.startswith(f"lobby-app: a hub (pid {hub.pid}) is serving the store in")
    hub.send_signal(signal.SIGTERM)
    out, _ = hub.communicate(timeout=30)
    # uvicorn finishes the requests in flight, shuts the app down, then re-raises SIGTERM as it should.
    assert hub.returncode in (0, -signal.SIGTERM), out
    assert "Application shutdown complete" in out and "Finished server process" in out
    # ... and into the hub's own log file, beside its store (0600, rotated like the app's: lobby_app/logs.py)
    log = hub_dir / "logs" / "lobby-hub.log"
    assert "uvicorn.error: Application startup complete" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
