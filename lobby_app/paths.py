"""Where ui/, resources/ and db/ live: inside the installed wheel, or at the checkout's root."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_data"  # the wheel puts the three folders here (pyproject force-include)
_CHECKOUT = _PACKAGE.parent


def _find(name: str) -> Path:
    for root in (_BUNDLED, _CHECKOUT):
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"{name}/ is neither bundled in {_BUNDLED} nor in the checkout {_CHECKOUT}")


def ui_dir() -> Path:
    return _find("ui")


def resources_dir() -> Path:
    return _find("resources")


def migrations_dir() -> Path:
    return _find("db")
