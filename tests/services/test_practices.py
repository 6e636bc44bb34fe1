"""The article's practices as rules (issue 20), each at its boundary. The test store's phases give the
referrer 80% for referrals before 1 April 2026, 60% from then; the referrer's share is rounded half-up
to the fen and the seller gets the rest."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from lobby_app.domain.errors import DomainError, PermissionDenied, ValidationError
from lobby_app.domain.money import yuan
from lobby_app.domain.standards import standards_to_dict
from lobby_app.protocol.commands import AddNote, DisputeCredit, Refer, TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.day_report import day_report
from lobby_app.services.evening import evening_meeting
from lobby_app.services.ledger import ledger, my_month
from lobby_app.services.lobby import my_referrals
from lobby_app.services.month_close import close_month
from lobby_app.services.notes import NoteKind, add_note, last_coaching, notes
from lobby_app.services.notifications import Kind, unread
from lobby_app.services.rules import current_schedule, current_standards, edit_credit_phases, edit_standards
from lobby_app.services.tagging import save_without_referral, tag_customer
from lobby_app.store import tables
from tests.conftest import row_counts

BIG = {"purpose": "deposit", "amount_fen": yuan(80_000), "address_as": "王先生"}


def met(ctx, team, referrer=None, wm=None) -> str:
    referrer, wm = referrer or team.lobby, wm or team.wm1
    tag_id = tag_customer(ctx, referrer, TagCustomer(**BIG))[0].id
    h = svc.refer(ctx, referrer, Refer(tag_id=tag_id, wm_id=wm.staff_id)).id
    svc.accept(ctx, wm, handoff_id=h)
    svc.meet(ctx, wm, handoff_id=h)
    return h


def entries(ctx, h):
    with ctx.db.read() as s:
        found = s.exec(select(tables.CreditEntry).where(tables.CreditEntry.handoff_id == h)).all()
    return {e.part: (e.staff_id, e.amount_fen) for e in found}


# ---- 1. credit: the weight per product, colleagues who took part, a dispute ----


def test_the_credit_value_weighs_each_product_and_the_dialog_sees_the_split_it_will_make(ctx, team, clock):
    data = standards_to_dict(current_standards(ctx))
    for p in data["products"]:
        if p["code"] == "insurance":
            p["credit_percent"] = 40
    edit_standards(ctx, team.head, data=data)
    svc.set_presence(ctx, team.wm1, presence="available")
    clock.now = datetime(2026, 3, 31, 2, 0, tzinfo=UTC)  # phase 1: 80%
    h = met(ctx, team)
    sales = [("fund", 1_000_003), ("insurance", 500_001)]  # 1,000,003 + 200,000.4 → 1,200,003
    preview = svc.credit_preview(ctx, team.wm1, handoff_id=h, sales=sales)
    assert (preview.value_fen, preview.phase, preview.referrer_percent) == (1_200_003, 1, 80)
    assert (preview.referrer_fen, preview.seller_fen) == (960_002, 240_001)  # 960,002.4 rounds down
    svc.record_outcome(ctx, team.wm1, handoff_id=h, outcome="converted", sales=sales)
    assert entries(ctx, h) == {"referrer": (team.lobby.staff_id, 960_002), "seller": (team.wm1.staff_id, 240_001)}


@pytest.mark.parametrize(("percent", "rule"), [(101, "out_of_range"), (-1, "out_of_range"), ("40", "not_a_number")])
def test_a_credit_percent_outside_0_to_100_is_refused_and_nothing_saved(ctx, team, percent, rule):
    data = standards_to_dict(current_standards(ctx))
    data["products"][2]["credit_percent"] = percent
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as e:
        edit_standards(ctx, team.head, data=data)
    assert (e.value.field, e.value.rule) == ("products[2].credit_percent", rule)
    assert row_counts(ctx) == before


def test_colleagues_who_took_part_send_the_sale_to_the_head_with_everyone_named(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    h = met(ctx, team)
    for named, rule in [([team.lobby.staff_id], "already_in"), ([team.wm1.staff_id], "already_in")]:
        with pytest.raises(ValidationError) as e:
            svc.record_outcome(
                ctx, team.wm1, handoff_id=h, outcome="converted", sales=[("fund", 300_000)], shared_with=named
            )
        assert (e.value.field, e.value.rule) == ("shared_with[0]", rule)
    svc.record_outcome(
        ctx, team.wm1, handoff_id=h, outcome="converted", sales=[("fund", 300_000)], shared_with=[team.teller.staff_id]
    )
    assert entries(ctx, h) == {}  # nothing split by the rule
    [case] = ledger(ctx, ctx.local_date(clock.now), ctx.local_date(clock.now)).open_exceptions
    assert (case.why, case.raised_by, case.total_fen) == ("several_referrers", "员工3001", 300_000)
    assert [i for i, _ in case.people] == [team.lobby.staff_id, team.wm1.staff_id, team.teller.staff_id]
    assert case.took_part == ("员工2001",)


def test_a_dispute_stops_the_split_counting_until_the_head_allocates_it(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    clock.now = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)  # phase 2: 60%
    h = met(ctx, team)
    svc.record_outcome(ctx, team.wm1, handoff_id=h, outcome="converted", sales=[("fund", 1_000_000)])
    day = date(2026, 4, 1)
    assert ledger(ctx, day, day).team_total_fen == 1_000_000

    before = row_counts(ctx)
    for who, reason, error, rule in [
        (team.teller, "我也接待了", PermissionDenied, "not_in_split"),  # neither the referrer nor the seller
        (team.lobby, "  ", ValidationError, "required"),
        (team.lobby, "长" * 501, ValidationError, "too_long"),
    ]:
        with pytest.raises(error) as e:
            svc.dispute_credit(ctx, who, DisputeCredit(handoff_id=h, reason=reason))
        assert e.value.rule == rule
    assert row_counts(ctx) == before

    svc.dispute_credit(ctx, team.lobby, DisputeCredit(handoff_id=h, reason="客户是我先接待并讲解的"))
    book = ledger(ctx, day, day)
    assert book.team_total_fen == 0  # the split no longer counts for anyone
    [case] = book.open_exceptions
    assert (case.why, case.raised_by, case.raised_reason) == ("disputed", "员工1001", "客户是我先接待并讲解的")
    assert case.split == (("员工1001", 600_000), ("员工3001", 400_000))
    assert [n.kind for n in unread(ctx, team.head)] == [Kind.CREDIT_DISPUTED]
    with pytest.raises(ValidationError) as e:
        svc.dispute_credit(ctx, team.wm1, DisputeCredit(handoff_id=h, reason="再议"))
    assert e.value.rule == "already_exception"

    shares = [(team.lobby.staff_id, 70), (team.wm1.staff_id, 30)]
    svc.allocate_exception(ctx, team.head, exception_id=case.id, shares=shares, reason="推荐人讲解充分")
    book = ledger(ctx, day, day)
    assert book.team_total_fen == 1_000_000
    assert {p.staff_id: (p.as_referrer_fen, p.as_seller_fen, p.allocated_fen) for p in book.people} == {
        team.lobby.staff_id: (0, 0, 700_000),
        team.wm1.staff_id: (0, 0, 300_000),
    }
    clock.now = datetime(2026, 5, 1, 2, 0, tzinfo=UTC)
    close_month(ctx, team.head, month="2026-04")  # its total counts the allocation, not the split too
    with ctx.db.read() as s:
        assert s.get(tables.CreditMonth, "2026-04").team_total_fen == 1_000_000


def test_a_split_of_a_closed_month_stands(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    clock.now = datetime(2026, 3, 31, 2, 0, tzinfo=UTC)
    h = met(ctx, team)
    svc.record_outcome(ctx, team.wm1, handoff_id=h, outcome="converted", sales=[("fund", 1_000_000)])
    clock.now = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
    close_month(ctx, team.head, month="2026-03")
    with pytest.raises(ValidationError) as e:
        svc.dispute_credit(ctx, team.wm1, DisputeCredit(handoff_id=h, reason="比例不对"))
    assert (e.value.field, e.value.rule) == ("handoff_id", "month_closed")


# ---- 3. the referrer's loop across days ----


def test_the_referrer_hears_of_a_follow_up_and_of_the_sale_it_brings_the_next_day(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    clock.now = datetime(2026, 3, 30, 2, 0, tzinfo=UTC)  # Monday 30 March, 10:00 branch time
    h = met(ctx, team)
    svc.record_outcome(ctx, team.wm1, handoff_id=h, outcome="follow_up", follow_up_at=clock.now + timedelta(days=1))
    [follow] = unread(ctx, team.lobby)
    assert (follow.kind, follow.handoff_id, follow.address_as) == (Kind.FOLLOW_UP, h, "王先生")

    clock.now = datetime(2026, 3, 31, 2, 0, tzinfo=UTC)  # Tuesday: the follow-up converts
    svc.record_outcome(ctx, team.wm1, handoff_id=h, outcome="converted", sales=[("fund", 1_000_000)])
    sold = unread(ctx, team.lobby)[0]
    assert (sold.kind, sold.data["credit_fen"]) == (Kind.CONVERTED, 1_000_000)
    assert my_referrals(ctx, team.lobby, "today") == []  # referred the day before
    [mine] = my_referrals(ctx, team.lobby, "week")
    assert (mine.handoff_id, mine.state) == (h, "converted")

    clock.now = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)  # Wednesday 1 April: still this week, a new month
    assert [r.handoff_id for r in my_referrals(ctx, team.lobby, "week")] == [h]
    assert my_referrals(ctx, team.lobby, "month") == []
    with pytest.raises(ValidationError) as e:
        my_referrals(ctx, team.lobby, "year")
    assert e.value.field == "period"
    # What went wrong during a day, for the evening meeting, is not what went right.
    assert evening_meeting(ctx, date(2026, 3, 31)).problems == ()


def test_the_referrer_hears_when_every_wealth_manager_declined(ctx, team):
    svc.set_presence(ctx, team.wm1, presence="available")
    tag_id = tag_customer(ctx, team.teller, TagCustomer(**BIG))[0].id
    h = svc.refer(ctx, team.teller, Refer(tag_id=tag_id)).id
    svc.decline(ctx, team.wm1, handoff_id=h, reason="not_my_speciality")
    assert [(n.kind, n.handoff_id) for n in unread(ctx, team.teller)] == [(Kind.DECLINED_BY_ALL, h)]


def test_my_credit_this_month_comes_after_the_teams(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    clock.now = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
    svc.record_outcome(ctx, team.wm1, handoff_id=met(ctx, team), outcome="converted", sales=[("fund", 1_000_001)])
    svc.record_outcome(
        ctx, team.wm1, handoff_id=met(ctx, team, referrer=team.teller), outcome="converted", sales=[("fund", 500_000)]
    )
    mine = my_month(ctx, team.teller)
    assert (mine.month, mine.team_total_fen, mine.mine.as_referrer_fen, mine.mine.total_fen) == (
        "2026-04",
        1_500_001,
        300_000,
        300_000,
    )
    assert my_month(ctx, team.wm2).mine.total_fen == 0  # nothing yet: still the team's total


# ---- 5. supervision on record ----


def test_an_eligible_customer_saved_without_referral_needs_a_reason_shown_in_the_execution_check(ctx, team, clock):
    before = row_counts(ctx)
    for extra, field in [
        ({}, "not_referred_reason"),
        ({"not_referred_reason": "forgot"}, "not_referred_reason"),
        ({"not_referred_reason": "other"}, "not_referred_text"),
        ({"not_referred_reason": "other", "not_referred_text": "长" * 201}, "not_referred_text"),
    ]:
        with pytest.raises(ValidationError) as e:
            save_without_referral(ctx, team.lobby, TagCustomer(**BIG, **extra))
        assert e.value.field == field
    assert row_counts(ctx) == before
    small = {"purpose": "deposit", "amount_fen": yuan(49_999)}  # below 50,000: no reason asked
    save_without_referral(ctx, team.lobby, TagCustomer(**small))
    save_without_referral(
        ctx, team.lobby, TagCustomer(**BIG, not_referred_reason="other", not_referred_text="客户赶时间去医院")
    )
    [missed] = day_report(ctx, ctx.local_date(clock.now)).missed
    assert (missed.reason, missed.reason_text, missed.address_as) == ("other", "客户赶时间去医院", "王先生")


def test_the_heads_notes_problems_for_the_evening_and_coaching_beside_the_person(ctx, team, clock):
    before = row_counts(ctx)
    for who, command, error, field in [
        (team.lobby, AddNote(kind="problem", text="叫号机故障"), PermissionDenied, "actor"),
        (team.head, AddNote(kind="problem", text=" "), ValidationError, "text"),
        (team.head, AddNote(kind="problem", text="长" * 501), ValidationError, "text"),
        (team.head, AddNote(kind="coaching", text="谈了一句话推荐"), ValidationError, "staff_id"),
        (team.head, AddNote(kind="problem", staff_id=team.lobby.staff_id, text="叫号机"), ValidationError, "staff_id"),
        (team.head, AddNote(kind="praise", text="好"), ValidationError, "kind"),
    ]:
        with pytest.raises(error) as e:
            add_note(ctx, who, command)
        assert e.value.field == field
    assert row_counts(ctx) == before

    add_note(ctx, team.head, AddNote(kind="problem", text="昨天的问题"))
    clock.now += timedelta(days=1)
    add_note(ctx, team.head, AddNote(kind="problem", text="叫号机上午故障半小时"))
    add_note(ctx, team.head, AddNote(kind="coaching", staff_id=team.teller.staff_id, text="谈了如何识别大额客户"))
    start, end = ctx.today()
    assert [n.text for n in notes(ctx, kind=NoteKind.PROBLEM, start=start, end=end)] == ["叫号机上午故障半小时"]
    talk = last_coaching(ctx)[team.teller.staff_id]
    assert (talk.about, talk.text, talk.by) == ("员工2001", "谈了如何识别大额客户", "员工8001")


# ---- 6. fast-track when everyone is busy ----


def test_a_wealth_manager_with_a_customer_can_break_off_for_a_fast_track_one(ctx, team):
    svc.set_presence(ctx, team.wm1, presence="available")
    busy = met(ctx, team)
    tag_id = tag_customer(ctx, team.lobby, TagCustomer(**BIG, clear_intent=True))[0].id
    h = svc.refer(ctx, team.lobby, Refer(tag_id=tag_id)).id
    with ctx.db.read() as s:
        row = s.get(tables.Handoff, h)
        assert (row.state, row.fast_track) == ("queued", True)  # no one free: it waits
    svc.accept(ctx, team.wm1, handoff_id=h)
    with ctx.db.read() as s:
        assert (s.get(tables.Handoff, h).assignee_id, s.get(tables.Handoff, busy).state) == (team.wm1.staff_id, "met")


# ---- 7. the phase schedule records the team's agreement ----


def test_a_new_phase_schedule_says_when_the_team_agreed(ctx, team, clock):
    today = ctx.local_date(clock.now)
    phases = {"phases": [{"start": "2026-01-01", "referrer_percent": 70}]}
    before = row_counts(ctx)
    for extra, rule in [
        ({}, "required"),
        ({"agreed_on": (today + timedelta(days=1)).isoformat()}, "in_future"),
        ({"agreed_on": "明天"}, "bad_date"),
        ({"agreement_note": "全员同意"}, "required"),
    ]:
        with pytest.raises(DomainError) as e:
            edit_credit_phases(ctx, team.head, data=phases | extra)
        assert (e.value.field, e.value.rule) == ("agreed_on", rule)
    assert row_counts(ctx) == before
    edit_credit_phases(ctx, team.head, data=phases | {"agreed_on": today.isoformat(), "agreement_note": "夕会全员同意"})
    schedule = current_schedule(ctx)
    assert (schedule.agreed_on, schedule.agreement_note) == (today, "夕会全员同意")
    assert replace(schedule, agreed_on=None, agreement_note="").phases[0].referrer_percent == 70
