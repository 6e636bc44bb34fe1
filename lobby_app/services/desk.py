"""The wealth manager's desk as one read: my presence, customers offered to me and waiting, the
customers I hold, my callbacks and follow-ups, and my day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from ..domain import handoff as dh
from ..domain.roles import Actor
from ..domain.routing import Presence, Waiting, queue_order
from ..store.tables import Callback, CustomerTag, Handoff, PresenceRow, Staff
from .context import Ctx
from .day_report import WealthManagerDay, wealth_manager_day
from .escalation import response_time_in
from .routing import HOLDING


@dataclass(frozen=True, slots=True)
class Customer:
    """What the wealth manager needs to prepare for a referred customer."""

    handoff_id: str
    state: dh.State
    fast_track: bool
    address_as: str
    ticket: str
    purpose: str
    amount_fen: int
    products: tuple[str, ...]  # what the customer showed interest in
    matches: tuple[dict[str, Any], ...]  # the rules the customer met, as the verdict recorded them
    standards_version: int
    note: str
    referrer: str
    referred_at: datetime
    offered_at: datetime | None
    accepted_at: datetime | None
    met_at: datetime | None
    escalations: int
    offered_to_me: bool
    waiting_for: str  # the colleague the customer chose to wait for; "" when anyone may take them
    phone: str | None  # only for the wealth manager who holds the customer


@dataclass(frozen=True, slots=True)
class Task:
    """A call to make: a callback the lobby booked, or a follow-up I booked."""

    handoff_id: str
    callback_id: str | None  # None for a follow-up
    address_as: str
    phone: str | None
    due_at: datetime
    overdue: bool
    note: str
    attempts: int
    referrer: str
    caller: str = ""  # the wealth manager who makes the call


@dataclass(frozen=True, slots=True)
class Desk:
    presence: Presence
    away_reason: str
    since: datetime
    incoming: tuple[Customer, ...]  # offered to me first, then the queue: fast-track first, then by wait
    with_me: tuple[Customer, ...]  # accepted or met, oldest first
    tasks: tuple[Task, ...]  # due soonest first
    day: WealthManagerDay
    response_time: timedelta

    @property
    def offers(self) -> tuple[Customer, ...]:
        return tuple(c for c in self.incoming if c.offered_to_me)


_INCOMING = (dh.State.QUEUED, dh.State.OFFERED)


def desk(ctx: Ctx, actor: Actor) -> Desk:
    now = ctx.now()
    me = actor.staff_id
    with ctx.db.read() as s:
        names = dict(s.exec(select(Staff.id, Staff.name)).all())
        presence = s.get(PresenceRow, me)
        rows = s.exec(
            select(Handoff, CustomerTag)
            .join(CustomerTag, col(CustomerTag.id) == Handoff.tag_id)
            .where(
                (col(Handoff.state) == dh.State.QUEUED)
                | ((col(Handoff.assignee_id) == me) & col(Handoff.state).in_(HOLDING))
            )
        ).all()
        tasks = tasks_in(s, me, now, names)
        day = _day(s, ctx, me)
        limit = response_time_in(s)
    customers = {h.id: _customer(h, t, me, names) for h, t in rows}
    waiting = queue_order(
        Waiting(c.handoff_id, c.fast_track, c.referred_at) for c in customers.values() if c.state in _INCOMING
    )
    incoming = sorted((customers[w.handoff_id] for w in waiting), key=lambda c: not c.offered_to_me)
    with_me = sorted(
        (c for c in customers.values() if c.state in (dh.State.ACCEPTED, dh.State.MET)),
        key=lambda c: c.accepted_at or c.referred_at,
    )
    return Desk(
        presence=Presence(presence.presence) if presence else Presence.OFFLINE,
        away_reason=presence.away_reason if presence else "",
        since=presence.since if presence else now,
        incoming=tuple(incoming),
        with_me=tuple(with_me),
        tasks=tasks,
        day=day,
        response_time=limit,
    )


def _customer(h: Handoff, t: CustomerTag, me: int, names: dict[Any, str]) -> Customer:
    reserved = h.wait_for_preferred and h.preferred_wm_id not in (None, me)
    holds = h.assignee_id == me and h.state in (dh.State.ACCEPTED, dh.State.MET)
    return Customer(
        handoff_id=h.id,
        state=dh.State(h.state),
        fast_track=h.fast_track,
        address_as=t.address_as,
        ticket=t.ticket,
        purpose=t.purpose,
        amount_fen=t.amount_fen,
        products=tuple(t.products),
        matches=tuple(t.verdict.get("matches", ())),
        standards_version=t.standards_version,
        note=h.note,
        referrer=names.get(h.referrer_id, ""),
        referred_at=h.created_at,
        offered_at=h.offered_at if h.state == dh.State.OFFERED else None,
        accepted_at=h.accepted_at,
        met_at=h.met_at,
        escalations=h.escalations,
        offered_to_me=h.state == dh.State.OFFERED and h.assignee_id == me,
        waiting_for=names.get(h.preferred_wm_id, "") if reserved else "",
        phone=t.phone if holds else None,
    )


def tasks_in(s: Session, me: int | None, now: datetime, names: dict[Any, str]) -> tuple[Task, ...]:
    """Calls to make, soonest first: `me`'s, or with None the whole branch's."""
    mine_cb = [Callback.assignee_id == me] if me is not None else []
    mine_fu = [Handoff.assignee_id == me] if me is not None else []
    callbacks = s.exec(
        select(Callback, Handoff)
        .join(Handoff, col(Handoff.id) == Callback.handoff_id)
        .where(*mine_cb, col(Callback.done_at).is_(None), Handoff.state == dh.State.CALLBACK)
    ).all()
    follow_ups = s.exec(
        select(Handoff, CustomerTag, Callback)
        .join(CustomerTag, col(CustomerTag.id) == Handoff.tag_id)
        .join(Callback, col(Callback.handoff_id) == Handoff.id, isouter=True)
        .where(*mine_fu, Handoff.state == dh.State.FOLLOW_UP)
    ).all()
    tasks = [
        Task(
            handoff_id=h.id,
            callback_id=cb.id,
            address_as=cb.address_as,
            phone=cb.phone,
            due_at=cb.due_at,
            overdue=cb.due_at <= now,
            note=cb.note or h.note,
            attempts=cb.attempts,
            referrer=names.get(h.referrer_id, ""),
            caller=names.get(cb.assignee_id, ""),
        )
        for cb, h in callbacks
    ]
    for h, t, cb in follow_ups:
        assert h.follow_up_at is not None
        tasks.append(
            Task(
                handoff_id=h.id,
                callback_id=None,
                address_as=(cb.address_as if cb else "") or t.address_as,
                phone=(cb.phone if cb else None) or t.phone,
                due_at=h.follow_up_at,
                overdue=h.follow_up_at <= now,
                note=h.note,
                attempts=0,
                referrer=names.get(h.referrer_id, ""),
                caller=names.get(h.assignee_id, ""),
            )
        )
    return tuple(sorted(tasks, key=lambda task: (task.due_at, task.handoff_id)))


def _day(s: Session, ctx: Ctx, me: int) -> WealthManagerDay:
    return wealth_manager_day(s, me, "", *ctx.today())
