"""The branch head runs the staff: adds a colleague with a one-time PIN, changes a role, resets a
forgotten PIN, deactivates someone who has left. Each is a command checked again at the hub, and
reaches every device.

A PIN never travels: the head's device hashes the one-time PIN (argon2id) and the command carries the
hash. Only where PINs are kept (the hub, or a device with no hub) is the hash stored, beside a new
random secret; a device linked to a hub keeps the row and leaves the PIN to the hub.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import extract_parameters
from argon2.exceptions import InvalidHashError
from sqlmodel import Session, col, func, select

from ..domain import handoff as dh
from ..domain.errors import PermissionDenied, ValidationError, one_of
from ..domain.pins import check_new_pin, hash_pin, new_secret
from ..domain.roles import Actor, Role
from ..domain.routing import Presence
from ..domain.text import check_text
from ..protocol.commands import AddStaff, ChangeRole, DeactivateStaff, ResetPin, SetPlace
from ..store.tables import PinLock, PresenceRow, Staff, StaffKey
from .context import Changed, Changes, Ctx, changes, get_or_404, record
from .routing import dispatch, release_offers, set_presence_row
from .staff import NAME_MAX, check_staff_no, new_pin_in

PLACE_MAX = 24  # "2号理财室", "Desk 3, first floor"


@dataclass(frozen=True, slots=True)
class Colleague:
    staff_id: int
    staff_no: str
    name: str
    role: Role
    active: bool
    locked_until: datetime | None
    place: str


def colleagues(ctx: Ctx) -> list[Colleague]:
    """Everyone ever on the staff, by staff number: the active first."""
    now = ctx.now()
    with ctx.db.read() as s:
        locks = {lock.staff_id: lock.locked_until for lock in s.exec(select(PinLock)) if lock.locked_until > now}
        rows = s.exec(select(Staff).order_by(col(Staff.active).desc(), col(Staff.staff_no))).all()
    return [
        Colleague(r.id, r.staff_no, r.name, Role(r.role), r.active, locks.get(r.id), r.place)
        for r in rows
        if r.id is not None
    ]


# On the head's device: the commands, from what the head typed


def new_colleague(ctx: Ctx, *, staff_no: str, name: str, role: str, pin: str) -> AddStaff:
    """The command that adds them: every field checked here first, the one-time PIN hashed here."""
    number = check_staff_no(staff_no)
    check_text(name, field="name", max_len=NAME_MAX, required=True)
    one_of(Role, role, field="role")
    check_new_pin(pin, number)
    with ctx.db.read() as s:
        if s.exec(select(Staff.id).where(Staff.staff_no == number)).first() is not None:
            raise ValidationError("staff_no", "duplicate", f"staff number {number} is taken")
        next_id = (s.exec(select(func.max(Staff.id))).one() or 0) + 1
    return AddStaff(staff_id=next_id, staff_no=number, name=name.strip(), role=role, pin_hash=hash_pin(pin))


def new_pin_for(ctx: Ctx, *, staff_id: int, pin: str) -> ResetPin:
    with ctx.db.read() as s:
        person = get_or_404(s, Staff, staff_id, field="staff_id")
    check_new_pin(pin, person.staff_no)
    return ResetPin(staff_id=staff_id, pin_hash=hash_pin(pin))


# On every store (the device first, then the hub)


def add_staff(ctx: Ctx, actor: Actor, command: AddStaff) -> Changes:
    _head(actor)
    number = check_staff_no(command.staff_no)
    name = check_text(command.name, field="name", max_len=NAME_MAX, required=True)
    role = one_of(Role, command.role, field="role")
    _check_hash(command.pin_hash)
    now = ctx.now()
    with ctx.db.write() as s:
        if command.staff_id < 1 or s.get(Staff, command.staff_id) is not None:
            raise ValidationError("staff_id", "taken", f"staff id {command.staff_id} is taken: add them again")
        if s.exec(select(Staff.id).where(Staff.staff_no == number)).first() is not None:
            raise ValidationError("staff_no", "duplicate", f"staff number {number} is taken")
        s.add(Staff(id=command.staff_id, staff_no=number, name=name, role=role, created_at=now, pin_set_at=now))
        s.flush()
        if _keeps_pins(s, ctx):
            s.add(StaffKey(staff_id=command.staff_id, pin_hash=command.pin_hash, must_change=True, secret=new_secret()))
        if role is Role.WEALTH_MANAGER:
            s.add(PresenceRow(staff_id=command.staff_id, presence=Presence.OFFLINE, since=now))
        data = {"staff_no": number, "name": name, "role": str(role)}
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="staff",
            entity_id=command.staff_id,
            action="add_staff",
            data=data,
            command=command,
        )
    return changes(Changed.STAFF, Changed.PRESENCE, id=str(command.staff_id))


def change_role(ctx: Ctx, actor: Actor, command: ChangeRole) -> Changes:
    _head(actor)
    role = one_of(Role, command.role, field="role")
    now = ctx.now()
    with ctx.db.write() as s:
        person = _active(s, command.staff_id)
        before = Role(person.role)
        if before is Role.BRANCH_HEAD and role is not Role.BRANCH_HEAD:
            _not_the_last_head(s, command.staff_id)
        if before is Role.WEALTH_MANAGER and role is not Role.WEALTH_MANAGER:
            _hand_back(s, ctx, actor, command.staff_id, now)
        if role is Role.WEALTH_MANAGER and s.get(PresenceRow, command.staff_id) is None:
            s.add(PresenceRow(staff_id=command.staff_id, presence=Presence.OFFLINE, since=now))
        person.role = role
        s.add(person)
        data = {"before": str(before), "after": str(role)}
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="staff",
            entity_id=command.staff_id,
            action="change_role",
            data=data,
            command=command,
        )
    return changes(Changed.STAFF, Changed.PRESENCE, Changed.HANDOFFS, id=str(command.staff_id))


def set_place(ctx: Ctx, actor: Actor, command: SetPlace) -> Changes:
    """Where an active wealth manager receives customers; the lobby says it when they accept."""
    _head(actor)
    place = check_text(command.place, field="place", max_len=PLACE_MAX, required=False)
    if "\n" in place:
        raise ValidationError("place", "one_line", "must be one line")
    with ctx.db.write() as s:
        person = _active(s, command.staff_id)
        if Role(person.role) is not Role.WEALTH_MANAGER:
            raise ValidationError("place", "not_wealth_manager", "only a wealth manager receives customers at a place")
        data = {"before": person.place, "after": place}
        person.place = place
        s.add(person)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="staff",
            entity_id=command.staff_id,
            action="set_place",
            data=data,
            command=command,
        )
    return changes(Changed.STAFF, id=str(command.staff_id))


def deactivate_staff(ctx: Ctx, actor: Actor, command: DeactivateStaff) -> Changes:
    _head(actor)
    now = ctx.now()
    with ctx.db.write() as s:
        person = _active(s, command.staff_id)
        if person.role == Role.BRANCH_HEAD:
            _not_the_last_head(s, command.staff_id)
        _hand_back(s, ctx, actor, command.staff_id, now)
        person.active = False
        s.add(person)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="staff",
            entity_id=command.staff_id,
            action="deactivate_staff",
            data={"name": person.name},
            command=command,
        )
    return changes(Changed.STAFF, Changed.PRESENCE, Changed.HANDOFFS, id=str(command.staff_id))


def reset_pin(ctx: Ctx, actor: Actor, command: ResetPin) -> Changes:
    """Where PINs are kept, the new hash and a new secret; everywhere, a new `pin_set_at`, which ends
    the person's sessions on every device that hears of it."""
    _head(actor)
    _check_hash(command.pin_hash)
    now = ctx.now()
    with ctx.db.write() as s:
        person = _active(s, command.staff_id)
        keys = s.get(StaffKey, command.staff_id) if _keeps_pins(s, ctx) else None
        new_pin_in(s, person, keys, pin_hash=command.pin_hash, must_change=True, now=now)  # a one-time PIN
        lock = s.get(PinLock, command.staff_id)
        if lock is not None and lock.locked_until > now:  # the head has checked who this is: open again
            lock.locked_until = now
            s.add(lock)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="staff",
            entity_id=command.staff_id,
            action="reset_pin",
            data={},
            command=command,
        )
    return changes(Changed.STAFF, id=str(command.staff_id))


