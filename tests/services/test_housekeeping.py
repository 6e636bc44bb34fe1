"""The nightly jobs on the test's clock: the retention purge and a checked backup, each once a day at the
hour the branch head set (branch time), and what each last did for the evening meeting and the console."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import timedelta

import pytest
from sqlmodel import select

from lobby_app.domain.errors import DomainError
from lobby_app.domain.money import yuan
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.housekeeping import (
    backup_warning,
    last_backup,
    last_purge,
    run_due_jobs,
    schedule,
    set_schedule,
    take_backup,
)
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.staff import sign_in
from lobby_app.store.backup import BackupError, backups_in, verify
from lobby_app.store.tables import CustomerTag
from tests.conftest import row_counts

TAG = {"purpose": "deposit", "amount_fen": yuan(80_000), "address_as": "李女士"}


def at_local(clock, ctx, hour: int, minute: int = 0, days: int = 0) -> None:
    """Move the clock to hh:mm branch time, `days` after today's branch date."""
    local = clock.now.astimezone(ctx.tz)
    target = (local + timedelta(days=days)).replace(hour=hour, minute=minute, second=0, microsecond=0)
    clock.now = target.astimezone(clock.now.tzinfo)


def test_only_the_head_sets_the_nightly_hours_each_checked_and_a_refusal_changes_nothing(ctx, team):
    assert schedule(ctx) == schedule(ctx).__class__(22, 23, 14)  # the defaults
    before = row_counts(ctx)
    with pytest.raises(DomainError) as refused:
        set_schedule(ctx, team.lobby, purge_hour=21)
    assert refused.value.rule == "wrong_role"
    for bad in ({"purge_hour": 24}, {"backup_hour": -1}, {"keep_backups": 0}, {"purge_hour": 21, "keep_backups": 366}):
        with pytest.raises(DomainError) as refused:
            set_schedule(ctx, team.head, **bad)
        assert refused.value.field == next(k for k, v in bad.items() if v not in (21,))
    assert row_counts(ctx) == before
    assert set_schedule(ctx, team.head, purge_hour=21, keep_backups=3) == schedule(ctx).__class__(21, 23, 3)


def test_the_purge_runs_once_a_day_at_the_branchs_hour_and_records_how_many_it_cleared(ctx, team, clock):
    sign_in(ctx, staff_no="1001", pin="580274")
    tag_and_refer(ctx, team.lobby, TagCustomer(**TAG))
    assert last_purge(ctx) is None
    clock.advance(days=91)
    at_local(clock, ctx, 21, 59)
    assert run_due_jobs(ctx).purged is None  # not yet: the hour is 22 (branch time)
    with ctx.db.read() as s:
        assert s.exec(select(CustomerTag)).one().address_as == "李女士"

    at_local(clock, ctx, 22, 0)
    assert run_due_jobs(ctx).purged == 1
    assert last_purge(ctx) == (clock.now, 1)
    with ctx.db.read() as s:
        assert s.exec(select(CustomerTag)).one().address_as == ""

    clock.advance(minutes=90)
    assert run_due_jobs(ctx).purged is None  # once a day
    ran_at = clock.now
    at_local(clock, ctx, 22, 5, days=1)
    assert run_due_jobs(ctx).purged == 0  # the next night: nobody left to clear, and the meeting hears "0"
    assert last_purge(ctx) == (clock.now, 0) and clock.now > ran_at


def test_a_device_that_was_off_at_the_hour_purges_when_it_next_looks_that_day(ctx, team, clock):
    set_schedule(ctx, team.head, purge_hour=1)
    at_local(clock, ctx, 9, days=1)  # started at nine: the 1 o'clock purge has not run today
    assert run_due_jobs(ctx).purged == 0
    assert run_due_jobs(ctx).purged is None


def test_the_nightly_backup_is_checked_named_by_its_time_private_and_the_newest_kept(ctx, team, clock, tmp_path):
    folder = tmp_path / "backups"
    set_schedule(ctx, team.head, backup_hour=23, keep_backups=2)
    assert run_due_jobs(ctx, backups=folder).backup is None and last_backup(ctx) is None  # 10:00: not yet
    made = []
    for day in range(3):
        at_local(clock, ctx, 23, 0, days=1 if day else 0)
        done = run_due_jobs(ctx, backups=folder).backup
        assert done is not None and done.ok, done
        assert run_due_jobs(ctx, backups=folder).backup is None  # once a night
        made.append(done.path)
        assert done.path.name == f"backup-{clock.now:%Y%m%dT%H%M%SZ}.sqlite"
    assert backups_in(folder) == made[1:]  # the oldest went: two kept
    assert last_backup(ctx) == last_backup(ctx).__class__(clock.now, made[-1], True, "")
    assert last_backup(folder) == last_backup(ctx)
    assert not backup_warning(ctx)
    clock.advance(hours=24, seconds=1)
    assert backup_warning(ctx)  # the console warns: the last backup is over a day old
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(made[-1].stat().st_mode) == 0o600
    rows = verify(made[-1])  # integrity checked, rows per table
    assert rows["staff"] == 6 and rows["alembic_version"] == 1
    with sqlite3.connect(made[-1]) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal beside it


def test_a_backup_by_hand_earlier_that_day_does_not_skip_the_nightly_one(ctx, team, clock, tmp_path):
    folder = tmp_path / "backups"
    assert take_backup(ctx, folder).ok
    at_local(clock, ctx, 23)
    assert run_due_jobs(ctx, backups=folder).backup is not None
    assert len(backups_in(folder)) == 2


def test_a_backup_that_fails_its_check_gets_no_backups_name_and_is_recorded_as_failed(ctx, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "backup-20260101T000000Z.sqlite").write_bytes(b"not a store")
    with pytest.raises(BackupError, match="not a sound SQLite store"):
        verify(folder / "backup-20260101T000000Z.sqlite")
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    done = take_backup(ctx, blocked / "backups")  # its folder cannot be made
    assert not done.ok and "cannot make the backup folder" in done.message
    assert last_backup(ctx) == done
    assert backup_warning(ctx)  # the last one failed
    assert last_backup(tmp_path / "none") is None
