"""View-models without the window: what each field shows, what each action saves, and what it refuses."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from lobby_app.domain import handoff as dh
from lobby_app.domain.pins import hash_pin
from lobby_app.domain.routing import Presence
from lobby_app.domain.standards import standards_to_dict
from lobby_app.gui.app import Screens, build_screens
from lobby_app.gui.list_model import RowsModel
from lobby_app.services.context import Changed, changes
from lobby_app.services.handoffs import set_presence
from lobby_app.services.rules import current_standards, edit_standards
from lobby_app.store.tables import Callback, Handoff, StaffKey

from ..conftest import row_counts


@pytest.fixture
def vms(qapp, ctx, team):
    screens = build_screens(qapp, ctx, language="en")
    screens.session.signIn("1001", "580274")
    assert screens.session.signedIn
    yield screens
    screens.close()


def keys(s: Screens, *pressed: str) -> None:
    for k in pressed:
        s.form.key(k)


@pytest.mark.parametrize(
    ("typed", "eligible"),
    [(("4", "9", "9", "9", "9", ".", "9", "9"), False), (("5", "万"), True), (("5", "0", "0", "0", "0"), True)],
)
def test_the_deposit_threshold_includes_50000(vms, typed, eligible):
    vms.form.setPurpose("deposit")
    keys(vms, *typed)
    assert vms.form.eligible is eligible
    assert vms.form.verdictState == ("eligible" if eligible else "not_eligible")


def _deposit_threshold(ctx, head, yuan: int, **when) -> object:
    data = standards_to_dict(current_standards(ctx))
    data["large_transaction_fen"]["deposit"] = yuan * 100
    return edit_standards(ctx, head, data=data, **when)


def test_the_live_verdict_judges_by_the_standards_the_form_holds_and_takes_new_ones_when_they_change(
    vms, ctx, team, clock
):
    """A keystroke judges against the standards the form holds (no read of the store each time); new ones
    reach it with the change that saved or pulled them, and one saved to take effect later once the clock
    has passed that moment."""
    vms.form.setPurpose("deposit")
    keys(vms, "4", "万")
    assert not vms.form.eligible and vms.form.standardsText.endswith(" 1")

    saved = _deposit_threshold(ctx, team.head, 40_000)  # in the store, not yet told to the screens
    keys(vms, "back", "万")
    assert not vms.form.eligible and vms.form.standardsText.endswith(" 1")  # the held version still judges
    vms.bus.publish(saved)
    assert vms.form.eligible and vms.form.standardsText.endswith(" 2")  # judged again at once, no keystroke

    later = clock.now + timedelta(hours=1)
    vms.bus.publish(_deposit_threshold(ctx, team.head, 45_000, effective_from=later))
    assert vms.form.eligible and vms.form.standardsText.endswith(" 2")  # version 3 is not in force yet
    clock.advance(hours=2)
    vms.bus.publish(changes(Changed.CLOCK))
    assert not vms.form.eligible and vms.form.standardsText.endswith(" 3")


def test_the_amount_is_shown_with_separators(vms):
    vms.form.setPurpose("deposit")
    keys(vms, "1", "2", "3", "4", "5", "6", ".", "7")
    assert vms.form.amountDisplay == "¥123,456.70"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "Numbers only, e.g. 50000 or 5万"),
        ("-5", "Must not be negative"),
        ("99999999999", "Too large: at most ¥10,000,000,000"),
        ("1.234", "At most two decimal places"),
    ],
)
def test_a_bad_amount_is_refused_on_the_field(vms, text, message):
    vms.form.setPurpose("deposit")
    vms.form.setAmountText(text)
    assert vms.form.amountError == message
    assert vms.form.verdictState == "invalid"
    assert not vms.handoff.canSend
    assert not vms.handoff.send()


def test_the_keypad_refuses_what_cannot_make_an_amount(vms):
    keys(vms, "万", ".", "5", ".", "5", "万", "3")  # 万 first does nothing; a second "." too; 万 ends the number
    assert vms.form.amountText == ".55万"
    keys(vms, "back", "back")
    assert vms.form.amountText == ".5"
    keys(vms, "clear")
    assert vms.form.amountText == ""


def test_simple_products_only_gives_the_lobby_reason(vms):
    vms.form.setPurpose("other")
    vms.form.toggleProduct("online_banking")
    vms.form.toggleProduct("sms_alerts")
    assert vms.form.verdictReasons == [
        "Simple products only (online banking, mobile banking, SMS alerts): serve in the lobby"
    ]
    vms.form.toggleProduct("insurance")
    assert vms.form.verdictReasons == ["Interested in featured products: Insurance"]


def test_the_flow_band_at_the_threshold_matches(vms):
    vms.form.setPurpose("other")
    assert vms.form.flowBands == ["Unknown", "Under ¥100k", "¥100k or more", "¥500k or more"]
    vms.form.setFlowBand(1)
    assert not vms.form.eligible
    vms.form.setFlowBand(2)
    assert vms.form.verdictReasons == ["Six-month flow at least ¥100,000"]


def test_clear_intent_makes_the_handoff_fast_track_unless_changed_by_hand(vms):
    vms.form.setClearIntent(True)
    assert vms.handoff.fastTrack
    vms.handoff.setFastTrack(False)
    vms.form.setClearIntent(False)
    vms.form.setClearIntent(True)
    assert not vms.handoff.fastTrack


def test_a_note_over_500_characters_disables_sending_and_saves_nothing(vms, ctx, team):
    set_presence(ctx, team.wm1, presence=Presence.AVAILABLE)
    vms.form.setPurpose("deposit")
    keys(vms, "8", "万")
    vms.form.setTicket("A023")
    vms.handoff.setNote("好" * (dh.NOTE_MAX + 1))
    assert vms.handoff.noteError == "Too long: at most 500 characters"
    before = row_counts(ctx)
    assert not vms.handoff.send()
    assert row_counts(ctx) == before
    vms.handoff.setNote("好" * dh.NOTE_MAX)
    assert vms.handoff.send()
    with ctx.db.read() as s:
        assert s.exec(select(Handoff.note)).one() == "好" * dh.NOTE_MAX


def test_the_callback_needs_a_consented_phone(vms, ctx):
    vms.form.setPurpose("deposit")
    keys(vms, "8", "万")
    vms.form.setAddressAs("王先生")
    vms.callback.open()
    assert vms.callback.addressAs == "王先生"
    vms.callback.setPhone("13800138000")
    assert vms.callback.phoneError == "Tick the customer's consent before keeping a phone number"
    assert not vms.callback.canSubmit
    before = row_counts(ctx)
    assert vms.callback.submit() == ""
    assert row_counts(ctx) == before
    vms.callback.setConsent(True)
    vms.callback.setPhone("1380013800")
    assert vms.callback.phoneError == "An 11-digit mobile number or a landline with area code"
    vms.callback.setPhone("138-0013-8000")
    assert vms.callback.submit().startswith("Callback booked: 王先生")
    with ctx.db.read() as s:
        assert s.exec(select(Callback.phone)).one() == "13800138000"


def test_callback_times_are_in_the_future_in_branch_time(vms, ctx):
    labels = [label for label, _ in vms.callback.time_choices()]
    # The fixture's clock is 10:00 in Shanghai.
    assert labels == ["In an hour, 11:00", "Today 17:00", "Tomorrow 10:00", "Tomorrow 15:00"]
    assert all(at > ctx.now() for _, at in vms.callback.time_choices())


def test_idle_lock_uses_the_configured_time(qapp, ctx, team):
    screens = build_screens(qapp, ctx, language="en", idle_lock_s=90)
    try:
        assert not screens.session.idle_timer.isActive()  # nobody signed in: nothing to lock
        screens.session.signIn("1001", "580274")
        assert screens.session.idle_timer.interval() == 90_000 and screens.session.idle_timer.isActive()
        screens.session.lockNow()
        assert screens.session.locked and not screens.session.idle_timer.isActive()
        screens.session.unlock("4321")
        assert screens.session.locked
        screens.session.unlock("580274")
        assert not screens.session.locked
    finally:
        screens.close()


def test_kiosk_exits_only_with_a_branch_head_pin(qapp, ctx, team, monkeypatch):
    quits: list[bool] = []
    monkeypatch.setattr("lobby_app.gui.shell_vm.QCoreApplication.quit", lambda: quits.append(True))
    screens = build_screens(qapp, ctx, language="en", kiosk=True)
    try:
        with ctx.db.write() as s:  # the lobby manager's PIN differs from the head's here
            head = s.get(StaffKey, team.head.staff_id)
            assert head is not None
            head.pin_hash = hash_pin("864200")
            s.add(head)
        screens.shell.exitKiosk("580274")
        assert quits == []
        assert screens.shell.kioskError == "Only a branch head's PIN ends kiosk mode"
        screens.shell.exitKiosk("864200")
        assert quits == [True]
    finally:
        screens.close()


def test_the_list_models_pass_the_model_tester(qtmodeltester, vms, ctx, team):
    set_presence(ctx, team.wm1, presence=Presence.AVAILABLE)
    vms.bus.publish(changes(Changed.PRESENCE))
    model = vms.handoff.wealthManagers
    assert isinstance(model, RowsModel)
    qtmodeltester.check(model)
    qtmodeltester.check(vms.referrals.referrals)


@pytest.mark.parametrize("linked", [False, True])
def test_a_device_linked_to_a_hub_polls_nothing_and_leaves_the_watchdog_to_the_hub(qapp, ctx, linked):
    """With a hub, others' changes come through the sync (its stream); without, devices sharing a store
    poll it and each runs the watchdog. The clock ticks either way."""
    vms = build_screens(qapp, ctx, language="zh_CN", hub=linked)
    try:
        vms.live.start()
        running = {name for name in ("_poll", "_clock", "_watch") if getattr(vms.live, name).isActive()}
        assert running == ({"_clock"} if linked else {"_poll", "_clock", "_watch"})
    finally:
        vms.close()
