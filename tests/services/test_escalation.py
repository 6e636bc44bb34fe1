"""No customer stuck with a busy or absent person: response time, re-offer, the branch head told."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from lobby_app.domain.errors import DomainError
from lobby_app.domain.money import yuan
from lobby_app.domain.routing import Presence
from lobby_app.protocol.commands import Refer, TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.branch_settings import RESPONSE_TIME
from lobby_app.services.context import Changed
from lobby_app.services.escalation import expire_overdue, response_time, set_response_time
from lobby_app.services.lobby import hall
from lobby_app.services.notifications import Kind, mark_all_read, mark_read, unread
from lobby_app.services.tagging import tag_customer
from lobby_app.store import tables
from tests.conftest import row_counts


def refer(ctx, team, **kw):
    tag_id = tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(50_000)))[0].id
    return svc.refer(ctx, team.lobby, Refer(tag_id=tag_id, **kw)).id


def row(ctx, model, key):
    with ctx.db.read() as s:
        return s.get(model, key)


def on_duty(ctx, *wms):
    for wm in wms:
        svc.set_presence(ctx, wm, presence="available")


def test_the_default_response_time_is_two_minutes(ctx):
    assert response_time(ctx) == timedelta(seconds=RESPONSE_TIME.default) == timedelta(minutes=2)


def test_an_unanswered_offer_moves_on_at_the_response_time_and_the_head_is_told(ctx, team, clock):
    on_duty(ctx, team.wm1, team.wm2)
    h = refer(ctx, team, wm_id=team.wm1.staff_id)
    assert row(ctx, tables.Handoff, h).assignee_id == team.wm1.staff_id
    clock.advance(seconds=119)
    assert not expire_overdue(ctx, team.lobby)
    assert row(ctx, tables.Handoff, h).assignee_id == team.wm1.staff_id
    clock.advance(seconds=1)  # exactly two minutes
    assert Changed.NOTIFICATIONS in expire_overdue(ctx, team.lobby)
    handoff = row(ctx, tables.Handoff, h)
    assert (handoff.state, handoff.assignee_id, handoff.escalations) == ("offered", team.wm2.staff_id, 1)
    missed = row(ctx, tables.PresenceRow, team.wm1.staff_id)
    assert (missed.presence, missed.away_reason) == (Presence.AWAY, "no_answer")  # no new offers to an empty desk
    [notice] = unread(ctx, team.head)
    assert (notice.kind, notice.handoff_id, notice.data["missed_by"]) == (Kind.NO_ANSWER, h, team.wm1.staff_id)
    assert unread(ctx, team.lobby) == []  # only the branch head is told


def test_a_single_wealth_manager_who_does_not_answer_is_escalated_not_lost(ctx, team, clock):
    on_duty(ctx, team.wm1)
    h = refer(ctx, team)
    clock.advance(minutes=2)
    expire_overdue(ctx, team.lobby)
    handoff = row(ctx, tables.Handoff, h)
    assert (handoff.state, handoff.assignee_id, handoff.escalations) == ("queued", None, 1)
    assert hall(ctx).queued == 1  # visibly waiting on the lobby's screen
    assert [n.kind for n in unread(ctx, team.head)] == [Kind.NO_ANSWER]
    clock.advance(minutes=5)
    assert not expire_overdue(ctx, team.lobby)  # waiting in the queue is not re-escalated
    # Back at the desk: the customer is offered to them again at once.
    on_duty(ctx, team.wm1)
    handoff = row(ctx, tables.Handoff, h)
    assert (handoff.state, handoff.assignee_id) == ("offered", team.wm1.staff_id)
    clock.advance(minutes=2)
    expire_overdue(ctx, team.lobby)
    assert row(ctx, tables.Handoff, h).escalations == 2
    assert len(unread(ctx, team.head)) == 2


def test_the_branch_head_sets_the_response_time(ctx, team, clock):
    set_response_time(ctx, team.head, seconds=300)
    assert response_time(ctx) == timedelta(minutes=5)
    on_duty(ctx, team.wm1, team.wm2)
    h = refer(ctx, team)
    clock.advance(seconds=299)
    expire_overdue(ctx, team.lobby)
    assert row(ctx, tables.Handoff, h).escalations == 0
    clock.advance(seconds=1)
    expire_overdue(ctx, team.lobby)
    assert row(ctx, tables.Handoff, h).escalations == 1


@pytest.mark.parametrize(
    ("who", "seconds", "field", "rule"),
    [
        ("head", 29, "response_time_s", "out_of_range"),
        ("head", 1801, "response_time_s", "out_of_range"),
        ("head", "120", "response_time_s", "not_a_number"),
        ("head", True, "response_time_s", "not_a_number"),
        ("wm1", 120, "actor", "wrong_role"),
    ],
)
def test_a_bad_response_time_is_refused_and_changes_nothing(ctx, team, who, seconds, field, rule):
    set_response_time(ctx, team.head, seconds=90)
    before = row_counts(ctx)
    with pytest.raises(DomainError) as e:
        set_response_time(ctx, getattr(team, who), seconds=seconds)
    assert (e.value.field, e.value.rule) == (field, rule)
    assert row_counts(ctx) == before and response_time(ctx) == timedelta(seconds=90)
    set_response_time(ctx, team.head, seconds=30)  # both ends are allowed
    set_response_time(ctx, team.head, seconds=1800)


def test_decline_reroutes_and_when_everyone_declined_the_head_is_told(ctx, team):
    on_duty(ctx, team.wm1, team.wm2)
    h = refer(ctx, team, wm_id=team.wm1.staff_id)
    svc.decline(ctx, team.wm1, handoff_id=h, reason="customer_of_colleague")
    assert row(ctx, tables.Handoff, h).assignee_id == team.wm2.staff_id
    assert unread(ctx, team.head) == []
    svc.decline(ctx, team.wm2, handoff_id=h, reason="other", text="客户要求女性理财经理")
    handoff = row(ctx, tables.Handoff, h)
    assert (handoff.state, handoff.assignee_id) == ("queued", None)
    [notice] = unread(ctx, team.head)
    assert notice.kind == Kind.DECLINED_BY_ALL and notice.data["text"] == "客户要求女性理财经理"


def test_a_customer_waiting_for_a_colleague_cannot_be_taken_from_the_queue(ctx, team):
    on_duty(ctx, team.wm2)
    svc.set_presence(ctx, team.wm1, presence="away", away_reason="break")
    h = refer(ctx, team, wm_id=team.wm1.staff_id, wait_for_wm=True)
    before = row_counts(ctx)
    with pytest.raises(DomainError) as e:
        svc.accept(ctx, team.wm2, handoff_id=h)
    assert (e.value.field, e.value.rule) == ("handoff_id", "waiting_for_colleague")
    assert row_counts(ctx) == before


def test_notices_are_marked_read_by_their_owner_only(ctx, team, clock):
    on_duty(ctx, team.wm1)
    refer(ctx, team)
    clock.advance(minutes=2)
    expire_overdue(ctx, team.lobby)
    [notice] = unread(ctx, team.head)
    with pytest.raises(DomainError) as e:
        mark_read(ctx, team.wm1, notification_id=notice.id)
    assert e.value.rule == "not_found"
    mark_read(ctx, team.head, notification_id=notice.id)
    assert unread(ctx, team.head) == []
    with ctx.db.read() as s:
        assert s.exec(select(tables.Notification)).one().read_at == clock.now


def test_marking_all_read_is_all_or_nothing(ctx, team, clock):
    """The head's "mark all seen": one of them not the head's (or gone) and none is marked."""
    on_duty(ctx, team.wm1)
    refer(ctx, team)
    clock.advance(minutes=2)
    expire_overdue(ctx, team.lobby)
    [notice] = unread(ctx, team.head)
    before = row_counts(ctx)
    with pytest.raises(DomainError) as e:
        mark_all_read(ctx, team.head, notification_ids=[notice.id, "gone"])
    assert (e.value.field, e.value.rule) == ("notification_id", "not_found")
    assert row_counts(ctx) == before and unread(ctx, team.head) == [notice]
    assert Changed.NOTIFICATIONS in mark_all_read(ctx, team.head, notification_ids=[notice.id])
    assert unread(ctx, team.head) == []
