"""The app's settings: built once in the composition root from the environment and the command line.

Standard library only: the window's first frame waits for these (gui/start.py), and pydantic-settings
with platformdirs cost some 0.3 s of imports (python -X importtime), as long as a bare QML window takes.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from . import private

ENV_PREFIX = "LOBBY_"
IDLE_LOCK_MINUTES = (1, 240)
FONT_SCALES = (100, 125, 150)  # per cent of the screens' type sizes: standard, larger, largest
DISPLAY_FILE = "display.json"  # what a person chose at this device and the app remembers: the font scale
TRUE, FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


def default_data_dir() -> Path:
    """The user's data directory: XDG on Linux (as platformdirs gives it), platformdirs elsewhere."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_DATA_HOME", "").strip() or str(Path.home() / ".local" / "share")
        return Path(base) / "lobby-app"
    import platformdirs

    return Path(platformdirs.user_data_dir("lobby-app", appauthor=False))


@dataclass(frozen=True, slots=True)
class Settings:
    """LOBBY_* environment variables override the defaults; command-line flags override both."""

    data_dir: Path = field(default_factory=default_data_dir)
    branch_timezone: str = "Asia/Shanghai"
    language: str = "zh_CN"
    device_name: str = "lobby-tablet"
    idle_lock_minutes: int = 5  # a hall tablet left alone locks itself
    virtual_keyboard: bool = False  # Qt Virtual Keyboard (pinyin) for tablets without a keyboard
    kiosk: bool = False
    font_scale: int = 100  # per cent; chosen on the device (the header's "Text size"), kept in display.json

    def __post_init__(self) -> None:
        object.__setattr__(self, "data_dir", Path(self.data_dir))  # a str is taken too (frozen: set once here)
        low, high = IDLE_LOCK_MINUTES
        if not low <= self.idle_lock_minutes <= high:
            raise ValueError(f"idle_lock_minutes: must be between {low} and {high} minutes")
        check_font_scale("font_scale", self.font_scale)

    @classmethod
    def load(cls, environ: Mapping[str, str] = os.environ, **overrides: Any) -> Settings:
        """From the data directory's display.json (what was chosen on this device), then LOBBY_<NAME>
        variables (case-insensitive names), then `overrides`. A value that does not parse raises ValueError
        naming the variable, or the file and the field, and the rule."""
        given = {k.upper(): v for k, v in environ.items() if k.upper().startswith(ENV_PREFIX)}
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = ENV_PREFIX + f.name.upper()
            if name in given:
                values[f.name] = _parse(name, given[name], f.type)
        values |= overrides
        data_dir = Path(values["data_dir"]) if "data_dir" in values else default_data_dir()
        return cls(**(read_display(data_dir) | values))

    @property
    def db_path(self) -> Path:
        return self.data_dir / "lobby.db"

    @property
    def device_id_path(self) -> Path:
        return self.data_dir / "device-id"


def check_font_scale(name: str, scale: object) -> int:
    """`scale` if it is one of FONT_SCALES, else ValueError naming `name` (a variable, a file's field)."""
    if isinstance(scale, bool) or scale not in FONT_SCALES:
        allowed = ", ".join(str(s) for s in FONT_SCALES)
        raise ValueError(f"{name}: must be one of {allowed} (per cent), not {scale!r}")
    assert isinstance(scale, int)
    return scale


def read_display(data_dir: Path) -> dict[str, Any]:
    """What was chosen on this device (display.json in `data_dir`): {} when nothing was; ValueError naming
    the file and the field when it holds what this version cannot take."""
    path = data_dir / DISPLAY_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError, PermissionError):  # the data directory's own check names it
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ValueError(f"{path}: cannot be read ({e}); delete it to start at 100% text size") from None
    if not isinstance(data, dict):
        raise ValueError(f'{path}: must hold a JSON object, e.g. {{"font_scale": 125}}')
    if "font_scale" not in data:
        return {}
    return {"font_scale": check_font_scale(f"{path}: font_scale", data["font_scale"])}


def save_font_scale(data_dir: Path, scale: int) -> None:
    """Remember the font scale chosen on this device in `data_dir`'s display.json (written whole, then
    moved into place: a crash leaves the old file or the new, never half of one)."""
    check_font_scale("font_scale", scale)
    path = data_dir / DISPLAY_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        data = {}
    data = (data if isinstance(data, dict) else {}) | {"font_scale": scale}
    private.private_dir(data_dir)
    partial = path.with_suffix(".json.partial")
    private.write_text(partial, json.dumps(data, indent=2) + "\n")
    os.replace(partial, path)


def _parse(name: str, text: str, kind: Any) -> Any:
    kind = str(kind)  # `from __future__ import annotations`: the field types are their names
    if kind == "Path":
        if not text.strip():
            raise ValueError(f"{name}: must name a folder")
        return Path(text).expanduser()
    if kind == "int":
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"{name}: must be a whole number, not {text!r}") from None
    if kind == "bool":
        word = text.strip().lower()
        if word not in TRUE + FALSE:
            raise ValueError(f"{name}: must be one of {', '.join(TRUE + FALSE[:-1])}, not {text!r}")
        return word in TRUE
    return text
