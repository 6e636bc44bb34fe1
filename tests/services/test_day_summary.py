"""The console's summary figures, their spans and the period they are compared with, and the customers
behind each figure: against days worked out by hand.

The day of tests/services/test_day_report.py (Tuesday 10 March 2026, branch time), minute by minute:

    10:00:00  A 王先生 referred to wm1          accepted 10:00:30: waited 0:30
    10:00:30  B 李女士 referred to wm2          accepted 10:02:00: waited 1:30
    10:07:00  C 张先生, D 刘女士 tagged; E 陈先生 referred, queued (wm1, wm2 busy, wm3 offline)
    10:08:00  F 赵先生 tagged
    10:28:00  now: A converted (credit 100,000.00 yuan), B not converted; E still queued: 21:00 so far

and one customer tagged at 23:59 on Monday the 9th (the same week, not the same day).
"""

from __future__ import annotations

from datetime import date, timedelta

from lobby_app.domain.money import yuan
from lobby_app.protocol.commands import Refer
from lobby_app.services import handoffs as svc
from lobby_app.services.day_report import report
from lobby_app.services.day_summary import (
    Figures,
    Span,
    Stage,
    customers,
    figures,
    longest_wait,
    previous_days,
    span_days,
    step,
    summary,
)

from .test_day_report import DAY, tag, the_day


