"""Where this device's changes stand with the branch hub, for the screens: saved here, sent, confirmed,
or refused with the hub's reason (services/context.record queues them; sync/client.py sends them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, func, select

from ..domain.roles import Actor
from ..store.tables import CustomerTag, Handoff, Outbox
from .context import Ctx


@dataclass(frozen=True, slots=True)
class SyncState:
    state: str  # saved_here · sent · confirmed · refused: the least settled of the changes made here
    refusal: dict[str, Any]  # why the hub refused: field, rule, message, and taken_by for a lost accept


_SETTLEDNESS = {"refused": 0, "saved_here": 1, "sent": 2, "confirmed": 3}


def sync_states(ctx: Ctx, ids: list[str]) -> dict[str, SyncState]:
    """For each row id, where the changes this device made to it stand with the hub.

    Rows this device never changed are left out; they came from the hub and are settled.
    """
    if not ids:
        return {}
    with ctx.db.read() as s:
        target = func.json_extract(Outbox.args, "$.id")
        entries = s.exec(select(target, Outbox.state, Outbox.refusal).where(target.in_(ids))).all()
    found: dict[str, SyncState] = {}
    for row_id, raw, refusal in entries:
        state = {"pending": "saved_here", "resend": "sent"}.get(raw, raw)
        current = found.get(row_id)
        if current is None or _SETTLEDNESS[state] < _SETTLEDNESS[current.state]:
            found[row_id] = SyncState(state, json.loads(refusal or "{}"))
    return found


@dataclass(frozen=True, slots=True)
class Refused:
    mutation_id: str
    name: str  # accept · meet · record_outcome ...
    address_as: str  # the customer, as the lobby noted them
    refusal: dict[str, Any]
    decided_at: datetime


def refused_today(ctx: Ctx, actor: Actor) -> list[Refused]:
    """Changes this person made here today that the hub refused, newest first: a lost accept, say,
    whose customer has since gone to the colleague who won."""
    start, end = ctx.today()
    with ctx.db.read() as s:
        target = func.json_extract(Outbox.args, "$.id")
        rows = s.exec(
            select(Outbox, CustomerTag.address_as)
            .outerjoin(Handoff, col(Handoff.id) == target)
            .outerjoin(CustomerTag, col(CustomerTag.id) == Handoff.tag_id)
            .where(
                Outbox.staff_id == actor.staff_id,
                Outbox.state == "refused",
                col(Outbox.decided_at) >= start,
                col(Outbox.decided_at) < end,
            )
            .order_by(col(Outbox.decided_at).desc(), col(Outbox.seq).desc())
        ).all()
    return [
        Refused(o.mutation_id, o.name, address_as or "", json.loads(o.refusal or "{}"), o.decided_at)
        for o, address_as in rows
        if o.decided_at is not None
    ]
