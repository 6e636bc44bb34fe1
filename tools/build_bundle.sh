#!/usr/bin/env bash
# Build the standalone bundle: dist/lobby-app/ (PyInstaller, one folder), runnable on a machine without Python.
#
# Its own build venv (build/bundle-venv) gets the app with its runtime dependencies only (never the test
# tools), plus PyInstaller; the spec (tools/bundle/lobby-app.spec) adds ui/, resources/ and db/ and the
# Qt parts the screens import, and leaves out the Qt modules the app does not use. See docs/install.md.
#
#   tools/build_bundle.sh            # build (about 3-5 minutes on 2 cores; the first run downloads ~300 MB)
#   LOBBY_BUNDLE_PYTHON=python3.12 tools/build_bundle.sh   # another interpreter for the build venv
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${LOBBY_BUNDLE_PYTHON:-python3}"
VENV="$ROOT/build/bundle-venv"
PYINSTALLER_VERSION="6.22.3"

say() { printf 'build_bundle: %s\n' "$*"; }

if [[ ! -x "$VENV/bin/python" ]]; then
    say "creating the build venv build/bundle-venv"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
fi
# Non-editable: the app as its wheel installs it (ui/, resources/, db/ in lobby_app/_data). --upgrade
# --force-reinstall of the app alone, so a second build takes the checkout's current code.
say "installing the app (runtime dependencies only) and PyInstaller $PYINSTALLER_VERSION"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pyinstaller==$PYINSTALLER_VERSION" "$ROOT"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$ROOT"

say "running PyInstaller (dist/lobby-app/)"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/tools/bundle/lobby-app.spec"

say "done: $(du -sh "$ROOT/dist/lobby-app" | cut -f1) in dist/lobby-app/ (run dist/lobby-app/lobby-app --help)"
