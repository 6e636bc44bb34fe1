"""Tagging a walk-in customer and the live verdict against the branch's standards."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from ..domain.errors import ValidationError
from ..domain.roles import Actor
from ..domain.standards import Standards, Verdict, evaluate
from ..domain.tags import CustomerTag, check_not_referred, make_tag
from ..protocol.commands import TagCustomer
from ..store.replication import insert_row
from ..store.tables import CustomerTag as TagRow
from .context import Changed, Changes, Ctx, changes, record
from .rules import current_standards, standards_at


def _make(ctx: Ctx, actor: Actor, standards: Standards, tag: TagCustomer) -> CustomerTag:
    return make_tag(
        purpose=tag.purpose,
        amount_fen=tag.amount_fen,
        products=tag.products,
        six_month_flow_fen=tag.six_month_flow_fen,
        clear_intent=tag.clear_intent,
        in_a_hurry=tag.in_a_hurry,
        address_as=tag.address_as,
        phone=tag.phone,
        phone_consent=tag.phone_consent,
        ticket=tag.ticket,
        tagged_by=actor.staff_id,
        tagged_by_role=actor.role,
        tagged_at=ctx.now(),
        known_products=standards.product_codes,
    )


def preview_verdict(ctx: Ctx, actor: Actor, tag: TagCustomer, standards: Standards | None = None) -> Verdict:
    """The verdict the tablet shows while the lobby manager is still filling in the tag; writes nothing.

    `standards`: those the caller holds as in force (the tag form keeps them, re-read when they change);
    without them they are read from the store. The tag itself is judged when saved, under the version in
    force then."""
    held = standards if standards is not None else current_standards(ctx)
    return evaluate(_make(ctx, actor, held, tag), held)


def tag_customer(ctx: Ctx, actor: Actor, tag: TagCustomer) -> tuple[Changes, Verdict]:
    """Save a tag with its verdict and the standards version it was judged under (as the hub replays it:
    a tag and its referral travel as two commands)."""
    with ctx.db.write() as s:
        verdict = tag_in(s, ctx, actor, tag)
    return changes(Changed.TAGS, id=tag.id), verdict


def save_without_referral(ctx: Ctx, actor: Actor, tag: TagCustomer) -> tuple[Changes, Verdict]:
    """The referrer saves a tag and refers no one: a customer who meets the standards needs a reason why
    not (the head's execution check), or nothing is saved."""
    with ctx.db.write() as s:
        verdict = tag_in(s, ctx, actor, tag)
        if verdict.eligible and not tag.not_referred_reason:
            raise ValidationError(
                "not_referred_reason", "required", "the customer meets the standards: say why they are not referred"
            )
    return changes(Changed.TAGS, id=tag.id), verdict


def tag_in(s: Session, ctx: Ctx, actor: Actor, command: TagCustomer) -> Verdict:
    """`tag_customer` inside the caller's transaction; the row keeps the command's id (the device's)."""
    standards = standards_at(s, ctx.now())
    tag = _make(ctx, actor, standards, command)
    verdict = evaluate(tag, standards)
    reason, words = check_not_referred(command.not_referred_reason, command.not_referred_text)
    # What the person filled in, as the row keeps it and as the hub is sent it.
    filled: dict[str, Any] = {
        "purpose": str(tag.purpose),
        "amount_fen": tag.amount_fen,
        "products": list(tag.products),
        "six_month_flow_fen": tag.six_month_flow_fen,
        "clear_intent": tag.clear_intent,
        "in_a_hurry": tag.in_a_hurry,
        "address_as": tag.address_as,
        "phone": tag.phone,
        "phone_consent": tag.phone_consent,
        "ticket": tag.ticket,
    }
    row = {
        "id": command.id,
        "created_at": tag.tagged_at,
        "device_id": ctx.device_id,
        "tagged_by": actor.staff_id,
        **filled,
        "eligible": verdict.eligible,
        "verdict": verdict.to_dict(),
        "standards_version": verdict.standards_version,
        "not_referred_reason": reason,
        "not_referred_text": words,
    }
    insert_row(s, TagRow, row)  # through Core: a tag is made on every tap and replayed by the hub
    public = {
        "purpose": str(tag.purpose),
        "amount_fen": tag.amount_fen,
        "products": list(tag.products),
        "six_month_flow_fen": tag.six_month_flow_fen,
        "clear_intent": tag.clear_intent,
        "in_a_hurry": tag.in_a_hurry,
        "eligible": verdict.eligible,
        "standards_version": verdict.standards_version,
        "not_referred_reason": reason,
    }
    record(
        s,
        ctx,
        staff_id=actor.staff_id,
        entity="tag",
        entity_id=command.id,
        action="tag_customer",
        data=public,
        command=TagCustomer(
            id=command.id,
            **filled,
            eligible=verdict.eligible,
            standards_version=verdict.standards_version,
            tagged_at=tag.tagged_at,
            not_referred_reason=reason,
            not_referred_text=words,
        ),
    )
    return verdict
