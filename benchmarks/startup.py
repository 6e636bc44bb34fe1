"""Figure 4: start-up, process start to the first frame of the lobby screen, and peak memory.

Every run is a fresh child process, so nothing is imported or cached in Python already. The parent
reads the clock just before starting the child and again when the child reports the first
`frameSwapped` of its window on stdout. CLOCK_MONOTONIC is shared by all processes on Linux, so the
child's own time stamps (the phases of the start) are on the parent's clock too. The child reports
its own peak RSS (VmHWM) with the frame. The floor is a bare QML window with one Button,
measured the same way in the same run.
"""

from __future__ import annotations

import ast
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .report import Figure, Scale, median

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120.0  # one child; a hung start is an error, not a slow figure
TARGET_RATIO = 1.5
TARGET_EXTRA_MB = 80.0

# What a profile of the child found: python -X importtime, median of 3, and the same start on edited
# copies of ui/ in a scratch directory. Not re-measured by each run, so reported only while missed.
PROFILE = (
    "Before the fixes (a run at 22:40 UTC, 28 November): 2.55 s and 214 MB against the floor's 0.27 s and"
    " 74 MB. Fixed since: alembic (160 ms, 17 MB) is imported only when the store is behind; the branch "
    "head's console, whose charts load Qt Graphs and Quick3D (22 MB), is made only while the head is "
    "signed in; the lobby, referrals and desk pages are made when first shown (peak memory 204 → 193 MB; "
    "loading Main.qml 0.21–0.31 s in the runs since, 0.31–0.32 s before); a device no longer imports "
    "SQLAlchemy's PostgreSQL dialect (~50 ms); the branch head's page is named by file in its Loader, so "
    "no other start loads its type and the Qt Graphs and Quick3D libraries it imports (193 → 180 MB). The"
    " benchmark itself was fixed too: this machine's environment bars writing Python bytecode, so every "
    "timed start compiled the app's own modules from source (~0.45 s) as no installed app does; the child"
    " now starts from a warm bytecode cache. Runs within an hour on this shared machine, with hardly a "
    "change to the code between them, measured 1.52 s, 1.72 s and 2.23 s (the floor 0.26 s each time): "
    "the app's start is Python's CPU work, which a busy neighbour slows, the floor's mostly loading "
    "libraries. Still: the imports end 1.0–1.6 s after process start (the floor's 0.2 s): sqlmodel with "
    "SQLAlchemy and pydantic ~540 ms and ~40 MB, the 22 table classes ~150 ms, httpx ~150 ms (95 of it "
    "its command line, loaded only because rich is installed here for the test extras) (python -X "
    "importtime). Showing the sign-in screen before the store would be the "
    "next step. A prototype of just that window with the settings' pydantic took 0.45–0.57 s (~2× the "
    "floor); without pydantic-settings it took ~1.0–1.15× the floor, so on 29 November the settings moved to"
    " the standard library (0.31 s → 0.03 s to import). The window-first start itself is built on the branch"
    " `window-first` (gui/start.py, ui/Workspace.qml): its first frame was 0.49 s against the floor's 0.37 s"
    " (1.33×), ready to sign in at 2.2 s; its peak memory up to then, 188 MB (+114 MB), still misses. It is"
    " not on main yet: in two full test runs 1–2 of the 80 screenshot renders printed binding warnings from"
    " the workspace's pages (the view-models read as undefined), which did not happen alone and whose cause"
    " is not found. Memory: SQLAlchemy 2.1 alone is ~31 MB of Python objects after import, its ORM ~11 MB"
    " and sqlmodel with pydantic ~11 MB; the rest is Python's and Qt's heaps, mostly the QML engine."
)

# Both children: time stamps on CLOCK_MONOTONIC, and the report on the first frame. The child ends
# right there (os._exit): its peak RSS so far is its start-up peak, and the way out is no part of the
# start. `at_exit` runs after the report:
# closing the store as a clean exit would, so the next start finds no WAL to recover.
PRELUDE = r"""
import time
marks = {"interpreter": (time.monotonic(), time.process_time())}
import os, sys
at_exit = []


def mark(name):  # wall clock (shared with the parent) and this process's CPU time, all threads
    marks[name] = (time.monotonic(), time.process_time())


def first_frame():
    mark("first_frame")
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child of a big parent (the
    # benchmark run after the hub figures) would report the parent's size from the fork.
    rss_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    sys.stdout.write(f"FRAME {rss_kb} {marks!r}\n")
    sys.stdout.flush()
    for step in at_exit:
        step()
    os._exit(0)
"""

