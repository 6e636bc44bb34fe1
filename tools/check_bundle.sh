#!/usr/bin/env bash
# Before a release: build the standalone bundle (tools/build_bundle.sh), then check that it runs on its own
# (tests/test_bundle.py: the sign-in screen in both languages, the charts, the GUI's start on a store of the
# previous release, the hub over TLS with a backup, install-service). About 5 minutes on 2 cores.
#
#   tools/check_bundle.sh              # build, then test
#   tools/check_bundle.sh --no-build   # test dist/lobby-app as it is
# Other arguments go to pytest. LOBBY_CHECK_PYTHON: a Python with the test tools (default: .venv, bootstrapped).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [[ -n "${LOBBY_CHECK_PYTHON:-}" ]]; then
    PY="$LOBBY_CHECK_PYTHON"
else
    bash tools/bootstrap.sh
    PY="$ROOT/.venv/bin/python"
fi
if [[ "${1:-}" == "--no-build" ]]; then
    shift
else
    bash tools/build_bundle.sh
fi
export QT_QPA_PLATFORM=offscreen QT_API=pyside6 LOBBY_BUNDLE="$ROOT/dist/lobby-app"
exec "$PY" -m pytest -n 0 -p no:cacheprovider tests/test_bundle.py "$@"
