"""The handoff use cases: refer, accept, decline, expire, meet, record the outcome, cancel, callback."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from ..domain import credit
from ..domain import handoff as dh
from ..domain.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError, one_of
from ..domain.money import check_amount_fen
from ..domain.roles import Actor, Role
from ..domain.routing import Presence
from ..domain.tags import ADDRESS_MAX, check_phone_with_consent
from ..domain.text import check_text
from ..protocol import commands as c
from ..store.replication import core, insert_row
from ..store.tables import Callback, CreditEntry, CreditException, CreditMonth, CustomerTag, Handoff, Staff
from .context import Changed, Changes, Ctx, changes, get_or_404, record
from .handoff_rows import apply, snapshot
from .notifications import Kind, notify_heads_in, notify_in
from .routing import (
    HOLDING,
    ON_DUTY,
    dispatch,
    holds_customer,
    offer_to,
    release_offers,
    set_presence_row,
    wealth_manager_states,
)
from .rules import schedule_in_force, standards_at

DEFAULT_CALLBACK_DELAY = timedelta(hours=24)


def refer(ctx: Ctx, actor: Actor, command: c.Refer) -> Changes:
    """Queue a warm handoff for an eligible customer and offer it at once if someone is free.

    `wm_id` names a chosen (or the customer's own) wealth manager; `wait_for_wm` keeps the customer
    for that one even when another is free (special situation 1: the customer chose to wait).
    Clear purchase intent makes the handoff fast-track (special situation 2).
    """
    with ctx.db.write() as s:
        refer_in(s, ctx, actor, command)
    return changes(Changed.HANDOFFS, Changed.TAGS, id=command.id)


def refer_in(s: Session, ctx: Ctx, actor: Actor, command: c.Refer) -> None:
    """`refer` inside the caller's transaction; the handoff keeps the command's id (the device's)."""
    note_ = check_text(command.note, field="note", max_len=dh.NOTE_MAX, required=False)
    now = ctx.now()
    tag = _eligible_unreferred_tag(s, command.tag_id)
    wm_id, wait_for_wm = command.wm_id, command.wait_for_wm
    if wm_id is not None:
        _check_wealth_manager(s, wm_id, field="wm_id")
    elif wait_for_wm:
        raise ValidationError("wm_id", "required", "choose the wealth manager the customer waits for")
    h = dh.new_handoff(referrer=actor, fast_track=command.fast_track or tag.clear_intent)
    row = {
        "id": command.id,
        "tag_id": tag.id,
        "referrer_id": actor.staff_id,
        "referral_date": ctx.local_date(now),
        "state": str(h.state),
        "fast_track": h.fast_track,
        "note": note_,
        "preferred_wm_id": wm_id,
        "wait_for_preferred": wait_for_wm,
        "created_at": now,
        "updated_at": now,
    }
    insert_row(s, Handoff, row)  # through Core: a referral on every tap, replayed by the hub
    record(
        s,
        ctx,
        staff_id=actor.staff_id,
        entity="handoff",
        entity_id=command.id,
        action="refer",
        data={"tag_id": tag.id, "fast_track": h.fast_track, "wm_id": wm_id, "wait_for_wm": wait_for_wm},
        command=c.Refer(
            id=command.id,
            tag_id=tag.id,
            fast_track=h.fast_track,
            note=note_,
            wm_id=wm_id,
            wait_for_wm=wait_for_wm,
            at=now,
        ),
    )
    dispatch(s, ctx, actor, now)


def offer(ctx: Ctx, actor: Actor, *, handoff_id: str, wm_id: int) -> Changes:
    """Offer a queued customer to a named wealth manager who is available."""
    now = ctx.now()
    with ctx.db.write() as s:
        row = get_or_404(s, Handoff, handoff_id, field="handoff_id")
        _check_wealth_manager(s, wm_id, field="wm_id")
        state = next(w for w in wealth_manager_states(s) if w.staff_id == wm_id)
        if state.presence is not Presence.AVAILABLE:
            raise ValidationError(
                "wm_id", "not_available", f"this wealth manager is {state.presence}", presence=str(state.presence)
            )
        offer_to(s, ctx, actor, row, wm_id, now, by_hand=True)
    return changes(Changed.HANDOFFS, id=handoff_id)


def accept(ctx: Ctx, actor: Actor, *, handoff_id: str) -> Changes:
    """The wealth manager takes the customer (offered to them, or straight from the queue)."""
    now = ctx.now()
    with ctx.db.write() as s:
        row = get_or_404(s, Handoff, handoff_id, field="handoff_id")
        if row.state == dh.State.QUEUED and row.wait_for_preferred and row.preferred_wm_id != actor.staff_id:
            raise ValidationError(
                "handoff_id",
                "waiting_for_colleague",
                "the customer chose to wait for a colleague",
                wm_id=row.preferred_wm_id,
            )
        asked_at = row.offered_at if row.state == dh.State.OFFERED else row.created_at
        apply(row, dh.accept(snapshot(row), actor), now)
        row.accepted_at = now
        row.response_s = int((now - (asked_at or now)).total_seconds())
        s.add(row)
        set_presence_row(s, actor.staff_id, Presence.WITH_CUSTOMER, "", now)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="handoff",
            entity_id=row.id,
            action="accept",
            data={"response_s": row.response_s},
            command=c.Accept(id=row.id),
        )
        release_offers(s, ctx, actor, actor.staff_id, now)  # any other offer they held goes to someone free
        dispatch(s, ctx, actor, now)
    return changes(Changed.HANDOFFS, Changed.PRESENCE, id=handoff_id)


def decline(ctx: Ctx, actor: Actor, *, handoff_id: str, reason: str, text: str = "") -> Changes:
    """Decline with a reason; the customer is re-routed to the next free wealth manager.

    When everyone on duty has declined, the customer waits in the queue and the branch head is told.
    """
    now = ctx.now()
    with ctx.db.write() as s:
        row = get_or_404(s, Handoff, handoff_id, field="handoff_id")
        reason_, text_ = dh.check_decline_reason(reason, text)
        apply(row, dh.decline(snapshot(row), actor, reason=reason_, text=text_), now)
        s.add(row)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="handoff",
            entity_id=row.id,
            action="decline",
            data={"reason": str(reason_), "text": text_},
            command=c.Decline(id=row.id, reason=str(reason_), text=text_),
        )
        dispatch(s, ctx, actor, now)
        on_duty = {w.staff_id for w in wealth_manager_states(s) if w.presence in ON_DUTY}
        if row.state == dh.State.QUEUED and on_duty <= set(row.declined_by):
            data = {"declined_by": list(row.declined_by), "reason": str(reason_), "text": text_}
            once = f"{row.id}/declined/{len(row.declined_by)}"  # the device's notices and the hub's are one
            notify_heads_in(s, ctx, kind=Kind.DECLINED_BY_ALL, handoff_id=row.id, data=data, once=once)
            if row.referrer_id not in on_duty:  # the referrer hears it too, unless they declined it themselves
                notify_in(
                    s, ctx, staff_id=row.referrer_id, kind=Kind.DECLINED_BY_ALL, handoff_id=row.id, data=data, once=once
                )
    return changes(Changed.HANDOFFS, Changed.NOTIFICATIONS, id=handoff_id)


