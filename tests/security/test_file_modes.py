"""Files holding customers or secrets are this user's alone: 0600 files in a 0700 data directory, for a
device and for the hub, whatever the umask; and an older install's looser modes are tightened at start."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lobby_app import logs
from lobby_app.app_setup import device_id, open_store
from lobby_app.cli import main
from lobby_app.settings import Settings
from lobby_app.store.engine import Database
from lobby_app.sync import config

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def modes(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder` (and itself, as "."), by its path, with its mode in octal."""
    found = {".": oct(stat.S_IMODE(folder.stat().st_mode))}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = oct(stat.S_IMODE(path.stat().st_mode))
    return found


def private(found: dict[str, str], folders: set[str]) -> bool:
    return all(mode == ("0o700" if name in folders else "0o600") for name, mode in found.items())


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Everything made readable and writable by all unless the app says otherwise (umask 000)."""
    before = os.umask(0)
    try:
        yield
    finally:
        os.umask(before)


@pytest.fixture
def log_file(monkeypatch) -> Iterator[None]:
    """logs.configure's handlers removed again after the test; a small file, so it rolls over."""
    monkeypatch.setattr(logs, "MAX_BYTES", 200)
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield
    for handler in root.handlers[len(handlers) :]:
        handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    logs.log.setLevel(logging.NOTSET)
    sys.excepthook = hook


def test_a_devices_first_start_makes_every_file_0600_in_a_0700_folder(tmp_path: Path, open_umask, log_file):
    data = tmp_path / "device"
    ctx = open_store(Settings(data_dir=data))  # a fresh store: the migrations write, so -wal and -shm exist
    try:
        config.save(data, config.HubConfig("https://hub.example:8765", "the-device-token", "大堂平板1"))
        logs.configure(data)
        for n in range(20):  # past 200 bytes a few times: the files after a rollover too
            logs.log.warning("record %d of the test, long enough to roll the file over soon", n)
        found = modes(data)
    finally:
        ctx.db.dispose()
    made = {"lobby.db", "lobby.db-wal", "lobby.db-shm", "device-id", "hub.json", "logs", "logs/lobby-app.log"}
    assert made | {".", "logs/lobby-app.log.1"} <= found.keys(), found
    assert private(found, {".", "logs"}), found


def test_the_hubs_store_and_id_are_0600_in_a_0700_folder(tmp_path: Path, open_umask, capsys):
    folder = tmp_path / "hub"
    assert main(["--data-dir", str(tmp_path / "device"), "hub", "--db", str(folder / "hub.db"), "--demo-data"]) == 0
    found = modes(folder)
    assert {".", "hub.db", "device-id"} <= found.keys(), found
    assert private(found, {"."}), found


def test_an_older_installs_files_and_folder_are_tightened_at_start(tmp_path: Path, log_file):
    data = tmp_path / "device"
    settings = Settings(data_dir=data)
    db = Database(settings.db_path)
    device_id(settings)
    config.save(data, config.HubConfig("https://hub.example:8765", "the-device-token", "大堂平板1"))
    logs.configure(data)
    logs.log.warning("a record")
    with db.write() as s:  # the store is open: its -wal and -shm are there
        s.connection().exec_driver_sql("CREATE TABLE t (x)")
    before = modes(data)
    assert {"lobby.db-wal", "lobby.db-shm", "logs/lobby-app.log"} <= before.keys()
    for name in before:  # as an older version left them
        (data / name).chmod(0o755 if (data / name).is_dir() else 0o644)
    assert not private(modes(data), {".", "logs"})

    again = Database(settings.db_path)  # the app starting again, while another process holds the store
    device_id(settings)
    config.load(data)
    logs.configure(data)
    try:
        assert private(modes(data), {".", "logs"}), modes(data)
    finally:
        again.dispose()
        db.dispose()
