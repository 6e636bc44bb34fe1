"""Month close (the test store's phases: 80% from 1 January, 60% from 1 April, 50% from 1 July).

    31 March  王先生  10,000,003 fen  phase 1: lobby 8,000,002, wm1 2,000,001
    31 March  张先生     300,000 fen  shared with the teller: an exception, 50/50 by the head
March closes on 1 April at 10,300,003 fen.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from lobby_app.domain.errors import PermissionDenied, ValidationError
from lobby_app.protocol.commands import Refer, TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.ledger import ledger
from lobby_app.services.month_close import close_month, closed
from lobby_app.services.rules import edit_credit_phases
from lobby_app.services.tagging import tag_customer
from lobby_app.store.tables import CreditMonth, CreditSchedule

from .test_ledger import convert

PHASES = {
    "phases": [
        {"start": "2026-01-01", "referrer_percent": 80},
        {"start": "2026-04-01", "referrer_percent": 60},
        {"start": "2026-07-01", "referrer_percent": 50},
    ]
}


def rows(ctx, model) -> list:
    with ctx.db.read() as s:
        return list(s.exec(select(model)))


@pytest.fixture
def march(ctx, team, clock):
    """March's two sales, the shared one still waiting for the head."""
    svc.set_presence(ctx, team.wm1, presence="available")
    clock.now = datetime(2026, 3, 31, 2, 0, tzinfo=UTC)  # 10:00 on 31 March, branch time
    convert(ctx, team, "王先生", 10_000_003)
    convert(ctx, team, "张先生", 300_000, shared_with=[team.teller.staff_id])
    return ledger(ctx, date(2026, 3, 1), date(2026, 3, 31)).open_exceptions[0]


def refused(rule: str, call) -> ValidationError:
    with pytest.raises(ValidationError) as e:
        call()
    assert (e.value.field, e.value.rule) == ("month", rule)
    return e.value


def test_a_month_closes_once_over_with_every_exception_allocated_and_keeps_its_total(ctx, team, clock, march):
    refused("not_over", lambda: close_month(ctx, team.head, month="2026-03"))  # still 31 March
    clock.now = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
    e = refused("open_exceptions", lambda: close_month(ctx, team.head, month="2026-03"))
    assert e.params["count"] == 1 and rows(ctx, CreditMonth) == []

    shares = [(team.lobby.staff_id, 50), (team.teller.staff_id, 50)]
    svc.allocate_exception(ctx, team.head, exception_id=march.id, shares=shares, reason="两人共同接待")
    close_month(ctx, team.head, month="2026-03")
    [month] = closed(ctx).values()
    assert (month.month, month.total_at_close_fen, month.closed_by) == ("2026-03", 10_300_003, "员工8001")
    assert month.closed_at == clock.now
    refused("already_closed", lambda: close_month(ctx, team.head, month="2026-03"))


@pytest.mark.parametrize("month", ["2026-13", "2026-3", "March", "", None, 202603])
def test_a_month_that_is_not_a_month_is_refused(ctx, team, month):
    e = refused("bad_month", lambda: close_month(ctx, team.head, month=month))
    assert e.field == "month" and rows(ctx, CreditMonth) == []


def test_only_the_branch_head_closes_a_month(ctx, team, clock):
    clock.now = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
    with pytest.raises(PermissionDenied):
        close_month(ctx, team.wm1, month="2026-03")
    assert rows(ctx, CreditMonth) == []


def test_a_closed_month_keeps_its_percentages_and_a_later_sale_is_still_credited(ctx, team, clock, march):
    clock.now = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
    shares = [(team.lobby.staff_id, 50), (team.teller.staff_id, 50)]
    svc.allocate_exception(ctx, team.head, exception_id=march.id, shares=shares, reason="两人共同接待")
    close_month(ctx, team.head, month="2026-03")
    versions = len(rows(ctx, CreditSchedule))

    # Phase 2 from 15 March would change March's days from 80% to 60%: refused, nothing saved.
    moved = {
        "phases": [PHASES["phases"][0], {"start": "2026-03-15", "referrer_percent": 60}, PHASES["phases"][2]],
        "agreed_on": "2026-03-31",
    }
    with pytest.raises(ValidationError) as e:
        edit_credit_phases(ctx, team.head, data=moved)
    assert (e.value.field, e.value.rule, e.value.params["month"]) == ("phases", "month_closed", "2026-03")
    assert len(rows(ctx, CreditSchedule)) == versions

    # Changing April onwards is fine: April is open.
    later = {
        "phases": [PHASES["phases"][0], {"start": "2026-04-01", "referrer_percent": 70}, PHASES["phases"][2]],
        "agreed_on": "2026-03-31",
    }
    edit_credit_phases(ctx, team.head, data=later)
    assert len(rows(ctx, CreditSchedule)) == versions + 1

    # A March referral converted in April: credited at March's 80%, after the close.
    tag_clock = clock.now
    clock.now = datetime(2026, 3, 31, 3, 0, tzinfo=UTC)
    tag_id = tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=8_000_000, address_as="刘女士"))[
        0
    ].id
    h = svc.refer(ctx, team.lobby, Refer(tag_id=tag_id, wm_id=team.wm1.staff_id)).id
    clock.now = tag_clock
    svc.accept(ctx, team.wm1, handoff_id=h)
    svc.meet(ctx, team.wm1, handoff_id=h)
    svc.record_outcome(ctx, team.wm1, handoff_id=h, outcome="converted", sales=[("fund", 1_000_000)])
    book = ledger(ctx, date(2026, 3, 1), date(2026, 3, 31))
    assert book.team_total_fen == 11_300_003  # 10,300,003 at close + 1,000,000 after
    assert closed(ctx)["2026-03"].total_at_close_fen == 10_300_003
