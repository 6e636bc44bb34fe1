"""Make tests/data/device-store-NNNN.sqlite.gz: a device's store written by the previous release's own code.

    python tools/make_old_store.py [--migration 0013]

"The previous release" is the commit on this branch's first-parent line before the one that brought in
db/versions/<migration>_*.py (a merge, when it came from another branch; default: the
newest migration), so the store is at the revision before it. Its lobby_app/, db/, resources/ and ui/
are taken out of git (git archive) into a temporary folder and run by this Python (its packages must be
those that release needed: the repository's .venv), seeding a demo branch with a few customers. Demo
data only: made-up names and phones, PINs printed by the demo to anyone. The store is compacted
(VACUUM INTO) and gzipped (84 nearly empty pages of 4 KiB: ~22 KB) for tests/store/test_upgrade_old_store.py.
Nothing of this machine goes into the file but the demo's rows and the time they were made.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SEED = """
import sys
from pathlib import Path
from lobby_app.app_setup import open_store
from lobby_app.settings import Settings
from lobby_app.tooling.demo import seed_demo
ctx = open_store(Settings.load(data_dir=Path(sys.argv[1])))
seed_demo(ctx, customers=3)
ctx.db.engine.dispose()
"""


def git(*args: str) -> bytes:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, check=True).stdout


def release_before(migration: str) -> str:
    log = git("log", "--first-parent", "--format=%H", "--diff-filter=A", "--", f"db/versions/{migration}_*.py")
    added = log.decode().split()
    if not added:
        raise SystemExit(f"make_old_store: no commit added db/versions/{migration}_*.py")
    return git("rev-parse", f"{added[-1]}^").decode().strip()


def main() -> int:
    newest = max(p.name.split("_", 1)[0] for p in (ROOT / "db" / "versions").glob("[0-9]*_*.py"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--migration", default=newest, help=f"the first migration it lacks (default {newest})")
    args = parser.parse_args()
    commit = release_before(args.migration)
    previous = f"{int(args.migration) - 1:04d}"
    out = ROOT / "tests" / "data" / f"device-store-{previous}.sqlite.gz"
    with tempfile.TemporaryDirectory(prefix="old-store-") as tmp:
        src, data = Path(tmp) / "src", Path(tmp) / "data"
        archive = git("archive", "--format=tar", commit, "lobby_app", "db", "resources", "ui")
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(src, filter="data")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("LOBBY_", "PYTHON"))}
        env["PYTHONPATH"] = str(src)
        subprocess.run([sys.executable, "-c", SEED, str(data)], env=env, cwd=tmp, check=True)
        compact = Path(tmp) / "compact.sqlite"
        with sqlite3.connect(data / "lobby.db") as db:
            (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision != previous:
                raise SystemExit(f"make_old_store: {commit[:10]} made a store at {revision}, not {previous}")
            db.execute("VACUUM INTO ?", (str(compact),))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(gzip.compress(compact.read_bytes(), compresslevel=9, mtime=0))
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size} bytes): a store at {previous} by {commit[:10]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
