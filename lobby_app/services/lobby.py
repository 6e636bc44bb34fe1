"""The lobby tablet's use cases: the hall as a referrer sees it, tag-and-hand-off in one step, my day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlmodel import col, func, select

from ..domain import handoff as dh
from ..domain.errors import NotFound, ValidationError, one_of
from ..domain.roles import Actor
from ..domain.routing import Presence, expected_wait
from ..domain.standards import Verdict
from ..protocol.commands import BookCallback, Refer, TagCustomer
from ..store.tables import Callback, CustomerTag, Handoff, History, PresenceRow, Staff
from .context import Changed, Changes, Ctx, changes
from .handoffs import book_callback_in, refer_in
from .routing import recent_meetings, waiting, wealth_manager_states
from .tagging import tag_in


@dataclass(frozen=True, slots=True)
class WealthManagerView:
    staff_id: int
    name: str
    presence: Presence
    since: datetime
    away_reason: str
    wait: timedelta | None  # for a customer who waits for this one; None when away or offline
    holding: int = 0  # customers offered to or held by this one now


@dataclass(frozen=True, slots=True)
class Hall:
    wealth_managers: tuple[WealthManagerView, ...]
    queued: int
    wait: timedelta | None  # for the next customer sent to whoever is free first
    fast_track_wait: timedelta | None  # for a fast-track customer, who goes ahead of the others
    oldest_since: datetime | None = None  # when the customer waiting longest in the queue was referred
    fast_track_waiting: int = 0  # fast-track customers in the queue

    @property
    def anyone_available(self) -> bool:
        return any(w.presence is Presence.AVAILABLE for w in self.wealth_managers)

    @property
    def anyone_on_duty(self) -> bool:
        return self.wait is not None


def hall(ctx: Ctx) -> Hall:
    """Each wealth manager's presence, load and expected wait, and the queue: what a referrer needs now,
    and the branch head's live hall (the oldest wait, fast-track customers waiting)."""
    now = ctx.now()
    with ctx.db.read() as s:
        states = wealth_manager_states(s)
        meetings = recent_meetings(s)
        queue = waiting(s)
        names = dict(s.exec(select(Staff.id, Staff.name)).all())
        reasons = dict(s.exec(select(PresenceRow.staff_id, PresenceRow.away_reason)).all())
        held_for = dict(
            s.exec(
                select(Handoff.preferred_wm_id, func.count())
                .where(Handoff.state == dh.State.QUEUED, Handoff.wait_for_preferred)
                .group_by(col(Handoff.preferred_wm_id))
            ).all()
        )
    views = tuple(
        WealthManagerView(
            staff_id=w.staff_id,
            name=names[w.staff_id],
            presence=w.presence,
            since=w.since,
            away_reason=reasons.get(w.staff_id, ""),
            wait=expected_wait(position=held_for.get(w.staff_id, 0), wms=[w], recent_meetings=meetings, now=now),
            holding=w.load,
        )
        for w in states
    )
    fast_ahead = sum(1 for q in queue if q.fast_track)
    return Hall(
        wealth_managers=views,
        queued=len(queue),
        wait=expected_wait(position=len(queue), wms=states, recent_meetings=meetings, now=now),
        fast_track_wait=expected_wait(position=fast_ahead, wms=states, recent_meetings=meetings, now=now),
        oldest_since=min((q.referred_at for q in queue), default=None),
        fast_track_waiting=fast_ahead,
    )


def tag_and_refer(
    ctx: Ctx,
    actor: Actor,
    tag: TagCustomer,
    *,
    fast_track: bool = False,
    note: str = "",
    wm_id: int | None = None,
    wait_for_wm: bool = False,
    require_name_or_ticket: bool = False,
) -> tuple[Changes, Verdict]:
    """Save the tag and queue its handoff in one transaction: either both are kept or neither.

    `require_name_or_ticket`: the lobby tablet's hand-off (issue 21) refuses a customer the wealth manager
    could not find, with neither how to address them nor a ticket number (`check_name_or_ticket`). It is
    the caller's choice, not the hub's rule: the hub replays referrals from devices of older versions
    (through `refer_in`), which never asked, and must keep them."""
    if require_name_or_ticket:
        check_name_or_ticket(tag)
    refer = Refer(tag_id=tag.id, fast_track=fast_track, note=note, wm_id=wm_id, wait_for_wm=wait_for_wm)
    with ctx.db.write() as s:
        verdict = tag_in(s, ctx, actor, tag)
        refer_in(s, ctx, actor, refer)
    return changes(Changed.TAGS, Changed.HANDOFFS, Changed.PRESENCE, id=refer.id), verdict


def check_name_or_ticket(tag: TagCustomer) -> None:
    """The wealth manager finds the customer in the hall by how to address them or by their ticket
    number: a referral with neither is refused on the name field (rule `name_or_ticket`)."""
    if not tag.address_as.strip() and not tag.ticket.strip():
        raise ValidationError(
            "address_as", "name_or_ticket", "a name or a ticket number is needed to find the customer"
        )


def tag_and_book_callback(
    ctx: Ctx,
    actor: Actor,
    tag: TagCustomer,
    *,
    address_as: str,
    phone: str | None = None,
    phone_consent: bool = False,
    preferred_time: datetime | None = None,
    note: str = "",
) -> tuple[Changes, Verdict]:
    """The customer in a hurry: save the tag and its callback task in one transaction."""
    callback = BookCallback(
        tag_id=tag.id,
        address_as=address_as,
        phone=phone,
        phone_consent=phone_consent,
        preferred_time=preferred_time,
        note=note,
    )
    with ctx.db.write() as s:
        verdict = tag_in(s, ctx, actor, tag)
        book_callback_in(s, ctx, actor, callback)
    return changes(Changed.TAGS, Changed.HANDOFFS, Changed.CALLBACKS, id=callback.id), verdict


