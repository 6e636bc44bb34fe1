"""Settings from LOBBY_* variables and the command line: each bad value is refused by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lobby_app.settings import DISPLAY_FILE, Settings, default_data_dir, save_font_scale


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


def test_the_font_scale_is_100_unless_chosen_and_only_100_125_or_150(tmp_path):
    assert Settings.load({}, data_dir=tmp_path).font_scale == 100
    assert Settings.load({"LOBBY_FONT_SCALE": "125"}, data_dir=tmp_path).font_scale == 125
    for bad in (0, 110, 175, True):
        with pytest.raises(ValueError) as e:
            Settings.load({}, data_dir=tmp_path, font_scale=bad)
        assert str(e.value) == f"font_scale: must be one of 100, 125, 150 (per cent), not {bad!r}"


def test_the_font_scale_chosen_on_the_device_is_remembered_and_the_environment_wins(tmp_path):
    save_font_scale(tmp_path, 150)
    assert json.loads((tmp_path / DISPLAY_FILE).read_text()) == {"font_scale": 150}
    assert Settings.load({}, data_dir=tmp_path).font_scale == 150
    assert Settings.load({"LOBBY_DATA_DIR": str(tmp_path)}).font_scale == 150
    assert Settings.load({"LOBBY_FONT_SCALE": "100"}, data_dir=tmp_path).font_scale == 100
    with pytest.raises(ValueError, match="font_scale: must be one of 100, 125, 150"):
        save_font_scale(tmp_path, 200)
    assert Settings.load({}, data_dir=tmp_path).font_scale == 150  # the bad one was not written


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{"font_scale": 175}', "display.json: font_scale: must be one of 100, 125, 150 (per cent), not 175"),
        ('{"font_scale": "150"}', "display.json: font_scale: must be one of 100, 125, 150 (per cent), not '150'"),
        ("[150]", "display.json: must hold a JSON object"),
        ("{font_scale: 150", "display.json: cannot be read"),
    ],
)
def test_a_bad_display_file_is_refused_naming_the_file_and_the_field(tmp_path, text, says):
    (tmp_path / DISPLAY_FILE).write_text(text)
    with pytest.raises(ValueError) as e:
        Settings.load({}, data_dir=tmp_path)
    assert str(e.value).startswith(str(tmp_path / "x")[:-1])  # the file's full path first
    assert says in str(e.value)
