"""What `lobby-app hub status` shows: the devices and when each was last seen, the customers waiting, the
feed, the last backup and purge, the nightly schedule and the disk's free space.

A device is "seen" when it changes something (`applied_mutation`) or signs someone in, enrols or is
refused (`hub_audit`): the hub keeps no row per pull, so a device that only reads shows its last change.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import col, func, select

from ..domain.handoff import State
from ..services.branch_setup import branch_identity
from ..services.context import Ctx
from ..services.housekeeping import LastBackup, Schedule, backup_warning, last_backup, last_purge, schedule
from ..store.tables import AppliedMutation, Handoff, HubAudit, HubChange, HubDevice


@dataclass(frozen=True, slots=True)
class DeviceSeen:
    id: str
    name: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_seen: datetime | None


@dataclass(frozen=True, slots=True)
class HubStatus:
    branch: tuple[str, str]
    store: str
    devices: list[DeviceSeen]
    waiting: int  # customers queued or offered to a wealth manager, not yet accepted
    feed_seq: int
    backup: LastBackup | None
    backup_stale: bool
    purge: tuple[datetime, int] | None
    plan: Schedule
    disk_free: list[tuple[Path, int]]  # folder, bytes free


def hub_status(ctx: Ctx, backups: Path) -> HubStatus:
    with ctx.db.read() as s:
        devices = s.exec(select(HubDevice).order_by(col(HubDevice.enrolled_at))).all()
        audited = dict(
            s.exec(
                select(HubAudit.device_id, func.max(HubAudit.at))
                .where(col(HubAudit.device_id).is_not(None))
                .group_by(col(HubAudit.device_id))
            ).all()
        )
        applied = dict(
            s.exec(
                select(AppliedMutation.device_id, func.max(AppliedMutation.at)).group_by(col(AppliedMutation.device_id))
            ).all()
        )
        waiting = s.exec(
            select(func.count()).select_from(Handoff).where(col(Handoff.state).in_([State.QUEUED, State.OFFERED]))
        ).one()
        seq = s.exec(select(func.max(HubChange.seq))).one()
    seen = []
    for d in devices:
        times = [t for t in (d.last_seen_at, audited.get(d.id), applied.get(d.id)) if t is not None]
        seen.append(DeviceSeen(d.id, d.name, d.enrolled_at, d.revoked_at, max(times) if times else None))
    backup = last_backup(ctx) or last_backup(backups)
    folders = [backups] + ([ctx.db.path.parent] if ctx.db.path is not None else [])
    free = [(f, shutil.disk_usage(_existing(f)).free) for f in dict.fromkeys(folders)]
    return HubStatus(
        branch=branch_identity(ctx),
        store=str(ctx.db),
        devices=seen,
        waiting=int(waiting),
        feed_seq=int(seq or 0),
        backup=backup,
        backup_stale=backup_warning(ctx, backups),
        purge=last_purge(ctx),
        plan=schedule(ctx),
        disk_free=free,
    )


def _existing(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder
