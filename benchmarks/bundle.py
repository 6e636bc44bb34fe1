"""The standalone bundle beside the source install: size on disk, first frame and peak memory.

    python -m benchmarks.bundle dist/lobby-app/lobby-app [--runs 5]

Both are measured as figure 4 (benchmarks/startup.py) measures start-up, interleaved in the same run: a new
process on an enrolled tablet's data directory (the hub unreachable), offscreen, warm caches; from just
before the process starts to its first `frameSwapped` (the sign-in screen), and to ready (the frame with
the store open and the screens in), with its peak RSS. The source install is `lobby-app` run by this
interpreter from the checkout (figure 4's child); the bundle is the executable, whose entry point reports
the same time stamps when LOBBY_STARTUP_PROBE=1 (tools/bundle/lobby-app.py). Prints one Markdown table.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from .report import median
from .startup import APP_CHILD, Start, _start, _tablet_dir


def size_on_disk(folder: Path) -> int:
    """Bytes of the files under `folder`, each counted once (du's apparent size, without links twice)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            st = path.stat()
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_size
    return total


def _row(name: str, starts: list[Start], size: str) -> str:
    first = median([s.first_frame_s for s in starts])
    ready = median([s.done_s for s in starts])
    rss_first = median([s.first_frame_rss_mb for s in starts])
    rss = median([s.peak_rss_mb for s in starts])
    return f"| {name} | {size} | {first:.2f} s | {ready:.2f} s | {rss_first:.0f} MB | {rss:.0f} MB |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bundle", description=__doc__.splitlines()[0])
    parser.add_argument("exe", type=Path, help="the bundle's executable, e.g. dist/lobby-app/lobby-app")
    parser.add_argument("--runs", type=int, default=5, help="timed starts of each (default 5; the median is shown)")
    args = parser.parse_args(argv)
    exe = args.exe.resolve()
    if not (exe.is_file() and os.access(exe, os.X_OK)):
        parser.error(f"{args.exe} is not an executable file")
    source: list[Start] = []
    bundle: list[Start] = []
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        # Untimed: each data directory's store made and migrated, the page cache and Qt's QML cache filled.
        source_dir, bundle_dir = _tablet_dir(Path(tmp)), _tablet_dir(Path(tmp))
        _start(APP_CHILD, str(source_dir))
        _start("", command=[str(exe), "--data-dir", str(bundle_dir)])
        for _ in range(args.runs):  # interleaved, so a busy spell hits both alike
            source.append(_start(APP_CHILD, str(source_dir)))
            bundle.append(_start("", command=[str(exe), "--data-dir", str(bundle_dir)]))
    venv = Path(sys.prefix)
    print(f"Median of {args.runs} starts each, offscreen, warm caches, an enrolled tablet's migrated store.\n")
    print("| install | size on disk | first frame | ready to sign in | RSS at first frame | peak RSS to ready |")
    print("|---|---|---|---|---|---|")
    print(_row(f"source (venv {venv.name})", source, f"{size_on_disk(venv) / 2**20:.0f} MB (the venv)"))
    print(_row("bundle (PyInstaller)", bundle, f"{size_on_disk(exe.parent) / 2**20:.0f} MB"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
