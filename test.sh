#!/usr/bin/env bash
# Lint, check import layers, then run the tests; extra arguments go to pytest (e.g. ./test.sh -q -m "not slow").
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
bash tools/bootstrap.sh

export QT_QPA_PLATFORM=offscreen QT_API=pyside6

echo "test.sh: ruff check"
.venv/bin/ruff check .
echo "test.sh: lint-imports"
.venv/bin/lint-imports
echo "test.sh: pytest $*"
exec .venv/bin/python -m pytest "$@"
