"""The handoff's life through the services: routing, re-routing, outcomes, credit, callbacks."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from lobby_app.domain.errors import DomainError
from lobby_app.domain.money import yuan
from lobby_app.domain.routing import Presence
from lobby_app.protocol.commands import BookCallback, Refer, TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.rules import edit_credit_phases
from lobby_app.services.tagging import tag_customer
from lobby_app.store import tables
from tests.conftest import row_counts


def eligible_tag(ctx, who, **kw):
    changed, verdict = tag_customer(ctx, who, TagCustomer(**({"purpose": "deposit", "amount_fen": yuan(80_000)} | kw)))
    assert verdict.eligible
    return changed.id


def handoff(ctx, handoff_id):
    with ctx.db.read() as s:
        return s.get(tables.Handoff, handoff_id)


def presence(ctx, staff_id):
    with ctx.db.read() as s:
        return s.get(tables.PresenceRow, staff_id).presence


def on_duty(ctx, *wms):
    for wm in wms:
        svc.set_presence(ctx, wm, presence="available")


def test_refer_offers_to_the_least_loaded_available_wealth_manager(ctx, team):
    on_duty(ctx, team.wm1, team.wm2)
    first = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id
    second = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id
    assert {handoff(ctx, first).assignee_id, handoff(ctx, second).assignee_id} == {team.wm1.staff_id, team.wm2.staff_id}
    assert handoff(ctx, first).state == "offered"


def met_handoff(ctx, team):
    """A customer referred by the lobby manager, accepted and met by wm1."""
    h = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id
    svc.accept(ctx, team.wm1, handoff_id=h)
    svc.meet(ctx, team.wm1, handoff_id=h)
    return h


def _convert(ctx, team, **outcome):
    h = met_handoff(ctx, team)
    sale = {"outcome": "converted", "sales": [("fund", yuan(200_000))]}
    svc.record_outcome(ctx, team.wm1, handoff_id=h, **(sale | outcome))
    with ctx.db.read() as s:
        entries = s.exec(select(tables.CreditEntry).where(tables.CreditEntry.handoff_id == h)).all()
    return h, {e.part: (e.staff_id, e.amount_fen, e.schedule_version) for e in entries}


def test_full_journey_to_conversion_and_past_splits_keep_their_rule(ctx, team):
    on_duty(ctx, team.wm1)
    h, first = _convert(ctx, team, credit_fen=1_001)
    assert handoff(ctx, h).state == "converted" and presence(ctx, team.wm1.staff_id) == Presence.AVAILABLE
    # 2026-03-10 is in phase 1 of conftest's schedule: the referrer gets 80% of 10.01 yuan, half-up.
    assert first == {"referrer": (team.lobby.staff_id, 801, 1), "seller": (team.wm1.staff_id, 200, 1)}
    edit_credit_phases(
        ctx, team.head, data={"phases": [{"start": "2026-01-01", "referrer_percent": 50}], "agreed_on": "2026-01-01"}
    )
    _, second = _convert(ctx, team, credit_fen=1_001)
    assert second == {"referrer": (team.lobby.staff_id, 501, 2), "seller": (team.wm1.staff_id, 500, 2)}
    with ctx.db.read() as s:
        again = {
            e.part: e.amount_fen for e in s.exec(select(tables.CreditEntry).where(tables.CreditEntry.handoff_id == h))
        }
    assert again == {"referrer": 801, "seller": 200}  # the earlier split is untouched


def test_referral_date_picks_the_phase(ctx, team, clock):
    """conftest's schedule: 80% from 2026-01-01, 60% from 2026-04-01, 50% from 2026-07-01."""
    on_duty(ctx, team.wm1)
    results = {}
    for day in ("2026-03-31", "2026-04-01", "2026-07-01"):
        clock.now = clock.now.replace(year=2026, month=int(day[5:7]), day=int(day[8:10]), hour=2)
        h = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id
        svc.accept(ctx, team.wm1, handoff_id=h)
        svc.meet(ctx, team.wm1, handoff_id=h)
        clock.advance(days=10)
        svc.record_outcome(ctx, team.wm1, handoff_id=h, outcome="converted", sales=[("fund", 1_000_05)])
        with ctx.db.read() as s:
            rows = s.exec(select(tables.CreditEntry).where(tables.CreditEntry.handoff_id == h)).all()
        results[day] = {r.part: (r.amount_fen, r.phase, r.referrer_percent) for r in rows}
    assert results["2026-03-31"]["referrer"] == (80_004, 1, 80)  # 80,004.0
    assert results["2026-04-01"]["referrer"] == (60_003, 2, 60)  # 60,003.0
    assert results["2026-07-01"]["referrer"] == (50_003, 3, 50)  # 50,002.5 rounds half up
    assert results["2026-07-01"]["seller"] == (50_002, 3, 50)


