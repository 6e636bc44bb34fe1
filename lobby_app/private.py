"""Files that hold customers or secrets are this user's alone: 0600 files in a 0700 directory.

Each is made with that mode (never made first and tightened after: another user could open it in
between), and an existing one is tightened when the app opens it, so an upgrade fixes an old install.
Standard library only, outside the layers: the store, the sync, the log and the screens all use it.

Windows has no such modes (os.chmod only sets read-only there): the user's profile folder keeps the
data directory private by its ACL, so these calls leave Windows alone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
_POSIX = os.name == "posix"

log = logging.getLogger(__name__)


def private_dir(path: Path) -> Path:
    """`path` made if missing (its parents as usual) and tightened to 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if _POSIX:
        _tighten_dir(path)
    return path


def tighten(*paths: Path) -> None:
    """Existing files to 0600 (missing ones are skipped): what older versions made 0644."""
    if not _POSIX:
        return
    for path in paths:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            continue
        if mode != FILE_MODE:
            _chmod(path, FILE_MODE)


def create(path: Path) -> None:
    """An empty file made 0600 if it is missing, else tightened. SQLite then makes the store's -wal and
    -shm with the main file's mode (os_unix.c, findCreateFileMode), whatever the umask."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    tighten(path)


def write_text(path: Path, text: str) -> None:
    """Replace the file's text, the file being (or becoming) 0600 before a byte is written."""
    with open(path, "w", encoding="utf-8", opener=opener) as f:
        f.write(text)


def opener(path: str | os.PathLike[str], flags: int) -> int:
    """For open(..., opener=opener): a new file is made 0600; an existing one is tightened first."""
    fd = os.open(path, flags, FILE_MODE)
    if _POSIX and stat.S_IMODE(os.fstat(fd).st_mode) != FILE_MODE:
        os.fchmod(fd, FILE_MODE)
    return fd


def _tighten_dir(path: Path) -> None:
    info = path.stat()
    shared = info.st_mode & stat.S_ISVTX and info.st_mode & stat.S_IWOTH  # /tmp and the like: not ours to close
    if stat.S_IMODE(info.st_mode) != DIR_MODE and not shared:
        _chmod(path, DIR_MODE)


def _chmod(path: Path, mode: int) -> None:
    try:
        path.chmod(mode)
    except PermissionError:  # another user's file: the app goes on, and support can see why in the log
        log.warning("could not make %s private (mode %o): it belongs to another user", path, mode)