# The app child: `lobby-app --data-dir DIR` through its real entry point (`lobby_app.cli.main`), on a
# data directory that holds hub.json, i.e. an enrolled lobby tablet: the GUI runs on qasync with the
# sync loop beside it, as on a branch's tablets. Only hooks are added: a time stamp after each step of
# the start, and the report on the window's first frame. The hooked modules are imported before
# main() (main imports them itself a little later); the work done is the same.
APP_CHILD = (
    PRELUDE
    + r"""
sys.argv = ["lobby-app", "--data-dir", sys.argv[1]]  # argv[0] names Qt's QML disk cache, as the app's own
import lobby_app.app_setup as app_setup
import lobby_app.cli as cli
import lobby_app.gui.app as gui
mark("imports")


def after(module, name, then=None):
    original = getattr(module, name)

    def hooked(*args, **kwargs):
        result = original(*args, **kwargs)
        mark(name)
        if then is not None:
            then(result)
        return result

    setattr(module, name, hooked)


after(app_setup, "open_store", lambda ctx: at_exit.append(ctx.db.dispose))
after(gui, "make_app")
after(gui, "build_screens")
after(gui, "build_engine", lambda engine: engine.rootObjects()[0].frameSwapped.connect(first_frame))
cli.main()
raise SystemExit("the app ended before its first frame")
"""
)

# The floor: a bare QML window with one Button (QtQuick.Controls), nothing else.
FLOOR_CHILD = (
    PRELUDE
    + r"""
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow  # as the app: a QQuickWindow root
mark("imports")

QML = b'''
import QtQuick
import QtQuick.Controls
Window {
    width: 1280
    height: 800
    visible: true
    Button { anchors.centerIn: parent; text: "OK" }
}
'''
app = QGuiApplication(["bare-qml-window"])
engine = QQmlApplicationEngine()
engine.loadData(QByteArray(QML), QUrl())
mark("build_engine")
engine.rootObjects()[0].frameSwapped.connect(first_frame)
app.exec()
raise SystemExit("the window ended before its first frame")
"""
)


@dataclass(frozen=True, slots=True)
class Start:
    wall_s: float  # the parent's clock: just before Popen to reading the child's "FRAME" line
    peak_rss_mb: float  # the child's own peak RSS (VmHWM) at its first frame
    phases_s: dict[str, float]  # the child's time stamps, from the same zero as wall_s
    cpu_s: dict[str, float]  # the child's CPU time at each stamp: less swayed by a busy machine than wall time


def _env() -> dict[str, str]:
    # LOBBY_* settings of whoever runs the benchmark must not change what is measured.
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOBBY_")}
    # An installed app starts from compiled bytecode: a machine that bars writing it (some sandboxes and
    # CI set this) would have every start compile the app's own modules from source again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
    return env


def _start(script: str, *args: str) -> Start:
    with tempfile.TemporaryFile(mode="w+") as stderr:  # a file, not a pipe: QML warnings never block the child
        t0 = time.monotonic()  # the child's marks are on this clock (perf_counter is too, on Linux)
        child = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            cwd=ROOT,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        watchdog = threading.Timer(TIMEOUT_S, child.kill)  # a hung child closes its stdout by dying
        watchdog.start()
        line, frame = "", 0.0
        output: list[str] = []  # anything the child printed before its frame, for the error message
        try:
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith("FRAME "):
                    frame = time.monotonic()
                    break
                output.append(line)
            child.wait()
        finally:
            watchdog.cancel()
            if child.poll() is None:
                child.kill()
                child.wait()
        if not frame or child.returncode != 0:
            stderr.seek(0)
            raise RuntimeError(
                f"start-up child failed (exit {child.returncode}): {''.join(output)[-1000:]}{stderr.read()[-3000:]}"
            )
    _, rss_kb, text = line.split(maxsplit=2)
    marks: dict[str, tuple[float, float]] = ast.literal_eval(text)
    return Start(
        frame - t0,
        int(rss_kb) / 1024,  # VmHWM is in kB
        {name: round(wall - t0, 4) for name, (wall, _) in marks.items()},
        {name: round(cpu, 4) for name, (_, cpu) in marks.items()},
    )


def _unreachable_hub() -> str:
    """A local port nothing listens on: the sync loop's rounds fail at once, as with the hub down."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def _tablet_dir(parent: Path) -> Path:
    """A new device's data directory: enrolled (hub.json), no store file yet."""
    data = Path(tempfile.mkdtemp(prefix="tablet-", dir=parent))
    hub = {"url": _unreachable_hub(), "token": "benchmark", "device_name": "lobby-tablet"}
    (data / "hub.json").write_text(json.dumps(hub))
    return data