def meet(ctx: Ctx, actor: Actor, *, handoff_id: str) -> Changes:
    now = ctx.now()
    with ctx.db.write() as s:
        row = get_or_404(s, Handoff, handoff_id, field="handoff_id")
        apply(row, dh.meet(snapshot(row), actor), now)
        row.met_at = now
        s.add(row)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="handoff",
            entity_id=row.id,
            action="meet",
            data={},
            command=c.Meet(id=row.id),
        )
    return changes(Changed.HANDOFFS, id=handoff_id)


def record_outcome(
    ctx: Ctx,
    actor: Actor,
    *,
    handoff_id: str,
    outcome: str,
    sales: tuple[tuple[str, int], ...] | list[tuple[str, int]] = (),
    credit_fen: int | None = None,
    reason: str = "",
    follow_up_at: datetime | None = None,
    shared_with: tuple[int, ...] | list[int] = (),
) -> Changes:
    """Converted (each product with its amount), not converted (reason) or follow-up booked (a future time).

    A conversion credits the referrer and the seller by the phase in force on the referral's date;
    `credit_fen` is the sale's performance value (by default each product's amount times its credit
    percent in the standards). Colleagues who took part (`shared_with`) make it an exception for the
    branch head to allocate. The referrer hears of a sale or a follow-up booked.
    """
    now = ctx.now()
    with ctx.db.write() as s:
        row = get_or_404(s, Handoff, handoff_id, field="handoff_id")
        was_callback = row.state == dh.State.CALLBACK
        standards = standards_at(s, now)
        new = dh.record_outcome(
            snapshot(row),
            actor,
            outcome=outcome,
            sales=sales,
            reason=reason,
            follow_up_at=follow_up_at,
            now=now,
            known_products=standards.product_codes,
        )
        kinds = Changed.HANDOFFS | Changed.PRESENCE | Changed.NOTIFICATIONS
        if new.state is dh.State.CONVERTED:
            value = standards.credit_value(new.outcome_sales) if credit_fen is None else credit_fen
            others = check_took_part(s, row, actor, shared_with)
            _credit(s, ctx, actor, row, value, others, now)
            kinds |= Changed.CREDIT
            tell = {
                "sales": [[code, fen] for code, fen in new.outcome_sales],
                "credit_fen": value,
                "by": actor.staff_id,
            }
            notify_in(
                s,
                ctx,
                staff_id=row.referrer_id,
                kind=Kind.CONVERTED,
                handoff_id=row.id,
                data=tell,
                once=f"{row.id}/converted",
            )
        elif new.state is dh.State.FOLLOW_UP and new.follow_up_at is not None:
            tell = {"follow_up_at": new.follow_up_at.isoformat(), "by": actor.staff_id}
            once = f"{row.id}/follow-up/{new.follow_up_at.isoformat()}"
            notify_in(s, ctx, staff_id=row.referrer_id, kind=Kind.FOLLOW_UP, handoff_id=row.id, data=tell, once=once)
        apply(row, new, now)
        s.add(row)
        if was_callback:
            cb = s.exec(select(Callback).where(Callback.handoff_id == row.id)).one()
            cb.done_at = now
            s.add(cb)
            kinds |= Changed.CALLBACKS
        if not holds_customer(s, actor.staff_id):
            set_presence_row(s, actor.staff_id, Presence.AVAILABLE, "", now)
        data = {
            "outcome": str(outcome),
            "sales": [[code, fen] for code, fen in new.outcome_sales],
            "reason": new.outcome_reason,
            "follow_up_at": new.follow_up_at.isoformat() if new.follow_up_at else None,
        }
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="handoff",
            entity_id=row.id,
            action="record_outcome",
            data=data,
            command=c.RecordOutcome(
                id=row.id,
                outcome=str(outcome),
                sales=list(new.outcome_sales),
                reason=new.outcome_reason,
                follow_up_at=new.follow_up_at,
                credit_fen=credit_fen,
                shared_with=list(shared_with),
            ),
        )
        dispatch(s, ctx, actor, now)
    return Changes(kinds, handoff_id)


