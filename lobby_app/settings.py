"""The app's settings: built once in the composition root from the environment and the command line.

Standard library only: the window's first frame waits for these (gui/start.py), and pydantic-settings
with platformdirs cost some 0.3 s of imports (python -X importtime), as long as a bare QML window takes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

ENV_PREFIX = "LOBBY_"
IDLE_LOCK_MINUTES = (1, 240)
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

    def __post_init__(self) -> None:
        object.__setattr__(self, "data_dir", Path(self.data_dir))  # a str is taken too (frozen: set once here)
        low, high = IDLE_LOCK_MINUTES
        if not low <= self.idle_lock_minutes <= high:
            raise ValueError(f"idle_lock_minutes: must be between {low} and {high} minutes")

    @classmethod
    def load(cls, environ: Mapping[str, str] = os.environ, **overrides: Any) -> Settings:
        """From LOBBY_<NAME> variables (case-insensitive names), then `overrides`. A value that does not
        parse raises ValueError naming the variable and the rule."""
        given = {k.upper(): v for k, v in environ.items() if k.upper().startswith(ENV_PREFIX)}
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = ENV_PREFIX + f.name.upper()
            if name in given:
                values[f.name] = _parse(name, given[name], f.type)
        return cls(**(values | overrides))

    @property
    def db_path(self) -> Path:
        return self.data_dir / "lobby.db"

    @property
    def device_id_path(self) -> Path:
        return self.data_dir / "device-id"


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
