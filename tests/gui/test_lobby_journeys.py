"""Journeys clicked on the real QML window (offscreen): what a lobby manager does all day."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QWindow
from PySide6.QtQuick import QQuickWindow
from sqlmodel import select

from lobby_app.domain import handoff as dh
from lobby_app.gui.app import build_engine, build_screens
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.context import Changed, changes
from lobby_app.services.lobby import tag_and_refer
from lobby_app.store.tables import Callback, CustomerTag, Handoff

from ..conftest import row_counts
from .conftest import Window, on_duty


def tag_deposit_80k_with_fund(w: Window) -> None:
    w.click("purpose_deposit")
    w.click("key_8")
    w.click("key_万")
    w.click("product_fund")
    w.type_into("ticketField", "A023")  # a name or a ticket: the wealth manager finds the customer by it


def test_sign_in_shows_the_role_in_chinese(window: Window):
    window.sign_in("1001")
    assert window.text("signedInAs") == "员工1001 · 大堂经理"


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_sign_in_shows_the_role_in_english(window: Window):
    window.sign_in("2001")
    assert window.text("signedInAs") == "员工2001 · Teller"


@pytest.mark.parametrize("window", ["en"], indirect=True)
@pytest.mark.parametrize("staff_no", ["1001", "8001"])  # the lobby's two tabs; the head's three
def test_the_header_fits_a_portrait_tablet_in_english(window: Window, staff_no):
    """The longest header (English, the most tabs) at 800 px wide: the name gives way, every button stays whole."""
    window.root.resize(800, 1280)
    window.sign_in(staff_no)
    window.settle()
    for name in ("roleCardButton", "languageButton", "lockButton", "signOutButton"):
        item = window.item(name)
        left, right = item.mapToScene(item.boundingRect().topLeft()), item.mapToScene(item.boundingRect().topRight())
        assert item.isVisible() and left.x() >= 0 and right.x() <= 800, (name, left.x(), right.x())
    name, first_button = window.item("signedInAs"), window.item("roleCardButton")
    right_of_name = name.mapToScene(name.boundingRect().topRight()).x()
    assert name.width() >= 48 and right_of_name <= first_button.mapToScene(QPointF(0, 0)).x()  # gives way, not over


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_the_heads_name_and_role_are_whole_on_a_1366_desk_in_english(window: Window):
    """The head's header has three tabs; at 1366 px the name and role still fit beside the buttons, uncut."""
    window.root.resize(1366, 768)
    window.sign_in("8001")
    window.settle()
    name = window.item("signedInAs")
    assert name.width() >= name.implicitWidth()


def test_a_wrong_pin_is_refused_on_screen(window: Window):
    window.sign_in("1001", "9999")
    assert window.text("signInError") == "工号或密码错误"
    assert window.item("signInButton").isVisible()


def test_sign_out_returns_to_sign_in(window: Window):
    window.sign_in("1001")
    window.click("signOutButton")
    assert window.item("signInButton").isVisible()


def test_tag_eligible_then_hand_off_queued_for_a_named_busy_wealth_manager(window: Window, ctx, team):
    """Special situation 1: the chosen wealth manager is with a customer; the customer waits for them."""
    on_duty(ctx, window, team.wm1, team.wm2)
    busy, _ = tag_and_refer(
        ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=6_000_000), wm_id=team.wm1.staff_id
    )
    handoffs.accept(ctx, team.wm1, handoff_id=busy.id)
    window.screens.bus.publish(changes(Changed.PRESENCE, Changed.HANDOFFS))
    window.sign_in("1001")
    tag_deposit_80k_with_fund(window)
    assert window.text("verdictTitle") == "✓ " + window.screens.form.verdictTitle
    assert window.screens.form.verdictState == "eligible"
    window.click(f"wm_{team.wm1.staff_id}")
    assert "员工3001" in window.text("expectation")
    window.click("sendButton")
    with ctx.db.read() as s:
        row = s.exec(select(Handoff).where(Handoff.id != busy.id)).one()
    assert (row.state, row.preferred_wm_id, row.wait_for_preferred) == (dh.State.QUEUED, team.wm1.staff_id, True)
    assert window.item("confirmation").isVisible()
    assert window.screens.form.purpose == ""  # the form is ready for the next customer


def test_hand_off_to_an_available_wealth_manager_names_who_receives(window: Window, ctx, team):
    on_duty(ctx, window, team.wm2)
    window.sign_in("1001")
    tag_deposit_80k_with_fund(window)
    window.click("sendButton")
    with ctx.db.read() as s:
        row = s.exec(select(Handoff)).one()
    assert (row.state, row.assignee_id) == (dh.State.OFFERED, team.wm2.staff_id)
    assert "员工3002" in window.text("confirmationText")