def cancel(ctx: Ctx, actor: Actor, *, handoff_id: str, reason: str) -> Changes:
    """The customer left without agreeing to a callback."""
    now = ctx.now()
    with ctx.db.write() as s:
        row = get_or_404(s, Handoff, handoff_id, field="handoff_id")
        holder = row.assignee_id if row.state in HOLDING else None
        apply(row, dh.cancel(snapshot(row), actor, reason=reason), now)
        row.outcome_reason = reason.strip()
        s.add(row)
        if holder is not None and not holds_customer(s, holder):
            set_presence_row(s, holder, Presence.AVAILABLE, "", now)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="handoff",
            entity_id=row.id,
            action="cancel",
            data={"reason": row.outcome_reason},
            command=c.Cancel(id=row.id, reason=row.outcome_reason),
        )
        dispatch(s, ctx, actor, now)
    return changes(Changed.HANDOFFS, Changed.PRESENCE, id=handoff_id)


def book_callback(ctx: Ctx, actor: Actor, command: c.BookCallback) -> Changes:
    """The customer is in a hurry (special situation 3) or left: a callback task for a wealth manager.

    From a fresh tag (`tag_id`) or from a handoff still under way (`handoff_id`). The referrer keeps
    the credit of a sale that comes from the call.
    """
    with ctx.db.write() as s:
        book_callback_in(s, ctx, actor, command)
    return changes(Changed.HANDOFFS, Changed.CALLBACKS, Changed.TAGS, id=command.id)


