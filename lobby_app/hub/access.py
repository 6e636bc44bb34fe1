"""Who may talk to the hub: one-time enrolment codes, device tokens kept only as hashes, revocation."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import timedelta

from sqlmodel import select

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.roles import Role
from ..domain.text import check_text
from ..protocol.commands import new_id
from ..services.context import Ctx
from ..services.staff import sign_in
from ..store.tables import Device, EnrolmentCode, HubDevice

CODE_LIFETIME = timedelta(minutes=15)
DEVICE_NAME_MAX = 40


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def make_enrolment_code(ctx: Ctx, *, staff_no: str, pin: str) -> str:
    """The branch head, signed in with their own number and PIN, gets a code for one new device."""
    actor, _ = sign_in(ctx, staff_no=staff_no, pin=pin)
    if actor.role is not Role.BRANCH_HEAD:
        raise PermissionDenied("staff_no", "wrong_role", "only the branch head may enrol a device")
    code = "-".join(secrets.token_hex(2).upper() for _ in range(3))  # e.g. 3F9A-0C1D-77E2: read aloud, typed once
    now = ctx.now()
    with ctx.db.write() as s:
        s.add(
            EnrolmentCode(
                code_hash=_hash(code), created_by=actor.staff_id, created_at=now, expires_at=now + CODE_LIFETIME
            )
        )
    return code


def enrol_device(ctx: Ctx, *, code: str, name: str, device_id: str | None = None) -> tuple[str, str]:
    """Trade a code for (device id, token). The token is shown once; the hub keeps its hash.

    A device may bring the id it already uses in its own store (a UUID), so its rows keep naming it.
    """
    name_ = check_text(name, field="name", max_len=DEVICE_NAME_MAX, required=True)
    if device_id is not None:
        try:
            device_id = str(uuid.UUID(device_id))
        except ValueError:
            raise ValidationError("device_id", "bad_id", "must be a UUID") from None
    now = ctx.now()
    with ctx.db.write() as s:
        row = s.get(EnrolmentCode, _hash(str(code).strip().upper()))
        if row is None or row.used_at is not None or row.expires_at <= now:
            raise ValidationError("code", "invalid_code", "this enrolment code is unknown, used or expired")
        if device_id is not None and s.get(HubDevice, device_id) is not None:
            raise ValidationError("device_id", "duplicate", "a device with this id is already enrolled")
        device_id, token = device_id or new_id(), secrets.token_urlsafe(32)
        s.add(HubDevice(id=device_id, name=name_, token_hash=_hash(token), enrolled_at=now))
        if s.get(Device, device_id) is None:
            s.add(Device(id=device_id, name=name_, created_at=now))  # the branch's register: rows name their device
        row.used_at, row.device_id = now, device_id
        s.add(row)
    return device_id, token


def device_for(ctx: Ctx, token: str) -> HubDevice | None:
    """The enrolled, unrevoked device holding this token; None for anything else. Every request that needs
    a token asks, on the hub's event loop (hub/guards.py): one indexed row read without an ORM session,
    a quarter of the cost."""
    table = HubDevice.__table__  # type: ignore[attr-defined]
    with ctx.db.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.token_hash == _hash(token))).first()
    return HubDevice(**row._mapping) if row is not None and row.revoked_at is None else None


def revoke_device(ctx: Ctx, *, device_id: str) -> None:
    with ctx.db.write() as s:
        device = s.get(HubDevice, device_id)
        if device is None:
            raise ValidationError("device_id", "not_found", f"no device {device_id!r}")
        device.revoked_at = device.revoked_at or ctx.now()
        s.add(device)
