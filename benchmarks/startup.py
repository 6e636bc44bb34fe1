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
TARGET_RATIO = 1.5  # the first frame's time against the bare window's
TARGET_FIRST_FRAME_MB = 30.0  # peak RSS at the first frame, over the bare window's
TARGET_EXTRA_MB = 100.0  # peak RSS of the whole start (ready to sign in), over the bare window's

# What profiles of the child found (python -X importtime, RSS after each import and each step of the start,
# /proc/self/smaps), what was fixed, and the figures before and after. Not re-measured by each run.
NOTES = (
    "Time: before the fixes (28 November, 22:40 UTC) the first frame came at 2.55 s and 214 MB against the"
    " floor's 0.27 s and 74 MB, the whole app loaded before the window. Fixed on 28–29 November: alembic is"
    " imported only when the store is behind; the branch head's console with its charts (Qt Graphs, Quick3D)"
    " is made only for the head, and named by file; the lobby, referrals and desk pages are made when first"
    " shown; a device never imports SQLAlchemy's PostgreSQL dialect; the window comes first (gui/start.py): the"
    " sign-in form is shown before the store is opened and the screens are built, the settings are read with"
    " the standard library and httpx is imported when the sync starts. Memory, 3 December (medians of 5 on"
    " this machine, commit c1ef94b against this one, the same session): the first frame +47 → +24 MB over"
    " the floor (and 2.41× → 1.22× its time), the whole start +127 → +96 MB. What it took: reading hub.json"
    " before the window imported pydantic (the protocol package's commands), cryptography and argon2"
    " (domain/pins) and ssl, ~25 MB before the first frame: each is now imported where it is used. PySide6's"
    " import hook (shibokensupport's feature.py, for `from __feature__ import ...`) reads the whole source of"
    " every module imported after PySide6 (inspect.getsource) to see whether it names PySide6, and linecache"
    " kept it all: 11 million characters by the time the screens are in, ~11 MB; the start now empties"
    " linecache after each of its steps. httpx imported its command line (click, rich, pygments, ~7 MB) because"
    " rich is installed with the test extras; the app no longer lets it. The role card and the kiosk exit are"
    " made the first time they are opened (~3 MB). Tried and left: glibc's arenas (MALLOC_ARENA_MAX=1: no"
    " change), a garbage collection and malloc_trim after each step (nothing freed: no garbage to speak of),"
    " the lobby, referrals and desk pages loaded by file instead of as types (~2 MB, but the pages then read"
    " their view-models as undefined). What remains: the store's step ~60 MB, of which SQLAlchemy 2.1 with its"
    " ORM ~31 MB of Python objects and pydantic with sqlmodel ~10 MB (the design card's ORM), the rest the"
    " tables, the services and the store's first reads; the screens' step ~20 MB, of which the workspace's QML"
    " ~14 MB (the CJK fonts' glyphs ~6.5 MB of it) and the view-models with httpx the rest. The same import"
    " hook costs time: importing SQLAlchemy, sqlmodel, pydantic and httpx takes 0.55–0.68 s without PySide6"
    " imported and 0.80–0.97 s with it (napari/napari#8584 found the same); left, as turning it off means"
    " patching PySide6's private module."
)

# Both children: time stamps on CLOCK_MONOTONIC, and `report` once the start is done. The floor ends
# right there (os._exit); the app quits as a person would, so its store closes cleanly and the next
# start finds no WAL to recover. The parent's clock stops at the report, not at the exit.
PRELUDE = r"""
import time
marks = {"interpreter": (time.monotonic(), time.process_time())}
import os, sys


def mark(name):  # wall clock (shared with the parent) and this process's CPU time, all threads
    marks[name] = (time.monotonic(), time.process_time())


def peak_rss_kb():
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child of a big parent (the
    # benchmark run after the hub figures) would report the parent's size from the fork.
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))


def report(first_frame_rss_kb):
    sys.stdout.write(f"FRAME {peak_rss_kb()} {first_frame_rss_kb} {marks!r}\n")
    sys.stdout.flush()
"""

