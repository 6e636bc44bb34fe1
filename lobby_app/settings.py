"""The app's settings: built once in the composition root from the environment and the command line."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("lobby-app", appauthor=False))


class Settings(BaseSettings):
    """LOBBY_* environment variables override the defaults; command-line flags override both."""

    model_config = SettingsConfigDict(env_prefix="LOBBY_")

    data_dir: Path = Field(default_factory=default_data_dir)
    branch_timezone: str = "Asia/Shanghai"
    language: str = "zh_CN"
    device_name: str = "lobby-tablet"
    idle_lock_minutes: int = Field(default=5, ge=1, le=240)  # a hall tablet left alone locks itself
    virtual_keyboard: bool = False  # Qt Virtual Keyboard (pinyin) for tablets without a keyboard
    kiosk: bool = False

    @property
    def db_path(self) -> Path:
        return self.data_dir / "lobby.db"

    @property
    def device_id_path(self) -> Path:
        return self.data_dir / "device-id"
