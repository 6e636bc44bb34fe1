"""Five wrong PINs in a row lock a staff number for 5 minutes, each later lock of the branch day twice
as long as the last; the lock is shared (every device and the hub hold it) and the branch head is told.

Wrong PINs are counted where they are typed (a device, the hub's enrolment-code endpoint, a kiosk
exit); only the lock travels, as the LockPin command, which the hub times by its own clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from ..protocol.commands import LockPin
from ..store.tables import LocalState, PinLock, Staff
from .context import Changed, Changes, Ctx, changes, record
from .notifications import Kind, notify_heads_in

LOCK_AFTER = 5
FIRST_LOCK = timedelta(minutes=5)


def locked_until(s: Session, staff_id: int, now: datetime) -> datetime | None:
    """When the staff number opens again; None while it is open."""
    lock = s.get(PinLock, staff_id)
    return lock.locked_until if lock is not None and lock.locked_until > now else None


def wrong_pin(ctx: Ctx, staff_id: int) -> datetime | None:
    """Count one wrong PIN for this person here; the fifth in a row locks them. Returns the lock's end
    when this one locked them."""
    with ctx.db.write() as s:
        counted = s.get(LocalState, _failures_key(staff_id))
        count = (counted.value.get("count", 0) if counted is not None else 0) + 1
        if count < LOCK_AFTER:
            s.merge(LocalState(key=_failures_key(staff_id), value={"count": count}))
            return None
        if counted is not None:
            s.delete(counted)
        return lock_in(s, ctx, LockPin(staff_id=staff_id))


def right_pin_in(s: Session, staff_id: int) -> None:
    """A right PIN: the count of wrong ones starts again."""
    counted = s.get(LocalState, _failures_key(staff_id))
    if counted is not None:
        s.delete(counted)


def lock_pin(ctx: Ctx, command: LockPin) -> Changes:
    """The lock a device set, at the hub: timed by the hub's clock, told to the heads, on every device."""
    with ctx.db.write() as s:
        lock_in(s, ctx, command)
    return changes(Changed.STAFF, Changed.NOTIFICATIONS, id=str(command.staff_id))


def lock_in(s: Session, ctx: Ctx, command: LockPin) -> datetime:
    now = ctx.now()
    person = s.get(Staff, command.staff_id)
    if person is None:  # nobody to lock (the hub refuses an unknown staff id before this)
        return now
    today = ctx.local_date(now).isoformat()
    lock = s.get(PinLock, command.staff_id)
    if lock is not None and lock.locked_until > now:
        return lock.locked_until  # already locked: the same lock, told once
    locks = lock.locks + 1 if lock is not None and lock.day == today else 1
    until: datetime = now + FIRST_LOCK * 2 ** (locks - 1)
    s.merge(PinLock(staff_id=command.staff_id, locked_until=until, locks=locks, day=today, updated_at=now))
    data = {"staff_no": person.staff_no, "name": person.name, "until": until.isoformat(), "locks": locks}
    notify_heads_in(s, ctx, kind=Kind.PIN_LOCKED, handoff_id=None, data=data, once=f"pin-lock/{command.id}")
    record(
        s,
        ctx,
        staff_id=command.staff_id,
        entity="staff",
        entity_id=command.staff_id,
        action="lock_pin",
        data={"until": until.isoformat(), "locks": locks},
        command=command,
        signed=False,  # nobody signed in: the hub takes a lock unsigned, as it can only lock
    )
    return until


def _failures_key(staff_id: int) -> str:
    return f"pin-failures/{staff_id}"
