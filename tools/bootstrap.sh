#!/usr/bin/env bash
# Prepare this checkout to run: the system libraries Qt needs, then .venv with the app and its test tools.
# Called by run.sh and test.sh; safe to run again (a second run does no apt and no pip).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf 'bootstrap: %s\n' "$*"; }

# Run a noisy command with its output in a log; show the log's tail only when it fails.
quietly() {
    local log
    log="$(mktemp "${TMPDIR:-/tmp}/lobby-bootstrap.XXXXXX")"
    if "$@" >"$log" 2>&1; then
        rm -f "$log"
    else
        local rc=$?
        tail -n 30 "$log" >&2
        say "FAILED (exit $rc): $* -- full log: $log" >&2
        exit "$rc"
    fi
}

# --- 1. System packages ------------------------------------------------------
QT_PACKAGES=(
    libglib2.0-0 libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libbrotli1 libpulse0
    fonts-noto-cjk xvfb xauth
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
)

is_installed() {
    # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0 -> libglib2.0-0t64).
    local name status
    for name in "$1" "$1t64"; do
        status="$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null || true)"
        [[ "$status" == *"ok installed"* ]] && return 0
    done
    return 1
}

if ! command -v dpkg-query >/dev/null 2>&1; then
    say "no dpkg (not Debian/Ubuntu): skipping system packages; install Qt's libraries (GL, EGL, xcb, fontconfig) yourself"
else
    missing=()
    for pkg in "${QT_PACKAGES[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
        missing+=(python3-venv)
    fi
    if ((${#missing[@]} == 0)); then
        say "system packages: all present"
    elif [[ "$(id -u)" == 0 ]]; then
        say "installing system packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        quietly apt-get update
        quietly apt-get install -y --no-install-recommends "${missing[@]}"
    else
        say "missing system packages; run this, then try again:" >&2
        printf '    sudo apt-get install -y --no-install-recommends %s\n' "${missing[*]}" >&2
        exit 1
    fi
fi

# --- 2. Virtual environment --------------------------------------------------
VENV="$ROOT/.venv"
STAMP="$VENV/.bootstrap-pyproject.sha256"

if [[ ! -x "$VENV/bin/python" ]]; then
    if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        say "python3 is $(python3 -V 2>&1 | cut -d' ' -f2); the app needs Python 3.11 or newer" >&2
        exit 1
    fi
    say "creating .venv"
    quietly python3 -m venv "$VENV"
else
    say ".venv exists"
fi

# --- 3. Python packages (only when pyproject.toml changed) -------------------
want="$("$VENV/bin/python" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' pyproject.toml)"
have="$(cat "$STAMP" 2>/dev/null || true)"
if [[ "$want" == "$have" ]]; then
    say "python packages: up to date"
else
    say "installing python packages (pip install -e \".[test]\"), this can take a few minutes"
    rm -f "$STAMP"
    quietly "$VENV/bin/python" -m pip install --quiet --upgrade pip
    quietly "$VENV/bin/python" -m pip install --quiet -e ".[test]"
    printf '%s\n' "$want" >"$STAMP"
    say "python packages: installed"
fi