def test_decline_reroutes_to_the_next_available(ctx, team):
    on_duty(ctx, team.wm1, team.wm2)
    h = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby), wm_id=team.wm1.staff_id)).id
    assert handoff(ctx, h).assignee_id == team.wm1.staff_id
    svc.decline(ctx, team.wm1, handoff_id=h, reason="not_my_speciality")
    row = handoff(ctx, h)
    assert row.state == "offered" and row.assignee_id == team.wm2.staff_id and row.declined_by == [team.wm1.staff_id]


def test_decline_without_reason_is_refused_and_changes_nothing(ctx, team):
    on_duty(ctx, team.wm1)
    h = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id
    before, row = row_counts(ctx), handoff(ctx, h)
    with pytest.raises(DomainError) as e:
        svc.decline(ctx, team.wm1, handoff_id=h, reason="")
    assert e.value.field == "reason"
    assert row_counts(ctx) == before and handoff(ctx, h) == row


def test_busy_wealth_managers_queue_fast_track_first(ctx, team):
    normal = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id
    urgent = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby, clear_intent=True))).id
    assert handoff(ctx, normal).state == handoff(ctx, urgent).state == "queued"
    assert handoff(ctx, urgent).fast_track
    on_duty(ctx, team.wm1)  # the first one free gets the fast-track customer
    assert handoff(ctx, urgent).assignee_id == team.wm1.staff_id and handoff(ctx, normal).state == "queued"


def test_waiting_for_a_chosen_wealth_manager(ctx, team):
    on_duty(ctx, team.wm2)
    h = svc.refer(
        ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby), wm_id=team.wm1.staff_id, wait_for_wm=True)
    ).id
    assert handoff(ctx, h).state == "queued"  # wm2 is free, but the customer waits for wm1
    on_duty(ctx, team.wm1)
    assert handoff(ctx, h).assignee_id == team.wm1.staff_id


def test_not_eligible_cannot_be_referred(ctx, team):
    tag_id = tag_customer(ctx, team.lobby, TagCustomer(purpose="other", amount_fen=0, products=["mobile_banking"]))[
        0
    ].id
    before = row_counts(ctx)
    with pytest.raises(DomainError) as e:
        svc.refer(ctx, team.lobby, Refer(tag_id=tag_id))
    assert (e.value.field, e.value.rule) == ("tag_id", "not_eligible")
    assert row_counts(ctx) == before


@pytest.mark.parametrize(
    ("kw", "field", "code"),
    [
        ({"note": "字" * 501}, "note", "too_long"),
        ({"wm_id": 99999}, "wm_id", "unknown_staff"),
        ({"wait_for_wm": True}, "wm_id", "required"),
    ],
)
def test_bad_referrals_write_nothing(ctx, team, kw, field, code):
    tag_id = eligible_tag(ctx, team.lobby)
    before = row_counts(ctx)
    with pytest.raises(DomainError) as e:
        svc.refer(ctx, team.lobby, Refer(tag_id=tag_id, **kw))
    assert (e.value.field, e.value.rule) == (field, code)
    assert row_counts(ctx) == before


