"""Every mutation a device may push, replayed through the same services by the hub.

A device's outbox entry names the use case and its arguments (what `record(..., mutation=...)`
wrote). The hub calls the same service with them, so it enforces the same rules: the role, the
state machine, the fields. Rows a device created keep the ids the device chose; times come from the
hub's clock, never the device's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..domain.errors import ValidationError
from ..domain.roles import Actor
from . import handoffs, rules
from .branch_settings import COACHING_DAYS, set_value
from .context import Changes, Ctx
from .escalation import expire_overdue, set_response_time
from .month_close import close_month
from .privacy import RETENTION_DAYS, purge
from .tagging import tag_customer

Args = dict[str, Any]

TAG_FIELDS = (
    "purpose",
    "amount_fen",
    "products",
    "six_month_flow_fen",
    "clear_intent",
    "in_a_hurry",
    "address_as",
    "phone",
    "phone_consent",
    "ticket",
)


def _time(value: object, field: str) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, "bad_time", "must be an ISO 8601 time") from None


def _tag(ctx: Ctx, actor: Actor, a: Args) -> Changes:
    return tag_customer(ctx, actor, row_id=a["id"], **{k: a[k] for k in TAG_FIELDS if k in a})[0]


def _refer(ctx: Ctx, actor: Actor, a: Args) -> Changes:
    return handoffs.refer(
        ctx,
        actor,
        tag_id=a["tag_id"],
        fast_track=bool(a.get("fast_track", False)),
        note=a.get("note", ""),
        wm_id=a.get("wm_id"),
        wait_for_wm=bool(a.get("wait_for_wm", False)),
        row_id=a["id"],
    )


def _book_callback(ctx: Ctx, actor: Actor, a: Args) -> Changes:
    from_tag = a.get("tag_id") is not None
    return handoffs.book_callback(
        ctx,
        actor,
        address_as=a["address_as"],
        tag_id=a.get("tag_id"),
        handoff_id=None if from_tag else a["handoff_id"],
        phone=a.get("phone"),
        phone_consent=a.get("phone") is not None,  # the device kept the phone only with consent
        preferred_time=_time(a.get("preferred_time"), "preferred_time"),
        note=a.get("note", ""),
        row_id=a["id"],
        handoff_row_id=a["handoff_id"] if from_tag else None,
    )


def _record_outcome(ctx: Ctx, actor: Actor, a: Args) -> Changes:
    return handoffs.record_outcome(
        ctx,
        actor,
        handoff_id=a["id"],
        outcome=a["outcome"],
        sales=[tuple(line) for line in a.get("sales") or []],
        credit_fen=a.get("credit_fen"),
        reason=a.get("reason") or "",
        follow_up_at=_time(a.get("follow_up_at"), "follow_up_at"),
        shared_with=a.get("shared_with") or [],
    )


MUTATIONS: dict[str, Callable[[Ctx, Actor, Args], Changes]] = {
    "tag_customer": _tag,
    "refer": _refer,
    "offer": lambda ctx, actor, a: handoffs.offer(ctx, actor, handoff_id=a["id"], wm_id=a["wm_id"]),
    "accept": lambda ctx, actor, a: handoffs.accept(ctx, actor, handoff_id=a["id"]),
    "decline": lambda ctx, actor, a: handoffs.decline(
        ctx, actor, handoff_id=a["id"], reason=a["reason"], text=a.get("text", "")
    ),
    "meet": lambda ctx, actor, a: handoffs.meet(ctx, actor, handoff_id=a["id"]),
    "record_outcome": _record_outcome,
    "cancel": lambda ctx, actor, a: handoffs.cancel(ctx, actor, handoff_id=a["id"], reason=a["reason"]),
    "book_callback": _book_callback,
    "callback_no_answer": lambda ctx, actor, a: handoffs.callback_no_answer(
        ctx, actor, callback_id=a["id"], retry_at=_time(a["retry_at"], "retry_at")
    ),
    "set_presence": lambda ctx, actor, a: handoffs.set_presence(
        ctx, actor, presence=a["presence"], away_reason=a.get("away_reason", ""), staff_id=a.get("staff_id")
    ),
    # The device saw an offer run out; the hub checks against its own clock, and escalates only then.
    "escalate": lambda ctx, actor, a: expire_overdue(ctx, actor),
    # "seconds": what devices before the branch settings module queued
    "set_response_time": lambda ctx, actor, a: set_response_time(ctx, actor, seconds=a.get("value", a.get("seconds"))),
    "set_coaching_days": lambda ctx, actor, a: set_value(ctx, actor, COACHING_DAYS, a["value"]),
    "set_retention_days": lambda ctx, actor, a: set_value(ctx, actor, RETENTION_DAYS, a["value"]),
    "purge_personal_data": lambda ctx, actor, a: purge(ctx, actor, before=a["before"])[0],
    "allocate_exception": lambda ctx, actor, a: handoffs.allocate_exception(
        ctx, actor, exception_id=a["id"], shares=[tuple(x) for x in a["shares"]], reason=a["reason"]
    ),
    "edit_standards": lambda ctx, actor, a: rules.edit_standards(
        ctx,
        actor,
        data=a["data"],
        effective_from=_time(a.get("effective_from"), "effective_from"),
        note=a.get("note", ""),
    ),
    "close_month": lambda ctx, actor, a: close_month(ctx, actor, month=a["month"]),
    "edit_credit_phases": lambda ctx, actor, a: rules.edit_credit_phases(ctx, actor, data=a["data"]),
}
