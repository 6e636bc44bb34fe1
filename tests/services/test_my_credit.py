"""My credit lines (services.my_credit): the span of referral dates at both ends, where each stands, and
the callback's start from the tag for its referrer only."""

from __future__ import annotations

from datetime import date

import pytest

from lobby_app.domain.errors import PermissionDenied
from lobby_app.protocol.commands import DisputeCredit, TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.month_close import close_month
from lobby_app.services.my_credit import LineState, Part, callback_start, my_credit_lines


def converted(ctx, team, yuan: int, **tag: object) -> str:
    handoffs.set_presence(ctx, team.wm1, presence="available")
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan * 100, **tag))
    assert change.id is not None
    handoffs.accept(ctx, team.wm1, handoff_id=change.id)
    handoffs.meet(ctx, team.wm1, handoff_id=change.id)
    handoffs.record_outcome(ctx, team.wm1, handoff_id=change.id, outcome="converted", sales=[("fund", yuan * 100)])
    return change.id


def test_lines_by_referral_date_at_both_ends_with_each_part(ctx, team, clock):
    clock.now = clock.now.replace(day=28, month=2)  # Saturday 28 February, the month's last day
    last_of_feb = converted(ctx, team, 100_000, address_as="甲")
    clock.now = clock.now.replace(day=1, month=3)  # 1 March
    first_of_march = converted(ctx, team, 50_000, address_as="乙")
    march = my_credit_lines(ctx, team.lobby, date(2026, 3, 1), date(2026, 3, 31))
    assert [(x.handoff_id, x.part, x.amount_fen, x.state) for x in march] == [
        (first_of_march, Part.REFERRER, 4_000_000, LineState.COUNTED)  # phase 1: 80% of ¥50,000
    ]
    seller = my_credit_lines(ctx, team.wm1, date(2026, 2, 28), date(2026, 2, 28))
    assert [(x.handoff_id, x.part, x.amount_fen) for x in seller] == [(last_of_feb, Part.SELLER, 2_000_000)]
    assert my_credit_lines(ctx, team.teller, date(2026, 2, 1), date(2026, 3, 31)) == []


def test_a_disputed_line_waits_and_a_closed_month_cannot_be_disputed(ctx, team, clock):
    clock.now = clock.now.replace(day=2, month=2)
    closed = converted(ctx, team, 60_000)
    clock.now = clock.now.replace(day=2, month=3)
    disputed = converted(ctx, team, 60_000)
    close_month(ctx, team.head, month="2026-02")
    handoffs.dispute_credit(ctx, team.lobby, DisputeCredit(handoff_id=disputed, reason="the teller helped"))
    lines = {x.handoff_id: x for x in my_credit_lines(ctx, team.lobby, date(2026, 2, 1), date(2026, 3, 31))}
    assert (lines[closed].state, lines[closed].month_closed, lines[closed].can_dispute) == (
        LineState.COUNTED,
        True,
        False,
    )
    assert (lines[disputed].state, lines[disputed].amount_fen, lines[disputed].can_dispute) == (
        LineState.DISPUTED,
        4_800_000,  # as the rule had split it, counting for no one now
        False,
    )


def test_the_callback_starts_from_the_tag_for_its_referrer_only(ctx, team, clock):
    change, _ = tag_and_refer(
        ctx,
        team.lobby,
        TagCustomer(
            purpose="deposit", amount_fen=5_000_000, address_as="王先生", phone="13800138000", phone_consent=True
        ),
    )
    assert change.id is not None
    start = callback_start(ctx, team.lobby, handoff_id=change.id)
    assert (start.address_as, start.phone, start.phone_consent, start.live) == ("王先生", "13800138000", True, True)
    with pytest.raises(PermissionDenied):
        callback_start(ctx, team.teller, handoff_id=change.id)
    clock.advance(minutes=1)
    handoffs.cancel(ctx, team.lobby, handoff_id=change.id, reason="customer_left")
    assert callback_start(ctx, team.lobby, handoff_id=change.id).live is False
