"""Settings from LOBBY_* variables and the command line: each bad value is refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from lobby_app.settings import Settings, default_data_dir


def test_defaults_when_nothing_is_set():
    s = Settings.load({})
    assert (s.language, s.idle_lock_minutes, s.kiosk, s.virtual_keyboard) == ("zh_CN", 5, False, False)
    assert s.data_dir == default_data_dir()
    assert s.db_path == s.data_dir / "lobby.db"


def test_environment_is_read_and_the_command_line_wins(tmp_path):
    env = {
        "LOBBY_DATA_DIR": str(tmp_path),
        "lobby_language": "en",  # names are case-insensitive, as on Windows
        "LOBBY_IDLE_LOCK_MINUTES": "240",
        "LOBBY_KIOSK": "yes",
        "LOBBY_VIRTUAL_KEYBOARD": "0",
        "LOBBY_DEVICE_NAME": "大堂平板1",
        "OTHER": "ignored",
    }
    s = Settings.load(env)
    assert (s.data_dir, s.language, s.idle_lock_minutes) == (tmp_path, "en", 240)
    assert (s.kiosk, s.virtual_keyboard) == (True, False)
    assert s.device_name == "大堂平板1"
    assert Settings.load(env, idle_lock_minutes=1, language="zh_CN").idle_lock_minutes == 1


@pytest.mark.parametrize("minutes", [0, 241])
def test_idle_lock_outside_1_to_240_minutes_is_refused(minutes):
    with pytest.raises(ValueError, match="idle_lock_minutes: must be between 1 and 240 minutes"):
        Settings.load({}, idle_lock_minutes=minutes)
    with pytest.raises(ValueError, match="idle_lock_minutes: must be between 1 and 240"):
        Settings.load({"LOBBY_IDLE_LOCK_MINUTES": str(minutes)})


@pytest.mark.parametrize(
    ("name", "value", "rule"),
    [
        ("LOBBY_IDLE_LOCK_MINUTES", "five", "must be a whole number, not 'five'"),
        ("LOBBY_KIOSK", "maybe", "must be one of 1, true, yes, on, 0, false, no, off, not 'maybe'"),
        ("LOBBY_DATA_DIR", "  ", "must name a folder"),
    ],
)
def test_a_variable_that_does_not_parse_is_refused_by_name(name, value, rule):
    with pytest.raises(ValueError) as e:
        Settings.load({name: value})
    assert str(e.value) == f"{name}: {rule}"


def test_linux_data_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_data_dir() == tmp_path / "lobby-app"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert default_data_dir() == Path.home() / ".local" / "share" / "lobby-app"
