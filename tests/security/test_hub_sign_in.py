"""A stolen tablet holds no colleague's PIN verifier: the hub checks every sign-in it can reach, a device
keeps a person's secret only wrapped under their PIN and only once they signed in on it with the hub
reachable, and a PIN change makes a new secret that ends the person's sessions everywhere."""

from __future__ import annotations

import asyncio
import gc

import httpx
import pytest
from sqlmodel import select

from lobby_app.domain.errors import DomainError
from lobby_app.domain.pins import hash_pin
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.staff import create_staff, is_branch_head_pin, sign_in
from lobby_app.store.tables import AppliedMutation, HubChange, StaffKey
from lobby_app.sync.config import HubConfig
from lobby_app.sync.staff import HubAway, sign_in_at_hub

from ..hub.conftest import HUB_TLS, PIN, SPEAKS, TLS, Hub, free_port
from ..hub.test_sync import enrol
from .test_purge_leaves_no_trace import holding, store_bytes

WRONG, NEW = "975310", "318642"


def tag() -> TagCustomer:
    return TagCustomer(purpose="deposit", amount_fen=8_000_000)  # each with its own id


def at_hub(device, hub: Hub, staff_no: str, pin: str, new_pin: str | None = None):
    config = HubConfig(hub.url, device.link.token, "device", HUB_TLS.anchor)
    return asyncio.run(sign_in_at_hub(device.ctx, config, staff_no=staff_no, pin=pin, new_pin=new_pin))


def rule_of(call) -> str:
    with pytest.raises(DomainError) as refused:
        call()
    return refused.value.rule


def secret_of(hub: Hub, staff_id: int) -> StaffKey:
    with hub.ctx.db.read() as s:
        keys = s.get(StaffKey, staff_id)
    assert keys is not None
    return keys


@pytest.mark.dialect  # the hub's feed and its staff_key, on both stores
def test_no_device_holds_a_colleagues_pin_verifier_nor_anyones_secret_in_clear(hub: Hub, team, tmp_path):
    tablet = enrol(hub, tmp_path, "tablet")  # its lobby manager (1001) signs in on it
    files = store_bytes(tablet.ctx.db)
    hashes = [secret_of(hub, p.staff_id).pin_hash for p in (team.head, team.lobby, team.wm1)]
    secrets = [secret_of(hub, p.staff_id).secret for p in (team.head, team.lobby, team.wm1)]
    found = holding(files, ["$argon2", "$scrypt", *hashes, *secrets])
    assert [value for value, where in found.items() if where] == []
    with hub.ctx.db.read() as s:  # nor does the hub's feed, which every device pulls
        assert not any("pin_hash" in c.data for c in s.exec(select(HubChange)).all())


@pytest.mark.dialect
def test_a_first_sign_in_needs_the_hub_then_the_person_can_sign_in_while_it_is_away(hub: Hub, team, tmp_path):
    tablet = enrol(hub, tmp_path, "tablet")
    assert rule_of(lambda: sign_in(tablet.ctx, staff_no="3001", pin=PIN)) == "hub_needed"  # never signed in here
    assert rule_of(lambda: at_hub(tablet, hub, "3001", WRONG)) == "wrong_credentials"  # the hub's word
    assert at_hub(tablet, hub, "3001", PIN).actor == team.wm1
    # The hub away: what the tablet cached opens for the right PIN alone, and counts a wrong one.
    assert sign_in(tablet.ctx, staff_no="3001", pin=PIN).actor == team.wm1
    assert rule_of(lambda: sign_in(tablet.ctx, staff_no="3001", pin=WRONG)) == "wrong_credentials"
    away = HubConfig(f"https://127.0.0.1:{free_port()}", tablet.link.token, "tablet", HUB_TLS.anchor)
    with pytest.raises(HubAway):
        asyncio.run(sign_in_at_hub(tablet.ctx, away, staff_no="3001", pin=PIN))


