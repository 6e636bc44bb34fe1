"""The standalone bundle (tools/build_bundle.sh) runs on its own: no Python of ours, no checkout, no test tools.

Before a release: `tools/check_bundle.sh` builds the bundle and runs this file against it. It is skipped
otherwise (a build takes minutes, past the suite's budget): LOBBY_BUNDLE=dist/lobby-app runs it against a
bundle built already, LOBBY_BUILD_BUNDLE=1 builds one first. Every run starts the bundle's executable with a
bare environment (no PYTHONPATH, HOME in a temporary folder) from a folder outside the checkout.
"""

from __future__ import annotations

import gzip
import os
import signal
import socket
import sqlite3
import ssl
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from lobby_app import __version__
from lobby_app.store.migrate import head_revision

REPO_ROOT = Path(__file__).resolve().parents[1]
OLD_STORE = REPO_ROOT / "tests" / "data" / "device-store-0012.sqlite.gz"
EXE_NAME = "lobby-app.exe" if os.name == "nt" else "lobby-app"

pytestmark = pytest.mark.slow


def _bundle() -> Path:
    given = os.environ.get("LOBBY_BUNDLE")
    if given:
        folder = Path(given).resolve()
    elif os.environ.get("LOBBY_BUILD_BUNDLE") == "1":
        subprocess.run(["bash", str(REPO_ROOT / "tools" / "build_bundle.sh")], check=True, timeout=3600)
        folder = REPO_ROOT / "dist" / "lobby-app"
    else:
        pytest.skip("builds take minutes: run tools/check_bundle.sh, or set LOBBY_BUNDLE=dist/lobby-app")
    if folder.is_file():
        folder = folder.parent
    assert (folder / EXE_NAME).is_file(), f"no {EXE_NAME} in {folder}"
    return folder


@pytest.fixture(scope="module")
def bundle() -> Path:
    return _bundle()


@pytest.fixture
def run(bundle: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home),
        "PATH": os.defpath,
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        **({"SYSTEMROOT": os.environ["SYSTEMROOT"]} if "SYSTEMROOT" in os.environ else {}),
    }

    def run(*args: str, timeout: float = 180, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle / EXE_NAME), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=tmp_path,
            env={**env, **extra},
            check=False,
        )

    run.env = env  # type: ignore[attr-defined]
    return run


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"exit {done.returncode}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    return done.stdout


def test_the_bundle_carries_the_apps_folders_and_no_test_tools(bundle: Path) -> None:
    data = bundle / "_internal"
    assert (data / "ui" / "Main.qml").is_file()
    assert {p.name for p in (data / "ui").glob("*.qml")} == {p.name for p in (REPO_ROOT / "ui").glob("*.qml")}
    assert (data / "resources" / "translations" / "lobby_zh_CN.qm").is_file()
    assert {p.name for p in (data / "resources" / "sounds").iterdir()} >= {"handoff.wav", "urgent.wav"}
    migrations = {p.name for p in (REPO_ROOT / "db" / "versions").glob("[0-9]*_*.py")}
    assert {p.name for p in (data / "db" / "versions").glob("[0-9]*_*.py")} == migrations
    for tool in ("pytest", "_pytest", "hypothesis", "mypy", "ruff", "schemathesis", "pytestqt"):
        assert not (data / tool).exists(), f"the test tool {tool} is in the bundle"
    assert not (data / "PySide6" / "Qt" / "qml" / "QtWebEngine").exists()


def test_version(run) -> None:  # type: ignore[no-untyped-def]
    assert _ok(run("--version")).strip() == f"lobby-app {__version__}"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_sign_in_screen_renders_with_no_qml_warning(run, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    """`screenshot` exits 1 on any QML warning: a QML module, a font or the translation the bundle lacks."""
    out = tmp_path / f"sign-in.{lang}.png"
    _ok(run("--lang", lang, "screenshot", "--screen", "sign-in", "--size", "1280x800", "--out", str(out)))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_branch_heads_charts_render(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt Graphs (and the Qt Quick 3D it depends on) are in the bundle."""
    out = tmp_path / "branch.png"
    _ok(run("--lang", "en", "screenshot", "--screen", "branch", "--size", "1280x800", "--out", str(out)))
    assert out.stat().st_size > 10_000


def test_the_app_starts_on_an_old_store_migrating_it(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "tablet"
    data.mkdir(mode=0o700)
    store = data / "lobby.db"
    store.write_bytes(gzip.decompress(OLD_STORE.read_bytes()))
    with sqlite3.connect(store) as conn:
        staff = set(conn.execute("SELECT staff_no, name FROM staff"))
    # The GUI itself, as a tablet starts it: LOBBY_STARTUP_PROBE makes the entry point print its first frame
    # and quit once the store is open and the screens are in (tools/bundle/lobby-app.py).
    out = _ok(run("--data-dir", str(data), LOBBY_STARTUP_PROBE="1"))
    assert out.startswith("FRAME ") and "'first_frame'" in out and "'ready'" in out
    assert f"is at schema {head_revision()}" in _ok(run("--data-dir", str(data), "migrate"))
    with sqlite3.connect(store) as conn:
        assert set(conn.execute("SELECT staff_no, name FROM staff")) == staff


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_hub_serves_over_tls_backs_up_and_stops_cleanly(bundle: Path, run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "hub"
    _ok(run("--data-dir", str(data), "hub", "--demo-data"))
    port = _free_port()
    hub = subprocess.Popen(
        [str(bundle / EXE_NAME), "--data-dir", str(data), "hub", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
        env=run.env,
    )
    try:
        insecure = ssl.create_default_context()
        insecure.check_hostname, insecure.verify_mode = False, ssl.CERT_NONE  # its own CA, made at this start
        deadline, body = time.monotonic() + 120, ""
        while time.monotonic() < deadline and hub.poll() is None:
            try:
                with urllib.request.urlopen(f"https://127.0.0.1:{port}/healthz", context=insecure, timeout=5) as r:
                    body = r.read().decode()
                    break
            except OSError:
                time.sleep(0.5)
        assert '"ok"' in body, f"no answer from the bundle's hub (exit {hub.poll()})"
        assert "backed up" in _ok(run("--data-dir", str(data), "hub", "backup"))
    finally:
        hub.terminate()
        output = hub.communicate(timeout=60)[0]
    # uvicorn ends its graceful shutdown by raising SIGTERM again (as tests/hub/test_hub_process.py allows)
    assert hub.returncode in (0, -signal.SIGTERM), output
    assert "Application shutdown complete" in output
    assert len(list((data / "backups").glob("backup-*.sqlite"))) == 1


def test_install_service_names_the_bundles_own_executable(bundle: Path, run) -> None:  # type: ignore[no-untyped-def]
    out = _ok(run("hub", "install-service", "--data-dir", "/var/lib/lobby-hub"))
    assert f"ExecStart={bundle / EXE_NAME} --data-dir /var/lib/lobby-hub hub --host" in out
