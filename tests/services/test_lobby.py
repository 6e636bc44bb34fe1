"""The lobby's use cases: tag-and-refer in one transaction, the hall's waits, my day, the kiosk key."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from lobby_app.domain import handoff as dh
from lobby_app.domain.errors import ValidationError
from lobby_app.domain.routing import DEFAULT_MEETING, Presence
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.context import Changed
from lobby_app.services.lobby import (
    MyDay,
    hall,
    my_day,
    my_referrals_today,
    tag_and_book_callback,
    tag_and_refer,
    wait_for,
)
from lobby_app.services.staff import is_branch_head_pin
from lobby_app.services.tagging import tag_customer
from lobby_app.store.tables import Handoff, Staff

from ..conftest import row_counts

BIG = {"purpose": "deposit", "amount_fen": 5_000_000}  # exactly 50,000 CNY: eligible


def test_tag_and_refer_keeps_both_or_neither(ctx, team):
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as e:
        tag_and_refer(ctx, team.lobby, TagCustomer(**BIG), note="x" * (dh.NOTE_MAX + 1))
    assert (e.value.field, e.value.rule) == ("note", "too_long")
    assert row_counts(ctx) == before  # the tag was not kept without its handoff
    change, verdict = tag_and_refer(ctx, team.lobby, TagCustomer(**BIG), note="x" * dh.NOTE_MAX)
    assert verdict.eligible and Changed.HANDOFFS in change


def test_tag_and_callback_refuses_a_phone_without_consent_and_keeps_nothing(ctx, team):
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as e:
        tag_and_book_callback(ctx, team.lobby, TagCustomer(**BIG), address_as="王先生", phone="13800138000")
    assert (e.value.field, e.value.rule) == ("phone", "no_consent")
    assert row_counts(ctx) == before


def test_a_customer_below_the_standard_cannot_be_referred_and_nothing_is_kept(ctx, team):
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as e:
        tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=4_999_999))
    assert e.value.rule == "not_eligible"
    assert row_counts(ctx) == before


def test_hall_waits_follow_presence_and_the_queue(ctx, team, clock):
    assert not hall(ctx).anyone_on_duty  # everyone starts offline
    handoffs.set_presence(ctx, team.wm1, presence=Presence.AVAILABLE)
    h = hall(ctx)
    assert h.wait == timedelta(0) and h.anyone_available
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**BIG))
    handoffs.accept(ctx, team.wm1, handoff_id=change.id)
    clock.advance(minutes=5)
    h = hall(ctx)
    assert not h.anyone_available
    # With no meetings finished yet, a typical meeting is DEFAULT_MEETING: 5 minutes in, the rest remains.
    assert h.wait == DEFAULT_MEETING - timedelta(minutes=5)
    view = next(w for w in h.wealth_managers if w.staff_id == team.wm1.staff_id)
    assert view.presence is Presence.WITH_CUSTOMER and view.wait == h.wait


def test_the_live_hall_shows_each_load_the_oldest_wait_and_fast_track_customers_waiting(ctx, team, clock):
    handoffs.set_presence(ctx, team.wm1, presence=Presence.AVAILABLE)
    tag_and_refer(ctx, team.lobby, TagCustomer(**BIG))  # offered to wm1: nobody else on duty
    assert hall(ctx).oldest_since is None and hall(ctx).queued == 0
    first_queued = clock.now + timedelta(minutes=1)
    clock.advance(minutes=1)
    tag_and_refer(ctx, team.lobby, TagCustomer(**BIG))
    clock.advance(minutes=2)
    tag_and_refer(ctx, team.lobby, TagCustomer(**BIG | {"clear_intent": True, "products": ["fund"]}))  # fast track
    h = hall(ctx)
    assert (h.queued, h.fast_track_waiting, h.oldest_since) == (2, 1, first_queued)
    loads = {w.staff_id: w.holding for w in h.wealth_managers}
    assert loads == {team.wm1.staff_id: 1, team.wm2.staff_id: 0, team.wm3.staff_id: 0}


def test_the_second_customer_waiting_for_a_busy_wealth_manager_waits_one_meeting_longer(ctx, team, clock):
    handoffs.set_presence(ctx, team.wm1, presence=Presence.AVAILABLE)
    first, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**BIG))
    handoffs.accept(ctx, team.wm1, handoff_id=first.id)
    waits = []
    for _ in range(2):
        change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**BIG), wm_id=team.wm1.staff_id, wait_for_wm=True)
        waits.append(wait_for(ctx, change.id))
        clock.advance(seconds=1)
    assert waits == [DEFAULT_MEETING, 2 * DEFAULT_MEETING - timedelta(seconds=1)]


def test_my_referrals_today_follow_each_customer_to_the_outcome(ctx, team, clock):
    handoffs.set_presence(ctx, team.wm1, presence=Presence.AVAILABLE)
    tag_customer(
        ctx, team.lobby, TagCustomer(purpose="other", amount_fen=0, products=["sms_alerts"])
    )  # served in the lobby
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**{**BIG, "address_as": "王先生"}))
    handoffs.accept(ctx, team.wm1, handoff_id=change.id)
    handoffs.meet(ctx, team.wm1, handoff_id=change.id)
    handoffs.record_outcome(ctx, team.wm1, handoff_id=change.id, outcome="converted", sales=[("fund", 20_000_000)])
    clock.advance(minutes=1)
    tag_and_book_callback(
        ctx, team.lobby, TagCustomer(**BIG), address_as="李女士", phone="13800138000", phone_consent=True
    )
    tag_and_refer(ctx, team.teller, TagCustomer(**BIG))  # someone else's referral
    rows = my_referrals_today(ctx, team.lobby)
    assert [(r.address_as, r.state) for r in rows] == [("李女士", dh.State.CALLBACK), ("王先生", dh.State.CONVERTED)]
    assert rows[1].wealth_manager == "员工3001" and rows[1].outcome_amount_fen == 20_000_000
    assert rows[0].callback_due is not None
    assert my_day(ctx, team.lobby) == MyDay(tagged=3, eligible=2, referred=2, converted=1)
    clock.advance(days=1)
    assert my_referrals_today(ctx, team.lobby) == []  # a new branch day


def test_the_branch_day_is_local_time(ctx, team, clock):
    """Referrals at 23:30 and 00:30 Shanghai time fall on two branch days, though both are the same UTC date."""
    clock.now = clock.now.replace(hour=15, minute=30)  # 23:30 in Shanghai
    tag_and_refer(ctx, team.lobby, TagCustomer(**BIG))
    clock.advance(hours=1)  # 00:30 next day in Shanghai, still the same UTC date
    assert my_referrals_today(ctx, team.lobby) == []
    with ctx.db.read() as s:
        assert len(s.exec(select(Handoff)).all()) == 1


def test_only_a_branch_head_pin_opens_the_kiosk(ctx, team):
    assert is_branch_head_pin(ctx, "580274")  # the head's PIN in the team fixture
    assert not is_branch_head_pin(ctx, "9999")
    # Everyone in the fixture has PIN 1234: with the head inactive, the same PIN no longer opens it.
    with ctx.db.write() as s:
        head = s.get(Staff, team.head.staff_id)
        assert head is not None
        head.active = False
        s.add(head)
    assert not is_branch_head_pin(ctx, "580274")
