"""The wire between a device and the branch hub: one pydantic model per command (`commands`) and per
shared row (`rows`), under a version (`versions`).

`docs/protocol.md` says what may change within a version and how a command or a row gains a field.
"""

from .commands import COMMANDS, Command, parse_command
from .versions import HEADER, OLDEST, VERSION, Mismatch, check_version

__all__ = ["COMMANDS", "HEADER", "OLDEST", "VERSION", "Command", "Mismatch", "check_version", "parse_command"]
