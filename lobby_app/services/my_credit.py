"""What a person reads of their own part: each credit line of theirs in a span of referral dates (with
whether it counts, waits for the branch head or was allocated by them), and what the callback sheet
starts from when their customer left (DOMAIN.md: incentives, special situation 3). Reads only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlmodel import col, or_, select

from ..domain import handoff as dh
from ..domain.credit import Why
from ..domain.errors import NotFound, PermissionDenied
from ..domain.roles import Actor
from ..store.tables import CreditEntry, CreditException, CreditMonth, CustomerTag, Handoff
from .context import Ctx


class LineState(StrEnum):
    COUNTED = "counted"  # the phase rule's split, counting
    DISPUTED = "disputed"  # disputed: counts for no one until the branch head allocates it
    SHARED = "shared"  # colleagues took part: the branch head allocates it
    ALLOCATED = "allocated"  # the branch head allocated it; the line shows my part of that


class Part(StrEnum):
    REFERRER = "referrer"
    SELLER = "seller"


@dataclass(frozen=True, slots=True)
class CreditLine:
    handoff_id: str
    address_as: str
    referral_date: date
    part: Part  # my place in the referral
    amount_fen: int  # my part: as split, as allocated, or (waiting) as the rule had split it (0 if never split)
    state: LineState
    month_closed: bool

    @property
    def can_dispute(self) -> bool:
        """Only a split the rule made and that counts, before its month is closed (`dispute_credit`'s rules)."""
        return self.state is LineState.COUNTED and not self.month_closed


def my_credit_lines(ctx: Ctx, actor: Actor, first: date, last: date) -> list[CreditLine]:
    """My converted referrals and sales with referral dates in [first, last], newest first: one line each."""
    with ctx.db.read() as s:
        rows = s.exec(
            select(Handoff, CustomerTag.address_as)
            .join(CustomerTag, col(CustomerTag.id) == Handoff.tag_id)
            .where(
                col(Handoff.referral_date) >= first,
                col(Handoff.referral_date) <= last,
                Handoff.state == dh.State.CONVERTED,
                or_(Handoff.referrer_id == actor.staff_id, Handoff.assignee_id == actor.staff_id),
            )
            .order_by(col(Handoff.referral_date).desc(), col(Handoff.closed_at).desc())
        ).all()
        ids = [h.id for h, _ in rows]
        entries = s.exec(
            select(CreditEntry).where(col(CreditEntry.handoff_id).in_(ids), CreditEntry.staff_id == actor.staff_id)
        ).all()
        cases = {
            x.handoff_id: x for x in s.exec(select(CreditException).where(col(CreditException.handoff_id).in_(ids)))
        }
        closed = set(s.exec(select(CreditMonth.month)).all())
    lines = []
    for h, address_as in rows:
        mine = [e for e in entries if e.handoff_id == h.id]
        case = cases.get(h.id)
        if case is None:
            state = LineState.COUNTED
        elif case.allocated_at is not None:
            state = LineState.ALLOCATED
        else:
            state = LineState.DISPUTED if case.why == Why.DISPUTED else LineState.SHARED
        if state is LineState.ALLOCATED:
            amount = sum(e.amount_fen for e in mine if e.exception_id is not None)
        else:
            amount = sum(e.amount_fen for e in mine if e.exception_id is None)
        lines.append(
            CreditLine(
                handoff_id=h.id,
                address_as=address_as,
                referral_date=h.referral_date,
                part=Part.REFERRER if h.referrer_id == actor.staff_id else Part.SELLER,
                amount_fen=amount,
                state=state,
                month_closed=f"{h.referral_date:%Y-%m}" in closed,
            )
        )
    return lines


@dataclass(frozen=True, slots=True)
class CallbackStart:
    """The callback sheet's first values for a referral under way: as the tag had them."""

    address_as: str
    phone: str  # "" unless the customer agreed to keep it
    phone_consent: bool
    live: bool  # still queued, offered or accepted: a callback can be booked on it


LIVE = (dh.State.QUEUED, dh.State.OFFERED, dh.State.ACCEPTED)


def callback_start(ctx: Ctx, actor: Actor, *, handoff_id: str) -> CallbackStart:
    """For the referrer only: the phone they took down with the customer's consent comes back to them,
    to no one else (DOMAIN.md, privacy)."""
    with ctx.db.read() as s:
        found = s.exec(
            select(Handoff, CustomerTag)
            .join(CustomerTag, col(CustomerTag.id) == Handoff.tag_id)
            .where(Handoff.id == handoff_id)
        ).first()
    if found is None:
        raise NotFound("handoff_id", "not_found", f"no handoff {handoff_id!r}")
    h, tag = found
    if h.referrer_id != actor.staff_id:
        raise PermissionDenied("actor", "not_referrer", "only the referrer starts a callback from their referrals")
    consented = bool(tag.phone) and tag.phone_consent
    return CallbackStart(tag.address_as, (tag.phone or "") if consented else "", consented, h.state in LIVE)


@dataclass(frozen=True, slots=True)
class Since:
    """What `my_referrals` does not carry: the follow-up booked, and how many declined the customer."""

    follow_up_at: datetime | None
    declined: int


def referrals_since(ctx: Ctx, handoff_ids: list[str]) -> dict[str, Since]:
    with ctx.db.read() as s:
        rows = s.exec(
            select(Handoff.id, Handoff.follow_up_at, Handoff.declined_by).where(col(Handoff.id).in_(handoff_ids))
        ).all()
    return {i: Since(at, len(declined or [])) for i, at, declined in rows}