@dataclass(frozen=True, slots=True)
class Referral:
    handoff_id: str
    referred_at: datetime
    address_as: str
    ticket: str
    amount_fen: int
    state: dh.State
    fast_track: bool
    wealth_manager: str  # who holds or held the customer; "" while queued
    place: str  # where they receive customers ("2号理财室"); "" if the head has not set it
    outcome_amount_fen: int
    outcome_reason: str
    callback_due: datetime | None


class Period(StrEnum):
    TODAY = "today"
    WEEK = "week"  # since Monday
    MONTH = "month"  # since the 1st


def period_days(ctx: Ctx, period: object) -> tuple[date, date]:
    """The branch-local days (first, today) a period covers."""
    period_ = one_of(Period, period, field="period")
    today = ctx.local_date(ctx.now())
    if period_ is Period.WEEK:
        return today - timedelta(days=today.weekday()), today
    if period_ is Period.MONTH:
        return today.replace(day=1), today
    return today, today


def my_referrals(ctx: Ctx, actor: Actor, period: object = Period.TODAY) -> list[Referral]:
    """Every customer this referrer sent in the period (by the referral's branch-local date), newest
    first, with what became of them since: a callback or follow-up that converts days later shows here."""
    first, last = period_days(ctx, period)
    return _referrals(
        ctx,
        Handoff.referrer_id == actor.staff_id,
        col(Handoff.referral_date) >= first,
        col(Handoff.referral_date) <= last,
    )


def my_referrals_today(ctx: Ctx, actor: Actor) -> list[Referral]:
    return my_referrals(ctx, actor, Period.TODAY)


def referral(ctx: Ctx, handoff_id: str) -> Referral:
    found = _referrals(ctx, Handoff.id == handoff_id)
    if not found:
        raise NotFound("handoff_id", "not_found", f"no handoff {handoff_id!r}")
    return found[0]


def _referrals(ctx: Ctx, *where: Any) -> list[Referral]:
    with ctx.db.read() as s:
        people = {i: (name, place) for i, name, place in s.exec(select(Staff.id, Staff.name, Staff.place)).all()}
        rows = s.exec(
            select(Handoff, CustomerTag, Callback)
            .join(CustomerTag, col(CustomerTag.id) == Handoff.tag_id)
            .join(Callback, col(Callback.handoff_id) == Handoff.id, isouter=True)
            .where(*where)
            .order_by(col(Handoff.created_at).desc())
        ).all()
    return [
        Referral(
            handoff_id=h.id,
            referred_at=h.created_at,
            address_as=(cb.address_as if cb else "") or t.address_as,
            ticket=t.ticket,
            amount_fen=t.amount_fen,
            state=dh.State(h.state),
            fast_track=h.fast_track,
            wealth_manager=people.get(h.assignee_id, ("", ""))[0] if h.assignee_id is not None else "",
            place=people.get(h.assignee_id, ("", ""))[1] if h.assignee_id is not None else "",
            outcome_amount_fen=h.outcome_amount_fen,
            outcome_reason=h.outcome_reason,
            callback_due=cb.due_at if cb else None,
        )
        for h, t, cb in rows
    ]


def wait_for(ctx: Ctx, handoff_id: str) -> timedelta | None:
    """Expected wait of a queued customer: their place in the queue against who is on duty."""
    now = ctx.now()
    with ctx.db.read() as s:
        row = s.get(Handoff, handoff_id)
        if row is None or row.state != dh.State.QUEUED:
            return timedelta(0)
        states = wealth_manager_states(s)
        queue = waiting(s)
        meetings = recent_meetings(s)
        if row.wait_for_preferred:
            held = s.exec(
                select(Handoff.id).where(
                    Handoff.state == dh.State.QUEUED,
                    Handoff.wait_for_preferred,
                    Handoff.preferred_wm_id == row.preferred_wm_id,
                )
            ).all()
            queue = [q for q in queue if q.handoff_id in set(held)]
            states = [w for w in states if w.staff_id == row.preferred_wm_id]
    position = next(i for i, q in enumerate(queue) if q.handoff_id == handoff_id)
    return expected_wait(position=position, wms=states, recent_meetings=meetings, now=now)


@dataclass(frozen=True, slots=True)
class MyDay:
    tagged: int
    eligible: int
    referred: int
    converted: int


def my_day(ctx: Ctx, actor: Actor) -> MyDay:
    """Today's counts for the referrer (branch-local day)."""
    start, end = ctx.today()
    with ctx.db.read() as s:
        tags = s.exec(
            select(CustomerTag.eligible).where(
                CustomerTag.tagged_by == actor.staff_id, CustomerTag.created_at >= start, CustomerTag.created_at < end
            )
        ).all()
    referrals = my_referrals_today(ctx, actor)
    return MyDay(
        tagged=len(tags),
        eligible=sum(1 for e in tags if e),
        referred=len(referrals),
        converted=sum(1 for r in referrals if r.state is dh.State.CONVERTED),
    )


def last_change(ctx: Ctx) -> int:
    """The newest history entry: when it moves, another device on this store changed something."""
    with ctx.db.read() as s:
        return s.exec(select(func.max(History.seq))).one() or 0