def book_callback_in(s: Session, ctx: Ctx, actor: Actor, command: c.BookCallback) -> None:
    """`book_callback` inside the caller's transaction; the rows keep the command's ids (the device's)."""
    tag_id, preferred_time = command.tag_id, command.preferred_time
    address = check_text(command.address_as, field="address_as", max_len=ADDRESS_MAX, required=True)
    phone_ = check_phone_with_consent(command.phone, command.phone_consent)
    if phone_ is None:
        raise ValidationError("phone", "required", "a callback needs a phone number the customer agreed to give")
    note_ = check_text(command.note, field="note", max_len=dh.NOTE_MAX, required=False)
    now = ctx.now()
    if preferred_time is not None:
        dh.check_future(preferred_time, "preferred_time", now)
    if tag_id is not None:
        tag = _eligible_unreferred_tag(s, tag_id)
        h = dh.new_handoff(referrer=actor, fast_track=tag.clear_intent, as_callback=True)
        row = Handoff(
            id=command.handoff_id,
            tag_id=tag.id,
            referrer_id=actor.staff_id,
            referral_date=ctx.local_date(now),
            state=h.state,
            fast_track=h.fast_track,
            note=note_,
            created_at=now,
            updated_at=now,
        )
        holder = None
        row.assignee_id = wm = _callback_owner(s, row)
    else:
        row = get_or_404(s, Handoff, command.handoff_id, field="handoff_id")
        holder = row.assignee_id if row.state in HOLDING else None
        wm = _callback_owner(s, row)
        apply(row, dh.to_callback(snapshot(row), actor, callback_wm=wm), now)
    s.add(row)
    s.flush()
    if holder is not None and not holds_customer(s, holder):
        set_presence_row(s, holder, Presence.AVAILABLE, "", now)
    cb = Callback(
        id=command.id,
        handoff_id=row.id,
        address_as=address,
        phone=phone_,
        phone_consent=True,
        preferred_time=preferred_time,
        due_at=preferred_time or now + DEFAULT_CALLBACK_DELAY,
        assignee_id=wm,
        note=note_,
        created_at=now,
    )
    s.add(cb)
    record(
        s,
        ctx,
        staff_id=actor.staff_id,
        entity="callback",
        entity_id=cb.id,
        action="book_callback",
        data={"handoff_id": row.id, "assignee": wm, "due_at": cb.due_at.isoformat()},
        command=c.BookCallback(
            id=cb.id,
            handoff_id=row.id,
            tag_id=tag_id,
            address_as=address,
            phone=phone_,
            phone_consent=True,
            preferred_time=preferred_time,
            note=note_,
        ),
    )
    dispatch(s, ctx, actor, now)


