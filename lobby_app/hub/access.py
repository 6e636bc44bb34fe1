"""Who may talk to the hub: one-time enrolment codes, device tokens kept only as hashes, revocation."""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlmodel import col, select

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.pins import same_proof
from ..domain.roles import Role
from ..domain.text import check_text
from ..protocol.commands import new_id
from ..protocol.enrolment import code_key, device_proof, hub_proof
from ..services.context import Ctx
from ..services.staff import authorise
from ..store.replication import core
from ..store.tables import Device, EnrolmentCode, HubDevice

CODE_LIFETIME = timedelta(minutes=15)
DEVICE_NAME_MAX = 40


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def make_enrolment_code(ctx: Ctx, *, staff_no: str, pin: str) -> str:
    """The branch head, signed in with their own number and PIN, gets a code for one new device."""
    head = authorise(ctx, staff_no=staff_no, pin=pin).staff
    if head.role != Role.BRANCH_HEAD or head.id is None:
        raise PermissionDenied("staff_no", "wrong_role", "only the branch head may enrol a device")
    return new_enrolment_code(ctx, head.id)[0]


def new_enrolment_code(ctx: Ctx, head_id: int) -> tuple[str, datetime]:
    """(code, when it expires), for a branch head already proven (the PIN, or their session)."""
    code = "-".join(secrets.token_hex(2).upper() for _ in range(3))  # e.g. 3F9A-0C1D-77E2: read aloud, typed once
    now = ctx.now()
    with ctx.db.write() as s:
        s.add(
            EnrolmentCode(
                code_hash=code_key(code).hex(),
                created_by=head_id,
                created_at=now,
                expires_at=now + CODE_LIFETIME,
            )
        )
    return code, now + CODE_LIFETIME


def enrol_device(ctx: Ctx, *, code: str, name: str, device_id: str | None = None) -> tuple[str, str]:
    """Trade a code for (device id, token) at the hub itself (its command line, tests). The token is
    shown once; the hub keeps its hash. A device over the LAN uses `enrol_bound`."""
    key = code_key(str(code)).hex()
    device_id, token, _ = _enrol(
        ctx, lambda codes: next((c for c in codes if c.code_hash == key), None), name, device_id
    )
    return device_id, token


def enrol_bound(
    ctx: Ctx, *, proof: str, anchor_fingerprint: str, name: str, device_id: str | None = None
) -> tuple[str, str, str]:
    """Trade a proof of a code bound to the hub's anchor certificate (protocol/enrolment.py) for
    (device id, token, the hub's proof). A proof made over another certificate matches no code."""

    def matching(codes: list[EnrolmentCode]) -> EnrolmentCode | None:
        proves = (c for c in codes if same_proof(device_proof(bytes.fromhex(c.code_hash), anchor_fingerprint), proof))
        return next(proves, None)

    device_id, token, key = _enrol(ctx, matching, name, device_id)
    return device_id, token, hub_proof(bytes.fromhex(key), anchor_fingerprint, device_id)


def _enrol(
    ctx: Ctx,
    pick: Callable[[list[EnrolmentCode]], EnrolmentCode | None],
    name: str,
    device_id: str | None,
) -> tuple[str, str, str]:
    """(device id, token, the code's key). A device may bring the id it already uses in its own store
    (a UUID), so its rows keep naming it."""
    name_ = check_text(name, field="name", max_len=DEVICE_NAME_MAX, required=True)
    if device_id is not None:
        try:
            device_id = str(uuid.UUID(device_id))
        except ValueError:
            raise ValidationError("device_id", "bad_id", "must be a UUID") from None
    now = ctx.now()
    with ctx.db.write() as s:
        open_codes = s.exec(
            select(EnrolmentCode).where(col(EnrolmentCode.used_at).is_(None), EnrolmentCode.expires_at > now)
        ).all()
        row = pick(list(open_codes))
        if row is None:
            raise ValidationError("code", "invalid_code", "this enrolment code is unknown, used or expired")
        if device_id is not None and s.get(HubDevice, device_id) is not None:
            raise ValidationError("device_id", "duplicate", "a device with this id is already enrolled")
        device_id, token = device_id or new_id(), secrets.token_urlsafe(32)
        s.add(HubDevice(id=device_id, name=name_, token_hash=_hash(token), enrolled_at=now))
        if s.get(Device, device_id) is None:
            s.add(Device(id=device_id, name=name_, created_at=now))  # the branch's register: rows name their device
        row.used_at, row.device_id = now, device_id
        s.add(row)
    return device_id, token, row.code_hash