@pytest.mark.dialect  # the lock is written at the hub and travels in its feed
def test_five_wrong_pins_at_the_hubs_sign_in_lock_the_number_at_the_hub_and_on_every_device(hub: Hub, team, tmp_path):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    ask = {"staff_no": "3001", "pin": WRONG}
    token = {"Authorization": f"Bearer {tablet.link.token}"} | SPEAKS
    replies = [httpx.post(f"{hub.url}/v1/sign-in", json=ask, headers=token, verify=TLS) for _ in range(5)]
    assert [r.status_code for r in replies] == [400] * 4 + [429]
    assert [r.json()["detail"]["rule"] for r in replies] == ["wrong_credentials"] * 4 + ["locked"]
    assert rule_of(lambda: at_hub(tablet, hub, "3001", PIN)) == "locked"  # the right PIN too
    desk.sync()
    assert rule_of(lambda: sign_in(desk.ctx, staff_no="3001", pin=PIN)) == "locked"  # offline, at the desk too


@pytest.mark.dialect
def test_a_pin_change_makes_a_new_secret_and_ends_the_persons_sessions_on_every_device(hub: Hub, team, tmp_path, clock):
    tablet, other = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "tablet2", "1001")
    before = secret_of(hub, team.lobby.staff_id).secret
    tag_and_refer(other.ctx, team.lobby, tag())  # signed in the old session, not yet sent
    assert rule_of(lambda: at_hub(tablet, hub, "1001", PIN, new_pin="123456")) == "trivial"
    assert rule_of(lambda: at_hub(tablet, hub, "1001", PIN, new_pin=PIN)) == "unchanged"
    assert at_hub(tablet, hub, "1001", PIN, new_pin=NEW).actor == team.lobby
    assert secret_of(hub, team.lobby.staff_id).secret != before
    tag_and_refer(tablet.ctx, team.lobby, tag())  # the new session, on the tablet where the PIN changed
    assert tablet.sync().refused == 0
    # The other tablet learns of the change: its session is over, and so is what it cached.
    result = other.sync()
    assert (result.pushed, result.refused) == (2, 0)  # made before the change: taken, within the grace
    assert rule_of(lambda: tag_and_refer(other.ctx, team.lobby, tag())) == "session_ended"
    assert rule_of(lambda: sign_in(other.ctx, staff_no="1001", pin=PIN)) == "hub_needed"
    assert rule_of(lambda: sign_in(other.ctx, staff_no="1001", pin=NEW)) == "hub_needed"
    assert rule_of(lambda: at_hub(other, hub, "1001", PIN)) == "wrong_credentials"  # the old PIN is gone
    assert at_hub(other, hub, "1001", NEW).actor == team.lobby


@pytest.mark.dialect
def test_a_change_signed_with_the_secret_before_a_pin_change_is_refused_once_the_grace_has_passed(
    hub: Hub, team, tmp_path, clock
):
    tablet, other = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "tablet2", "1001")
    at_hub(tablet, hub, "1001", PIN, new_pin=NEW)
    clock.advance(hours=11)  # the old session's day has not ended: only the PIN change ends it
    tag_and_refer(other.ctx, team.lobby, tag())  # before this tablet hears of the change
    clock.advance(hours=1, seconds=1)  # 12 hours after the change
    result = other.sync()
    assert (result.pushed, result.refused) == (2, 2)
    with hub.ctx.db.read() as s:
        assert s.exec(select(AppliedMutation)).all() == []  # a refused proof is not kept as the decision


def test_a_pin_from_before_6_digits_must_be_changed_at_the_next_sign_in(ctx, team):
    with ctx.db.write() as s:  # the lobby manager's PIN from the 4-digit days
        keys = s.get(StaffKey, team.lobby.staff_id)
        assert keys is not None
        keys.pin_hash = hash_pin("4821")
        s.add(keys)
    assert sign_in(ctx, staff_no="1001", pin="4821").new_pin_needed
    assert not sign_in(ctx, staff_no="3001", pin=PIN).new_pin_needed