def callback_no_answer(ctx: Ctx, actor: Actor, *, callback_id: str, retry_at: datetime | None) -> Changes:
    """The call reached no one: count the attempt and set when to try again."""
    now = ctx.now()
    with ctx.db.write() as s:
        cb = get_or_404(s, Callback, callback_id, field="callback_id")
        if cb.done_at is not None:
            raise TransitionRefused("state", "illegal_transition", "this callback is already done")
        if cb.assignee_id != actor.staff_id:
            raise TransitionRefused("actor", "not_assignee", "only the wealth manager of this callback may log a call")
        cb.due_at = dh.check_future(retry_at, "retry_at", now)
        cb.attempts += 1
        cb.last_attempt_at = now
        s.add(cb)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="callback",
            entity_id=cb.id,
            action="callback_no_answer",
            data={"attempts": cb.attempts, "retry_at": cb.due_at.isoformat()},
            command=c.CallbackNoAnswer(id=cb.id, retry_at=cb.due_at),
        )
    return changes(Changed.CALLBACKS, id=callback_id)


def set_presence(
    ctx: Ctx, actor: Actor, *, presence: str, away_reason: str = "", staff_id: int | None = None
) -> Changes:
    """A wealth manager sets their own presence; the branch head may set anyone's."""
    target = actor.staff_id if staff_id is None else staff_id
    if target != actor.staff_id and actor.role is not Role.BRANCH_HEAD:
        raise PermissionDenied("staff_id", "not_yourself", "only the branch head may set someone else's presence")
    presence_ = one_of(Presence, presence, field="presence")
    reason = check_text(away_reason, field="away_reason", max_len=40, required=False)
    now = ctx.now()
    with ctx.db.write() as s:
        _check_wealth_manager(s, target, field="staff_id")
        set_presence_row(s, target, presence_, reason, now)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="presence",
            entity_id=target,
            action="set_presence",
            data={"presence": str(presence_), "away_reason": reason},
            command=c.SetPresence(staff_id=target, presence=str(presence_), away_reason=reason),
        )
        if presence_ in (Presence.AWAY, Presence.OFFLINE):
            release_offers(s, ctx, actor, target, now)  # offers waiting on someone who just left
        dispatch(s, ctx, actor, now)
    return changes(Changed.PRESENCE, Changed.HANDOFFS, id=str(target))


def allocate_exception(
    ctx: Ctx, actor: Actor, *, exception_id: str, shares: list[tuple[int, int]], reason: str
) -> Changes:
    """The branch head splits a credit the phase rule could not, by participation and contribution."""
    if actor.role is not Role.BRANCH_HEAD:
        raise PermissionDenied("actor", "wrong_role", "only the branch head may allocate credit exceptions")
    reason_ = credit.check_allocation_reason(reason)
    now = ctx.now()
    with ctx.db.write() as s:
        exc = get_or_404(s, CreditException, exception_id, field="exception_id")
        if exc.allocated_at is not None:
            raise ValidationError("exception_id", "already_allocated", "this exception is already allocated")
        for i, (staff_id, _) in enumerate(shares):
            _check_staff(s, staff_id, field=f"shares[{i}].staff_id")
        parts = credit.allocate(exc.total_fen, list(shares))
        for staff_id, fen in parts:
            s.add(
                CreditEntry(
                    handoff_id=exc.handoff_id,
                    staff_id=staff_id,
                    part="allocated",
                    amount_fen=fen,
                    referral_date=exc.referral_date,
                    exception_id=exc.id,
                    created_at=now,
                )
            )
        exc.allocated_by, exc.allocated_at, exc.allocation_reason = actor.staff_id, now, reason_
        s.add(exc)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="credit_exception",
            entity_id=exc.id,
            action="allocate_exception",
            data={"parts": parts, "reason": reason_},
            command=c.AllocateException(id=exc.id, shares=list(shares), reason=reason_),
        )
    return changes(Changed.CREDIT, id=exception_id)