def test_in_a_hurry_becomes_a_callback_task(window: Window, ctx, team):
    on_duty(ctx, window, team.wm1)
    window.sign_in("1001")
    tag_deposit_80k_with_fund(window)
    window.type_into("addressField", "Wang")
    window.click("inHurry")
    assert not window.item("sendButton").isVisible()
    window.click("callbackButton")
    assert window.popup_open("callbackSheet")
    window.type_into("callbackPhone", "13800138000")
    assert window.screens.callback.phoneError != ""  # no consent yet: refused on the field
    assert not window.item("callbackSubmit").isEnabled()
    window.click("callbackConsent")
    window.click("callbackTime_2")
    window.click("callbackSubmit")
    with ctx.db.read() as s:
        cb = s.exec(select(Callback)).one()
        row = s.get(Handoff, cb.handoff_id)
        tag = s.exec(select(CustomerTag)).one()
    assert (cb.address_as, cb.phone, cb.assignee_id) == ("Wang", "13800138000", team.wm1.staff_id)
    assert row is not None and row.state == dh.State.CALLBACK
    assert tag.in_a_hurry
    assert not window.popup_open("callbackSheet")
    assert "Wang" in window.text("confirmationText")


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_simple_product_only_is_not_eligible_with_the_lobby_reason_and_no_handoff(window: Window, ctx, team):
    on_duty(ctx, window, team.wm1)
    window.sign_in("1001")
    window.click("purpose_other")
    window.click("product_mobile_banking")
    assert window.text("verdictTitle") == "✗ Does not meet the referral standards"
    reasons = window.screens.form.verdictReasons
    assert reasons == ["Simple products only (online banking, mobile banking, SMS alerts): serve in the lobby"]
    assert not window.item("sendButton").isEnabled()
    assert not window.item("callbackButton").isVisible()
    before = row_counts(ctx)
    window.click("sendButton")  # disabled: the tap does nothing
    assert row_counts(ctx) == before
    window.click("saveOnlyButton")  # served in the lobby: the tag is kept for the day's figures
    with ctx.db.read() as s:
        assert [t.eligible for t in s.exec(select(CustomerTag))] == [False]
        assert s.exec(select(Handoff)).all() == []


def test_switching_language_puts_the_verdict_card_in_english(window: Window, ctx, team):
    window.sign_in("1001")
    tag_deposit_80k_with_fund(window)
    chinese_title = window.text("verdictTitle")
    assert chinese_title != "✓ Meets the referral standards"
    window.click("languageButton")
    assert window.text("verdictTitle") == "✓ Meets the referral standards"
    assert window.screens.form.verdictReasons == [
        "Deposit of ¥80,000: at least ¥50,000",
        "Interested in featured products: Funds",
    ]
    assert window.text("standardsVersion") == "Branch standards, version 1"
    window.click("languageButton")
    assert window.text("verdictTitle") == chinese_title


def test_bad_amount_is_refused_on_the_field_and_nothing_can_be_sent(window: Window, ctx, team):
    on_duty(ctx, window, team.wm1)
    window.sign_in("1001")
    window.click("purpose_deposit")
    window.type_into("amountField", "5O000")  # a letter O among the digits
    assert window.text("amountError") != ""
    assert not window.item("sendButton").isEnabled()
    assert window.screens.form.verdictState == "invalid"


def test_idle_lock_hides_the_screen_and_keeps_the_tag(window: Window, ctx, team):
    window.sign_in("1001")
    tag_deposit_80k_with_fund(window)
    assert window.screens.session.idle_timer.isActive()
    window.screens.session.idle_timer.timeout.emit()  # the idle time has passed
    assert window.item("lockScreen").isVisible()
    window.type_into("unlockPin", "0000")
    window.click("unlockButton")
    assert window.item("lockScreen").isVisible()
    window.type_into("unlockPin", "580274")
    window.click("unlockButton")
    assert not window.item("lockScreen").isVisible()
    assert window.screens.form.amountText == "8万"  # nothing entered was lost


def test_role_card_shows_every_duty_with_mine_marked(window: Window):
    window.sign_in("1001")
    window.click("roleCardButton")
    assert window.popup_open("roleCard")
    cards = window.screens.session.roleCards
    assert [c["mine"] for c in cards] == [False, True, False, False]
    assert cards[1]["duty"] == "识别推荐，引导分流"


def test_my_referrals_today_shows_what_became_of_each_customer(window: Window, ctx, team):
    on_duty(ctx, window, team.wm1)
    window.sign_in("1001")
    tag_deposit_80k_with_fund(window)
    window.click("sendButton")
    with ctx.db.read() as s:
        handoff_id = s.exec(select(Handoff.id)).one()
    handoffs.accept(ctx, team.wm1, handoff_id=handoff_id)
    handoffs.meet(ctx, team.wm1, handoff_id=handoff_id)
    handoffs.record_outcome(ctx, team.wm1, handoff_id=handoff_id, outcome="converted", sales=[("fund", 20_000_000)])
    window.screens.live.poll()  # another device changed the shared store
    window.click("tabReferrals")
    rows = window.screens.referrals.referrals.rows  # type: ignore[attr-defined]
    assert [(r["stateCode"], r["detail"]) for r in rows] == [("converted", "¥200,000（20万） · 员工3001")]


@pytest.fixture
def kiosk_window(qapp, qtbot, ctx, team):
    screens = build_screens(qapp, ctx, language="zh_CN", kiosk=True, virtual_keyboard=True)
    warnings: list[str] = []
    build_engine(screens, on_warnings=lambda ws: warnings.extend(w.toString() for w in ws))
    assert screens.engine is not None
    root = screens.engine.rootObjects()[0]
    assert isinstance(root, QQuickWindow)
    yield Window(root, screens, qtbot)
    assert warnings == []
    screens.close()


# Qt Virtual Keyboard's own QML and its sound backend warn on a machine without PipeWire; nothing of ours.
QT_VKB_NOISE = pytest.mark.qt_log_ignore(r"pipewire", r"PopupList_QMLTYPE_\d+ overrides a member")


@QT_VKB_NOISE
def test_kiosk_window_refuses_to_close_and_asks_for_the_head_pin(kiosk_window: Window):
    w = kiosk_window
    assert w.root.visibility() == QWindow.Visibility.FullScreen
    assert w.root.flags() & Qt.WindowType.FramelessWindowHint
    w.root.close()
    assert w.root.isVisible()
    assert w.popup_open("kioskExit")


@QT_VKB_NOISE
def test_the_virtual_keyboard_loads_when_switched_on(kiosk_window: Window):
    panel = kiosk_window.item("keyboardPanel")
    assert panel.metaObject().superClass().className().startswith("InputPanel")  # Qt Virtual Keyboard's own
