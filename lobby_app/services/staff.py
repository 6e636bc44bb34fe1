"""Staff, devices and sign-in."""

from __future__ import annotations

import functools
from datetime import datetime

from sqlmodel import select

from ..domain import pins
from ..domain.errors import DomainError, PermissionDenied, ValidationError, one_of
from ..domain.pins import check_new_pin, hash_pin, new_session_id, session_key, signing_key, verify_pin
from ..domain.roles import MANAGERS, Actor, Role
from ..domain.routing import Presence
from ..domain.text import check_text
from ..store.tables import Device, LocalState, PresenceRow, Staff, StaffKey
from .context import Changed, Changes, Ctx, changes, record, session_state_key
from .pin_lock import LOCK_AFTER, locked_until, right_pin_in, wrong_pin

NAME_MAX = 40
STAFF_NO_MAX = 16


def create_staff(ctx: Ctx, actor: Actor | None, *, staff_no: str, name: str, role: str, pin: str) -> Changes:
    """The branch head adds a colleague. With no staff yet, the first person must be a branch head."""
    number = check_text(staff_no, field="staff_no", max_len=STAFF_NO_MAX, required=True)
    if not number.isascii() or not number.isalnum():
        raise ValidationError("staff_no", "bad_code", "may hold only letters and digits")
    name_ = check_text(name, field="name", max_len=NAME_MAX, required=True)
    role_ = one_of(Role, role, field="role")
    check_new_pin(pin, number)
    pin_hash, key = hash_pin(pin), session_key(pin, number)  # slow: before the write transaction takes the lock
    now = ctx.now()
    with ctx.db.write() as s:
        first = s.exec(select(Staff.id).limit(1)).first() is None
        if first and role_ is not Role.BRANCH_HEAD:
            raise ValidationError("role", "first_is_head", "the first staff member must be the branch head")
        if not first and (actor is None or actor.role not in MANAGERS):
            raise PermissionDenied("actor", "wrong_role", "only the branch head may add staff")
        if s.exec(select(Staff.id).where(Staff.staff_no == number)).first() is not None:
            raise ValidationError("staff_no", "duplicate", f"staff number {number} is taken")
        staff = Staff(staff_no=number, name=name_, role=role_, pin_hash=pin_hash, created_at=now)
        s.add(staff)
        s.flush()
        assert staff.id is not None
        s.add(StaffKey(staff_id=staff.id, key=key))
        if role_ is Role.WEALTH_MANAGER:
            s.add(PresenceRow(staff_id=staff.id, presence=Presence.OFFLINE, since=now))
        record(
            s,
            ctx,
            staff_id=actor.staff_id if actor else None,
            entity="staff",
            entity_id=staff.id,
            action="create_staff",
            data={"staff_no": number, "name": name_, "role": str(role_)},
        )
    return changes(Changed.STAFF, Changed.PRESENCE, id=str(staff.id))


def sign_in(ctx: Ctx, *, staff_no: str, pin: str) -> tuple[Actor, str]:
    """(actor, name) for a right staff number and PIN; one message for any mismatch, to leak nothing,
    and as slow for a staff number nobody has. The fifth wrong PIN in a row locks the number
    (services.pin_lock); a locked number is refused whatever the PIN.

    On a device this starts a session, which ends at sign-out or at the end of the branch day: each
    change this person makes carries a proof made with the session's key (services.context.record),
    which the hub checks against the key it holds. The PIN itself is never kept."""
    now = ctx.now()
    with ctx.db.read() as s:
        staff = s.exec(select(Staff).where(Staff.staff_no == str(staff_no).strip(), Staff.active)).first()
        until = locked_until(s, staff.id, now) if staff is not None and staff.id is not None else None
    if staff is None or staff.id is None or until is not None or not isinstance(pin, str):
        verify_pin(str(pin), _stand_in())  # the same work as a real check: the time tells nothing
        raise _refused(until)
    if not verify_pin(pin, staff.pin_hash):
        raise _refused(wrong_pin(ctx, staff.id))
    with ctx.db.write() as s:
        right_pin_in(s, staff.id)
        if ctx.outbox:
            session_id = new_session_id(ctx.today()[1])  # ends with the branch day
            key = signing_key(
                session_key(pin, staff.staff_no), session_id=session_id, device_id=ctx.device_id, staff_id=staff.id
            )
            s.merge(LocalState(key=session_state_key(staff.id), value={"id": session_id, "key": key}))
    return Actor(staff.id, Role(staff.role)), staff.name


def _refused(locked_until: datetime | None) -> DomainError:
    """One answer for any wrong staff number or PIN; a locked number says until when."""
    if locked_until is not None:
        message = f"locked after {LOCK_AFTER} wrong PINs until {locked_until}"
        return PermissionDenied("pin", "locked", message, until=locked_until)
    return ValidationError("pin", "wrong_credentials", "staff number or PIN is wrong")


@functools.cache
def _hash_of_nothing(cost: tuple[int, int, int]) -> str:
    """`cost` only keys the cache: hash_pin reads the current cost itself."""
    return hash_pin("000000")


def _stand_in() -> str:
    """A hash at today's cost, checked in place of the hash of a staff number nobody has (whatever it
    says, the answer is "wrong"): the refusal takes as long as a real one."""
    return _hash_of_nothing(pins.ARGON2_COST)


def sign_out(ctx: Ctx, actor: Actor) -> None:
    """The session ends: its key is erased, so nothing more can be signed for this person here."""
    with ctx.db.write() as s:
        kept = s.get(LocalState, session_state_key(actor.staff_id))
        if kept is not None:
            s.delete(kept)


def is_branch_head_pin(ctx: Ctx, pin: str) -> bool:
    """Whether `pin` is the PIN of an active branch head whose number is not locked: the key out of
    kiosk mode. A wrong one counts against every head (services.pin_lock), as a guess at each."""
    now = ctx.now()
    with ctx.db.read() as s:
        heads = s.exec(select(Staff).where(Staff.role == Role.BRANCH_HEAD, Staff.active)).all()
        open_heads = [h for h in heads if h.id is not None and locked_until(s, h.id, now) is None]
    if not isinstance(pin, str):
        return False
    for head in open_heads:
        assert head.id is not None
        if verify_pin(pin, head.pin_hash):
            with ctx.db.write() as s:
                right_pin_in(s, head.id)
            return True
    for head in open_heads:
        assert head.id is not None
        wrong_pin(ctx, head.id)
    return False


def ensure_device(ctx: Ctx, *, name: str) -> Changes:
    """Register this device in its own store (once)."""
    name_ = check_text(name, field="device_name", max_len=NAME_MAX, required=True)
    with ctx.db.write() as s:
        if s.get(Device, ctx.device_id) is not None:
            return changes()
        s.add(Device(id=ctx.device_id, name=name_, created_at=ctx.now()))
        record(
            s,
            ctx,
            staff_id=None,
            entity="device",
            entity_id=ctx.device_id,
            action="register_device",
            data={"name": name_},
        )
    return changes(Changed.DEVICES, id=ctx.device_id)


def active_staff(ctx: Ctx) -> list[tuple[int, str, Role]]:
    """(id, name, role) of everyone working at the branch, by staff number."""
    with ctx.db.read() as s:
        rows = s.exec(select(Staff).where(Staff.active == True).order_by(Staff.staff_no))  # noqa: E712
        return [(r.id, r.name, Role(r.role)) for r in rows if r.id is not None]
