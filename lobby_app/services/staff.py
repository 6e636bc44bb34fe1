"""Staff, devices and sign-in."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlmodel import Session, col, func, select

from ..domain import pins
from ..domain.errors import DomainError, PermissionDenied, ValidationError, one_of
from ..domain.pins import (
    SESSION_GRACE,
    check_new_pin,
    hash_pin,
    needs_new_pin,
    new_secret,
    new_session_id,
    signing_key,
    unwrap_secret,
    verify_pin,
    wrap_secret,
)
from ..domain.roles import MANAGERS, Actor, Role
from ..domain.routing import Presence
from ..domain.text import check_text
from ..store.tables import Device, LocalState, PresenceRow, Staff, StaffKey
from .context import Changed, Changes, Ctx, changes, record, session_over, session_state_key
from .pin_lock import LOCK_AFTER, locked_until, right_pin_in, wrong_pin
from .remote import apply_remote

NAME_MAX = 40
_TICK = timedelta(microseconds=1)
STAFF_NO_MAX = 16


def create_staff(
    ctx: Ctx, actor: Actor | None, *, staff_no: str, name: str, role: str, pin: str, one_time: bool = False
) -> Changes:
    """The branch head adds a colleague. With no staff yet, the first person must be a branch head. A
    `one_time` PIN must be changed at the first sign-in."""
    number = check_staff_no(staff_no)
    name_ = check_text(name, field="name", max_len=NAME_MAX, required=True)
    role_ = one_of(Role, role, field="role")
    check_new_pin(pin, number)
    pin_hash = hash_pin(pin)  # slow: before the write transaction takes the lock
    with ctx.db.write() as s:
        staff_id = add_person(s, ctx, actor, staff_no=number, name=name_, role=role_, pin_hash=pin_hash)
        if one_time:
            keys = s.get(StaffKey, staff_id)
            assert keys is not None
            keys.must_change = True
    return changes(Changed.STAFF, Changed.PRESENCE, id=str(staff_id))


def check_staff_no(staff_no: object) -> str:
    number = check_text(staff_no, field="staff_no", max_len=STAFF_NO_MAX, required=True)
    if not number.isascii() or not number.isalnum():
        raise ValidationError("staff_no", "bad_code", "may hold only letters and digits")
    return number


def add_person(
    s: Session, ctx: Ctx, actor: Actor | None, *, staff_no: str, name: str, role: Role, pin_hash: str
) -> int:
    """The person's row, their PIN and secret, and their presence, inside the caller's transaction."""
    now = ctx.now()
    first = s.exec(select(Staff.id).limit(1)).first() is None
    if first and role is not Role.BRANCH_HEAD:
        raise ValidationError("role", "first_is_head", "the first staff member must be the branch head")
    if not first and (actor is None or actor.role not in MANAGERS):
        raise PermissionDenied("actor", "wrong_role", "only the branch head may add staff")
    if s.exec(select(Staff.id).where(Staff.staff_no == staff_no)).first() is not None:
        raise ValidationError("staff_no", "duplicate", f"staff number {staff_no} is taken")
    # The id named, as a head's device names it for add_staff: PostgreSQL's sequence would not know those.
    staff_id = (s.exec(select(func.max(Staff.id))).one() or 0) + 1
    s.add(Staff(id=staff_id, staff_no=staff_no, name=name, role=role, created_at=now, pin_set_at=now))
    s.flush()
    s.add(StaffKey(staff_id=staff_id, pin_hash=pin_hash, secret=new_secret()))
    if role is Role.WEALTH_MANAGER:
        s.add(PresenceRow(staff_id=staff_id, presence=Presence.OFFLINE, since=now))
    record(
        s,
        ctx,
        staff_id=actor.staff_id if actor else None,
        entity="staff",
        entity_id=staff_id,
        action="create_staff",
        data={"staff_no": staff_no, "name": name, "role": str(role)},
    )
    return staff_id


class SignedIn(NamedTuple):
    actor: Actor
    name: str
    new_pin_needed: bool = False  # a one-time PIN, or one from before the rules: choose a new one first


@dataclass(frozen=True, slots=True)
class Authorised:
    """A right PIN, as the authority over PINs (the hub, or a device without one) says: the person, the
    secret behind their proofs, and whether they must choose a new PIN."""

    staff: Staff
    secret: str
    must_change: bool


def authorise(ctx: Ctx, *, staff_no: str, pin: str) -> Authorised:
    """Check a PIN where its hash is kept: one message for any mismatch, to leak nothing, and as slow
    for a staff number nobody has. The fifth wrong PIN in a row locks the number (services.pin_lock);
    a locked number is refused whatever the PIN."""
    now = ctx.now()
    with ctx.db.read() as s:
        staff = s.exec(select(Staff).where(Staff.staff_no == str(staff_no).strip(), Staff.active)).first()
        key = s.get(StaffKey, staff.id) if staff is not None else None
        until = locked_until(s, key.staff_id, now) if key is not None else None
    if staff is None or key is None or not key.pin_hash or until is not None or not isinstance(pin, str):
        verify_pin(str(pin), _stand_in())  # the same work as a real check: the time tells nothing
        raise _refused(until)
    if not verify_pin(pin, key.pin_hash):
        raise _refused(wrong_pin(ctx, key.staff_id))
    with ctx.db.write() as s:
        right_pin_in(s, key.staff_id)
    return Authorised(staff, key.secret, key.must_change or needs_new_pin(pin, staff.staff_no))


def sign_in(ctx: Ctx, *, staff_no: str, pin: str) -> SignedIn:
    """Sign in with what this store holds: the PIN's hash on the hub or a device without one; on a
    device linked to a hub, what it cached when this person last signed in on it with the hub reachable
    (take_hub_sign_in), as a domain-joined PC caches a logon. Anyone else is refused (`hub_needed`).

    On a device this starts a session, which ends at sign-out, at a PIN change, or at the end of the
    branch day: each change this person makes carries a proof made with the session's key
    (services.context.record), which the hub checks against their secret. The PIN is never kept."""
    now = ctx.now()
    with ctx.db.read() as s:
        staff = s.exec(select(Staff).where(Staff.staff_no == str(staff_no).strip(), Staff.active)).first()
        key = s.get(StaffKey, staff.id) if staff is not None else None
        cached = s.get(LocalState, _cache_key(staff.id)) if staff is not None and staff.id is not None else None
        until = locked_until(s, staff.id, now) if staff is not None and staff.id is not None else None
    if staff is None or staff.id is None or (key is not None and key.pin_hash):
        signed = authorise(ctx, staff_no=staff_no, pin=pin)
        return _started(ctx, signed.staff, signed.secret, signed.must_change)
    if until is not None:
        raise _refused(until)
    if cached is None or cached.value.get("pin_set_at") != _when(staff.pin_set_at):
        verify_pin(str(pin), _stand_in())
        message = "the first sign-in on this device, or the first after a PIN change, needs the branch hub"
        raise ValidationError("pin", "hub_needed", message)
    secret = unwrap_secret(pin, cached.value.get("wrapped", {})) if isinstance(pin, str) else None
    if secret is None:
        raise _refused(wrong_pin(ctx, staff.id))
    with ctx.db.write() as s:
        right_pin_in(s, staff.id)
    return _started(ctx, staff, secret, bool(cached.value.get("must_change")))


def take_hub_sign_in(ctx: Ctx, *, pin: str, staff: dict[str, Any], secret: str, must_change: bool) -> SignedIn:
    """The hub said this PIN is right (sync.staff): its row of the person, as a snapshot, and their
    secret. The device keeps the secret wrapped under the PIN, for a sign-in while the hub is away."""
    try:
        secret_ = bytes.fromhex(secret).hex()
    except ValueError:
        raise ValidationError("secret", "bad_secret", "the hub's answer holds no secret") from None
    wrapped = wrap_secret(pin, secret_)  # slow: before the write transaction
    with ctx.db.write() as s:
        apply_remote(s, [("staff", str(staff.get("id")), staff)], keep=set())
        row = s.get(Staff, staff.get("id"))
        assert row is not None and row.id is not None
        value = {"wrapped": wrapped, "pin_set_at": _when(row.pin_set_at), "must_change": must_change}
        s.merge(LocalState(key=_cache_key(row.id), value=value))
        right_pin_in(s, row.id)
    return _started(ctx, row, secret_, must_change)


def change_pin(ctx: Ctx, *, staff_no: str, pin: str, new_pin: str) -> Authorised:
    """A person chooses a new PIN, with their current one, where PINs are kept (the hub, or a device
    without one). Their secret is made anew, so every session made with the old one ends: a change it
    signed is still taken for SESSION_GRACE (a device that was offline), and none made after that."""
    now_ = authorise(ctx, staff_no=staff_no, pin=pin)
    staff = now_.staff
    assert staff.id is not None
    check_new_pin(new_pin, staff.staff_no, field="new_pin")
    if new_pin == pin:
        raise ValidationError("new_pin", "unchanged", "must differ from the current PIN")
    pin_hash = hash_pin(new_pin)
    now = ctx.now()
    with ctx.db.write() as s:
        row, keys = s.get(Staff, staff.id), s.get(StaffKey, staff.id)
        assert row is not None and keys is not None
        new_pin_in(s, row, keys, pin_hash=pin_hash, must_change=False, now=now)
        record(s, ctx, staff_id=staff.id, entity="staff", entity_id=staff.id, action="change_pin", data={})
        s.flush()
        s.refresh(row)
        s.expunge(row)
    return Authorised(row, keys.secret, False)


def new_pin_in(
    s: Session, person: Staff, keys: StaffKey | None, *, pin_hash: str, must_change: bool, now: datetime
) -> None:
    """A new PIN (changed, or reset by the head): a new `pin_set_at`, which ends the person's sessions on
    every device that hears of it, and where PINs are kept (`keys`) the hash and a new secret. A change
    signed with the old secret is still taken for SESSION_GRACE (a device that had not heard)."""
    # Always later than the last (a clock set back, or two changes in one tick): devices compare it.
    person.pin_set_at = now if person.pin_set_at is None or now > person.pin_set_at else person.pin_set_at + _TICK
    s.add(person)
    if keys is not None:
        keys.previous_secret, keys.previous_until = keys.secret, now + SESSION_GRACE
        keys.secret, keys.pin_hash, keys.must_change = new_secret(), pin_hash, must_change
        s.add(keys)


def change_my_pin(ctx: Ctx, *, staff_no: str, pin: str, new_pin: str) -> SignedIn:
    """On a device without a hub: change the PIN and go on in a new session under the new secret."""
    changed = change_pin(ctx, staff_no=staff_no, pin=pin, new_pin=new_pin)
    return _started(ctx, changed.staff, changed.secret, False)


def _started(ctx: Ctx, staff: Staff, secret: str, must_change: bool) -> SignedIn:
    """A session opens on a device (the hub opens none), ending with the branch day at the latest."""
    assert staff.id is not None
    if ctx.outbox:
        session_id = new_session_id(ctx.today()[1])
        key = signing_key(secret, session_id=session_id, device_id=ctx.device_id, staff_id=staff.id)
        value = {"id": session_id, "key": key, "pin_set_at": _when(staff.pin_set_at)}
        with ctx.db.write() as s:
            s.merge(LocalState(key=session_state_key(staff.id), value=value))
    return SignedIn(Actor(staff.id, Role(staff.role)), staff.name, must_change)


def _when(at: datetime | None) -> str:
    return at.isoformat() if at is not None else ""


def _cache_key(staff_id: int) -> str:
    """Where a device keeps a person's wrapped secret, for their sign-in while the hub is away."""
    return f"pin-cache/{staff_id}"


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


