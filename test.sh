#!/usr/bin/env bash
# Lint, check import layers, then run the tests on every core (pytest-xdist); extra arguments go to pytest
# and come after ours, so they win (e.g. ./test.sh -q -m "not slow", or ./test.sh -n 0 tests/domain for
# one process).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
bash tools/bootstrap.sh

export QT_QPA_PLATFORM=offscreen QT_API=pyside6

echo "test.sh: ruff check"
.venv/bin/ruff check .
echo "test.sh: lint-imports"
.venv/bin/lint-imports
echo "test.sh: mypy (strict: domain, protocol, services, store)"
.venv/bin/mypy
# worksteal: a worker that runs out of tests takes some of the other's, so a few long tests at the end
# of one worker's share do not leave the other core idle.
echo "test.sh: pytest -n auto --dist worksteal $*"
exec .venv/bin/python -m pytest -n auto --dist worksteal "$@"
