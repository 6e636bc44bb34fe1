"""The referrer's loop on the real window (issue 20): a callback when the customer left, what became of
a customer days later (notice and this week's list), a dispute of my credit, and why an eligible
customer is saved without a referral."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from lobby_app.domain import handoff as dh
from lobby_app.domain.credit import Why
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.context import Changed, changes
from lobby_app.services.lobby import tag_and_refer
from lobby_app.store.tables import Callback, CreditException, CustomerTag, Handoff, Notification

from ..conftest import row_counts
from .conftest import Window, on_duty

WANG = {"purpose": "deposit", "amount_fen": 5_000_000, "address_as": "王先生"}  # 5万: the threshold itself


def refer_wang(ctx, team, **extra: object) -> str:
    change, verdict = tag_and_refer(ctx, team.lobby, TagCustomer(**WANG | extra))
    assert verdict.eligible and change.id is not None
    return change.id


def sell(ctx, wm, handoff_id: str, yuan: int) -> None:
    handoffs.accept(ctx, wm, handoff_id=handoff_id)
    handoffs.meet(ctx, wm, handoff_id=handoff_id)
    handoffs.record_outcome(ctx, wm, handoff_id=handoff_id, outcome="converted", sales=[("fund", yuan * 100)])


def test_customer_left_opens_the_callback_prefilled_from_the_tag_and_books_it_on_the_referral(
    window: Window, ctx, team
):
    on_duty(ctx, window, team.wm1)
    handoff_id = refer_wang(ctx, team, phone="13800138000", phone_consent=True)  # offered to wm1
    window.sign_in("1001")
    window.click("tabReferrals")
    window.click(f"customerLeft_{handoff_id}")
    assert window.popup_open("left_callbackSheet")
    assert window.text("left_callbackTitle") == "客户已离开：预约回电吗？"
    assert window.text("left_callbackAddress") == "王先生"
    assert window.text("left_callbackPhone") == "13800138000"
    assert window.item("left_callbackConsent").property("checked") is True
    assert window.item("left_noCallbackButton").isVisible()
    window.click("left_callbackTime_2")  # tomorrow 10:00
    window.click("left_callbackSubmit")
    assert not window.popup_open("left_callbackSheet")
    with ctx.db.read() as s:
        cb = s.exec(select(Callback)).one()
        row = s.get(Handoff, handoff_id)
        assert s.exec(select(Handoff)).all() == [row]  # the same referral, no new one
    assert row is not None and row.state == dh.State.CALLBACK and row.referrer_id == team.lobby.staff_id
    assert (cb.handoff_id, cb.address_as, cb.phone, cb.phone_consent) == (handoff_id, "王先生", "13800138000", True)
    assert cb.due_at.astimezone(ctx.tz).strftime("%d %H:%M") == "11 10:00"
    assert "王先生" in window.text("referralsMessageText")
    assert window.text(f"referralState_{handoff_id}") == "已约回电"
    left = window.find(f"customerLeft_{handoff_id}")
    assert left is None or not left.isVisible()  # a callback is no longer under way


def test_customer_left_without_a_phone_needs_one_and_no_callback_cancels_the_referral(window: Window, ctx, team):
    handoff_id = refer_wang(ctx, team)  # nobody on duty: queued; the tag has no phone
    window.sign_in("1001")
    window.click("tabReferrals")
    window.click(f"customerLeft_{handoff_id}")
    assert window.text("left_callbackAddress") == "王先生"
    assert window.text("left_callbackPhone") == ""
    assert window.item("left_callbackConsent").property("checked") is False
    assert not window.item("left_callbackSubmit").isEnabled()  # a callback needs a phone with consent
    before = row_counts(ctx)
    window.click("left_noCallbackButton")
    assert not window.popup_open("left_callbackSheet")
    with ctx.db.read() as s:
        row = s.get(Handoff, handoff_id)
        assert s.exec(select(Callback)).all() == []
    assert row is not None and (row.state, row.outcome_reason) == (dh.State.CANCELLED, "customer_left")
    assert row_counts(ctx)["Callback"] == before["Callback"] == 0
    assert window.text(f"referralState_{handoff_id}") == "已取消"


def test_a_follow_up_booked_today_that_converts_tomorrow_reaches_the_referrer(window: Window, ctx, team, clock):
    on_duty(ctx, window, team.wm1)
    handoff_id = refer_wang(ctx, team)
    handoffs.accept(ctx, team.wm1, handoff_id=handoff_id)
    handoffs.meet(ctx, team.wm1, handoff_id=handoff_id)
    tomorrow_at_ten = clock.now + timedelta(days=1)  # T0 is 10:00 on Tuesday 10 March
    handoffs.record_outcome(ctx, team.wm1, handoff_id=handoff_id, outcome="follow_up", follow_up_at=tomorrow_at_ten)
    window.sign_in("1001")
    window.screens.live.poll()  # the desk changed the shared store
    assert window.item("noticeStrip").isVisible()
    assert window.text("noticeText") == "◷ 10:00 王先生：已约03-11 10:00跟进 · 员工3001"
    window.click("tabReferrals")
    row = window.screens.referrals.referrals.rows[0]  # type: ignore[attr-defined]
    assert (row["stateCode"], row["detail"]) == ("follow_up", "员工3001将于03-11 10:00跟进")
    window.click("noticeSeen")
    assert not window.item("noticeStrip").isVisible()

    clock.advance(days=1)  # Wednesday: the same week
    window.screens.bus.publish(changes(Changed.CLOCK))
    handoffs.record_outcome(ctx, team.wm1, handoff_id=handoff_id, outcome="converted", sales=[("fund", 5_000_000)])
    window.screens.live.poll()
    assert window.text("noticeText") == "✓ 10:00 王先生已购买基金 ¥50,000（5万） · 员工3001"
    assert window.screens.referrals.referrals.rows == []  # type: ignore[attr-defined]  (today: referred yesterday)
    window.click("period_week")
    [row] = window.screens.referrals.referrals.rows  # type: ignore[attr-defined]
    assert (row["handoffId"], row["stateCode"], row["detail"]) == (handoff_id, "converted", "¥50,000（5万） · 员工3001")
    assert row["time"] == "03-10 10:00"
    window.click("noticeSeen")
    with ctx.db.read() as s:
        mine = s.exec(select(Notification).where(Notification.staff_id == team.lobby.staff_id)).all()
    assert sorted(n.kind for n in mine) == ["converted", "follow_up"] and all(n.read_at for n in mine)
    assert not window.item("noticeStrip").isVisible()


def test_the_referrer_disputes_a_counted_split_and_it_then_waits_for_the_head(window: Window, ctx, team):
    on_duty(ctx, window, team.wm1)
    handoff_id = refer_wang(ctx, team)
    sell(ctx, team.wm1, handoff_id, 50_000)  # phase 1 (March): the referrer's 80% is ¥40,000
    window.sign_in("1001")
    window.click("tabReferrals")
    assert window.text("teamCredit") == "本月团队业绩分润¥50,000（5万）"
    assert window.text("myCredit") == "我的¥40,000（4万）"
    window.click("myCreditStrip")
    assert window.popup_open("myCreditLines")
    [line] = window.screens.my_credit.lines.rows  # type: ignore[attr-defined]
    assert (line["customer"], line["part"], line["amount"], line["stateText"]) == (
        "王先生",
        "推荐人",
        "¥40,000（4万）",
        "已计入",
    )
    window.click(f"dispute_{handoff_id}")
    assert window.popup_open("disputeDialog")
    before = row_counts(ctx)
    window.click("disputeSubmit")  # no reason
    assert window.text("disputeError") == "必填"
    assert row_counts(ctx) == before and window.popup_open("disputeDialog")
    window.type_into("disputeReason", "teller opened the account")
    window.click("disputeSubmit")
    assert not window.popup_open("disputeDialog")
    with ctx.db.read() as s:
        exc = s.exec(select(CreditException)).one()
    assert (exc.handoff_id, exc.why, exc.raised_by, exc.raised_reason, exc.total_fen) == (
        handoff_id,
        Why.DISPUTED,
        team.lobby.staff_id,
        "teller opened the account",
        5_000_000,
    )
    assert window.text(f"creditLineState_{handoff_id}") == "有异议 — 等待网点负责人分配"
    [line] = window.screens.my_credit.lines.rows  # type: ignore[attr-defined]
    assert (line["amount"], line["canDispute"]) == ("(¥40,000（4万）)", False)
    assert not window.item(f"dispute_{handoff_id}").isVisible()
    assert window.text("teamCredit") == "本月团队业绩分润¥0"  # a disputed split counts for no one
    assert window.text("myCredit") == "我的¥0"


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_saving_an_eligible_customer_without_referral_asks_why_first(window: Window, ctx, team):
    window.sign_in("1001")
    window.click("purpose_deposit")
    window.click("key_5")
    window.click("key_万")  # exactly 50,000: eligible
    assert window.screens.form.eligible
    before = row_counts(ctx)
    window.click("saveOnlyButton")
    assert window.popup_open("notReferredDialog")
    assert row_counts(ctx) == before  # asked before anything is saved
    window.click("notReferredSave")  # no reason chosen: refused under the reasons
    assert window.text("notReferredReasonError") == "Required"
    assert row_counts(ctx) == before
    window.click("notReferred_other")
    assert window.text("notReferredReasonError") == ""
    window.click("notReferredSave")  # "other" needs words
    assert window.text("notReferredTextError") == "Required"
    assert row_counts(ctx) == before
    window.type_into("notReferredText", "back with his wife tomorrow")
    window.click("notReferredSave")
    assert not window.popup_open("notReferredDialog")
    with ctx.db.read() as s:
        tag = s.exec(select(CustomerTag)).one()
        assert s.exec(select(Handoff)).all() == []
    assert (tag.eligible, tag.amount_fen) == (True, 5_000_000)
    assert (tag.not_referred_reason, tag.not_referred_text) == ("other", "back with his wife tomorrow")
    assert window.text("confirmationText") == "Saved without referral"


def test_a_reason_chip_alone_saves_the_eligible_customer(window: Window, ctx, team):
    window.sign_in("1001")
    window.click("purpose_deposit")
    window.click("key_5")
    window.click("key_万")
    window.click("saveOnlyButton")
    window.click("notReferred_already_with_wm")
    window.click("notReferredSave")
    with ctx.db.read() as s:
        tag = s.exec(select(CustomerTag)).one()
    assert (tag.not_referred_reason, tag.not_referred_text) == ("already_with_wm", "")


def test_the_seller_sees_the_teams_credit_on_the_desk_and_disputes_a_split_there(window: Window, ctx, team):
    on_duty(ctx, window, team.wm1)
    handoff_id = refer_wang(ctx, team)
    sell(ctx, team.wm1, handoff_id, 50_000)  # phase 1 (March): the seller keeps 20%, ¥10,000
    window.sign_in("3001")
    assert window.item("deskPage").isVisible()
    assert window.text("teamCredit") == "本月团队业绩分润¥50,000（5万）"
    assert window.text("myCredit") == "我的¥10,000（1万）"
    window.click("myCreditStrip")
    [line] = window.screens.my_credit.lines.rows  # type: ignore[attr-defined]
    assert (line["part"], line["amount"], line["stateText"]) == ("营销人", "¥10,000（1万）", "已计入")
    window.click(f"dispute_{handoff_id}")
    window.type_into("disputeReason", "I explained the fund for an hour")
    window.click("disputeSubmit")
    with ctx.db.read() as s:
        exc = s.exec(select(CreditException)).one()
    assert (exc.why, exc.raised_by, exc.total_fen) == (Why.DISPUTED, team.wm1.staff_id, 5_000_000)
    assert window.text("myCredit") == "我的¥0"
