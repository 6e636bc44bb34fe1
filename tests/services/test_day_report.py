"""The branch's day in figures, against a day worked out by hand.

Tuesday 10 March 2026 (Shanghai). The lobby manager tags five customers and the teller one; a sixth
customer was tagged at 23:59 the evening before and belongs to that day.

    who     customer  amount     eligible  referred  what became of it
    lobby   A 王先生   80,000     yes       yes       wm1 accepts after 30 s, meets, converts 100,000.00
    lobby   B 李女士   80,000     yes       yes       wm2 accepts after 90 s, meets, not converted
    lobby   C 张先生   80,000     yes       no        (the execution check lists him)
    lobby   D 刘女士   1,000      no        no
    lobby   F 赵先生   80,000     yes       no        (listed too, after C)
    teller  E 陈先生   80,000     yes       yes       queued: wm1 and wm2 busy, wm3 offline

Funnel: tagged 6, eligible 5, referred 3, accepted 2, met 2, converted 1.
Credit: 10,000,000 fen in phase 1 (referral before 1 April): referrer 80% = 8,000,000, seller 2,000,000.
Wealth managers: wm1 1 accepted, 1 converted, rate 1.0, 30 s; wm2 1 accepted, 1 not converted, rate
0.0, 90 s; wm3 nothing. Medians over those with a figure: rate 0.5, response 60 s.
"""

from __future__ import annotations

from datetime import date, timedelta

from lobby_app.domain.money import yuan
from lobby_app.protocol.commands import Refer, TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.day_report import Funnel, day_report
from lobby_app.services.tagging import tag_customer

DAY = date(2026, 3, 10)


def tag(ctx, actor, name: str, amount: int) -> str:
    return tag_customer(ctx, actor, TagCustomer(purpose="deposit", amount_fen=yuan(amount), address_as=name))[0].id


def the_day(ctx, team, clock) -> tuple[str, str, str]:
    """The day in the table above, through the services; returns the handoffs of A, B and E."""
    clock.now -= timedelta(hours=10, minutes=1)  # 23:59 on the 9th, branch time
    tag(ctx, team.lobby, "前一天", 80_000)
    clock.advance(hours=10, minutes=1)  # 10:00 on the 10th
    svc.set_presence(ctx, team.wm1, presence="available")
    svc.set_presence(ctx, team.wm2, presence="available")

    a = svc.refer(ctx, team.lobby, Refer(tag_id=tag(ctx, team.lobby, "王先生", 80_000), wm_id=team.wm1.staff_id)).id
    clock.advance(seconds=30)
    svc.accept(ctx, team.wm1, handoff_id=a)
    b = svc.refer(ctx, team.lobby, Refer(tag_id=tag(ctx, team.lobby, "李女士", 80_000))).id  # wm1 busy: to wm2
    clock.advance(seconds=90)
    svc.accept(ctx, team.wm2, handoff_id=b)
    clock.advance(minutes=5)
    tag(ctx, team.lobby, "张先生", 80_000)
    tag(ctx, team.lobby, "刘女士", 1_000)
    e = svc.refer(ctx, team.teller, Refer(tag_id=tag(ctx, team.teller, "陈先生", 80_000))).id
    clock.advance(minutes=1)
    tag(ctx, team.lobby, "赵先生", 80_000)
    svc.meet(ctx, team.wm1, handoff_id=a)
    svc.meet(ctx, team.wm2, handoff_id=b)
    clock.advance(minutes=20)
    svc.record_outcome(ctx, team.wm1, handoff_id=a, outcome="converted", sales=[("fund", yuan(100_000))])
    svc.record_outcome(ctx, team.wm2, handoff_id=b, outcome="not_converted", reason="需要和家人商量")
    return a, b, e


def test_the_day_in_figures_matches_the_day_worked_out_by_hand(ctx, team, clock):
    _a, _b, e = the_day(ctx, team, clock)

    report = day_report(ctx, DAY)

    assert report.funnel == Funnel(tagged=6, eligible=5, referred=3, accepted=2, met=2, converted=1)
    by_referrer = {r.staff_id: r for r in report.referrers}
    lobby, teller = by_referrer[team.lobby.staff_id], by_referrer[team.teller.staff_id]
    assert (lobby.tagged, lobby.eligible, lobby.referred, lobby.converted, lobby.eligible_not_referred) == (
        5,
        4,
        2,
        1,
        2,
    )
    assert (teller.tagged, teller.eligible, teller.referred, teller.converted, teller.eligible_not_referred) == (
        1,
        1,
        1,
        0,
        0,
    )
    assert [r.staff_id for r in report.referrers] == [team.lobby.staff_id, team.teller.staff_id]  # most referred
    assert [(m.address_as, m.referrer) for m in report.missed] == [("张先生", "员工1001"), ("赵先生", "员工1001")]

    wms = {w.staff_id: w for w in report.wealth_managers}
    assert [w.staff_id for w in report.wealth_managers] == [team.wm1.staff_id, team.wm2.staff_id, team.wm3.staff_id]
    w1, w2, w3 = wms[team.wm1.staff_id], wms[team.wm2.staff_id], wms[team.wm3.staff_id]
    assert (w1.accepted, w1.converted, w1.conversion_rate, w1.average_response) == (1, 1, 1.0, timedelta(seconds=30))
    assert (w2.accepted, w2.not_converted, w2.conversion_rate, w2.average_response) == (
        1,
        1,
        0.0,
        timedelta(seconds=90),
    )
    assert (w3.accepted, w3.conversion_rate, w3.average_response) == (0, None, None)
    assert report.median_conversion == 0.5
    assert report.median_response == timedelta(seconds=60)

    assert report.credit_total_fen == 10_000_000
    assert [(c.staff_id, c.fen) for c in report.credit] == [
        (team.lobby.staff_id, 8_000_000),
        (team.wm1.staff_id, 2_000_000),
    ]
    assert e  # the teller's customer is still waiting
    assert day_report(ctx, DAY - timedelta(days=1)).funnel.tagged == 1  # 23:59 the evening before


def test_an_empty_day_has_no_medians_and_no_credit(ctx, team):
    report = day_report(ctx, DAY + timedelta(days=1))
    assert report.funnel == Funnel(0, 0, 0, 0, 0, 0)
    assert report.referrers == () and report.missed == () and report.credit == ()
    assert (report.median_conversion, report.median_response, report.credit_total_fen) == (None, None, 0)
