"""One serving hub per data directory: it holds an exclusive lock on `hub.lock` there for as long as it runs
(POSIX `flock`, which the system releases when the process ends, however it ends), with its pid in the
file. A second hub over the same data directory, and `hub restore`, are refused while it is held.

On Windows there is no flock: nothing is locked and the operator stops the service first (deploy/README.md).
For a PostgreSQL store served from another machine the lock cannot see that hub either.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from .. import private

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

FILE_NAME = "hub.lock"


class HubRunning(Exception):
    """A hub serves this data directory now: the message names its pid."""


def hold(data_dir: Path) -> IO[str] | None:
    """Take the lock for this process (keep the returned file open as long as it serves); HubRunning when
    another process holds it."""
    if fcntl is None:
        return None
    path = private.private_dir(data_dir) / FILE_NAME
    file = open(path, "a+", encoding="utf-8", opener=private.opener)  # noqa: SIM115 (held for the process's life)
    try:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        file.seek(0)
        holder = file.read().strip() or "?"
        file.close()
        raise HubRunning(f"a hub (pid {holder}) is serving the store in {data_dir}") from None
    file.seek(0)
    file.truncate()
    file.write(f"{os.getpid()}\n")
    file.flush()
    return file


def check_stopped(data_dir: Path) -> None:
    """HubRunning if a hub serves this data directory now (the lock is taken and let go at once)."""
    held = hold(data_dir)
    if held is not None:
        held.close()
