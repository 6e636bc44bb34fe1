"""The standalone bundle's entry point (tools/bundle/lobby-app.spec): the same as the `lobby-app` script.

With LOBBY_STARTUP_PROBE=1 in its environment it also reports its start-up the way benchmarks/startup.py's
child does (time stamps on CLOCK_MONOTONIC, peak RSS at the first frame and when ready to sign in, one
`FRAME ...` line on stdout) and quits once ready: `python -m benchmarks.bundle` times the bundle with it.
It only reads clocks and /proc; the app runs as it always does.
"""

import os
import sys
import time

marks = {"interpreter": (time.monotonic(), time.process_time())}


def _mark(name: str) -> None:
    marks[name] = (time.monotonic(), time.process_time())


def _peak_rss_kb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


def _install_probe() -> None:
    from PySide6.QtCore import QCoreApplication, QTimer

    import lobby_app.gui.start as start

    _mark("imports")
    first_frame_rss: list[int] = []

    def on_frame(window, then) -> None:  # type: ignore[no-untyped-def]
        def swapped() -> None:
            window.frameSwapped.disconnect(swapped)
            then()

        window.frameSwapped.connect(swapped)

    def first_frame() -> None:
        _mark("first_frame")
        first_frame_rss.append(_peak_rss_kb())

    def ready() -> None:
        _mark("ready")
        sys.stdout.write(f"FRAME {_peak_rss_kb()} {first_frame_rss[0]} {marks!r}\n")
        sys.stdout.flush()
        QTimer.singleShot(0, QCoreApplication.quit)

    def phase(step, window) -> None:  # type: ignore[no-untyped-def]
        _mark(step)
        if step == "window":
            on_frame(window, first_frame)
        elif step == "workspace":
            on_frame(window, ready)

    start.phase = phase


if __name__ == "__main__":
    if os.environ.get("LOBBY_STARTUP_PROBE") == "1":
        _install_probe()
    from lobby_app.cli import main

    sys.exit(main())
