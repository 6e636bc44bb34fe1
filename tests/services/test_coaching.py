"""Coaching flags over the last N days, against figures worked out by hand.

In the 7 days to Tuesday 10 March 2026:
    wm1: 3 customers, each accepted after 30 s, all converted        rate 1.00, 30 s
    wm2: 4 customers, each accepted after 60 s, 1 converted           rate 0.25, 60 s
    wm3: 3 customers, each accepted after 300 s, 2 converted          rate 0.67, 300 s
Branch medians: rate 0.67, response 60 s. wm2's rate is 0.42 below it (flag: 0.15 or more);
wm3 takes 5 times the median (flag: 1.5 times or more). The lobby manager referred all 10 eligible
customers; the teller tagged 6 eligible and referred 2 (flag: fewer than half of at least 5).
On 3 March, a day before the period, wm2 converted 3 customers: counted only with a longer period.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lobby_app.domain.errors import DomainError
from lobby_app.domain.money import yuan
from lobby_app.protocol.commands import Refer, TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.branch_settings import COACHING_DAYS, set_value
from lobby_app.services.coaching import coaching_flags
from lobby_app.services.tagging import tag_customer

TODAY = date(2026, 3, 10)


def serve(ctx, clock, team, referrer, wm, *, after_s: int, converted: bool) -> None:
    tag_id = tag_customer(ctx, referrer, TagCustomer(purpose="deposit", amount_fen=yuan(80_000)))[0].id
    handoff = svc.refer(ctx, referrer, Refer(tag_id=tag_id, wm_id=wm.staff_id)).id
    clock.advance(seconds=after_s)
    svc.accept(ctx, wm, handoff_id=handoff)
    svc.meet(ctx, wm, handoff_id=handoff)
    clock.advance(minutes=10)
    if converted:
        svc.record_outcome(ctx, wm, handoff_id=handoff, outcome="converted", sales=[("fund", yuan(50_000))])
    else:
        svc.record_outcome(ctx, wm, handoff_id=handoff, outcome="not_converted", reason="再考虑")


@pytest.fixture
def week(ctx, team, clock):
    for wm in (team.wm1, team.wm2, team.wm3):
        svc.set_presence(ctx, wm, presence="available")
    clock.now -= timedelta(days=7)  # 3 March: before the 7-day period
    for _ in range(3):
        serve(ctx, clock, team, team.lobby, team.wm2, after_s=10, converted=True)
    clock.now += timedelta(days=6)  # 9 March
    for converted in (True, True, True):
        serve(ctx, clock, team, team.lobby, team.wm1, after_s=30, converted=converted)
    for converted in (True, False, False, False):
        serve(ctx, clock, team, team.lobby, team.wm2, after_s=60, converted=converted)
    for converted in (True, True, False):
        serve(ctx, clock, team, team.lobby, team.wm3, after_s=300, converted=converted)
    clock.now += timedelta(days=1)  # 10 March
    for i in range(6):
        tag_id = tag_customer(ctx, team.teller, TagCustomer(purpose="deposit", amount_fen=yuan(80_000)))[0].id
        if i < 2:
            svc.refer(ctx, team.teller, Refer(tag_id=tag_id))
    return ctx


def test_flags_name_who_lies_well_off_the_branch_median_with_the_evidence(week, team):
    first, last, flags = coaching_flags(week, TODAY)
    assert (first, last) == (date(2026, 3, 4), TODAY)
    found = {(f.staff_id, f.kind): f.evidence for f in flags}
    assert set(found) == {
        (team.wm2.staff_id, "low_conversion"),
        (team.wm3.staff_id, "slow_response"),
        (team.teller.staff_id, "rarely_refers"),
    }
    low = found[(team.wm2.staff_id, "low_conversion")]
    assert (low["rate"], low["median"], low["converted"], low["decided"]) == (0.25, pytest.approx(2 / 3), 1, 4)
    slow = found[(team.wm3.staff_id, "slow_response")]
    assert (slow["average"], slow["median"], slow["accepted"]) == (timedelta(seconds=300), timedelta(seconds=60), 3)
    assert found[(team.teller.staff_id, "rarely_refers")] == {"eligible": 6, "referred": 2}


def test_a_longer_period_takes_in_earlier_days_and_the_setting_is_the_heads(week, team):
    with pytest.raises(DomainError) as refused:
        set_value(week, team.lobby, COACHING_DAYS, 14)
    assert refused.value.rule == "wrong_role"
    for bad, rule in ((0, "out_of_range"), (91, "out_of_range"), ("7", "not_a_number")):
        with pytest.raises(DomainError) as refused:
            set_value(week, team.head, COACHING_DAYS, bad)
        assert (refused.value.field, refused.value.rule) == ("coaching_days", rule)
    set_value(week, team.head, COACHING_DAYS, 14)
    first, _, flags = coaching_flags(week, TODAY)
    assert first == date(2026, 2, 25)
    # wm2 with 3 March: 4 of 7 converted, 0.57, within 0.15 of the median (wm3's 0.67): no flag now.
    assert (team.wm2.staff_id, "low_conversion") not in {(f.staff_id, f.kind) for f in flags}