def device_for(ctx: Ctx, token: str) -> HubDevice | None:
    """The enrolled, unrevoked device holding this token; None for anything else. Every request that needs
    a token asks, on the hub's event loop (hub/guards.py): one indexed row read without an ORM session,
    a quarter of the cost."""
    table = HubDevice.__table__  # type: ignore[attr-defined]
    with ctx.db.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.token_hash == _hash(token))).first()
    return HubDevice(**row._mapping) if row is not None and row.revoked_at is None else None


def revoke_device(ctx: Ctx, *, device: str) -> HubDevice:
    """Revoke a device named by its id or its name: every later request gets 401, its open event
    streams close within seconds (hub/app.py). Revoking twice keeps the first time."""
    with ctx.db.write() as s:
        row = s.get(HubDevice, device)
        if row is None:
            named = s.exec(select(HubDevice).where(HubDevice.name == device.strip())).all()
            if len(named) > 1:
                ids = ", ".join(d.id for d in named)
                raise ValidationError(
                    "device", "ambiguous", f"{len(named)} devices are called {device!r}: give one id ({ids})"
                )
            row = named[0] if named else None
        if row is None:
            raise ValidationError("device", "not_found", f"no enrolled device with the id or name {device!r}")
        row.revoked_at = row.revoked_at or ctx.now()
        s.add(row)
    return row


def rename_device(ctx: Ctx, *, device_id: str, name: str) -> None:
    """The hub's register and the branch's device row (every device shows the new name)."""
    name_ = check_text(name, field="name", max_len=DEVICE_NAME_MAX, required=True)
    with ctx.db.write() as s:
        row, shared = s.get(HubDevice, device_id), s.get(Device, device_id)
        if row is None:
            raise ValidationError("device", "not_found", f"no enrolled device with the id {device_id!r}")
        row.name = name_
        s.add(row)
        if shared is not None:
            shared.name = name_
            s.add(shared)


SEEN_EVERY = timedelta(minutes=1)  # a device's pulls write its row at most this often


def seen(
    ctx: Ctx, device: HubDevice, *, staff_id: int | None = None, version: str = "", waiting: int | None = None
) -> None:
    """A device talked to the hub: when, who (a sign-in or a change), its app version and what waits
    in its outbox. Written only when something the console shows has changed, or a minute has passed."""
    now = ctx.now()
    version_ = version[:32]
    same = (
        device.last_seen_at is not None
        and now - device.last_seen_at < SEEN_EVERY
        and (staff_id is None or staff_id == device.last_staff_id)
        and (not version_ or version_ == device.app_version)
        and (waiting is None or waiting == device.waiting)
    )
    if same:
        return
    with ctx.db.write() as s:
        row = s.get(HubDevice, device.id)
        if row is None:
            return
        row.last_seen_at = now
        row.last_staff_id = staff_id if staff_id is not None else row.last_staff_id
        row.app_version = version_ or row.app_version
        row.waiting = waiting if waiting is not None else row.waiting
        s.add(row)


_UNREVOKED = select(HubDevice.id).where(col(HubDevice.revoked_at).is_(None))  # read after every commit


def unrevoked(ctx: Ctx) -> frozenset[str]:
    """The ids of every device not revoked: one read answers every open stream."""
    with ctx.db.read() as s:
        return frozenset(id_ for (id_,) in core(s).execute(_UNREVOKED))


class Revocations:
    """Whether a device is revoked, for the event streams' look-out while the hub is quiet: read once per
    moment asked about (a half second) and shared by every stream. (On a change, the bell's event says who
    may hear it.) Each of a branch's 30 streams reading its own row was a fifth of the hub's time."""

    def __init__(self, ctx: Ctx) -> None:
        self._ctx = ctx
        self._at: object = None
        self._live: frozenset[str] = frozenset()
        self._lock = asyncio.Lock()

    async def revoked(self, device_id: str, at: object) -> bool:
        """`at`: the moment asked about; a moment not seen before reads the devices again."""
        async with self._lock:
            if at != self._at:
                self._live = await asyncio.to_thread(unrevoked, self._ctx)
                self._at = at
        return device_id not in self._live