def dispute_credit(ctx: Ctx, actor: Actor, command: c.DisputeCredit) -> Changes:
    """The referrer or the seller disputes a split the phase rule made, before its month is closed: the
    split stops counting and waits in the exceptions list until the branch head allocates it."""
    reason_ = credit.check_dispute_reason(command.reason)
    now = ctx.now()
    with ctx.db.write() as s:
        row = get_or_404(s, Handoff, command.handoff_id, field="handoff_id")
        parts = s.exec(
            select(CreditEntry).where(CreditEntry.handoff_id == row.id, col(CreditEntry.exception_id).is_(None))
        ).all()
        if s.exec(select(CreditException).where(CreditException.handoff_id == row.id)).first() is not None:
            raise ValidationError("handoff_id", "already_exception", "this credit is already with the branch head")
        if not parts:
            raise ValidationError("handoff_id", "no_split", "this customer's credit has not been split")
        if actor.staff_id not in {e.staff_id for e in parts}:
            raise PermissionDenied("actor", "not_in_split", "only the referrer or the seller may dispute a split")
        month = f"{row.referral_date:%Y-%m}"
        if s.get(CreditMonth, month) is not None:
            raise ValidationError("handoff_id", "month_closed", f"{month} is closed: its splits stand", month=month)
        exc = CreditException(
            id=command.id,
            handoff_id=row.id,
            total_fen=sum(e.amount_fen for e in parts),
            referral_date=row.referral_date,
            why=credit.Why.DISPUTED,
            created_at=now,
            raised_by=actor.staff_id,
            raised_reason=reason_,
        )
        s.add(exc)
        data = {"handoff_id": row.id, "total_fen": exc.total_fen, "reason": reason_}
        notify_heads_in(
            s, ctx, kind=Kind.CREDIT_DISPUTED, handoff_id=row.id, data=data | {"by": actor.staff_id}, once=exc.id
        )
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="credit_exception",
            entity_id=exc.id,
            action="dispute_credit",
            data=data,
            command=c.DisputeCredit(id=exc.id, handoff_id=row.id, reason=reason_),
        )
    return changes(Changed.CREDIT, Changed.NOTIFICATIONS, id=exc.id)


@dataclass(frozen=True, slots=True)
class CreditPreview:
    """What the outcome dialog shows before saving: the sale's credit value and each person's share."""

    value_fen: int
    phase: int  # 1-based
    referrer_percent: int
    referrer_id: int
    referrer_fen: int
    seller_fen: int


def credit_preview(ctx: Ctx, actor: Actor, *, handoff_id: str, sales: list[tuple[str, int]]) -> CreditPreview:
    """The split `record_outcome` would make for these sales now; writes nothing."""
    now = ctx.now()
    with ctx.db.read() as s:
        row = get_or_404(s, Handoff, handoff_id, field="handoff_id")
        standards = standards_at(s, now)
        checked = dh.check_sales(sales, standards.product_codes)
        schedule = schedule_in_force(s)
    value = standards.credit_value(checked)
    index, phase = credit.phase_for(schedule, row.referral_date)
    referrer_fen, seller_fen = credit.split(value, phase.referrer_percent)
    return CreditPreview(value, index + 1, phase.referrer_percent, row.referrer_id, referrer_fen, seller_fen)


# ---- helpers inside one transaction ----


@dataclass(frozen=True, slots=True)
class _Referable:
    id: str
    clear_intent: bool


def _eligible_unreferred_tag(s: Session, tag_id: str) -> _Referable:
    """The tag, when it may be referred. Read through Core: every referral asks (and the hub replays it)."""
    conn = core(s)
    tag = conn.execute(_TAG, {"id": tag_id}).first()
    if tag is None:
        raise NotFound("tag_id", "not_found", f"no CustomerTag {tag_id!r}", key=tag_id)
    if not tag.eligible:
        raise ValidationError(
            "tag_id",
            "not_eligible",
            "the customer does not meet the standards: serve in the lobby",
            reason=(tag.verdict or {}).get("reason"),
        )
    if conn.execute(_REFERRED, {"id": tag_id}).first() is not None:
        raise ValidationError("tag_id", "already_referred", "this customer is already referred")
    return _Referable(tag_id, bool(tag.clear_intent))


_TAG = select(CustomerTag.eligible, CustomerTag.verdict, CustomerTag.clear_intent).where(
    CustomerTag.id == bindparam("id")
)
_REFERRED = select(Handoff.id).where(Handoff.tag_id == bindparam("id"))


