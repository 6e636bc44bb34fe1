"""No customer stays stuck: offers unanswered within the branch's response time go to the next one.

Like a call centre's "ring, no answer": the one who missed the offer is set away (they are not at
their desk), the customer goes back to the queue and on to whoever is free, and the branch head is
told. With nobody else on duty the customer waits in the queue, visibly escalated, and is offered
again the moment a wealth manager is available.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, col, select

from ..domain import handoff as dh
from ..domain.roles import Actor
from ..domain.routing import Presence
from ..protocol.commands import Escalate
from ..store.tables import Handoff, PresenceRow
from .branch_settings import RESPONSE_TIME, set_value, value, value_in
from .context import Changed, Changes, Ctx, changes, record
from .handoff_rows import apply, snapshot
from .notifications import Kind, notify_heads_in
from .routing import dispatch, set_presence_row

NO_ANSWER = "no_answer"  # the away reason of someone who missed an offer


def response_time(ctx: Ctx) -> timedelta:
    return timedelta(seconds=value(ctx, RESPONSE_TIME))


def response_time_in(s: Session) -> timedelta:
    return timedelta(seconds=value_in(s, RESPONSE_TIME))


def set_response_time(ctx: Ctx, actor: Actor, *, seconds: object) -> Changes:
    """The branch head sets how long an offer may ring before it moves on (30 s to 30 min)."""
    return set_value(ctx, actor, RESPONSE_TIME, seconds)


def expire_overdue(ctx: Ctx, actor: Actor) -> Changes:
    """Escalate every offer older than the response time; run by each device's watchdog."""
    now = ctx.now()
    with ctx.db.read() as s:  # most ticks find nothing: look first, and take the write lock only if needed
        limit = response_time_in(s)
        due = select(Handoff).where(Handoff.state == dh.State.OFFERED, col(Handoff.offered_at) <= now - limit)
        if s.exec(due.limit(1)).first() is None:
            return changes()
    with ctx.db.write() as s:
        overdue = s.exec(due).all()
        for row in overdue:
            missed = row.assignee_id
            assert missed is not None
            apply(row, dh.expire(snapshot(row), actor), now)
            s.add(row)
            presence = s.get(PresenceRow, missed)
            if presence is not None and presence.presence == Presence.AVAILABLE:
                set_presence_row(s, missed, Presence.AWAY, NO_ANSWER, now)
            record(
                s,
                ctx,
                staff_id=actor.staff_id,
                entity="handoff",
                entity_id=row.id,
                action="escalate",
                data={"missed_by": missed, "escalations": row.escalations},
                command=Escalate(id=row.id, missed_by=missed),
            )
            notify_heads_in(
                s,
                ctx,
                kind=Kind.NO_ANSWER,
                handoff_id=row.id,
                data={"missed_by": missed, "escalations": row.escalations, "response_s": int(limit.total_seconds())},
                once=f"{row.id}/no-answer/{row.escalations}",  # the device's notice and the hub's replay are one
            )
        if overdue:
            dispatch(s, ctx, actor, now)
    return changes(Changed.HANDOFFS, Changed.PRESENCE, Changed.NOTIFICATIONS) if overdue else changes()
