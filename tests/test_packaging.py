"""The built wheel carries ui/, resources/ and db/, and the installed app finds them there."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def _run(args: list[str], *, timeout: float, **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False, **kwargs)
    assert result.returncode == 0, (
        f"{args} exited {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )
    return result


@pytest.mark.slow
def test_wheel_bundles_data_and_installed_app_finds_it(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    site = tmp_path / "site"
    data = tmp_path / "data"
    work = tmp_path / "work"  # cwd for the installed app: anywhere but the checkout
    work.mkdir()

    pip_env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist), str(REPO_ROOT)],
        timeout=300,
        env=pip_env,
    )
    wheels = sorted(dist.glob("lobby_app-*.whl"))
    assert len(wheels) == 1, f"expected one lobby_app wheel, found {wheels}"
    wheel = wheels[0]

    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    for folder in ("ui", "resources"):
        prefix = f"lobby_app/_data/{folder}/"
        assert any(n.startswith(prefix) for n in names), f"wheel has nothing under {prefix}"
    assert "lobby_app/_data/db/env.py" in names
    assert any(
        n.startswith("lobby_app/_data/db/versions/") and n.endswith(".py") and n.count("/") == 4 for n in names
    ), "wheel has no migration under lobby_app/_data/db/versions/"

    _run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(site), str(wheel)],
        timeout=300,
        env=pip_env,
    )

    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("PYTHONHOME", None)
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "import lobby_app\n"
        "from lobby_app.paths import migrations_dir, resources_dir, ui_dir\n"
        "site = Path(sys.argv[1]).resolve()\n"
        "bundled = site / 'lobby_app' / '_data'\n"
        "assert Path(lobby_app.__file__).resolve().is_relative_to(site), lobby_app.__file__\n"
        "for found in (ui_dir(), resources_dir(), migrations_dir()):\n"
        "    assert found.resolve().is_relative_to(bundled), found\n"
    )
    _run([sys.executable, "-c", probe, str(site)], timeout=120, env=env, cwd=work)

    _run([sys.executable, "-m", "lobby_app", "--data-dir", str(data), "migrate"], timeout=180, env=env, cwd=work)
    assert (data / "lobby.db").is_file()
