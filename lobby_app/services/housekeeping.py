"""The branch's nightly jobs: the retention purge and a backup, each once a day at an hour the branch head
sets, by the clock of whoever runs them (the hub, or a standalone device with no hub).

The hours and how many backups to keep are the hub's own settings (in the `setting` table), set from its
command line with the head's PIN (`lobby-app hub settings`). What each job last did is kept there too:
`last_purge` for the evening meeting (how many customers the purge cleared), `last_backup` for the
console. A job is due when the branch-local hour has reached its hour and it has not run yet on that
local day; a device or hub that was off at the hour catches up when it next looks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.roles import Actor, Role
from ..store.backup import BackupError, Taken, back_up, backups_in, time_of
from ..store.tables import Setting
from .context import Ctx, record
from .privacy import purge_now

log = logging.getLogger(__name__)

PURGE_HOUR, BACKUP_HOUR, KEEP_BACKUPS = "purge_hour", "backup_hour", "keep_backups"
LAST_PURGE, LAST_BACKUP = "last_purge", "last_backup"
BACKUP_RAN = "scheduled_backup"  # when the nightly backup last ran: a backup by hand earlier that day does not skip it
DEFAULTS = {PURGE_HOUR: 22, BACKUP_HOUR: 23, KEEP_BACKUPS: 14}
RANGES = {PURGE_HOUR: (0, 23), BACKUP_HOUR: (0, 23), KEEP_BACKUPS: (1, 365)}
UNITS = {PURGE_HOUR: "o'clock (branch time)", BACKUP_HOUR: "o'clock (branch time)", KEEP_BACKUPS: "backups"}
STALE_AFTER = timedelta(days=1)  # a backup older than this is warned about
NIGHT = Actor(0, Role.BRANCH_HEAD)  # staff 0 in the history: the machine itself, on the branch's schedule


@dataclass(frozen=True, slots=True)
class Schedule:
    purge_hour: int  # 0-23, the branch's local time
    backup_hour: int
    keep_backups: int  # the newest this many are kept; older ones are deleted after a new one is made


@dataclass(frozen=True, slots=True)
class LastBackup:
    at: datetime
    path: Path
    ok: bool
    message: str = ""  # why it failed


@dataclass(frozen=True, slots=True)
class Ran:
    purged: int | None = None  # customers cleared, when the purge ran
    backup: LastBackup | None = None  # when the backup ran (ok or not)


def schedule(ctx: Ctx) -> Schedule:
    with ctx.db.read() as s:
        values = {key: s.get(Setting, key) for key in DEFAULTS}
    got = {k: int(v.value) if v is not None else DEFAULTS[k] for k, v in values.items()}
    return Schedule(got[PURGE_HOUR], got[BACKUP_HOUR], got[KEEP_BACKUPS])


def set_schedule(
    ctx: Ctx,
    actor: Actor,
    *,
    purge_hour: int | None = None,
    backup_hour: int | None = None,
    keep_backups: int | None = None,
) -> Schedule:
    """The branch head sets any of the three; each is checked before anything is written."""
    if actor.role is not Role.BRANCH_HEAD:
        raise PermissionDenied("actor", "wrong_role", "only the branch head may set the nightly jobs")
    given = {PURGE_HOUR: purge_hour, BACKUP_HOUR: backup_hour, KEEP_BACKUPS: keep_backups}
    new = {k: v for k, v in given.items() if v is not None}
    for key, value in new.items():
        low, high = RANGES[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            message = f"must be a whole number from {low} to {high}"
            raise ValidationError(key, "out_of_range", message, low=low, high=high)
    if new:
        now = ctx.now()
        with ctx.db.write() as s:
            for key, value in new.items():
                s.merge(Setting(key=key, value=value, updated_at=now))
            record(
                s, ctx, staff_id=actor.staff_id, entity="setting", entity_id="schedule", action="set_schedule", data=new
            )
    return schedule(ctx)


def last_purge(ctx: Ctx) -> tuple[datetime, int] | None:
    """When the scheduled purge last ran and how many customers it cleared (0: none were due)."""
    value = _get(ctx, LAST_PURGE)
    if not isinstance(value, dict):
        return None
    return datetime.fromisoformat(str(value["at"])), int(value["count"])


def last_backup(where: Ctx | Path) -> LastBackup | None:
    """The last backup: from the store's record (a Ctx: ok False when the last try failed), or the newest
    verified backup file in a folder (a Path: a file with a backup's name was checked before it got it)."""
    if isinstance(where, Path):
        files = backups_in(where)
        if not files:
            return None
        at = time_of(files[-1])
        assert at is not None
        return LastBackup(at, files[-1], True)
    value = _get(where, LAST_BACKUP)
    if not isinstance(value, dict):
        return None
    return LastBackup(
        datetime.fromisoformat(str(value["at"])), Path(str(value["path"])), bool(value["ok"]), str(value["message"])
    )


def backup_warning(ctx: Ctx, backups: Path | None = None) -> bool:
    """Whether the console should warn: no good backup from the last day (none, the last one failed, or
    it is older than STALE_AFTER). `backups`: also look in that folder when the store has no record."""
    last = last_backup(ctx) or (last_backup(backups) if backups is not None else None)
    return last is None or not last.ok or ctx.now() - last.at > STALE_AFTER


def take_backup(ctx: Ctx, folder: Path, *, keep: int | None = None) -> LastBackup:
    """A backup of the store into `folder`, checked, and recorded as the last one (a failure too: the
    console shows it). With `keep`, the older backups past the newest `keep` are deleted."""
    now = ctx.now()
    try:
        taken: Taken | None = back_up(ctx.db, folder, now)
    except BackupError as e:
        log.error("the backup into %s failed: %s", folder, e)
        taken, message = None, str(e)
    result = LastBackup(now, taken.path if taken else folder, taken is not None, "" if taken else message)
    kept = {"at": now.isoformat(), "path": str(result.path), "ok": result.ok, "message": result.message}
    _put(ctx, LAST_BACKUP, kept)
    if taken is not None and keep is not None:
        for old in backups_in(folder)[:-keep]:
            old.unlink(missing_ok=True)
    return result


def note_restored(ctx: Ctx, file: Path) -> LastBackup:
    """A store just restored from `file` lacks the record of that very backup (written after it was taken):
    that backup is its last one."""
    at = time_of(file) or ctx.now()
    kept = {"at": at.isoformat(), "path": str(file), "ok": True, "message": ""}
    _put(ctx, LAST_BACKUP, kept)
    return LastBackup(at, file, True)


def run_due_jobs(ctx: Ctx, now: datetime | None = None, *, backups: Path | None = None) -> Ran:
    """Run the purge and the backup if their hour has come today (branch time) and they have not run
    today. `backups`: the folder to back up into (None: no backup here, e.g. a device linked to a hub,
    whose hub keeps the branch's store)."""
    now = now or ctx.now()
    plan = schedule(ctx)
    purged: int | None = None
    done: LastBackup | None = None
    if _due(ctx, now, plan.purge_hour, _get(ctx, LAST_PURGE)):
        _, purged = purge_now(ctx, NIGHT)
        _put(ctx, LAST_PURGE, {"at": now.isoformat(), "count": purged})
        log.info("the scheduled purge cleared %d customers", purged)
    if backups is not None and _due(ctx, now, plan.backup_hour, _get(ctx, BACKUP_RAN)):
        _put(ctx, BACKUP_RAN, {"at": now.isoformat()})  # first: a backup that fails is not tried every minute
        done = take_backup(ctx, backups, keep=plan.keep_backups)
    return Ran(purged, done)


def _due(ctx: Ctx, now: datetime, hour: int, last: Any) -> bool:
    local = now.astimezone(ctx.tz)
    if local.hour < hour:
        return False
    ran: date | None = None
    if isinstance(last, dict) and "at" in last:
        ran = ctx.local_date(datetime.fromisoformat(str(last["at"])))
    return ran is None or ran < local.date()


def _get(ctx: Ctx, key: str) -> Any:
    with ctx.db.read() as s:
        row = s.get(Setting, key)
    return None if row is None else row.value


def _put(ctx: Ctx, key: str, value: Any) -> None:
    now = ctx.now()
    with ctx.db.write() as s:
        s.merge(Setting(key=key, value=value, updated_at=now))