def session_of(ctx: Ctx, actor: Actor) -> tuple[str, str]:
    """(session id, key) of this person's open session here, for a request they make at the hub (the
    head's console); a session that has ended, or none, is refused as a change would be."""
    with ctx.db.read() as s:
        kept = s.get(LocalState, session_state_key(actor.staff_id))
        person = s.get(Staff, actor.staff_id)
    if kept is None:
        raise PermissionDenied("actor", "session_ended", "not signed in on this device: sign in")
    if (over := session_over(kept.value, person, ctx.now())) is not None:
        raise PermissionDenied("actor", "session_ended", over)
    return str(kept.value["id"]), str(kept.value["key"])


def forget_ended_sessions(ctx: Ctx) -> int:
    """Erase every session key here that can sign nothing more (its day over, its PIN changed, its
    person gone): how many. A session that ends mid-change is refused first, then forgotten here."""
    now = ctx.now()
    with ctx.db.write() as s:
        kept = s.exec(select(LocalState).where(col(LocalState.key).startswith("session/"))).all()
        gone = 0
        for row in kept:
            person = s.get(Staff, int(row.key.removeprefix("session/") or 0))
            if person is None or session_over(row.value, person, now) is not None:
                s.delete(row)
                gone += 1
    return gone


def sign_out(ctx: Ctx, actor: Actor) -> None:
    """The session ends: its key is erased, so nothing more can be signed for this person here."""
    with ctx.db.write() as s:
        kept = s.get(LocalState, session_state_key(actor.staff_id))
        if kept is not None:
            s.delete(kept)


