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
from ..domain.errors import PermissionDenied, ValidationError
from ..domain.roles import Actor, Role
from ..domain.routing import Presence
from ..store.tables import Handoff, PresenceRow, Setting
from .context import Changes, Ctx, changes, record
from .handoff_rows import apply, snapshot
from .notifications import Kind, notify_heads_in
from .routing import dispatch, set_presence_row

RESPONSE_TIME_KEY = "response_time_s"
DEFAULT_RESPONSE_TIME = timedelta(minutes=2)
RESPONSE_TIME_RANGE_S = (30, 30 * 60)
NO_ANSWER = "no_answer"  # the away reason of someone who missed an offer


def response_time(ctx: Ctx) -> timedelta:
    with ctx.db.read() as s:
        return response_time_in(s)


def response_time_in(s: Session) -> timedelta:
    row = s.get(Setting, RESPONSE_TIME_KEY)
    return DEFAULT_RESPONSE_TIME if row is None else timedelta(seconds=int(row.value))


def set_response_time(ctx: Ctx, actor: Actor, *, seconds: object) -> Changes:
    """The branch head sets how long an offer may ring before it moves on (30 s to 30 min)."""
    if actor.role is not Role.BRANCH_HEAD:
        raise PermissionDenied("actor", "wrong_role", "only the branch head may set the response time")
    low, high = RESPONSE_TIME_RANGE_S
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        raise ValidationError("response_time_s", "not_a_number", "must be a whole number of seconds")
    if not low <= seconds <= high:
        raise ValidationError(
            "response_time_s", "out_of_range", f"must be between {low} and {high} seconds", low=low, high=high
        )
    now = ctx.now()
    with ctx.db.write() as s:
        row = s.get(Setting, RESPONSE_TIME_KEY) or Setting(key=RESPONSE_TIME_KEY, value=seconds, updated_at=now)
        row.value, row.updated_at = seconds, now
        s.add(row)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="setting",
            entity_id=RESPONSE_TIME_KEY,
            action="set_response_time",
            data={"seconds": seconds},
            mutation={"seconds": seconds},
        )
    return changes("settings")


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
                mutation={"id": row.id, "missed_by": missed},
            )
            notify_heads_in(
                s,
                ctx,
                kind=Kind.NO_ANSWER,
                handoff_id=row.id,
                data={"missed_by": missed, "escalations": row.escalations, "response_s": int(limit.total_seconds())},
            )
        if overdue:
            dispatch(s, ctx, actor, now)
    return changes("handoffs", "presence", "notifications") if overdue else changes()
