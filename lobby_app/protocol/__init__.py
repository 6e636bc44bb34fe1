"""The wire between a device and the branch hub: one pydantic model per command (`commands`) and per
shared row (`rows`), under a version (`versions`).

`docs/protocol.md` says what may change within a version and how a command or a row gains a field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .versions import HEADER, OLDEST, VERSION, Mismatch, check_version

if TYPE_CHECKING:
    from .commands import COMMANDS, Command, parse_command

__all__ = ["COMMANDS", "HEADER", "OLDEST", "VERSION", "Command", "Mismatch", "check_version", "parse_command"]


def __getattr__(name: str) -> Any:
    """The command models (pydantic) when first named: a device reads hub.json (sync.config, the version
    header) before its window's first frame, and pydantic then would delay that frame."""
    if name in ("COMMANDS", "Command", "parse_command"):
        from . import commands

        return getattr(commands, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
