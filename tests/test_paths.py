"""The app finds ui/, resources/ and db/ in a standalone bundle first, then in the wheel or the checkout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lobby_app import paths

REPO_ROOT = Path(__file__).resolve().parents[1]
FINDERS = {"ui": paths.ui_dir, "resources": paths.resources_dir, "db": paths.migrations_dir}


def _bundle(root: Path, names: tuple[str, ...] = ("ui", "resources", "db")) -> Path:
    for name in names:
        (root / name).mkdir(parents=True)
    return root


def test_from_the_checkout_when_not_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    for name, find in FINDERS.items():
        assert find() == REPO_ROOT / name


def test_pyinstaller_bundle_data_folder_comes_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "_internal")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    for name, find in FINDERS.items():
        assert find() == bundle / name


def test_another_freezer_uses_the_executables_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "lobby-app")
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "lobby-app"))
    for name, find in FINDERS.items():
        assert find() == bundle / name


def test_a_folder_missing_from_the_bundle_is_looked_for_further(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundle = _bundle(tmp_path / "_internal", names=("ui",))
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.ui_dir() == bundle / "ui"
    assert paths.migrations_dir() == REPO_ROOT / "db"


def test_a_folder_found_nowhere_names_every_place_looked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(FileNotFoundError) as caught:
        paths._find("no-such-folder")
    message = str(caught.value)
    assert str(tmp_path) in message and str(REPO_ROOT) in message