# The app child: `lobby-app --data-dir DIR` through its real entry point (`lobby_app.cli.main`), on a
# data directory that holds hub.json, i.e. an enrolled lobby tablet: the GUI runs on qasync with the
# sync loop beside it, as on a branch's tablets. Only hooks are added, through `gui.start.phase` (a
# module that imports nothing heavy, so hooking it moves no work): a time stamp after each step, the
# window's first frame, and the report on the first frame with the workspace in: ready to sign in.
APP_CHILD = (
    PRELUDE
    + r"""
sys.argv = ["lobby-app", "--data-dir", sys.argv[1]]  # argv[0] names Qt's QML disk cache, as the app's own
import lobby_app.cli as cli
import lobby_app.gui.start as start
from PySide6.QtCore import QCoreApplication, QTimer
mark("imports")
first_frame_rss = []


def on_frame(window, then):
    def swapped():
        window.frameSwapped.disconnect(swapped)
        then()

    window.frameSwapped.connect(swapped)


def first_frame():
    mark("first_frame")
    first_frame_rss.append(peak_rss_kb())


def ready():
    mark("ready")
    report(first_frame_rss[0])
    QTimer.singleShot(0, QCoreApplication.quit)


def phase(step, window):
    mark(step)
    if step == "window":
        on_frame(window, first_frame)
    elif step == "workspace":
        on_frame(window, ready)


start.phase = phase
sys.exit(cli.main())
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
mark("window")


def first_frame():
    mark("first_frame")
    report(peak_rss_kb())
    os._exit(0)


engine.rootObjects()[0].frameSwapped.connect(first_frame)
app.exec()
raise SystemExit("the window ended before its first frame")
"""
)


@dataclass(frozen=True, slots=True)
class Start:
    first_frame_s: float  # just before Popen to the child's first frameSwapped (its own stamp, on our clock)
    done_s: float  # the parent's clock: just before Popen to reading the child's report (the app: ready)
    peak_rss_mb: float  # the child's own peak RSS (VmHWM) when it reported: the whole start's peak
    first_frame_rss_mb: float  # its peak RSS at the first frame
    phases_s: dict[str, float]  # the child's time stamps, from the same zero
    cpu_s: dict[str, float]  # the child's CPU time at each stamp: less swayed by a busy machine than wall time


def _env() -> dict[str, str]:
    # LOBBY_* settings of whoever runs the benchmark must not change what is measured.
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOBBY_")}
    # An installed app starts from compiled bytecode: a machine that bars writing it (some sandboxes and
    # CI set this) would have every start compile the app's own modules from source again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(QT_QPA_PLATFORM="offscreen", QT_API="pyside6")
    return env


