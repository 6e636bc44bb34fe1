"""Fast-track when everyone is busy (issue 20, item 6), on three real desk windows over one store: every
wealth manager on duty gets the urgent banner at once, one breaks off and takes the customer, the others'
banners go. And "customer left" from a held card: a callback, or none."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest
from sqlmodel import select

from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer
from lobby_app.store.tables import Callback, Handoff, PresenceRow

from .conftest import Window, open_window

DEPOSIT_80K = {"purpose": "deposit", "amount_fen": 8_000_000, "products": ["fund"]}
STAFF_NO = {"wm1": "3001", "wm2": "3002", "wm3": "3003"}


def with_a_customer(ctx, team, wm, name: str) -> str:
    """`wm` comes on duty and takes a customer the lobby referred: they are with a customer now."""
    handoffs.set_presence(ctx, wm, presence="available")
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**DEPOSIT_80K, address_as=name))
    handoffs.accept(ctx, wm, handoff_id=str(change.id))
    return str(change.id)


def fast_track(ctx, team, name: str = "孙女士", **kw) -> str:
    change, verdict = tag_and_refer(
        ctx, team.lobby, TagCustomer(**DEPOSIT_80K, address_as=name, clear_intent=True), **kw
    )
    assert verdict.eligible
    return str(change.id)


def handoff(ctx, handoff_id: str) -> Handoff:
    with ctx.db.read() as s:
        row = s.get(Handoff, handoff_id)
        assert row is not None
        return row


@pytest.fixture
def desks(qapp, qtbot, ctx, team) -> Iterator[dict[str, Window]]:
    """Three desk PCs, one per wealth manager, each signed in."""
    with ExitStack() as stack:
        windows = {who: stack.enter_context(open_window(qapp, qtbot, ctx)) for who in STAFF_NO}
        for who, w in windows.items():
            w.screens.session.signIn(STAFF_NO[who], "580274")  # three windows: no keyboard focus to type with
            assert w.screens.session.actor is not None, who
        yield windows


def hear(desks: dict[str, Window]) -> None:
    """Each desk sees the others' changes (the live updates' poll of the shared store)."""
    for w in desks.values():
        w.screens.live.poll()


def banner(w: Window) -> tuple[bool, bool, str]:
    """Shown, urgent, its text."""
    return (
        bool(w.item("deskBanner").isVisible()),
        bool(w.screens.desk.property("bannerUrgent")),
        w.text("deskBannerText"),
    )


def test_every_busy_desk_rings_and_the_one_who_breaks_off_takes_the_customer(desks, ctx, team):
    for who, name in (("wm1", "赵先生"), ("wm2", "钱先生"), ("wm3", "李先生")):
        with_a_customer(ctx, team, getattr(team, who), name)
    hear(desks)
    assert not any(banner(w)[0] for w in desks.values())
    h = fast_track(ctx, team)
    assert (handoff(ctx, h).state, handoff(ctx, h).fast_track) == ("queued", True)  # nobody free: it waits
    hear(desks)
    for who, w in desks.items():
        shown, urgent, text = banner(w)
        assert shown and urgent, who
        assert "孙女士" in text and "谁能抽身" in text, text
        assert w.item("bannerTake").isVisible() and not w.item("bannerAccept").isVisible()
        assert not w.item("bannerDecline").isVisible()  # not offered to anyone: nothing to decline
        last = w.screens.alerts.last
        assert last is not None and last.urgent and last.attention, who  # the urgent alert, as an offer gets
    desks["wm2"].click("bannerTake")
    row = handoff(ctx, h)
    assert (row.state, row.assignee_id) == ("accepted", team.wm2.staff_id)
    hear(desks)
    assert [who for who, w in desks.items() if banner(w)[0]] == []
    assert "孙女士" in [r["addressAs"] for r in desks["wm2"].screens.desk.property("withMe").rows]
    with ctx.db.read() as s:  # wm2 still holds the customer they broke off from
        assert s.get(PresenceRow, team.wm2.staff_id).presence == "with_customer"


def test_only_desks_on_duty_ring_never_for_a_named_colleagues_customer_and_not_once_someone_is_free(desks, ctx, team):
    with_a_customer(ctx, team, team.wm1, "赵先生")
    with_a_customer(ctx, team, team.wm2, "钱先生")
    wm3_customer = with_a_customer(ctx, team, team.wm3, "李先生")
    fast_track(ctx, team, "周女士", wm_id=team.wm1.staff_id, wait_for_wm=True)
    hear(desks)
    assert [who for who, w in desks.items() if banner(w)[0]] == ["wm1"]  # the named one only
    assert desks["wm1"].screens.desk.property("bannerUrgent")
    desks["wm1"].click("bannerDismiss")
    # wm3 goes on a break: away is not on duty, so no banner there for the next one
    handoffs.set_presence(ctx, team.wm3, presence="away", away_reason="break")
    h = fast_track(ctx, team, "吴先生")
    hear(desks)
    assert [who for who, w in desks.items() if "吴先生" in banner(w)[2]] == ["wm1", "wm2"]
    # wm3 is back, still holding a customer: on duty, so wm3's desk rings too
    handoffs.set_presence(ctx, team.wm3, presence="available")
    hear(desks)
    assert [who for who, w in desks.items() if "吴先生" in banner(w)[2]] == ["wm1", "wm2", "wm3"]
    # wm3's customer left: wm3 is free, 吴先生 is offered to wm3 and the busy desks go quiet
    handoffs.cancel(ctx, team.wm3, handoff_id=wm3_customer, reason="customer_left")
    assert (handoff(ctx, h).state, handoff(ctx, h).assignee_id) == ("offered", team.wm3.staff_id)
    hear(desks)
    assert [who for who, w in desks.items() if banner(w)[0]] == ["wm3"]
    assert desks["wm3"].item("bannerAccept").isVisible() and not desks["wm3"].item("bannerTake").isVisible()


def test_a_customer_who_left_becomes_a_callback_or_is_cancelled(desks, ctx, team):
    w = desks["wm1"]
    handoffs.set_presence(ctx, team.wm1, presence="available")
    change, _ = tag_and_refer(
        ctx, team.lobby, TagCustomer(**DEPOSIT_80K, address_as="王先生", phone="13800138000", phone_consent=True)
    )
    first = str(change.id)
    handoffs.accept(ctx, team.wm1, handoff_id=first)
    w.screens.live.poll()
    w.click("leftButton")
    assert w.popup_open("deskLeftSheet")
    left = w.screens.desk.property("left")
    assert (left.property("addressAs"), left.property("phone"), left.property("consent")) == (
        "王先生",
        "13800138000",
        True,
    )  # prefilled from the tag
    w.click("leftConsent")  # the tick off: the phone may not be kept, so no booking
    assert not left.property("canSubmit") and w.text("leftPhoneError")
    w.click("leftConsent")
    w.click("leftBookCallback")
    assert not w.popup_open("deskLeftSheet")
    assert handoff(ctx, first).state == "callback"
    with ctx.db.read() as s:
        [cb] = s.exec(select(Callback)).all()
        assert (cb.handoff_id, cb.address_as, cb.phone, cb.assignee_id) == (
            first,
            "王先生",
            "13800138000",
            team.wm1.staff_id,
        )
    assert w.screens.desk.property("withMeCount") == 0  # the customer left the desk
    assert w.screens.desk.property("taskCount") == 1  # and the call is mine to make
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**DEPOSIT_80K, address_as="冯先生"))
    second = str(change.id)
    w.screens.live.poll()
    w.click("acceptButton")
    w.click("leftButton")
    assert w.screens.desk.property("left").property("phone") == ""  # no phone on the tag: none to offer
    w.click("leftNoCallback")
    assert not w.popup_open("deskLeftSheet")
    assert (handoff(ctx, second).state, handoff(ctx, second).outcome_reason) == ("cancelled", "customer_left")
    assert w.screens.desk.property("withMeCount") == 0
    with ctx.db.read() as s:
        assert s.get(PresenceRow, team.wm1.staff_id).presence == "available"
