"""Where ui/, resources/ and db/ live: inside a standalone bundle, the installed wheel, or the checkout's root."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_data"  # the wheel puts the three folders here (pyproject force-include)
_CHECKOUT = _PACKAGE.parent


def _frozen_root() -> Path | None:
    """A standalone bundle's data folder (tools/build_bundle.sh): PyInstaller's `sys._MEIPASS` (the bundle's
    `_internal/`), else, for another freezer that sets `sys.frozen`, the executable's own folder."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def _roots() -> list[Path]:
    frozen = _frozen_root()
    return [*([frozen] if frozen is not None else []), _BUNDLED, _CHECKOUT]


def _find(name: str) -> Path:
    roots = _roots()
    for root in roots:
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name}/ is in none of {', '.join(str(r) for r in roots)}")


def ui_dir() -> Path:
    return _find("ui")


def resources_dir() -> Path:
    return _find("resources")


def migrations_dir() -> Path:
    return _find("db")