def _start(script: str, *args: str, command: list[str] | None = None) -> Start:
    """One child: `python -c script args`, or `command` (an executable that reports the same way, e.g. the
    standalone bundle with LOBBY_STARTUP_PROBE=1: benchmarks/bundle.py)."""
    with tempfile.TemporaryFile(mode="w+") as stderr:  # a file, not a pipe: QML warnings never block the child
        t0 = time.monotonic()  # the child's marks are on this clock (perf_counter is too, on Linux)
        child = subprocess.Popen(
            command or [sys.executable, "-c", script, *args],
            cwd=ROOT,
            env={**_env(), "LOBBY_STARTUP_PROBE": "1"} if command else _env(),
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        watchdog = threading.Timer(TIMEOUT_S, child.kill)  # a hung child closes its stdout by dying
        watchdog.start()
        line, frame = "", 0.0
        output: list[str] = []  # anything the child printed before its report, for the error message
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
    _, rss_kb, first_rss_kb, text = line.split(maxsplit=3)
    marks: dict[str, tuple[float, float]] = ast.literal_eval(text)
    return Start(
        marks["first_frame"][0] - t0,
        frame - t0,
        int(rss_kb) / 1024,  # VmHWM is in kB
        int(first_rss_kb) / 1024,
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
        f"The app's window is loaded {app['window']:.2f} s after process start (the floor's {floor['window']:.2f} s)"
        f" and shows its first frame at {app['first_frame']:.2f} s (the floor's {floor['first_frame']:.2f} s)."
        f" Then the store is open at {app['store']:.2f} s and the workspace is in at {app['workspace']:.2f} s;"
        f" its frame, ready to sign in, at {app['ready']:.2f} s."
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
    time_s = median([s.first_frame_s for s in everyday])
    first_mb = median([s.first_frame_rss_mb for s in everyday])
    rss_mb = median([s.peak_rss_mb for s in everyday])
    floor_s = median([s.first_frame_s for s in floors])
    floor_mb = median([s.peak_rss_mb for s in floors])
    ratio = time_s / floor_s
    met = (
        ratio <= TARGET_RATIO and first_mb - floor_mb <= TARGET_FIRST_FRAME_MB and rss_mb - floor_mb <= TARGET_EXTRA_MB
    )
    phases = _medians([s.phases_s for s in everyday])
    floor_phases = _medians([s.phases_s for s in floors])
    return [
        Figure(
            key="4-startup",
            title="Start-up to the first frame of the lobby screen",
            measured={
                "first_frame_s": round(time_s, 3),
                "first_frame_rss_mb": round(first_mb, 1),
                "peak_rss_mb": round(rss_mb, 1),
                "ready_s": round(median([s.done_s for s in everyday]), 3),
                "first_start_s": round(median([s.first_frame_s for s in firsts]), 3),
                "first_start_ready_s": round(median([s.done_s for s in firsts]), 3),
                "first_start_peak_rss_mb": round(median([s.peak_rss_mb for s in firsts]), 1),
            },
            # The bare window's start ends at its first frame: its peak is both.
            floor={
                "first_frame_s": round(floor_s, 3),
                "first_frame_rss_mb": round(floor_mb, 1),
                "peak_rss_mb": round(floor_mb, 1),
            },
            ratio=round(ratio, 2),
            target=(
                f"first frame ≤ {TARGET_RATIO:g}× the time and ≤ +{TARGET_FIRST_FRAME_MB:g} MB;"
                f" the whole start ≤ +{TARGET_EXTRA_MB:g} MB"
            ),
            met=met,
            headline=("first_frame_s", "first_frame_rss_mb", "peak_rss_mb"),
            how=(
                "Time from just before a new process is started to the first `frameSwapped` of its window;"
                " offscreen platform, warm page, bytecode and QML caches,"
                f" median of {scale.startup_runs}. The app is `lobby-app --data-dir DIR` through its real entry"
                " point, on an enrolled tablet's data directory (hub.json, the hub unreachable; qasync and the"
                " sync loop run). Its first frame is the sign-in screen, the first one a person sees, shown"
                " before the store is opened: typing can start, signing in waits for ready_s, the frame after"
                " the store is open and the screens are in. Memory is the child's peak RSS (VmHWM) up to"
                " ready_s, the whole start (peak_rss_mb), and up to the first frame (first_frame_rss_mb)."
                " The main figures are the everyday start on an already-migrated store; first_start_* are on"
                " a new store, created and migrated in that start."
                " The floor is a bare QML window with one Button (QtQuick.Controls), measured the same way."
            ),
            notes=_where_it_goes(phases, floor_phases) + " " + NOTES,
            extra={
                "everyday_s": [round(s.first_frame_s, 3) for s in everyday],
                "everyday_ready_s": [round(s.done_s, 3) for s in everyday],
                "first_start_s": [round(s.first_frame_s, 3) for s in firsts],
                "floor_s": [round(s.first_frame_s, 3) for s in floors],
                "extra_rss_mb": round(rss_mb - floor_mb, 1),
                "first_frame_extra_rss_mb": round(first_mb - floor_mb, 1),
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