def _check_staff(s: Session, staff_id: object, *, field: str) -> int:
    if isinstance(staff_id, bool) or not isinstance(staff_id, int):
        raise ValidationError(field, "not_a_number", "must be a staff id")
    staff = s.get(Staff, staff_id)
    if staff is None or not staff.active:
        raise ValidationError(field, "unknown_staff", f"no active staff member {staff_id}")
    return staff_id


def _check_wealth_manager(s: Session, staff_id: object, *, field: str) -> int:
    checked = _check_staff(s, staff_id, field=field)
    staff = s.get(Staff, checked)
    assert staff is not None
    if staff.role != Role.WEALTH_MANAGER:
        raise ValidationError(field, "not_wealth_manager", f"{staff.name} is not a wealth manager")
    return checked


def check_took_part(s: Session, row: Handoff, actor: Actor, shared_with: object) -> list[int]:
    """The colleagues the seller names besides the referrer and themselves: each active, once."""
    if isinstance(shared_with, str) or not isinstance(shared_with, (list, tuple)):
        raise ValidationError("shared_with", "not_a_list", "must be a list of staff ids")
    others: list[int] = []
    for i, staff_id in enumerate(shared_with):
        checked = _check_staff(s, staff_id, field=f"shared_with[{i}]")
        if checked in (row.referrer_id, actor.staff_id):
            raise ValidationError(
                f"shared_with[{i}]", "already_in", "the referrer and the seller share the credit anyway"
            )
        if checked in others:
            raise ValidationError(f"shared_with[{i}]", "duplicate", "a person is named twice")
        others.append(checked)
    return others


def _callback_owner(s: Session, row: Handoff) -> int | None:
    """Who calls back: whoever holds the customer, else their chosen one, else the least loaded on staff."""
    if row.assignee_id is not None and row.state in HOLDING:
        return row.assignee_id
    wms = wealth_manager_states(s)
    if row.preferred_wm_id is not None and any(w.staff_id == row.preferred_wm_id for w in wms):
        return row.preferred_wm_id
    return min(wms, key=lambda w: (w.load, w.staff_id)).staff_id if wms else None


def _credit(s: Session, ctx: Ctx, actor: Actor, row: Handoff, value: object, shared: list[int], now: datetime) -> None:
    total = check_amount_fen(value, field="credit_fen")
    if shared:
        exc = CreditException(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"lobby/{row.id}/shared")),  # the same on the device and the hub
            handoff_id=row.id,
            total_fen=total,
            referral_date=row.referral_date,
            why=credit.Why.SHARED,
            created_at=now,
            raised_by=actor.staff_id,
            took_part=shared,
        )
        s.add(exc)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="credit_exception",
            entity_id=exc.id,
            action="credit_exception",
            data={"handoff_id": row.id, "total_fen": total, "with": shared},
        )
        return
    schedule = schedule_in_force(s)
    index, phase = credit.phase_for(schedule, row.referral_date)
    referrer_fen, seller_fen = credit.split(total, phase.referrer_percent)
    for staff_id, part, fen in ((row.referrer_id, "referrer", referrer_fen), (actor.staff_id, "seller", seller_fen)):
        s.add(
            CreditEntry(
                handoff_id=row.id,
                staff_id=staff_id,
                part=part,
                amount_fen=fen,
                referral_date=row.referral_date,
                schedule_version=schedule.version,
                phase=index + 1,
                referrer_percent=phase.referrer_percent,
                created_at=now,
            )
        )
    record(
        s,
        ctx,
        staff_id=actor.staff_id,
        entity="credit",
        entity_id=row.id,
        action="credit_split",
        data={
            "total_fen": total,
            "referrer_fen": referrer_fen,
            "seller_fen": seller_fen,
            "phase": index + 1,
            "referrer_percent": phase.referrer_percent,
            "schedule_version": schedule.version,
        },
    )
