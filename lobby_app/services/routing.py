"""Reading the hall for routing: wealth managers' presence and load, the queue, recent meetings."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from ..domain import handoff as dh
from ..domain.roles import Actor, Role
from ..domain.routing import Presence, Waiting, WealthManagerState, choose_wealth_manager, queue_order
from ..protocol.commands import Offer
from ..store.replication import core
from ..store.tables import Handoff, PresenceRow, Staff
from .context import Ctx, record
from .handoff_rows import apply, snapshot

HOLDING = (dh.State.OFFERED, dh.State.ACCEPTED, dh.State.MET)
ON_DUTY = (Presence.AVAILABLE, Presence.WITH_CUSTOMER)
RECENT_MEETINGS = 20


def wealth_manager_states(s: Session) -> list[WealthManagerState]:
    """Through Core, columns only: every referral routes (and the hub replays it)."""
    conn = core(s)  # after a presence or an offer the ORM holds unwritten in this transaction
    loads: dict[int, int] = {staff_id: n for staff_id, n in conn.execute(_LOADS)}
    return [
        WealthManagerState(staff_id, Presence(presence), since, loads.get(staff_id, 0))
        for staff_id, presence, since in conn.execute(_PRESENCES)
    ]


_LOADS = (
    select(Handoff.assignee_id, func.count()).where(col(Handoff.state).in_(HOLDING)).group_by(col(Handoff.assignee_id))
)
_PRESENCES = (
    select(PresenceRow.staff_id, PresenceRow.presence, PresenceRow.since)
    .join(Staff)
    .where(Staff.active, Staff.role == Role.WEALTH_MANAGER)
    .order_by(col(Staff.id))
)


def recent_meetings(s: Session) -> list[timedelta]:
    rows = s.exec(
        select(Handoff.met_at, Handoff.closed_at)
        .where(col(Handoff.met_at).is_not(None), col(Handoff.closed_at).is_not(None))
        .order_by(col(Handoff.closed_at).desc())
        .limit(RECENT_MEETINGS)
    ).all()
    return [closed - met for met, closed in rows if closed and met and closed > met]


def waiting(s: Session) -> list[Waiting]:
    rows = s.exec(select(Handoff).where(Handoff.state == dh.State.QUEUED)).all()
    return queue_order(Waiting(r.id, r.fast_track, r.created_at) for r in rows)


def dispatch(s: Session, ctx: Ctx, actor: Actor, now: datetime) -> list[str]:
    """Offer queued customers, in queue order, to wealth managers who are free and hold no offer."""
    offered: list[str] = []
    states = wealth_manager_states(s)  # read once and kept current below: a long queue costs one query

    def free() -> list[WealthManagerState]:
        return [w for w in states if w.load == 0 and w.presence is Presence.AVAILABLE]

    if not free():
        return offered  # nobody free: the queue waits, however long it is, unread
    for item in waiting(s):
        if not free():
            break  # nobody free any more: the rest of the queue waits
        row = s.get(Handoff, item.handoff_id)
        assert row is not None
        if row.wait_for_preferred and row.preferred_wm_id is not None:
            pool = [w for w in free() if w.staff_id == row.preferred_wm_id]
        else:
            pool = free()
        wm = choose_wealth_manager(pool, preferred=row.preferred_wm_id, exclude=row.declined_by)
        if wm is None:
            continue
        offer_to(s, ctx, actor, row, wm, now)
        states = [replace(w, load=w.load + 1) if w.staff_id == wm else w for w in states]
        offered.append(row.id)
    return offered


def offer_to(
    s: Session, ctx: Ctx, actor: Actor, row: Handoff, wm: int, now: datetime, *, by_hand: bool = False
) -> None:
    """Offer to `wm`; only an offer made by hand is a mutation of its own (dispatch follows from others)."""
    apply(row, dh.offer(snapshot(row), actor, to_wm=wm), now)
    row.offered_at = now
    s.add(row)
    record(
        s,
        ctx,
        staff_id=actor.staff_id,
        entity="handoff",
        entity_id=row.id,
        action="offer",
        data={"to": wm},
        command=Offer(id=row.id, wm_id=wm) if by_hand else None,
    )


def release_offers(
    s: Session,
    ctx: Ctx,
    actor: Actor,
    staff_id: int,
    now: datetime,
    *,
    states: frozenset[dh.State] = frozenset({dh.State.OFFERED}),
    data: dict[str, Any] | None = None,
) -> None:
    """Offers waiting on `staff_id` go back to the queue (they took another customer, or left); with
    `states`, whatever else they hold too (they left the branch or the role)."""
    held = s.exec(select(Handoff).where(Handoff.assignee_id == staff_id, col(Handoff.state).in_(states)))
    for row in held:
        apply(row, dh.release(snapshot(row), actor), now)
        s.add(row)
        record(s, ctx, staff_id=actor.staff_id, entity="handoff", entity_id=row.id, action="release", data=data or {})


def holds_customer(s: Session, staff_id: int) -> bool:
    held = select(Handoff.id).where(
        Handoff.assignee_id == staff_id, col(Handoff.state).in_((dh.State.ACCEPTED, dh.State.MET))
    )
    return s.exec(held).first() is not None


def set_presence_row(s: Session, staff_id: int, presence: Presence, reason: str, now: datetime) -> None:
    row = s.get(PresenceRow, staff_id)
    if row is None:
        row = PresenceRow(staff_id=staff_id, presence=presence, away_reason=reason, since=now)
    elif row.presence != presence or row.away_reason != reason:
        row.presence, row.away_reason, row.since = presence, reason, now
    s.add(row)