def is_branch_head_pin(ctx: Ctx, pin: str) -> bool:
    """Whether `pin` is the PIN of an active branch head whose number is not locked and whose PIN this
    store can check (its hash, or what it cached at their sign-in here): the key out of kiosk mode. A
    wrong one counts against every such head (services.pin_lock), as a guess at each."""
    now = ctx.now()
    with ctx.db.read() as s:
        heads = s.exec(select(Staff).where(Staff.role == Role.BRANCH_HEAD, Staff.active)).all()
        checks: list[tuple[int, Callable[[str], bool]]] = []
        for head in heads:
            if head.id is None or locked_until(s, head.id, now) is not None:
                continue
            key, cached = s.get(StaffKey, head.id), s.get(LocalState, _cache_key(head.id))
            if key is not None and key.pin_hash:
                checks.append((head.id, functools.partial(_hash_holds, key.pin_hash)))
            elif cached is not None and cached.value.get("pin_set_at") == _when(head.pin_set_at):
                checks.append((head.id, functools.partial(_wrap_opens, cached.value.get("wrapped", {}))))
    if not isinstance(pin, str):
        return False
    for head_id, check in checks:
        if check(pin):
            with ctx.db.write() as s:
                right_pin_in(s, head_id)
            return True
    for head_id, _ in checks:
        wrong_pin(ctx, head_id)
    return False


def _hash_holds(pin_hash: str, pin: str) -> bool:
    return verify_pin(pin, pin_hash)


def _wrap_opens(wrapped: dict[str, Any], pin: str) -> bool:
    return unwrap_secret(pin, wrapped) is not None


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
