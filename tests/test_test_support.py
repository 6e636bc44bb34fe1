"""The suite's own helpers (tests/conftest.py), which the other tests trust to end children and to fail
a wait that never ends."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import Children, wait_until


def test_a_child_still_running_at_the_end_of_a_test_is_killed_and_reaped():
    children = Children()
    done = children.start([sys.executable, "-c", "print('up', flush=True)"], stdout=subprocess.PIPE)
    left = children.start([sys.executable, "-c", "import time; time.sleep(600)"], stdout=subprocess.PIPE)
    assert done.stdout is not None and done.stdout.readline() == "up\n"
    assert done.wait(timeout=30) == 0  # ended by itself: left as it is
    children.end()  # what the `children` fixture does after the test, passed or failed
    assert done.returncode == 0 and left.returncode == -9  # SIGKILL, and waited for: no zombie
    assert left.stdout is not None and left.stdout.closed


def test_a_wait_for_a_state_that_never_comes_fails_and_names_it():
    with pytest.raises(AssertionError, match="the hub's answer: not within 0 s"):
        wait_until(lambda: False, what="the hub's answer", timeout=0.05)
