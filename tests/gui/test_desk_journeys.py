"""The wealth manager's desk clicked on the real QML window (offscreen), with the test's clock:
receive, accept, meet, record the outcome; decline; unanswered offers; calls to make."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlmodel import select

from lobby_app.domain.roles import Role
from lobby_app.gui.alerts import Delivered
from lobby_app.gui.app import build_screens
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.context import Changed, changes
from lobby_app.services.lobby import tag_and_book_callback, tag_and_refer
from lobby_app.services.notifications import Kind, unread
from lobby_app.store.tables import Callback, CreditEntry, Handoff, PresenceRow

from ..conftest import row_counts
from .conftest import Window

DEPOSIT_80K = {"purpose": "deposit", "amount_fen": 8_000_000, "address_as": "王先生", "products": ["fund"]}


def at_desk(w: Window, ctx, team, *others) -> None:
    """wm1 signs in at the desk and says they are available; `others` are on duty elsewhere."""
    for wm in others:
        handoffs.set_presence(ctx, wm, presence="available")
    w.sign_in("3001")
    w.click("presence_available")
    assert w.screens.desk.property("presence") == "available"


def refer(w: Window, ctx, team, *, tag=DEPOSIT_80K, **kw) -> str:
    """The lobby manager refers a customer from a tablet; the desk hears of it through the live updates."""
    change, verdict = tag_and_refer(ctx, team.lobby, TagCustomer(**tag), **kw)
    assert verdict.eligible
    w.screens.live.poll()
    return str(change.id)


def handoff(ctx, handoff_id: str) -> Handoff:
    with ctx.db.read() as s:
        row = s.get(Handoff, handoff_id)
        assert row is not None
        return row


def alt(w: Window, key: Qt.Key) -> None:
    w.root.requestActivate()
    QTest.keyClick(w.root, key, Qt.KeyboardModifier.AltModifier)


def test_receive_accept_meet_convert_and_the_credit_keeps_the_referral_dates_phase(window: Window, ctx, team, clock):
    # 23:50 on 31 March in the branch: phase 1 (80% to the referrer) is in force on the referral's date.
    clock.now = datetime(2026, 3, 31, 15, 50, tzinfo=UTC)
    at_desk(window, ctx, team)
    h = refer(window, ctx, team, note="定期到期")
    assert window.item("deskBanner").isVisible()
    assert "王先生" in window.text("deskBannerText")
    assert window.screens.alerts.last == Delivered(tray=False, sound=False, attention=True)  # no tray, no audio here
    clock.advance(seconds=40)
    alt(window, Qt.Key.Key_A)  # accept from the keyboard
    row = handoff(ctx, h)
    assert (row.state, row.assignee_id, row.response_s) == ("accepted", team.wm1.staff_id, 40)
    assert not window.item("deskBanner").isVisible()
    with ctx.db.read() as s:
        assert s.get(PresenceRow, team.wm1.staff_id).presence == "with_customer"
    clock.advance(minutes=15)  # past midnight: 1 April, phase 2 by the calendar
    alt(window, Qt.Key.Key_M)  # the sign-in ended with 31 March: the screen locks, nothing is changed
    assert handoff(ctx, h).state == "accepted" and window.screens.session.property("locked")
    window.screens.session.unlock("580274")  # the same person, a new session
    assert not window.screens.session.locked
    alt(window, Qt.Key.Key_M)
    assert handoff(ctx, h).state == "met"
    window.click("outcomeButton")
    assert window.popup_open("outcomeDialog")
    window.click("sold_fund")
    window.type_into("soldAmount_fund", "100000.03")
    window.click("outcomeSave")
    assert not window.popup_open("outcomeDialog")
    row = handoff(ctx, h)
    assert (row.state, row.outcome_amount_fen, row.outcome_sales) == ("converted", 10_000_003, [["fund", 10_000_003]])
    with ctx.db.read() as s:
        parts = {e.part: (e.staff_id, e.amount_fen, e.phase) for e in s.exec(select(CreditEntry))}
        assert s.get(PresenceRow, team.wm1.staff_id).presence == "available"
    # 10,000,003 fen × 80% = 8,000,002.4 → 8,000,002 to the referrer; the seller gets the exact rest.
    assert parts == {"referrer": (team.lobby.staff_id, 8_000_002, 1), "seller": (team.wm1.staff_id, 2_000_001, 1)}
    desk = window.screens.desk  # accepted yesterday (31 March), met and converted today
    assert (desk.property("dayAccepted"), desk.property("dayMet"), desk.property("dayConverted")) == (0, 1, 1)


def test_a_lobby_tablet_sees_the_desk_accept_at_once(window: Window, ctx, team, qapp):
    tablet = build_screens(qapp, ctx, language="zh_CN")
    try:
        tablet.session.signIn("1001", "580274")
        at_desk(window, ctx, team)
        refer(window, ctx, team)
        window.click("acceptButton")
        tablet.live.poll()
        [wm1] = [r for r in tablet.handoff.property("wealthManagers").rows if r["staffId"] == team.wm1.staff_id]
        assert wm1["presence"] == "with_customer"
    finally:
        tablet.close()


def test_decline_needs_a_reason_then_the_customer_goes_to_the_next_available(window: Window, ctx, team):
    at_desk(window, ctx, team, team.wm2)
    h = refer(window, ctx, team, wm_id=team.wm1.staff_id)
    assert handoff(ctx, h).assignee_id == team.wm1.staff_id
    window.click("declineButton")
    assert window.popup_open("declineDialog")
    before = row_counts(ctx)
    window.click("declineConfirm")  # no reason chosen
    assert window.text("declineError") == "请选择暂不接待的原因"
    assert window.popup_open("declineDialog") and row_counts(ctx) == before
    window.click("declineReason_other")
    window.click("declineConfirm")  # "other" needs words
    assert window.text("declineError") == "请简单说明原因"
    assert row_counts(ctx) == before
    window.type_into("declineText", "asks for Ms Li")
    window.click("declineConfirm")
    assert not window.popup_open("declineDialog")
    row = handoff(ctx, h)
    assert (row.state, row.assignee_id, row.declined_by) == ("offered", team.wm2.staff_id, [team.wm1.staff_id])
    assert window.screens.desk.property("incomingCount") == 0


def test_an_unanswered_offer_goes_to_the_next_one_and_the_head_is_told(window: Window, ctx, team, clock):
    at_desk(window, ctx, team, team.wm2)
    h = refer(window, ctx, team, wm_id=team.wm1.staff_id)
    clock.advance(seconds=119)
    window.screens.live.watch()
    assert handoff(ctx, h).assignee_id == team.wm1.staff_id
    clock.advance(seconds=1)
    window.screens.live.watch()  # the desk's own watchdog
    row = handoff(ctx, h)
    assert (row.state, row.assignee_id, row.escalations) == ("offered", team.wm2.staff_id, 1)
    assert not window.item("deskBanner").isVisible()
    assert window.screens.desk.property("awayReason") == "no_answer"
    assert "无人应答" in window.text("presenceText")
    [notice] = unread(ctx, team.head)
    assert (notice.kind, notice.handoff_id) == (Kind.NO_ANSWER, h)


def test_a_single_wealth_manager_who_does_not_answer_is_escalated_and_the_customer_is_not_lost(
    window: Window, ctx, team, clock
):
    at_desk(window, ctx, team)
    h = refer(window, ctx, team)
    clock.advance(minutes=2)
    window.screens.live.watch()
    row = handoff(ctx, h)
    assert (row.state, row.assignee_id, row.escalations) == ("queued", None, 1)
    assert [n.kind for n in unread(ctx, team.head)] == [Kind.NO_ANSWER]
    # Visible on the desk, waiting and marked escalated; coming back offers it again at once.
    assert window.screens.desk.property("incomingCount") == 1
    assert window.item("takeButton").isVisible()
    window.click("presence_available")
    assert handoff(ctx, h).assignee_id == team.wm1.staff_id
    assert window.item("deskBanner").isVisible()
    window.click("bannerAccept")
    assert handoff(ctx, h).state == "accepted"


def test_the_head_sees_the_escalation_on_their_own_screen(window: Window, ctx, team, clock):
    handoffs.set_presence(ctx, team.wm1, presence="available")
    tag_and_refer(ctx, team.lobby, TagCustomer(**DEPOSIT_80K))
    window.sign_in("8001")
    assert not window.item("noticeStrip").isVisible()
    clock.advance(minutes=2)
    window.screens.live.watch()  # the head's tablet runs the watchdog too
    assert window.item("noticeStrip").isVisible()
    assert "王先生" in window.text("noticeText") and "员工3001" in window.text("noticeText")
    window.click("noticeSeen")
    assert not window.item("noticeStrip").isVisible()
    assert unread(ctx, team.head) == []


def test_a_fast_track_customer_comes_first_with_an_urgent_banner_and_the_wait_ticks(window: Window, ctx, team, clock):
    at_desk(window, ctx, team)
    handoffs.set_presence(ctx, team.wm1, presence="away", away_reason="meeting")
    window.screens.live.poll()
    refer(window, ctx, team, tag=DEPOSIT_80K | {"address_as": "钱先生"})
    clock.advance(seconds=30)
    refer(window, ctx, team, tag=DEPOSIT_80K | {"address_as": "孙女士", "clear_intent": True})
    rows = window.screens.desk.property("incoming").rows
    assert [(r["addressAs"], r["fastTrack"]) for r in rows] == [("孙女士", True), ("钱先生", False)]
    window.click("presence_available")
    assert window.screens.desk.property("bannerUrgent")
    assert "孙女士" in window.text("deskBannerText")
    assert window.text("incomingWaited") == "已等0:00"
    clock.advance(seconds=75)
    window.screens.desk.tick()
    assert window.text("incomingWaited") == "已等1:15"


def test_sound_can_be_muted(window: Window, ctx, team):
    at_desk(window, ctx, team)
    window.click("muteButton")
    assert window.screens.alerts.muted
    refer(window, ctx, team)
    assert window.screens.alerts.last is not None and not window.screens.alerts.last.sound


def test_outcome_bad_input_is_refused_on_the_field_and_nothing_is_saved(window: Window, ctx, team, clock):
    at_desk(window, ctx, team)
    h = refer(window, ctx, team)
    window.click("acceptButton")
    window.click("meetButton")
    window.click("outcomeButton")
    before = row_counts(ctx)
    window.click("outcomeSave")  # converted, but nothing sold
    assert window.text("salesError") == "请勾选售出的产品并填写金额"
    window.type_into("soldAmount_fund", "12abc")
    window.click("outcomeSave")
    assert window.text("soldAmountError_fund") == "只能填数字，如50000或5万"
    window.click("outcomeKind_not_converted")
    window.click("outcomeSave")
    assert window.text("reasonError") == "必填"
    window.click("outcomeKind_follow_up")
    window.click("followUpDay_0")  # today, 10:00 was set: it is 10:00 now, so not in the future
    window.click("outcomeSave")
    assert window.text("followUpError") == "请选择之后的时间"
    assert row_counts(ctx) == before and handoff(ctx, h).state == "met"
    window.item("followUpTime").setProperty("text", "")
    window.type_into("followUpTime", "16:30")
    window.click("outcomeSave")
    row = handoff(ctx, h)
    assert row.state == "follow_up"
    assert row.follow_up_at == datetime(2026, 3, 10, 8, 30, tzinfo=UTC)  # 16:30 in Shanghai
    assert window.screens.desk.property("taskCount") == 1


def test_calls_to_make_show_overdue_ones_and_a_call_without_answer_is_rescheduled(window: Window, ctx, team, clock):
    tag_and_book_callback(
        ctx,
        team.lobby,
        TagCustomer(**DEPOSIT_80K | {"in_a_hurry": True}),
        address_as="周先生",
        phone="13800138000",
        phone_consent=True,
        preferred_time=clock.now + timedelta(minutes=30),
    )
    at_desk(window, ctx, team)
    window.click("tabCalls")
    assert window.screens.desk.property("taskCount") == 1
    assert window.screens.desk.property("overdueCount") == 0
    clock.advance(minutes=31)
    window.screens.bus.publish(changes(Changed.CLOCK))
    assert window.screens.desk.property("overdueCount") == 1
    assert window.text("taskDue").startswith("已逾期")
    window.click("retry3h")
    with ctx.db.read() as s:
        cb = s.exec(select(Callback)).one()
    assert (cb.attempts, cb.due_at) == (1, clock.now + timedelta(hours=3))
    assert window.screens.desk.property("overdueCount") == 0
    window.click("taskOutcomeButton")
    window.click("outcomeKind_not_converted")
    window.type_into("outcomeReason", "no need")
    window.click("outcomeSave")
    assert window.screens.desk.property("taskCount") == 0


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_desk_fits_both_desk_screens(window: Window, ctx, team, size):
    window.root.resize(*size)
    at_desk(window, ctx, team)
    refer(window, ctx, team, note="想了解基金定投")
    lists = ("withMeList", "taskList") if size[0] >= 1500 else ("tabWithMe", "tabCalls")  # side by side, or tabs
    for name in ("acceptButton", "declineButton", "shortcutHints", "muteButton", "presence_offline", *lists):
        item = window.item(name)
        corner = item.mapToScene(item.boundingRect().bottomRight())
        assert item.isVisible() and corner.x() <= size[0] and corner.y() <= size[1], name


def test_only_a_wealth_manager_gets_the_desk(window: Window, ctx, team):
    window.sign_in("1001")
    assert window.screens.session.actor.role is Role.LOBBY_MANAGER
    assert window.find("deskPage") is None  # not even made: a page is made when first shown
    assert window.item("amountField").isVisible()  # the lobby page is
