#!/usr/bin/env bash
# Start the lobby app (installs what it needs on first run).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$HERE/tools/bootstrap.sh"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run.sh: no DISPLAY or WAYLAND_DISPLAY; the window needs a display (try: xvfb-run -a ./run.sh)" >&2
fi

# --demo: a newcomer sees a demo branch at work (an empty store is seeded once; a real one is left as it is)
exec "$HERE/.venv/bin/lobby-app" --demo "$@"
