"""The handoff's life (DOMAIN.md) as a pure state machine with who may make each step.

queued → offered → accepted → met → converted · not_converted · follow_up
Side exits: decline and expiry send an offer back to the queue (re-routed); cancel ends it;
to_callback turns it into a callback task whose outcome still credits the referrer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from .errors import TransitionRefused, ValidationError, one_of
from .money import check_amount_fen
from .roles import REFERRERS, Actor, Role
from .text import check_text

NOTE_MAX = 500
REASON_MAX = 200


class State(StrEnum):
    QUEUED = "queued"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    MET = "met"
    CONVERTED = "converted"
    NOT_CONVERTED = "not_converted"
    FOLLOW_UP = "follow_up"
    CANCELLED = "cancelled"
    CALLBACK = "callback"


class Action(StrEnum):
    OFFER = "offer"
    ACCEPT = "accept"
    DECLINE = "decline"
    EXPIRE = "expire"  # not answered in time: escalated and re-routed
    RELEASE = "release"  # the one offered took another customer or left: re-routed, no escalation
    MEET = "meet"
    RECORD_OUTCOME = "record_outcome"
    CANCEL = "cancel"
    TO_CALLBACK = "to_callback"


class Outcome(StrEnum):
    CONVERTED = "converted"
    NOT_CONVERTED = "not_converted"
    FOLLOW_UP = "follow_up"


class DeclineReason(StrEnum):
    BUSY = "with_another_customer"
    NOT_SPECIALITY = "not_my_speciality"
    COLLEAGUES_CUSTOMER = "customer_of_colleague"
    OTHER = "other"


TERMINAL = frozenset({State.CONVERTED, State.NOT_CONVERTED, State.CANCELLED})
ACTIVE = frozenset({State.QUEUED, State.OFFERED, State.ACCEPTED, State.MET})
# States in which a wealth manager must be named.
NEEDS_ASSIGNEE = frozenset({State.OFFERED, State.ACCEPTED, State.MET})

_FROM: dict[Action, frozenset[State]] = {
    Action.OFFER: frozenset({State.QUEUED}),
    Action.ACCEPT: frozenset({State.QUEUED, State.OFFERED}),
    Action.DECLINE: frozenset({State.OFFERED}),
    Action.EXPIRE: frozenset({State.OFFERED}),
    # An offer the wealth manager cannot take up; or whatever a colleague held when they left the branch.
    Action.RELEASE: frozenset({State.OFFERED, State.ACCEPTED, State.MET}),
    Action.MEET: frozenset({State.ACCEPTED}),
    Action.RECORD_OUTCOME: frozenset({State.MET, State.CALLBACK, State.FOLLOW_UP}),
    Action.CANCEL: frozenset({State.QUEUED, State.OFFERED, State.ACCEPTED}),
    Action.TO_CALLBACK: frozenset({State.QUEUED, State.OFFERED, State.ACCEPTED}),
}

_ROLES: dict[Action, frozenset[Role]] = {
    Action.OFFER: frozenset(Role),  # routing runs on whichever device acted last
    Action.ACCEPT: frozenset({Role.WEALTH_MANAGER}),
    Action.DECLINE: frozenset({Role.WEALTH_MANAGER}),
    Action.EXPIRE: frozenset(Role),  # any device's watchdog may expire an overdue offer
    Action.RELEASE: frozenset({Role.WEALTH_MANAGER, Role.BRANCH_HEAD}),
    Action.MEET: frozenset({Role.WEALTH_MANAGER}),
    Action.RECORD_OUTCOME: frozenset({Role.WEALTH_MANAGER}),
    Action.CANCEL: frozenset(Role),
    Action.TO_CALLBACK: frozenset(Role),
}

# Steps only the wealth manager holding the handoff may take.
_ASSIGNEE_ONLY = frozenset({Action.DECLINE, Action.MEET, Action.RECORD_OUTCOME})


@dataclass(frozen=True, slots=True)
class Handoff:
    state: State
    referrer_id: int
    fast_track: bool
    assignee_id: int | None = None
    escalations: int = 0
    declined_by: tuple[int, ...] = ()
    outcome_sales: tuple[tuple[str, int], ...] = ()  # (product code, amount in fen) per product sold
    outcome_reason: str = ""
    follow_up_at: datetime | None = None

    @property
    def outcome_products(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.outcome_sales)

    @property
    def outcome_amount_fen(self) -> int:
        return sum(fen for _, fen in self.outcome_sales)


def new_handoff(*, referrer: Actor, fast_track: bool, as_callback: bool = False) -> Handoff:
    if referrer.role not in REFERRERS:
        raise TransitionRefused("actor", "wrong_role", f"a {referrer.role} may not refer a customer", action="refer")
    return Handoff(State.CALLBACK if as_callback else State.QUEUED, referrer.staff_id, fast_track)


def check_allowed(h: Handoff, action: Action, actor: Actor) -> None:
    """Raise TransitionRefused naming what was refused and why; return if allowed."""
    if h.state not in _FROM[action]:
        raise TransitionRefused(
            "state",
            "illegal_transition",
            f"cannot {action} a handoff that is {h.state}",
            action=str(action),
            state=str(h.state),
        )
    if actor.role not in _ROLES[action]:
        raise TransitionRefused(
            "actor", "wrong_role", f"a {actor.role} may not {action}", action=str(action), role=str(actor.role)
        )
    holder_only = action in _ASSIGNEE_ONLY or (action is Action.ACCEPT and h.state is State.OFFERED)
    if holder_only and h.assignee_id is not None and h.assignee_id != actor.staff_id:
        raise TransitionRefused(
            "actor",
            "not_assignee",
            f"only the assigned wealth manager may {action}",
            action=str(action),
            assignee=h.assignee_id,
        )


def offer(h: Handoff, actor: Actor, *, to_wm: int) -> Handoff:
    check_allowed(h, Action.OFFER, actor)
    return replace(h, state=State.OFFERED, assignee_id=to_wm)


def accept(h: Handoff, actor: Actor) -> Handoff:
    check_allowed(h, Action.ACCEPT, actor)
    return replace(h, state=State.ACCEPTED, assignee_id=actor.staff_id)


def decline(h: Handoff, actor: Actor, *, reason: object, text: object = "") -> Handoff:
    check_allowed(h, Action.DECLINE, actor)
    check_decline_reason(reason, text)
    return replace(h, state=State.QUEUED, assignee_id=None, declined_by=(*h.declined_by, actor.staff_id))


def check_decline_reason(reason: object, text: object) -> tuple[DeclineReason, str]:
    reason_ = one_of(DeclineReason, reason, field="reason", rule="required", message="choose why you decline")
    text_ = check_text(text, field="reason_text", max_len=REASON_MAX, required=reason_ is DeclineReason.OTHER)
    return reason_, text_


def expire(h: Handoff, actor: Actor) -> Handoff:
    """Not answered in time: back to the queue, escalated. The one who missed it is not barred (unlike
    a decline): they were away from the desk, and once back they may be offered the customer again."""
    check_allowed(h, Action.EXPIRE, actor)
    return replace(h, state=State.QUEUED, assignee_id=None, escalations=h.escalations + 1)


def release(h: Handoff, actor: Actor) -> Handoff:
    check_allowed(h, Action.RELEASE, actor)
    return replace(h, state=State.QUEUED, assignee_id=None)


def meet(h: Handoff, actor: Actor) -> Handoff:
    check_allowed(h, Action.MEET, actor)
    return replace(h, state=State.MET)


def record_outcome(
    h: Handoff,
    actor: Actor,
    *,
    outcome: object,
    sales: object = (),
    reason: object = "",
    follow_up_at: datetime | None = None,
    now: datetime,
    known_products: frozenset[str],
) -> Handoff:
    """Converted (each product sold with its amount), not converted (why) or a follow-up (a future time)."""
    check_allowed(h, Action.RECORD_OUTCOME, actor)
    outcome_ = one_of(Outcome, outcome, field="outcome")
    if outcome_ is Outcome.CONVERTED:
        sold = check_sales(sales, known_products)
        return replace(h, state=State.CONVERTED, assignee_id=actor.staff_id, outcome_sales=sold, follow_up_at=None)
    if outcome_ is Outcome.NOT_CONVERTED:
        why = check_text(reason, field="reason", max_len=REASON_MAX, required=True)
        return replace(h, state=State.NOT_CONVERTED, assignee_id=actor.staff_id, outcome_reason=why, follow_up_at=None)
    at = check_future(follow_up_at, "follow_up_at", now)
    return replace(h, state=State.FOLLOW_UP, assignee_id=actor.staff_id, follow_up_at=at)


def check_sales(sales: object, known_products: frozenset[str]) -> tuple[tuple[str, int], ...]:
    """Each product sold once, each with an amount above zero."""
    if not isinstance(sales, list | tuple) or not sales:
        raise ValidationError("sales", "required", "name at least one product sold and its amount")
    sold: dict[str, int] = {}
    for i, line in enumerate(sales):
        if not isinstance(line, list | tuple) or len(line) != 2:
            raise ValidationError(f"sales[{i}]", "bad_line", "must be a product and an amount")
        code, amount = line
        if code not in known_products:
            raise ValidationError(f"sales[{i}].product", "unknown_product", f"unknown product {code!r}", product=code)
        if code in sold:
            raise ValidationError(f"sales[{i}].product", "duplicate", "a product is named twice", product=code)
        sold[code] = check_amount_fen(amount, field=f"sales[{i}].amount_fen", allow_zero=False)
    return tuple(sold.items())


def check_future(at: object, field: str, now: datetime) -> datetime:
    if at is None:
        raise ValidationError(field, "required", "choose the date and time")
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise ValidationError(field, "naive_time", "must be a time with a time zone")
    if at <= now:
        raise ValidationError(field, "in_the_past", "must be in the future")
    return at


def cancel(h: Handoff, actor: Actor, *, reason: object) -> Handoff:
    check_allowed(h, Action.CANCEL, actor)
    check_text(reason, field="reason", max_len=REASON_MAX, required=True)
    return replace(h, state=State.CANCELLED)


def to_callback(h: Handoff, actor: Actor, *, callback_wm: int | None) -> Handoff:
    check_allowed(h, Action.TO_CALLBACK, actor)
    return replace(h, state=State.CALLBACK, assignee_id=callback_wm)


def is_consistent(h: Handoff) -> bool:
    """The invariants every reachable handoff keeps (checked by the property tests)."""
    broken = (
        (h.state in NEEDS_ASSIGNEE and h.assignee_id is None)
        or (h.state is State.QUEUED and h.assignee_id is not None)
        or (h.state is State.CONVERTED and (h.outcome_amount_fen <= 0 or not h.outcome_sales))
        or (h.state is State.NOT_CONVERTED and not h.outcome_reason)
        or (h.state is State.FOLLOW_UP and h.follow_up_at is None)
    )
    return not broken
