"""A person signs in, or chooses a new PIN, at the branch hub: the hub checks the PIN where its hash is
kept and gives the secret behind their proofs, which the device keeps wrapped under the PIN for a
sign-in while the hub is away (services.staff.take_hub_sign_in)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx

from ..domain.errors import DomainError, PermissionDenied, ValidationError
from ..services.context import Ctx
from ..services.staff import SignedIn, take_hub_sign_in
from .config import HubConfig

ANSWER_S = 5.0  # a person waits at the screen: past this the hub counts as away and the device decides


class HubAway(Exception):
    """The hub did not answer (or could not be understood): the device signs in with what it holds."""


async def sign_in_at_hub(ctx: Ctx, hub: HubConfig, *, staff_no: str, pin: str, new_pin: str | None = None) -> SignedIn:
    """The hub's answer taken on this device; a refusal (a wrong PIN, a locked number, a new PIN that
    breaks a rule) is the hub's DomainError, naming the field and the rule."""
    body: dict[str, Any] = {"staff_no": staff_no, "pin": pin} | ({"new_pin": new_pin} if new_pin is not None else {})
    try:
        async with hub.client(timeout=ANSWER_S) as http:
            reply = await http.post("/v1/pin" if new_pin is not None else "/v1/sign-in", json=body)
    except httpx.HTTPError as e:
        raise HubAway(type(e).__name__) from e
    if reply.status_code in (400, 403, 429):
        raise refusal(reply, ctx.now())
    if reply.status_code != 200:
        raise HubAway(f"HTTP {reply.status_code}")
    try:
        answer = reply.json()
        staff, secret, must_change = answer["staff"], answer["secret"], bool(answer["must_change"])
    except (ValueError, KeyError, TypeError) as e:
        raise HubAway("an answer this device cannot read") from e
    return take_hub_sign_in(ctx, pin=new_pin or pin, staff=staff, secret=secret, must_change=must_change)


async def head_pin_at_hub(hub: HubConfig, pin: str) -> bool:
    """Whether the hub knows `pin` as a branch head's (kiosk exit on a tablet no head signed in on)."""
    try:
        async with hub.client(timeout=ANSWER_S) as http:
            reply = await http.post("/v1/kiosk-exit", json={"pin": pin})
        opens = reply.json()["opens"] if reply.status_code == 200 else None
    except (httpx.HTTPError, ValueError, KeyError, TypeError) as e:
        raise HubAway(type(e).__name__) from e
    if not isinstance(opens, bool):
        raise HubAway(f"HTTP {reply.status_code}")
    return opens


def refusal(reply: httpx.Response, now: datetime) -> DomainError:
    """The hub's refusal as the DomainError it raised there: the field, the rule, and for a locked
    number until when (by its Retry-After)."""
    try:
        detail = reply.json()["detail"]
        field, rule, message = str(detail["field"]), str(detail["rule"]), str(detail["message"])
    except (ValueError, KeyError, TypeError):
        return ValidationError("request", "refused", reply.text[:200])
    if reply.status_code == 429:  # locked: until when, by the hub's word
        wait = reply.headers.get("Retry-After", "")
        return PermissionDenied(
            field, rule, message, until=now + timedelta(seconds=int(wait) if wait.isdigit() else 300)
        )
    return (PermissionDenied if reply.status_code == 403 else ValidationError)(field, rule, message)