def _medians(values: list[dict[str, float]]) -> dict[str, float]:
    return {name: round(median([v[name] for v in values]), 3) for name in values[0]}


def _where_it_goes(app: dict[str, float], floor: dict[str, float]) -> str:
    """This run's medians, step by step: where the start's time goes."""
    return (
        f"Missed: the imports end {app['imports']:.2f} s after process start (the floor's {floor['imports']:.2f} s),"
        f" opening the store takes {app['open_store'] - app['imports']:.2f} s, the view-models"
        f" {app['build_screens'] - app['open_store']:.2f} s, loading Main.qml"
        f" {app['build_engine'] - app['build_screens']:.2f} s"
        f" (the floor's QML {floor['build_engine'] - floor['imports']:.2f} s)"
        f" and its first frame {app['first_frame'] - app['build_engine']:.2f} s more."
    )


def run(scale: Scale) -> list[Figure]:
    firsts: list[Start] = []
    everyday: list[Start] = []
    floors: list[Start] = []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        # Untimed: fill the page cache, Python's bytecode cache and Qt's QML disk cache: every timed run starts warm.
        _start(FLOOR_CHILD)
        _start(APP_CHILD, str(_tablet_dir(Path(tmp))))
        for _ in range(scale.startup_runs):  # interleaved, so a busy spell hits both sides alike
            floors.append(_start(FLOOR_CHILD))
            data = _tablet_dir(Path(tmp))
            firsts.append(_start(APP_CHILD, str(data)))
            everyday.append(_start(APP_CHILD, str(data)))
    time_s = median([s.wall_s for s in everyday])
    rss_mb = median([s.peak_rss_mb for s in everyday])
    floor_s = median([s.wall_s for s in floors])
    floor_mb = median([s.peak_rss_mb for s in floors])
    ratio = time_s / floor_s
    met = ratio <= TARGET_RATIO and rss_mb - floor_mb <= TARGET_EXTRA_MB
    phases = _medians([s.phases_s for s in everyday])
    floor_phases = _medians([s.phases_s for s in floors])
    return [
        Figure(
            key="4-startup",
            title="Start-up to the first frame of the lobby screen",
            measured={
                "median_s": round(time_s, 3),
                "peak_rss_mb": round(rss_mb, 1),
                "first_start_s": round(median([s.wall_s for s in firsts]), 3),
                "first_start_peak_rss_mb": round(median([s.peak_rss_mb for s in firsts]), 1),
            },
            floor={"median_s": round(floor_s, 3), "peak_rss_mb": round(floor_mb, 1)},
            ratio=round(ratio, 2),
            target="≤ 1.5× the time and ≤ +80 MB",
            met=met,
            how=(
                "Wall time from just before a new process is started to the first `frameSwapped` of its window,"
                " read by the parent; memory is the peak RSS (VmHWM) of that child process up to that"
                " frame; offscreen platform, warm page, bytecode and QML caches,"
                f" median of {scale.startup_runs}. The app is `lobby-app --data-dir DIR` through its real entry"
                " point, on an enrolled tablet's data"
                " directory (hub.json, the hub unreachable; qasync and the sync loop run), and the frame is of"
                " the sign-in screen, the first one a person sees. The main figure is the everyday start on an"
                " already-migrated store; first_start_s is on a new store, created and migrated in that start."
                " The floor is a bare QML window with one Button (QtQuick.Controls), measured the same way."
            ),
            notes="" if met else _where_it_goes(phases, floor_phases) + " " + PROFILE,
            extra={
                "everyday_s": [round(s.wall_s, 3) for s in everyday],
                "first_start_s": [round(s.wall_s, 3) for s in firsts],
                "floor_s": [round(s.wall_s, 3) for s in floors],
                "extra_rss_mb": round(rss_mb - floor_mb, 1),
                # Median time from process start to the end of each step (s).
                "phases_everyday_s": phases,
                "phases_first_start_s": _medians([s.phases_s for s in firsts]),
                "phases_floor_s": floor_phases,
                # The same steps in CPU seconds of the child (all its threads).
                "cpu_everyday_s": _medians([s.cpu_s for s in everyday]),
                "cpu_first_start_s": _medians([s.cpu_s for s in firsts]),
                "cpu_floor_s": _medians([s.cpu_s for s in floors]),
            },
        )
    ]