def test_illegal_transition_and_wrong_person_change_nothing(ctx, team):
    on_duty(ctx, team.wm1)
    h = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id
    before, row = row_counts(ctx), handoff(ctx, h)
    for call, code in [
        (lambda: svc.meet(ctx, team.wm1, handoff_id=h), "illegal_transition"),
        (lambda: svc.accept(ctx, team.wm2, handoff_id=h), "not_assignee"),
        (lambda: svc.accept(ctx, team.lobby, handoff_id=h), "wrong_role"),
        (lambda: svc.record_outcome(ctx, team.wm1, handoff_id=h, outcome="converted"), "illegal_transition"),
    ]:
        with pytest.raises(DomainError) as e:
            call()
        assert e.value.rule == code
    assert row_counts(ctx) == before and handoff(ctx, h) == row


def test_bad_outcome_writes_nothing(ctx, team):
    on_duty(ctx, team.wm1)
    h = met_handoff(ctx, team)
    before, row = row_counts(ctx), handoff(ctx, h)
    for kw, field in [
        ({"outcome": "converted", "sales": [("fund", -1)]}, "sales[0].amount_fen"),
        ({"outcome": "converted", "sales": [("fund", 100), ("fund", 10**12 + 1)]}, "sales[1].product"),
        ({"outcome": "converted", "sales": [("fund", 100), ("insurance", 10**12 + 1)]}, "sales[1].amount_fen"),
        ({"outcome": "converted", "sales": [("fund", 100)], "credit_fen": "x"}, "credit_fen"),
        ({"outcome": "converted", "sales": [("fund", 100)], "shared_with": [424242]}, "shared_with[0]"),
        ({"outcome": "follow_up", "follow_up_at": ctx.now() - timedelta(hours=1)}, "follow_up_at"),
    ]:
        with pytest.raises(DomainError) as e:
            svc.record_outcome(ctx, team.wm1, handoff_id=h, **kw)
        assert e.value.field == field
    assert row_counts(ctx) == before and handoff(ctx, h) == row


def test_in_a_hurry_becomes_a_callback_task_that_still_credits_the_referrer(ctx, team, clock):
    on_duty(ctx, team.wm1)
    tag_id = eligible_tag(ctx, team.teller, in_a_hurry=True)
    with pytest.raises(DomainError) as e:
        svc.book_callback(ctx, team.teller, BookCallback(tag_id=tag_id, address_as="王先生", phone="13912345678"))
    assert (e.value.field, e.value.rule) == ("phone", "no_consent")
    cb = svc.book_callback(
        ctx,
        team.teller,
        BookCallback(
            tag_id=tag_id,
            address_as="王先生",
            phone="13912345678",
            phone_consent=True,
            preferred_time=clock.now + timedelta(hours=3),
        ),
    ).id
    with ctx.db.read() as s:
        callback = s.get(tables.Callback, cb)
        row = s.get(tables.Handoff, callback.handoff_id)
    assert row.state == "callback" and callback.assignee_id == team.wm1.staff_id
    assert callback.due_at == clock.now + timedelta(hours=3) and callback.phone == "13912345678"
    clock.advance(hours=3)
    svc.record_outcome(ctx, team.wm1, handoff_id=row.id, outcome="converted", sales=[("insurance", 50_000_00)])
    with ctx.db.read() as s:
        credit = {e.part: e.staff_id for e in s.exec(select(tables.CreditEntry))}
        assert s.get(tables.Callback, cb).done_at == clock.now
    assert credit == {"referrer": team.teller.staff_id, "seller": team.wm1.staff_id}


def test_customer_leaves_mid_handoff_and_agrees_to_a_callback(ctx, team):
    on_duty(ctx, team.wm1)
    h = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id
    svc.accept(ctx, team.wm1, handoff_id=h)
    svc.book_callback(
        ctx, team.lobby, BookCallback(handoff_id=h, address_as="李女士", phone="021 5555 6666", phone_consent=True)
    )
    assert handoff(ctx, h).state == "callback" and handoff(ctx, h).assignee_id == team.wm1.staff_id
    assert presence(ctx, team.wm1.staff_id) == Presence.AVAILABLE  # the customer left: free for the next one


