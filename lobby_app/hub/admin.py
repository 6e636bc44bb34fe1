"""The branch head's console at the hub: the enrolled devices (rename, revoke, a code for a new one)
and the audit log. Each request carries a proof made in the head's sign-in session on the device
(`Lobby-Session: staff id;session id;second;proof`, domain.pins.request_proof), so a device token
alone, or a colleague signed in on the same device, gets 403."""

import asyncio
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from pydantic import BaseModel, Field
from sqlmodel import col, select

from ..domain.pins import request_proof, same_proof, session_end, signing_key
from ..domain.roles import Actor, Role
from ..services.audit_log import audit_entries
from ..services.context import Ctx
from ..store.tables import HubDevice, Staff, StaffKey
from . import access
from .push import proving_secrets

SESSION_HEADER = "Lobby-Session"
CLOCK_SKEW = timedelta(minutes=5)  # a request's second may differ this much from the hub's clock
AUDIT_LIMIT = 500


class DeviceInfo(BaseModel):
    id: str
    name: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_seen_at: datetime | None
    last_user: str  # the name of who signed in or pushed a change on it last
    app_version: str
    waiting: int


class Rename(BaseModel):
    name: str = Field(min_length=1, max_length=40)


class Code(BaseModel):
    code: str
    expires_at: datetime


class AuditEntry(BaseModel):
    at: datetime
    kind: str  # change · refused · accepted
    action: str  # the change's name, or the endpoint
    who: str  # a person's name, or ""
    staff_id: int | None
    device: str  # the device's name, or its id, or ""
    device_id: str | None
    what: str  # the entity and its id, or why refused
    detail: dict[str, Any]


def install_admin(
    app: FastAPI, ctx: Ctx, *, audit: Callable[..., None], device: Any, published: Callable[[], int]
) -> None:
    async def head(
        request: Request,
        who: Annotated[HubDevice, Depends(device)],
        lobby_session: Annotated[str | None, Header(alias=SESSION_HEADER)] = None,
    ) -> Actor:
        body = await request.body()  # as the device signed it (FastAPI has read it already: no second read)
        return await asyncio.to_thread(_head_of, ctx, request, body, who, lobby_session, audit)

    @app.get("/v1/admin/devices", response_model=list[DeviceInfo])
    def devices(actor: Annotated[Actor, Depends(head)]) -> list[DeviceInfo]:
        with ctx.db.read() as s:
            rows = s.exec(select(HubDevice).order_by(col(HubDevice.enrolled_at))).all()
            names = {p.id: p.name for p in s.exec(select(Staff))}
        return [
            DeviceInfo(
                id=d.id,
                name=d.name,
                enrolled_at=d.enrolled_at,
                revoked_at=d.revoked_at,
                last_seen_at=d.last_seen_at,
                last_user=names.get(d.last_staff_id or 0, ""),
                app_version=d.app_version,
                waiting=d.waiting,
            )
            for d in rows
        ]

    @app.post("/v1/admin/devices/{device_id}/name", response_model=DeviceInfo)
    def rename(device_id: str, body: Rename, actor: Annotated[Actor, Depends(head)]) -> DeviceInfo:
        access.rename_device(ctx, device_id=device_id, name=body.name)
        published()  # the device's new name, for every device
        return next(d for d in devices(actor) if d.id == device_id)

    @app.post("/v1/admin/devices/{device_id}/revoke", response_model=DeviceInfo)
    def revoke(device_id: str, request: Request, actor: Annotated[Actor, Depends(head)]) -> DeviceInfo:
        row = access.revoke_device(ctx, device=device_id)
        audit(request, "accepted", {"rule": "revoked", "device": row.id, "staff_id": actor.staff_id})
        return next(d for d in devices(actor) if d.id == row.id)

    @app.post("/v1/admin/enrolment-codes", response_model=Code)
    def enrolment_code(actor: Annotated[Actor, Depends(head)]) -> Code:
        code, expires = access.new_enrolment_code(ctx, actor.staff_id)
        return Code(code=code, expires_at=expires)

    @app.get("/v1/admin/audit", response_model=list[AuditEntry])
    def audit_log(
        actor: Annotated[Actor, Depends(head)],
        staff_id: Annotated[int | None, Query(ge=1, le=2**31)] = None,
        device_id: Annotated[str | None, Query(max_length=36)] = None,
        day: date | None = None,
        kind: Annotated[str | None, Query(pattern="^(change|refused|accepted)$")] = None,
        limit: Annotated[int, Query(ge=1, le=AUDIT_LIMIT)] = 200,
    ) -> list[AuditEntry]:
        found = audit_entries(ctx, staff_id=staff_id, device_id=device_id, day=day, kind=kind, limit=limit)
        return [AuditEntry(**asdict(entry)) for entry in found]


def _head_of(
    ctx: Ctx, request: Request, body: bytes, who: HubDevice, header: str | None, audit: Callable[..., None]
) -> Actor:
    """The branch head whose session on this device made this very request; 403 for anything else."""
    parts = (header or "").split(";")
    staff_id = int(parts[0]) if len(parts) == 4 and parts[0].isdigit() and len(parts[0]) <= 9 else 0
    at = int(parts[2]) if staff_id and parts[2].isdigit() and len(parts[2]) <= 10 else 0
    with ctx.db.read() as s:
        person, keys = s.get(Staff, staff_id), s.get(StaffKey, staff_id)
    now = ctx.now()
    ends = session_end(parts[1]) if staff_id else None
    fresh = abs(now.timestamp() - at) <= CLOCK_SKEW.total_seconds()
    if person is None or keys is None or not person.active or ends is None or ends <= now or not fresh:
        return _refuse(request, audit, who, staff_id, "not_signed_in", "sign in as the branch head on this device")
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    for secret in proving_secrets(keys, now):
        signing = signing_key(secret, session_id=parts[1], device_id=who.id, staff_id=staff_id)
        expected = request_proof(signing, method=request.method, target=target, body=body, at=at, staff_id=staff_id)
        if same_proof(expected, parts[3]):
            if person.role != Role.BRANCH_HEAD:
                return _refuse(request, audit, who, staff_id, "wrong_role", "only the branch head may do this")
            return Actor(staff_id, Role.BRANCH_HEAD)
    return _refuse(request, audit, who, staff_id, "not_signed_in", "sign in as the branch head on this device")


def _refuse(
    request: Request, audit: Callable[..., None], who: HubDevice, staff_id: int, rule: str, message: str
) -> Actor:
    detail = {"field": "session", "rule": rule, "message": message}
    audit(request, "refused", detail | {"staff_id": staff_id}, who.id)
    raise HTTPException(403, detail)
