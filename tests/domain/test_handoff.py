"""The handoff's life: legal steps, who may take them, and no sequence reaching an illegal state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lobby_app.domain import handoff as dh
from lobby_app.domain.errors import DomainError, TransitionRefused, ValidationError
from lobby_app.domain.roles import Actor, Role

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
KNOWN = frozenset({"fund", "insurance"})
LOBBY = Actor(1, Role.LOBBY_MANAGER)
TELLER = Actor(2, Role.TELLER)
WM_A = Actor(10, Role.WEALTH_MANAGER)
WM_B = Actor(11, Role.WEALTH_MANAGER)
HEAD = Actor(20, Role.BRANCH_HEAD)


def queued(**kw):
    return dh.new_handoff(referrer=LOBBY, fast_track=False, **kw)


def test_the_happy_path_to_converted():
    h = dh.offer(queued(), LOBBY, to_wm=WM_A.staff_id)
    h = dh.accept(h, WM_A)
    h = dh.meet(h, WM_A)
    h = dh.record_outcome(h, WM_A, outcome="converted", sales=(("fund", 10_000_000),), now=NOW, known_products=KNOWN)
    assert h.state is dh.State.CONVERTED and h.assignee_id == WM_A.staff_id and dh.is_consistent(h)


def test_only_the_offered_wealth_manager_may_accept_an_offer():
    h = dh.offer(queued(), LOBBY, to_wm=WM_A.staff_id)
    with pytest.raises(TransitionRefused) as e:
        dh.accept(h, WM_B)
    assert e.value.rule == "not_assignee"


def test_a_queued_customer_may_be_claimed_by_any_wealth_manager():
    assert dh.accept(queued(), WM_B).assignee_id == WM_B.staff_id


def test_a_lobby_manager_cannot_accept_or_record_an_outcome():
    with pytest.raises(TransitionRefused) as e:
        dh.accept(queued(), LOBBY)
    assert (e.value.field, e.value.rule) == ("actor", "wrong_role")


def test_a_wealth_manager_cannot_refer():
    with pytest.raises(TransitionRefused) as e:
        dh.new_handoff(referrer=WM_A, fast_track=False)
    assert e.value.rule == "wrong_role"


def test_decline_needs_a_reason_and_requeues_remembering_who_declined():
    h = dh.offer(queued(), LOBBY, to_wm=WM_A.staff_id)
    with pytest.raises(ValidationError) as e:
        dh.decline(h, WM_A, reason="")
    assert e.value.field == "reason"
    with pytest.raises(ValidationError) as e:
        dh.decline(h, WM_A, reason="other", text="  ")
    assert e.value.field == "reason_text"
    h = dh.decline(h, WM_A, reason="not_my_speciality")
    assert h.state is dh.State.QUEUED and h.assignee_id is None and h.declined_by == (WM_A.staff_id,)


def test_expiry_escalates_and_requeues():
    h = dh.expire(dh.offer(queued(), LOBBY, to_wm=WM_A.staff_id), LOBBY)
    assert (h.state, h.escalations, h.assignee_id) == (dh.State.QUEUED, 1, None)


def test_terminal_states_refuse_every_step():
    h = dh.cancel(queued(), LOBBY, reason="customer left")
    for step in (
        lambda: dh.accept(h, WM_A),
        lambda: dh.offer(h, LOBBY, to_wm=10),
        lambda: dh.cancel(h, LOBBY, reason="x"),
    ):
        with pytest.raises(TransitionRefused) as e:
            step()
        assert (e.value.field, e.value.rule) == ("state", "illegal_transition")
        assert "cancelled" in e.value.message


def test_outcome_rules():
    met = dh.meet(dh.accept(queued(), WM_A), WM_A)
    bad = [
        ({"outcome": "converted", "sales": ()}, "sales", "required"),
        ({"outcome": "converted", "sales": (("yacht", 100),)}, "sales[0].product", "unknown_product"),
        ({"outcome": "converted", "sales": (("fund", 0),)}, "sales[0].amount_fen", "not_positive"),
        ({"outcome": "converted", "sales": (("fund", 100), ("insurance", -5))}, "sales[1].amount_fen", "negative"),
        ({"outcome": "converted", "sales": (("fund", 100), ("fund", 200))}, "sales[1].product", "duplicate"),
        ({"outcome": "converted", "sales": (("fund",),)}, "sales[0]", "bad_line"),
        ({"outcome": "converted", "sales": (("fund", "lots"),)}, "sales[0].amount_fen", "not_a_number"),
        ({"outcome": "not_converted", "reason": ""}, "reason", "required"),
        ({"outcome": "follow_up"}, "follow_up_at", "required"),
        ({"outcome": "follow_up", "follow_up_at": NOW - timedelta(minutes=1)}, "follow_up_at", "in_the_past"),
        ({"outcome": "maybe"}, "outcome", "unknown"),
    ]
    for kw, field, code in bad:
        with pytest.raises(ValidationError) as e:
            dh.record_outcome(met, WM_A, now=NOW, known_products=KNOWN, **kw)
        assert (e.value.field, e.value.rule) == (field, code), kw


def test_a_callback_outcome_is_recorded_by_its_owner_and_a_follow_up_can_convert_later():
    h = dh.to_callback(queued(), LOBBY, callback_wm=WM_A.staff_id)
    with pytest.raises(TransitionRefused):
        dh.record_outcome(h, WM_B, outcome="not_converted", reason="x", now=NOW, known_products=KNOWN)
    h = dh.record_outcome(
        h, WM_A, outcome="follow_up", follow_up_at=NOW + timedelta(days=1), now=NOW, known_products=KNOWN
    )
    h = dh.record_outcome(
        h, WM_A, outcome="converted", sales=(("fund", 1), ("insurance", 2)), now=NOW, known_products=KNOWN
    )
    assert h.state is dh.State.CONVERTED
    assert (h.outcome_products, h.outcome_amount_fen) == (("fund", "insurance"), 3)


ACTORS = [LOBBY, TELLER, WM_A, WM_B, HEAD]
STEPS = st.lists(
    st.tuples(
        st.sampled_from(list(dh.Action)),
        st.sampled_from(ACTORS),
        st.sampled_from([10, 11]),
        st.sampled_from(["converted", "not_converted", "follow_up", "bogus"]),
    ),
    max_size=25,
)


def _step(h, action, actor, wm, outcome):
    match action:
        case dh.Action.OFFER:
            return dh.offer(h, actor, to_wm=wm)
        case dh.Action.ACCEPT:
            return dh.accept(h, actor)
        case dh.Action.DECLINE:
            return dh.decline(h, actor, reason="with_another_customer")
        case dh.Action.EXPIRE:
            return dh.expire(h, actor)
        case dh.Action.RELEASE:
            return dh.release(h, actor)
        case dh.Action.MEET:
            return dh.meet(h, actor)
        case dh.Action.RECORD_OUTCOME:
            return dh.record_outcome(
                h,
                actor,
                outcome=outcome,
                sales=(("fund", 500),),
                reason="no budget",
                follow_up_at=NOW + timedelta(days=1),
                now=NOW,
                known_products=KNOWN,
            )
        case dh.Action.CANCEL:
            return dh.cancel(h, actor, reason="left")
        case dh.Action.TO_CALLBACK:
            return dh.to_callback(h, actor, callback_wm=wm)


@given(STEPS, st.booleans())
def test_no_sequence_of_calls_reaches_an_illegal_state(steps, as_callback):
    h = dh.new_handoff(referrer=LOBBY, fast_track=False, as_callback=as_callback)
    if as_callback:
        h = dh.to_callback(dh.new_handoff(referrer=LOBBY, fast_track=False), LOBBY, callback_wm=10)
    for action, actor, wm, outcome in steps:
        before = h
        try:
            h = _step(h, action, actor, wm, outcome)
        except DomainError:
            assert h == before  # a refusal changes nothing
            continue
        assert dh.is_consistent(h), (action, actor, h)
        assert before.state not in dh.TERMINAL  # nothing leaves a terminal state
        if action in (dh.Action.ACCEPT, dh.Action.MEET, dh.Action.RECORD_OUTCOME, dh.Action.DECLINE):
            assert actor.role is Role.WEALTH_MANAGER