def test_a_week_runs_monday_to_sunday_and_a_month_is_the_calendar_month():
    tuesday = date(2026, 3, 10)
    assert span_days(Span.DAY, tuesday) == (tuesday, tuesday)
    assert span_days(Span.WEEK, tuesday) == (date(2026, 3, 9), date(2026, 3, 15))
    assert span_days(Span.WEEK, date(2026, 3, 9)) == (date(2026, 3, 9), date(2026, 3, 15))  # a Monday: itself
    assert span_days(Span.WEEK, date(2026, 3, 15)) == (date(2026, 3, 9), date(2026, 3, 15))  # a Sunday: ends it
    # Sunday 1 March: a week across the month's start
    assert span_days(Span.WEEK, date(2026, 3, 1)) == (date(2026, 2, 23), date(2026, 3, 1))
    assert span_days(Span.MONTH, tuesday) == (date(2026, 3, 1), date(2026, 3, 31))
    assert span_days(Span.MONTH, date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert span_days(Span.MONTH, date(2024, 2, 14)) == (date(2024, 2, 1), date(2024, 2, 29))  # a leap year


def test_the_period_before_is_the_same_weekday_last_week_the_week_before_and_the_month_before():
    # Tuesday 3 March: the Tuesday before is 24 February, across the month's start
    assert previous_days(Span.DAY, date(2026, 3, 3)) == (date(2026, 2, 24), date(2026, 2, 24))
    assert date(2026, 2, 24).weekday() == date(2026, 3, 3).weekday() == 1
    assert previous_days(Span.WEEK, date(2026, 3, 3)) == (date(2026, 2, 23), date(2026, 3, 1))
    assert previous_days(Span.MONTH, date(2026, 3, 3)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert previous_days(Span.MONTH, date(2026, 1, 31)) == (date(2025, 12, 1), date(2025, 12, 31))  # across a year
    # stepping: a month back from 31 March is the last day of February
    assert step(Span.MONTH, date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert step(Span.MONTH, date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert step(Span.WEEK, date(2026, 3, 3), -1) == date(2026, 2, 24)
    assert step(Span.DAY, date(2026, 3, 1), -1) == date(2026, 2, 28)


def test_the_day_beside_the_same_weekday_a_week_before_across_a_month_boundary(ctx, team, clock):
    # Tuesday 24 February, 10:00: two tagged, one referred and accepted after 45 s
    clock.now -= timedelta(days=14)
    svc.set_presence(ctx, team.wm1, presence="available")
    first = svc.refer(ctx, team.lobby, Refer(tag_id=tag(ctx, team.lobby, "周先生", 80_000), wm_id=team.wm1.staff_id))
    tag(ctx, team.lobby, "吴女士", 1_000)
    clock.advance(seconds=45)
    svc.accept(ctx, team.wm1, handoff_id=first.id)
    # Monday 2 March (not the Tuesday): one tagged, not compared
    clock.advance(days=6)
    tag(ctx, team.lobby, "郑先生", 80_000)
    # Tuesday 3 March, 10:00:45: three tagged, two referred; wm2 accepts the second after 2:00, the third queues
    clock.advance(days=1)
    svc.set_presence(ctx, team.wm2, presence="available")
    tag(ctx, team.teller, "冯女士", 1_000)
    a = svc.refer(ctx, team.teller, Refer(tag_id=tag(ctx, team.teller, "褚先生", 80_000), wm_id=team.wm2.staff_id))
    clock.advance(minutes=2)
    svc.accept(ctx, team.wm2, handoff_id=a.id)
    svc.refer(ctx, team.teller, Refer(tag_id=tag(ctx, team.teller, "卫女士", 80_000)))  # wm1 and wm2 busy: queued
    clock.advance(minutes=3)  # now: 10:05:45 on the 3rd; 卫女士 has waited 3:00

    tuesday = date(2026, 3, 3)
    s = summary(ctx, Span.DAY, tuesday)
    assert s.now == Figures(tuesday, tuesday, 3, 2, 0, 0, timedelta(minutes=3))
    assert s.before == Figures(date(2026, 2, 24), date(2026, 2, 24), 2, 1, 0, 0, timedelta(seconds=45))
    # the week (2 to 8 March) takes in Monday's customer; the week before (23 February to 1 March) the 24th's
    week = summary(ctx, Span.WEEK, tuesday)
    assert (week.now.tagged, week.now.referred, week.now.longest_wait) == (4, 2, timedelta(minutes=3))
    assert (week.before.tagged, week.before.referred, week.before.longest_wait) == (2, 1, timedelta(seconds=45))
    month = summary(ctx, Span.MONTH, tuesday)
    assert (month.now.tagged, month.before.tagged, month.before.referred) == (4, 2, 1)


def test_the_longest_wait_counts_a_customer_still_queued_until_now_and_a_past_day_until_its_end(ctx, team, clock):
    the_day(ctx, team, clock)
    assert longest_wait(ctx, DAY, DAY) == timedelta(minutes=21)  # E, queued since 10:07, at 10:28
    clock.advance(minutes=9)
    assert longest_wait(ctx, DAY, DAY) == timedelta(minutes=30)  # still waiting: it grows with the clock
    clock.advance(days=1)  # the next day: E never accepted; the 10th's wait ends at its midnight
    assert longest_wait(ctx, DAY, DAY) == timedelta(hours=13, minutes=53)  # 10:07 to 24:00
    assert longest_wait(ctx, DAY + timedelta(days=1), DAY + timedelta(days=1)) is None  # nobody referred


def test_a_customer_who_left_before_anyone_accepted_them_waited_until_they_left(ctx, team, clock):
    the_day(ctx, team, clock)
    queued = [b for b in customers(ctx, DAY, DAY, Stage.REFERRED) if b.state in ("queued", "offered")]
    assert [b.address_as for b in queued] == ["陈先生"]
    [e] = [h for h in _handoffs(ctx) if h.accepted_at is None]
    clock.advance(minutes=2)  # 10:30: E leaves after 23:00
    svc.cancel(ctx, team.teller, handoff_id=e.id, reason="等不及了")
    clock.advance(hours=1)
    assert longest_wait(ctx, DAY, DAY) == timedelta(minutes=23)


def _handoffs(ctx):
    from sqlmodel import select

    from lobby_app.store.tables import Handoff

    with ctx.db.read() as s:
        return s.exec(select(Handoff)).all()


def test_each_figure_lists_exactly_the_customers_it_counts(ctx, team, clock):
    the_day(ctx, team, clock)
    funnel = report(ctx, DAY, DAY).funnel

    def names(stage: Stage) -> list[str]:
        return [b.address_as for b in customers(ctx, DAY, DAY, stage)]

    # earliest first; 张先生, 刘女士 and 陈先生 were tagged in the same second (10:07:00), in any order
    tagged = names(Stage.TAGGED)
    assert tagged[:2] == ["王先生", "李女士"] and sorted(tagged[2:5]) == sorted(["张先生", "刘女士", "陈先生"])
    assert tagged[5] == "赵先生"
    eligible = names(Stage.ELIGIBLE)
    assert eligible[:2] == ["王先生", "李女士"] and sorted(eligible[2:4]) == sorted(["张先生", "陈先生"])
    assert eligible[4] == "赵先生"
    assert names(Stage.REFERRED) == ["王先生", "李女士", "陈先生"]
    assert names(Stage.ACCEPTED) == names(Stage.MET) == ["王先生", "李女士"]
    assert names(Stage.CONVERTED) == ["王先生"]
    counts = [len(names(s)) for s in (Stage.TAGGED, Stage.ELIGIBLE, Stage.REFERRED, Stage.ACCEPTED, Stage.MET)]
    assert [*counts, len(names(Stage.CONVERTED))] == [
        funnel.tagged,
        funnel.eligible,
        funnel.referred,
        funnel.accepted,
        funnel.met,
        funnel.converted,
    ]
    # the longest wait first, each with its wait; who tagged them and where they are now
    waited = customers(ctx, DAY, DAY, Stage.WAIT)
    assert [(b.address_as, b.wait, b.state) for b in waited] == [
        ("陈先生", timedelta(minutes=21), "offered"),
        ("李女士", timedelta(seconds=90), "not_converted"),
        ("王先生", timedelta(seconds=30), "converted"),
    ]
    assert waited[0].referrer == "员工2001" and waited[1].referrer == "员工1001"
    # the team's credit: the one sale, 100,000.00 yuan credited in full (referrer 80% + seller 20%)
    [sale] = customers(ctx, DAY, DAY, Stage.CREDIT)
    assert (sale.address_as, sale.credit_fen) == ("王先生", yuan(100_000))
    assert figures(ctx, DAY, DAY).credit_fen == yuan(100_000)
    # the week around the day takes in Monday 23:59's customer, first
    week = customers(ctx, *span_days(Span.WEEK, DAY), Stage.TAGGED)
    assert len(week) == 7 and week[0].address_as == "前一天"
