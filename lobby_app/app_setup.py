"""Opening the local store for any command: migrate first, then this device and the branch defaults."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from . import private
from .services.branch_setup import branch_timezone
from .services.context import Ctx, utc_now
from .services.rules import ensure_defaults
from .services.staff import ensure_device
from .settings import Settings
from .store.engine import Database
from .store.migrate import upgrade
from .store.replication import note_outbox_rows


def device_id(settings: Settings) -> str:
    """This device's id: made once and kept beside the store, readable by this user only."""
    path = settings.device_id_path
    private.private_dir(settings.data_dir)
    if path.exists():
        private.tighten(path)
        return path.read_text().strip()
    new = str(uuid.uuid4())
    private.write_text(path, new + "\n")
    return new


def open_store(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = utc_now,
    db: Path | str | None = None,
    prepare: Callable[[Database, Callable[[], datetime]], None] | None = None,
) -> Ctx:
    """`db`: another store than the device's own file (a hub's SQLite file or PostgreSQL URL). `prepare`:
    run on the migrated store before anything is written to it (the hub's change capture, so that every
    row its command line writes reaches the devices)."""
    store = Database(db or settings.db_path)
    upgrade(store)
    note_outbox_rows(store)
    if prepare is not None:  # after: a store watches its writes one way (the hub's capture replaces the note)
        prepare(store, clock)
    ctx = Ctx(db=store, device_id=device_id(settings), clock=clock, tz=ZoneInfo(settings.branch_timezone))
    ensure_device(ctx, name=settings.device_name)
    ensure_defaults(ctx)
    zone = branch_timezone(ctx)  # a branch set up with its own time zone keeps its day in it
    return ctx if zone is None else replace(ctx, tz=ZoneInfo(zone))
