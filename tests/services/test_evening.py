"""The evening meeting's calls and problems for Tuesday 10 March 2026 (the figures are test_day_report's).

Calls: a callback overdue since Monday 16:00, one due Wednesday 10:00 (both listed, overdue first),
a follow-up on Friday (not yet). Problems: an offer unanswered on Tuesday, told to both branch heads
(listed once); one unanswered on Monday (not Tuesday's).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from lobby_app.domain.money import yuan
from lobby_app.domain.roles import Actor, Role
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.escalation import expire_overdue
from lobby_app.services.evening import evening_meeting
from lobby_app.services.lobby import tag_and_book_callback, tag_and_refer
from lobby_app.services.staff import create_staff

TUESDAY = date(2026, 3, 10)
HURRY = {"purpose": "deposit", "amount_fen": yuan(80_000), "in_a_hurry": True}


def at(day: int, hour: int) -> datetime:
    """A branch time in March 2026 (Shanghai is UTC+8)."""
    return datetime(2026, 3, day, hour - 8, tzinfo=UTC)


def callback(ctx, team, name: str, when: datetime) -> None:
    tag_and_book_callback(
        ctx,
        team.lobby,
        TagCustomer(**HURRY),
        address_as=name,
        phone="13800138000",
        phone_consent=True,
        preferred_time=when,
    )


def test_calls_due_by_tomorrow_and_the_days_problems_once_each(ctx, team, clock):
    create_staff(ctx, team.head, staff_no="8002", name="副行长", role="branch_head", pin="580274")
    head = Actor(team.head.staff_id, Role.BRANCH_HEAD)
    svc.set_presence(ctx, team.wm1, presence="available")
    clock.now = at(9, 11)  # Monday
    callback(ctx, team, "周先生", at(9, 16))
    unanswered, _ = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(80_000)))
    clock.advance(minutes=3)
    expire_overdue(ctx, head)  # Monday's problem
    svc.cancel(ctx, team.lobby, handoff_id=unanswered.id, reason="customer_left")
    clock.now = at(10, 10)  # Tuesday
    svc.set_presence(ctx, team.wm1, presence="available")
    callback(ctx, team, "吴女士", at(11, 10))
    h = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(80_000)))[0].id
    clock.advance(minutes=3)
    expire_overdue(ctx, head)  # Tuesday's problem, told to both heads
    svc.set_presence(ctx, team.wm2, presence="available")
    follow = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(80_000)))[0].id
    svc.accept(ctx, team.wm2, handoff_id=follow)
    svc.meet(ctx, team.wm2, handoff_id=follow)
    svc.record_outcome(ctx, team.wm2, handoff_id=follow, outcome="follow_up", follow_up_at=at(13, 10))
    clock.now = at(10, 18)

    evening = evening_meeting(ctx, TUESDAY)

    assert [(c.address_as, c.due_at, c.overdue) for c in evening.calls] == [
        ("周先生", at(9, 16), True),
        ("吴女士", at(11, 10), False),
    ]
    assert all(c.caller for c in evening.calls)  # someone is to call each
    assert [(p.kind, p.handoff_id) for p in evening.problems] == [("no_answer", h)]
    assert evening.report.first == TUESDAY and evening.report.funnel.tagged == 3
