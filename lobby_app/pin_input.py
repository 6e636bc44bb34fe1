"""PINs for the command line, never among its arguments: `ps` shows those to every user of the machine
and the shell's history keeps them. A PIN is typed at a prompt that does not echo it; a script gives it
on stdin or in an environment variable it names. What is read is never printed nor logged, and no error
here quotes it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TextIO


class PinError(Exception):
    """No PIN could be read: the message names the option and what to do, never the PIN."""


class _OnTheCommandLine(argparse.Action):
    """The old `--pin 1234`: refused in one line, without repeating what followed it."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        parser.exit(
            2,
            f"lobby-app: {option_string}: a PIN is not given on the command line (ps and the shell's history"
            f" would show it); type it when asked, or use {option_string}-stdin or {option_string}-env NAME\n",
        )


def add_pin_options(parser: argparse.ArgumentParser, option: str, whose: str, *, line: str = "its first line") -> None:
    """`{option}-stdin` and `{option}-env NAME` for scripts (without either, a prompt asks); `{option}`
    itself is refused. `whose`: e.g. "the branch head's PIN"."""
    parser.add_argument(option, nargs="?", action=_OnTheCommandLine, help=argparse.SUPPRESS)
    given = parser.add_mutually_exclusive_group()
    given.add_argument(
        f"{option}-stdin",
        action="store_true",
        help=f"{whose} from stdin, {line} (without {option}-stdin or {option}-env it is asked for)",
    )
    given.add_argument(f"{option}-env", metavar="NAME", help=f"{whose} from the environment variable NAME")


def read_pin(
    args: argparse.Namespace,
    option: str,
    *,
    prompt: str,
    confirm: bool = False,
    stdin: TextIO | None = None,
    environ: Mapping[str, str] = os.environ,
) -> str:
    """The PIN as `add_pin_options(option)` says to take it: from the next line of stdin, from the named
    variable, or typed at `prompt` (twice with `confirm`) when stdin is a terminal."""
    stdin = stdin or sys.stdin
    dest = option.lstrip("-").replace("-", "_")
    if getattr(args, f"{dest}_stdin"):
        line = stdin.readline()
        if not line.strip():
            raise PinError(f"{option}-stdin: stdin has no line with the PIN; write it there, one line")
        return line.strip()
    name: str | None = getattr(args, f"{dest}_env")
    if name is not None:
        value = environ.get(name, "").strip()
        if not value:
            raise PinError(f"{option}-env: the environment variable {name} is not set or empty; set it to the PIN")
        return value
    if not stdin.isatty():
        raise PinError(f"{option}: there is no terminal to type the PIN in; use {option}-stdin or {option}-env NAME")
    try:
        pin = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again, to be sure: ") != pin:
            raise PinError(f"{option}: the two PINs typed differ; run the command again")
    except (EOFError, KeyboardInterrupt):
        raise PinError(f"{option}: no PIN was typed") from None
    return pin.strip()
