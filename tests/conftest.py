"""Shared fixtures: a real SQLite file per test, migrated; a movable clock; the demo staff."""

from __future__ import annotations

import asyncio
import atexit
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QGuiApplication exists
os.environ.setdefault("QT_API", "pyside6")

import pytest
from sqlmodel import func, select

from lobby_app.app_setup import open_store
from lobby_app.domain import pins
from lobby_app.domain.roles import Actor, Role
from lobby_app.services.context import Ctx
from lobby_app.services.staff import create_staff
from lobby_app.settings import Settings
from lobby_app.store import tables
from lobby_app.store.engine import Database
from lobby_app.store.migrate import upgrade

# PINs hashed at 1/64 of the app's scrypt cost: every test makes its team (six people, two derivations
# each) and that cost was the suite's largest single expense. Each hash carries the cost it was made
# with, so every check is still a real scrypt; tests/domain/test_pins.py checks the app's own cost.
PRODUCTION_SCRYPT_COST = pins.SCRYPT_COST
pins.SCRYPT_COST = (2**8, 8, 1)
PRODUCTION_ARGON2_COST = pins.ARGON2_COST
pins.ARGON2_COST = (1, 8, 1)  # argon2id's least: every check is still real, at the cost its hash names

# A Tuesday in the branch's time zone; UTC in storage.
T0 = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def wait_until(condition: Callable[[], object], *, what: str, timeout: float = 30.0) -> None:
    """Wait for a state, not for a time: poll until `condition` holds; fail, naming `what`, after `timeout`
    seconds (generous: a loaded 2-core machine is slow, and a state that holds ends the wait at once)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what}: not within {timeout:.0f} s"
        time.sleep(0.02)


async def until(condition: Callable[[], object], *, what: str, timeout: float = 30.0) -> None:
    """`wait_until` inside a running event loop: the loop goes on while we wait."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what}: not within {timeout:.0f} s"
        await asyncio.sleep(0.02)


class Children:
    """The child processes a test starts (`start` takes Popen's arguments): every one still running at
    the test's end is killed and reaped, whether the test passed or failed, so none outlives it."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen[str]] = []

    def start(self, args: list[str], **popen: Any) -> subprocess.Popen[str]:
        proc: subprocess.Popen[str] = subprocess.Popen(args, text=True, **popen)
        self.started.append(proc)
        return proc

    def end(self) -> None:
        for proc in self.started:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=30)
            for pipe in (proc.stdin, proc.stdout, proc.stderr):
                if pipe is not None:
                    pipe.close()


@pytest.fixture
def children() -> Iterator[Children]:
    started = Children()
    try:
        yield started
    finally:
        started.end()


@dataclass
class Clock:
    now: datetime = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@cache
def _migrated_store() -> Path:
    """A store file the migrations brought up to date, once per test process (each xdist worker)."""
    folder = Path(tempfile.mkdtemp(prefix="lobby-migrated-"))
    atexit.register(shutil.rmtree, folder, True)
    db = Database(folder / "lobby.db")
    upgrade(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
    db.dispose()
    return folder / "lobby.db"


def open_test_store(settings: Settings, **kw: Any) -> Ctx:
    """`open_store` on a copy of the migrated store when the data directory has none yet: the same
    schema the migrations make, without running them per test. The migrations themselves are tested
    from an empty store (tests/store, tests/hub/test_hub_store.py, tests/test_cli.py)."""
    if kw.get("db") is None and not settings.db_path.exists():
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_migrated_store(), settings.db_path)
    return open_store(settings, **kw)


@pytest.fixture
def ctx(tmp_path: Path, clock: Clock) -> Iterator[Ctx]:
    c = prepared(open_test_store(Settings(data_dir=tmp_path / "data")), clock)
    yield c
    c.db.dispose()


def prepared(base: Ctx, clock: Clock) -> Ctx:
    """A freshly opened store on the test's clock, with the rules and the credit phases of the tests."""
    c = replace(base, clock=clock)
    # The defaults were made at the real now; make version 1 of the rules effective from the start.
    with c.db.write() as s:
        for row in s.exec(select(tables.StandardsVersion)):
            row.effective_from = T0 - timedelta(days=365)
            s.add(row)
        for row in s.exec(select(tables.CreditSchedule)):
            row.data = {
                "phases": [
                    {"start": "2026-01-01", "referrer_percent": 80},
                    {"start": "2026-04-01", "referrer_percent": 60},
                    {"start": "2026-07-01", "referrer_percent": 50},
                ]
            }
            s.add(row)
    return c


@dataclass
class Team:
    head: Actor
    lobby: Actor
    teller: Actor
    wm1: Actor
    wm2: Actor
    wm3: Actor


@pytest.fixture
def team(ctx: Ctx) -> Team:
    people = [
        ("8001", Role.BRANCH_HEAD),
        ("1001", Role.LOBBY_MANAGER),
        ("2001", Role.TELLER),
        ("3001", Role.WEALTH_MANAGER),
        ("3002", Role.WEALTH_MANAGER),
        ("3003", Role.WEALTH_MANAGER),
    ]
    actors: list[Actor] = []
    for number, role in people:
        create_staff(ctx, actors[0] if actors else None, staff_no=number, name=f"员工{number}", role=role, pin="580274")
        with ctx.db.read() as s:
            actors.append(Actor(s.exec(select(tables.Staff.id).where(tables.Staff.staff_no == number)).one(), role))
    return Team(*actors)


def row_counts(ctx: Ctx) -> dict[str, int]:
    """How many rows every table holds: compared before and after a refused call."""
    with ctx.db.read() as s:
        return {
            t.__name__: s.exec(select(func.count()).select_from(t)).one()
            for t in (
                tables.Staff,
                tables.CustomerTag,
                tables.Handoff,
                tables.Callback,
                tables.CreditEntry,
                tables.CreditException,
                tables.BranchNote,
                tables.StandardsVersion,
                tables.CreditSchedule,
                tables.History,
                tables.Outbox,
                tables.PresenceRow,
                tables.Notification,
                tables.Setting,
            )
        }