def test_cancel_frees_the_wealth_manager(ctx, team):
    on_duty(ctx, team.wm1)
    h = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id
    svc.accept(ctx, team.wm1, handoff_id=h)
    with pytest.raises(DomainError) as e:
        svc.cancel(ctx, team.lobby, handoff_id=h, reason=" ")
    assert e.value.field == "reason"
    svc.cancel(ctx, team.lobby, handoff_id=h, reason="客户离开")
    assert handoff(ctx, h).state == "cancelled" and presence(ctx, team.wm1.staff_id) == Presence.AVAILABLE


def test_presence_rules(ctx, team):
    with pytest.raises(DomainError) as e:
        svc.set_presence(ctx, team.wm1, presence="asleep")
    assert e.value.field == "presence"
    with pytest.raises(DomainError) as e:
        svc.set_presence(ctx, team.wm1, presence="away", staff_id=team.wm2.staff_id)
    assert e.value.rule == "not_yourself"
    with pytest.raises(DomainError) as e:
        svc.set_presence(ctx, team.lobby, presence="available")
    assert e.value.rule == "not_wealth_manager"
    svc.set_presence(ctx, team.head, presence="away", away_reason="培训", staff_id=team.wm2.staff_id)
    assert presence(ctx, team.wm2.staff_id) == Presence.AWAY


def test_going_away_returns_a_pending_offer_to_the_queue(ctx, team):
    on_duty(ctx, team.wm1)
    h = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id
    svc.set_presence(ctx, team.wm1, presence="away", away_reason="break")
    assert handoff(ctx, h).state == "queued"


def test_several_referrers_make_an_exception_the_head_allocates(ctx, team):
    on_duty(ctx, team.wm1)
    _convert(ctx, team, sales=[("fund", 1_000)], shared_with=[team.teller.staff_id])
    with ctx.db.read() as s:
        exc = s.exec(select(tables.CreditException)).one()
        assert s.exec(select(tables.CreditEntry)).all() == []
    shares = [(team.lobby.staff_id, 33), (team.teller.staff_id, 33), (team.wm1.staff_id, 34)]
    before = row_counts(ctx)
    for actor, kw, code in [
        (team.lobby, {}, "wrong_role"),
        (team.head, {"shares": [(team.lobby.staff_id, 50)]}, "not_100"),
        (team.head, {"reason": ""}, "required"),
    ]:
        with pytest.raises(DomainError) as e:
            svc.allocate_exception(
                ctx, actor, **({"exception_id": exc.id, "shares": shares, "reason": "共同接待"} | kw)
            )
        assert e.value.rule == code
    assert row_counts(ctx) == before
    svc.allocate_exception(ctx, team.head, exception_id=exc.id, shares=shares, reason="共同接待")
    with ctx.db.read() as s:
        parts = {e.staff_id: e.amount_fen for e in s.exec(select(tables.CreditEntry))}
    assert parts == {team.lobby.staff_id: 330, team.teller.staff_id: 330, team.wm1.staff_id: 340}
    with pytest.raises(DomainError) as e:
        svc.allocate_exception(ctx, team.head, exception_id=exc.id, shares=shares, reason="again")
    assert e.value.rule == "already_allocated"


def test_offer_by_hand_only_to_an_available_wealth_manager(ctx, team):
    h = svc.refer(ctx, team.lobby, Refer(tag_id=eligible_tag(ctx, team.lobby))).id  # nobody on duty: queued
    before = row_counts(ctx)
    with pytest.raises(DomainError) as e:
        svc.offer(ctx, team.lobby, handoff_id=h, wm_id=team.wm2.staff_id)
    assert (e.value.field, e.value.rule) == ("wm_id", "not_available")
    with pytest.raises(DomainError) as e:
        svc.offer(ctx, team.lobby, handoff_id=h, wm_id=team.teller.staff_id)
    assert e.value.rule == "not_wealth_manager"
    assert row_counts(ctx) == before
    svc.set_presence(ctx, team.head, presence="available", staff_id=team.wm2.staff_id)  # dispatch offers it at once
    assert handoff(ctx, h).assignee_id == team.wm2.staff_id
    with pytest.raises(DomainError) as e:
        svc.offer(ctx, team.lobby, handoff_id=h, wm_id=team.wm2.staff_id)
    assert e.value.rule == "illegal_transition"
