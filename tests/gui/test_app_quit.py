"""An enrolled device quits cleanly: the sync says goodbye after Qt's loop ends (exit code 0, no traceback),
even with its hub unreachable. In a process of its own, as the app runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUIT_SOON = """
import sys
from PySide6.QtCore import QTimer
from lobby_app import cli
from lobby_app.gui import start

made = start.make_app
def make_app(**kw):
    app = made(**kw)
    QTimer.singleShot(1500, app.quit)  # as the window closing, or kiosk mode ending, would
    return app
start.make_app = make_app
sys.exit(cli.main(sys.argv[1:]))
"""


def test_an_enrolled_device_quits_with_exit_code_0_while_its_hub_is_down(tmp_path):
    (tmp_path / "hub.json").write_text(
        json.dumps({"url": "http://127.0.0.1:9", "token": "t", "device_name": "大堂平板1"}), encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-c", QUIT_SOON, "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-3000:]
