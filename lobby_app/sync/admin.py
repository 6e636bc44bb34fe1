"""The branch head's console talking to the hub: the devices and the audit log (hub/admin.py). Each
request carries a proof made with the head's session key on this device (domain.pins.request_proof)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any
from urllib.parse import urlencode

import httpx

from ..domain.pins import request_proof
from ..domain.roles import Actor
from ..services.context import Ctx
from ..services.staff import session_of
from .config import HubConfig
from .staff import ANSWER_S, HubAway, refusal

SESSION_HEADER = "Lobby-Session"


class HubAdmin:
    def __init__(self, ctx: Ctx, hub: HubConfig, actor: Actor) -> None:
        self._ctx, self._hub, self._actor = ctx, hub, actor

    async def devices(self) -> list[dict[str, Any]]:
        answer = await self._ask("GET", "/v1/admin/devices")
        return list(answer)

    async def rename(self, device_id: str, name: str) -> dict[str, Any]:
        return dict(await self._ask("POST", f"/v1/admin/devices/{device_id}/name", {"name": name}))

    async def revoke(self, device_id: str) -> dict[str, Any]:
        return dict(await self._ask("POST", f"/v1/admin/devices/{device_id}/revoke"))

    async def enrolment_code(self) -> dict[str, Any]:
        return dict(await self._ask("POST", "/v1/admin/enrolment-codes"))

    async def audit(
        self,
        *,
        staff_id: int | None = None,
        device_id: str | None = None,
        day: date | None = None,
        kind: str | None = None,
    ) -> list[dict[str, Any]]:
        query = {"staff_id": staff_id, "device_id": device_id, "day": day.isoformat() if day else None, "kind": kind}
        given = {k: v for k, v in query.items() if v not in (None, "")}
        return list(await self._ask("GET", "/v1/admin/audit" + (f"?{urlencode(given)}" if given else "")))

    async def _ask(self, method: str, target: str, body: dict[str, Any] | None = None) -> Any:
        """The hub's answer; its refusal as a DomainError naming the field and rule; HubAway when it is away."""
        session_id, key = session_of(self._ctx, self._actor)
        content = json.dumps(body).encode() if body is not None else b""
        at = int(self._ctx.now().timestamp())
        staff_id = self._actor.staff_id
        proof = request_proof(key, method=method, target=target, body=content, at=at, staff_id=staff_id)
        headers = {"Lobby-Session": f"{staff_id};{session_id};{at};{proof}"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        try:
            async with self._hub.client(timeout=ANSWER_S) as http:
                reply = await http.request(method, target, content=content, headers=headers)
        except httpx.HTTPError as e:
            raise HubAway(f"{self._hub.url}: {type(e).__name__}") from e
        if reply.status_code in (400, 403, 404, 422):
            raise refusal(reply, self._ctx.now())
        if reply.status_code != 200:
            raise HubAway(f"{self._hub.url}: HTTP {reply.status_code}")
        return reply.json()