def _hand_back(s: Session, ctx: Ctx, actor: Actor, staff_id: int, now: datetime) -> None:
    """A wealth manager leaves (the branch or the role): whatever they held goes back to the queue and
    on to someone free; they are offline."""
    release_offers(s, ctx, actor, staff_id, now, states=dh.NEEDS_ASSIGNEE, data={"left": staff_id})
    if s.get(PresenceRow, staff_id) is not None:
        set_presence_row(s, staff_id, Presence.OFFLINE, "", now)
    s.flush()
    dispatch(s, ctx, actor, now)


def _head(actor: Actor) -> None:
    if actor.role is not Role.BRANCH_HEAD:
        raise PermissionDenied("actor", "wrong_role", "only the branch head may change the staff")


def _active(s: Session, staff_id: int) -> Staff:
    person = get_or_404(s, Staff, staff_id, field="staff_id")
    if not person.active:
        raise ValidationError("staff_id", "inactive", f"{person.name} no longer works at the branch")
    return person


def _not_the_last_head(s: Session, staff_id: int) -> None:
    others = select(Staff.id).where(Staff.role == Role.BRANCH_HEAD, Staff.active, Staff.id != staff_id)
    if s.exec(others).first() is None:
        raise ValidationError("staff_id", "last_head", "the branch needs an active branch head: name another first")


def _check_hash(pin_hash: str) -> None:
    try:
        params = extract_parameters(pin_hash)
    except (InvalidHashError, ValueError, TypeError):
        raise ValidationError("pin_hash", "bad_hash", "must be an argon2id hash of the PIN") from None
    if params.type.name != "ID" or len(pin_hash) > 200:
        raise ValidationError("pin_hash", "bad_hash", "must be an argon2id hash of the PIN")


def _keeps_pins(s: Session, ctx: Ctx) -> bool:
    """The hub keeps every PIN; a device keeps them only when it has no hub (it made its staff itself)."""
    return not ctx.outbox or s.exec(select(StaffKey.staff_id).limit(1)).first() is not None
