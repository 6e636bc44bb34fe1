"""Where the app's log goes: stderr, and a file in the device's data directory that support can ask for.

Times are UTC, as everything stored. Customer data stays out of it: the store hides SQL parameters in
its errors (store/engine.py), so a traceback names the statement and the table, never the values.
Still, the folder is 0700 and each file 0600 (lobby_app/private.py): it names staff and devices.
"""

from __future__ import annotations

import logging
import sys
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TextIO

from . import private

FILE_NAME = "lobby-app.log"
MAX_BYTES = 1_000_000  # then lobby-app.log.1 … .3: a few weeks of a quiet device, never a full disk
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("lobby_app")


HUB_FILE_NAME = "lobby-hub.log"  # the hub's, in its own data directory


def configure(data_dir: Path, *, file_name: str = FILE_NAME) -> Path | None:
    """The app's own records from INFO, other libraries' from WARNING (httpx would log every request).
    Returns the file, or None when the data directory cannot hold one (then stderr alone)."""
    formatter = _formatter()
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    path: Path | None = data_dir / "logs" / file_name
    try:
        handlers.append(_file_handler(path))
    except OSError as error:
        path = None
        print(f"lobby-app: no log file in {data_dir}: {error}", file=sys.stderr)
    root = logging.getLogger()
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(logging.WARNING)
    log.setLevel(logging.INFO)
    sys.excepthook = log_uncaught  # PySide hands an exception escaping a slot to this hook
    return path


def record_error(data_dir: Path, error: BaseException, *, file_name: str = FILE_NAME) -> Path | None:
    """An error a command did not expect, with its traceback, into the log file alone (the screen gets one
    line). Returns the file, or None when it could not be written."""
    path = data_dir / "logs" / file_name
    try:
        handler = _file_handler(path)
    except OSError:
        return None
    handler.setFormatter(_formatter())
    record = log.makeRecord(log.name, logging.ERROR, __file__, 0, "command failed", (), None)
    record.exc_info = (type(error), error, error.__traceback__)
    try:
        handler.emit(record)
    finally:
        handler.close()
    return path


def _formatter() -> logging.Formatter:
    formatter = logging.Formatter(FORMAT, "%Y-%m-%dT%H:%M:%SZ")
    formatter.converter = time.gmtime
    return formatter


def _file_handler(path: Path) -> logging.Handler:
    private.private_dir(path.parent)
    private.tighten(*path.parent.glob(path.name + "*"))  # those of an older version
    return _PrivateFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")


class _PrivateFileHandler(RotatingFileHandler):
    """Each new file, the first and those after a rollover, made 0600 (the renamed ones keep that mode)."""

    def _open(self) -> TextIO:
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=private.opener)


def log_uncaught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An error no code caught (e.g. in a Qt slot): in the log for support, and the app goes on."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log.critical("uncaught error", exc_info=(kind, error, tb))
