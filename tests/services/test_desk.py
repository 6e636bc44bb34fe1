"""The wealth manager's desk as read by the service: order, privacy, tasks, my day, call attempts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lobby_app.domain import handoff as dh
from lobby_app.domain.errors import DomainError
from lobby_app.domain.money import yuan
from lobby_app.protocol.commands import BookCallback, Refer, TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.desk import desk
from lobby_app.services.tagging import tag_customer
from tests.conftest import row_counts


def refer(ctx, team, *, address="王先生", phone=None, clear_intent=False, **kw):
    tag_id = tag_customer(
        ctx,
        team.lobby,
        TagCustomer(
            purpose="deposit",
            amount_fen=yuan(80_000),
            address_as=address,
            phone=phone,
            phone_consent=phone is not None,
            clear_intent=clear_intent,
            products=["fund"],
        ),
    )[0].id
    return svc.refer(ctx, team.lobby, Refer(tag_id=tag_id, **kw)).id


def test_incoming_puts_my_offer_first_then_fast_track_then_the_longest_wait(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    mine = refer(ctx, team, address="赵女士")  # offered to wm1 at once
    clock.advance(minutes=1)
    older = refer(ctx, team, address="钱先生")
    clock.advance(minutes=1)
    urgent = refer(ctx, team, address="孙女士", clear_intent=True)
    view = desk(ctx, team.wm1)
    assert [c.handoff_id for c in view.incoming] == [mine, urgent, older]
    assert [c.handoff_id for c in view.offers] == [mine]
    first = view.incoming[0]
    assert first.referrer == "员工1001" and first.amount_fen == yuan(80_000)
    assert [m["code"] for m in first.matches] == ["large_transaction", "featured_interest"]
    assert view.incoming[1].fast_track and not view.incoming[2].fast_track


def test_the_phone_is_shown_only_to_the_wealth_manager_who_holds_the_customer(ctx, team):
    svc.set_presence(ctx, team.wm1, presence="available")
    h = refer(ctx, team, phone="13912345678")
    assert desk(ctx, team.wm1).incoming[0].phone is None  # offered, not yet held
    svc.accept(ctx, team.wm1, handoff_id=h)
    [held] = desk(ctx, team.wm1).with_me
    assert held.phone == "13912345678" and held.state is dh.State.ACCEPTED
    assert desk(ctx, team.wm2).with_me == ()


def test_my_day_counts_and_the_average_response(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    outcomes = [
        {"outcome": "converted", "sales": [("fund", yuan(100_000)), ("insurance", yuan(20_000))]},
        {"outcome": "not_converted", "reason": "需要和家人商量"},
        {"outcome": "follow_up", "follow_up_at": clock.now + timedelta(days=2)},
    ]
    for seconds, outcome in zip((30, 90, 60), outcomes, strict=True):
        h = refer(ctx, team)
        clock.advance(seconds=seconds)
        svc.accept(ctx, team.wm1, handoff_id=h)
        svc.meet(ctx, team.wm1, handoff_id=h)
        clock.advance(minutes=10)
        svc.record_outcome(ctx, team.wm1, handoff_id=h, **outcome)
    day = desk(ctx, team.wm1).day
    assert (day.accepted, day.met, day.converted, day.not_converted, day.follow_ups) == (3, 3, 1, 1, 1)
    assert day.conversion_rate == 0.5  # the follow-up is still open
    assert day.average_response == timedelta(seconds=60)
    assert desk(ctx, team.wm2).day.conversion_rate is None


def test_callbacks_and_follow_ups_are_listed_by_due_time_and_overdue_ones_flagged(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    h = refer(ctx, team, address="李阿姨")
    svc.accept(ctx, team.wm1, handoff_id=h)
    svc.meet(ctx, team.wm1, handoff_id=h)
    svc.record_outcome(ctx, team.wm1, handoff_id=h, outcome="follow_up", follow_up_at=clock.now + timedelta(hours=2))
    tag = tag_customer(ctx, team.lobby, TagCustomer(purpose="transfer", amount_fen=yuan(60_000), in_a_hurry=True))[0].id
    cb = svc.book_callback(
        ctx,
        team.lobby,
        BookCallback(
            tag_id=tag,
            address_as="周先生",
            phone="13800001111",
            phone_consent=True,
            preferred_time=clock.now + timedelta(hours=1),
        ),
    ).id
    tasks = desk(ctx, team.wm1).tasks
    assert [(t.address_as, t.callback_id is not None, t.overdue) for t in tasks] == [
        ("周先生", True, False),
        ("李阿姨", False, False),
    ]
    clock.advance(hours=1)  # due exactly now: overdue
    assert [t.overdue for t in desk(ctx, team.wm1).tasks] == [True, False]
    svc.callback_no_answer(ctx, team.wm1, callback_id=cb, retry_at=clock.now + timedelta(hours=3))
    tasks = desk(ctx, team.wm1).tasks
    assert [(t.address_as, t.attempts, t.overdue) for t in tasks] == [("李阿姨", 0, False), ("周先生", 1, False)]


def test_a_call_attempt_in_the_past_or_by_someone_else_is_refused_and_changes_nothing(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    tag = tag_customer(ctx, team.lobby, TagCustomer(purpose="transfer", amount_fen=yuan(60_000), in_a_hurry=True))[0].id
    cb = svc.book_callback(
        ctx, team.lobby, BookCallback(tag_id=tag, address_as="周先生", phone="13800001111", phone_consent=True)
    ).id
    before = row_counts(ctx)
    for who, retry, field, rule in [
        (team.wm1, clock.now - timedelta(minutes=1), "retry_at", "in_the_past"),
        (team.wm1, clock.now, "retry_at", "in_the_past"),
        (team.wm2, clock.now + timedelta(hours=1), "actor", "not_assignee"),
    ]:
        with pytest.raises(DomainError) as e:
            svc.callback_no_answer(ctx, who, callback_id=cb, retry_at=retry)
        assert (e.value.field, e.value.rule) == (field, rule)
    assert row_counts(ctx) == before
    assert desk(ctx, team.wm1).tasks[0].attempts == 0