def test_a_one_time_pin_from_the_head_must_be_changed_at_the_first_sign_in(ctx, team):
    create_staff(ctx, team.head, staff_no="1009", name="新人", role="teller", pin="318642", one_time=True)
    assert sign_in(ctx, staff_no="1009", pin="318642").new_pin_needed


def test_the_hub_answers_a_sign_in_only_to_an_enrolled_device(hub: Hub, team):
    ask = {"staff_no": "1001", "pin": PIN}
    reply = httpx.post(f"{hub.url}/v1/sign-in", json=ask, headers=SPEAKS, verify=TLS)
    assert reply.status_code == 401
    assert secret_of(hub, team.lobby.staff_id).secret not in reply.text


def test_the_sign_in_screen_asks_the_hub_and_while_it_is_away_signs_in_with_what_this_device_holds(
    hub: Hub, team, tmp_path, qapp
):
    import qasync

    from lobby_app.gui.session_vm import SessionViewModel

    from ..conftest import until

    tablet = enrol(hub, tmp_path, "tablet")
    linked = SessionViewModel(tablet.ctx, hub=HubConfig(hub.url, tablet.link.token, "tablet", HUB_TLS.anchor))
    away = HubConfig(f"https://127.0.0.1:{free_port()}", tablet.link.token, "tablet", HUB_TLS.anchor)
    cut_off = SessionViewModel(tablet.ctx, hub=away)

    async def at_the_screen() -> None:
        linked.signIn("3001", WRONG)
        assert linked.busy  # the hub is being asked: the button says so
        await until(lambda: not linked.busy, what="the hub's answer")
        assert (linked.signedIn, linked.error) == (False, "Staff number or PIN is wrong")
        cut_off.signIn("3001", PIN)  # never signed in on this tablet, and the hub away
        await until(lambda: not cut_off.busy, what="the hub found away")
        assert not cut_off.signedIn and "cannot be reached" in cut_off.error
        linked.signIn("3001", PIN)
        await until(lambda: not linked.busy, what="the hub's answer")
        assert linked.signedIn and linked.actor == team.wm1
        linked.signOut()
        cut_off.signIn("3001", PIN)  # signed in here before: the device decides while the hub is away
        await until(lambda: not cut_off.busy, what="the hub found away")
        assert cut_off.signedIn and cut_off.actor == team.wm1

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(at_the_screen())
    finally:
        asyncio.set_event_loop(None)
        loop.close()
        # The view-models' Qt objects die here, on the main thread: left to a garbage collection that the
        # hub's server thread happened to run, one was destroyed off the Qt thread and its timer crashed Qt.
        linked = cut_off = None
        gc.collect()


def test_kiosk_exit_on_a_tablet_no_head_signed_in_on_asks_the_hub(hub: Hub, team, tmp_path, qapp, monkeypatch):
    import qasync

    from lobby_app.gui.shell_vm import ShellViewModel

    from ..conftest import until

    tablet = enrol(hub, tmp_path, "tablet")  # only its lobby manager has signed in on it
    quits: list[bool] = []
    monkeypatch.setattr("lobby_app.gui.shell_vm.QCoreApplication.quit", lambda: quits.append(True))
    shell = ShellViewModel(
        tablet.ctx,
        language="en",
        switch_language=lambda _: None,
        kiosk=True,
        hub=True,
        hub_link=HubConfig(hub.url, tablet.link.token, "tablet", HUB_TLS.anchor),
    )

    async def at_the_tablet() -> None:
        shell.exitKiosk(WRONG)
        await until(lambda: shell.kioskError != "", what="the hub's answer")
        assert quits == []
        shell.exitKiosk(PIN)  # the head's, which only the hub can check here
        await until(lambda: quits == [True], what="kiosk mode to end")
        assert shell.kioskError == ""

    assert not is_branch_head_pin(tablet.ctx, PIN)  # this tablet alone cannot tell
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(at_the_tablet())
    finally:
        asyncio.set_event_loop(None)
        loop.close()
        shell = None  # its Qt objects die on the main thread (see the test above)
        gc.collect()
