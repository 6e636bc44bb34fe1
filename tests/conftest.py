"""Shared fixtures: a real SQLite file per test, migrated; a movable clock; the demo staff."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QGuiApplication exists
os.environ.setdefault("QT_API", "pyside6")

import pytest
from sqlmodel import func, select

from lobby_app.app_setup import open_store
from lobby_app.domain.roles import Actor, Role
from lobby_app.services.context import Ctx
from lobby_app.services.staff import create_staff
from lobby_app.settings import Settings
from lobby_app.store import tables

# A Tuesday in the branch's time zone; UTC in storage.
T0 = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


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


@pytest.fixture
def ctx(tmp_path: Path, clock: Clock) -> Iterator[Ctx]:
    c = prepared(open_store(Settings(data_dir=tmp_path / "data")), clock)
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
        create_staff(ctx, actors[0] if actors else None, staff_no=number, name=f"员工{number}", role=role, pin="1234")
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
                tables.StandardsVersion,
                tables.CreditSchedule,
                tables.History,
                tables.Outbox,
                tables.PresenceRow,
                tables.Notification,
                tables.Setting,
            )
        }
