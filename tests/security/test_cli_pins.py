"""PINs never on the command line: a prompt, stdin or a named environment variable; the old `--pin 1234`
is refused in one line that does not repeat the PIN, and a PIN never shows in a process's arguments."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lobby_app import pin_input
from lobby_app.cli import main

ROOT = Path(__file__).resolve().parents[2]
HEAD_PIN = "246810"  # the demo branch's head, 8001


@pytest.fixture
def branch(tmp_path: Path, capsys) -> list[str]:
    """A demo branch in a store of its own; the command line's first arguments for it."""
    base = ["--data-dir", str(tmp_path / "data")]
    assert main([*base, "demo-data"]) == 0
    capsys.readouterr()
    return base


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_pin_is_read_from_the_first_line_of_stdin(branch, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{HEAD_PIN}\nnot read\n"))
    assert main([*branch, "response-time", "90", "--staff-no", "8001", "--pin-stdin"]) == 0
    assert capsys.readouterr().out.strip() == "response time: 90 s"


def test_the_pin_is_read_from_the_environment_variable_named(branch, capsys, monkeypatch):
    monkeypatch.setenv("LOBBY_HEAD_PIN", HEAD_PIN)
    assert main([*branch, "response-time", "90", "--staff-no", "8001", "--pin-env", "LOBBY_HEAD_PIN"]) == 0
    monkeypatch.delenv("LOBBY_HEAD_PIN")
    assert main([*branch, "response-time", "60", "--staff-no", "8001", "--pin-env", "LOBBY_HEAD_PIN"]) == 2
    out = capsys.readouterr()
    assert (
        out.err
        == "lobby-app: --pin-env: the environment variable LOBBY_HEAD_PIN is not set or empty; set it to the PIN\n"
    )


def test_the_heads_pin_and_the_new_colleagues_come_from_stdin_in_that_order(tmp_path, capsys, monkeypatch):
    hub = ["--data-dir", str(tmp_path / "hub"), "hub"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{HEAD_PIN}\n"))
    assert main([*hub, "--add-staff", "8001", "--name", "周敏", "--role", "branch_head", "--new-pin-stdin"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{HEAD_PIN}\n314159\n"))
    colleague = ["--add-staff", "3001", "--name", "李明", "--role", "wealth_manager", "--staff-no", "8001"]
    assert main([*hub, *colleague, "--pin-stdin", "--new-pin-stdin"]) == 0
    assert "added 3001 李明" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{HEAD_PIN}\n"))  # no second line
    assert main([*hub, *colleague, "--pin-stdin", "--new-pin-stdin"]) == 2
    assert "--new-pin-stdin: stdin has no line with the PIN" in capsys.readouterr().err


def test_at_a_terminal_the_pin_is_asked_for_and_a_new_one_twice(tmp_path, capsys, monkeypatch):
    typed = iter([HEAD_PIN, HEAD_PIN, "314159", "314158"])
    prompts: list[str] = []
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(pin_input.getpass, "getpass", lambda prompt: prompts.append(prompt) or next(typed))
    hub = ["--data-dir", str(tmp_path / "hub"), "hub"]
    assert main([*hub, "--add-staff", "8001", "--name", "周敏", "--role", "branch_head"]) == 0
    colleague = ["--add-staff", "3001", "--name", "李明", "--role", "wealth_manager"]
    assert main([*hub, *colleague, "--staff-no", "8001", "--pin-env", "NOT_SET"]) == 2  # an option wins
    monkeypatch.setenv("HEAD_PIN", HEAD_PIN)
    assert main([*hub, *colleague, "--staff-no", "8001", "--pin-env", "HEAD_PIN"]) == 2  # typed twice, not alike
    assert capsys.readouterr().err.splitlines()[-1] == (
        "lobby-app: --new-pin: the two PINs typed differ; run the command again"
    )
    assert prompts == ["PIN for 8001: ", "Again, to be sure: ", "PIN for 3001: ", "Again, to be sure: "]


def test_without_a_terminal_or_an_option_the_command_says_how_to_give_the_pin(branch, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main([*branch, "response-time", "90", "--staff-no", "8001"]) == 2
    assert capsys.readouterr().err == (
        "lobby-app: --pin: there is no terminal to type the PIN in; use --pin-stdin or --pin-env NAME\n"
    )


@pytest.mark.parametrize(
    "given",
    [
        ["response-time", "90", "--staff-no", "8001", "--pin", "246810"],
        ["response-time", "90", "--staff-no", "8001", "--pin=246810"],
        ["hub", "--enrolment-code", "--staff-no", "8001", "--pin", "246810"],
        ["hub", "--add-staff", "3001", "--name", "李明", "--role", "teller", "--new-pin", "246810"],
    ],
)
def test_a_pin_on_the_command_line_is_refused_without_repeating_it(tmp_path, capsys, given):
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(tmp_path), *given])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    option = "--new-pin" if "--new-pin" in given else "--pin"
    assert err == (
        f"lobby-app: {option}: a PIN is not given on the command line (ps and the shell's history would show it);"
        f" type it when asked, or use {option}-stdin or {option}-env NAME\n"
    )
    assert "246810" not in err
    assert not (tmp_path / "lobby.db").exists()  # refused before anything was opened


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads /proc")
def test_a_pin_command_runs_with_the_pin_in_no_argument_of_its_process(branch, children):
    proc = children.start(
        [sys.executable, "-m", "lobby_app", *branch, "response-time", "90", "--staff-no", "8001", "--pin-stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    # What `ps` shows of it, once it has started (it then waits for the PIN on stdin); read too early,
    # between fork and exec, the file is empty.
    deadline = time.monotonic() + 30
    while b"--pin-stdin" not in (argv := Path(f"/proc/{proc.pid}/cmdline").read_bytes().split(b"\0")):
        assert time.monotonic() < deadline, argv
        time.sleep(0.01)
    out, err = proc.communicate(f"{HEAD_PIN}\n", timeout=60)
    assert proc.returncode == 0, err
    assert out.strip() == "response time: 90 s"  # the PIN reached it, and it was the head's
    assert b"--pin-stdin" in argv and not any(HEAD_PIN.encode() in a for a in argv)
    assert HEAD_PIN not in out + err
