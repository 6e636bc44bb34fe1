"""Someone guessing PINs, at a tablet, at kiosk exit or at the hub: the fifth wrong PIN in a row locks
the staff number for 5 minutes, each later lock of the day twice as long; the lock holds on every
device and the branch head is told. A staff number nobody has takes the same work to refuse."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlmodel import select

from lobby_app.domain import pins
from lobby_app.domain.errors import DomainError
from lobby_app.services import staff as staff_service
from lobby_app.services.notifications import Kind, unread
from lobby_app.services.staff import is_branch_head_pin, sign_in
from lobby_app.store.tables import PinLock

from ..hub.conftest import PIN, SPEAKS, TLS, Hub
from ..hub.test_sync import enrol

WRONG = "975310"


def refusal(ctx, staff_no: str, pin: str) -> str:
    with pytest.raises(DomainError) as refused:
        sign_in(ctx, staff_no=staff_no, pin=pin)
    return refused.value.rule


def test_five_wrong_pins_lock_for_5_minutes_then_10_and_the_head_is_told(ctx, team, clock):
    assert [refusal(ctx, "1001", WRONG) for _ in range(5)] == ["wrong_credentials"] * 4 + ["locked"]
    assert refusal(ctx, "1001", PIN) == "locked"  # even the right PIN
    [notice] = unread(ctx, team.head)
    assert notice.kind == Kind.PIN_LOCKED and notice.data["staff_no"] == "1001"
    clock.advance(minutes=4, seconds=59)
    assert refusal(ctx, "1001", PIN) == "locked"
    clock.advance(seconds=1)
    sign_in(ctx, staff_no="1001", pin=PIN)  # 5 minutes on
    assert [refusal(ctx, "1001", WRONG) for _ in range(5)][-1] == "locked"  # again the same day
    clock.advance(minutes=9, seconds=59)
    assert refusal(ctx, "1001", PIN) == "locked"  # twice as long: 10 minutes
    clock.advance(seconds=1)
    sign_in(ctx, staff_no="1001", pin=PIN)
    assert len(unread(ctx, team.head)) == 2


def test_a_right_pin_starts_the_count_again_and_other_numbers_are_not_touched(ctx, team):
    for _ in range(4):
        assert refusal(ctx, "1001", WRONG) == "wrong_credentials"
    sign_in(ctx, staff_no="1001", pin=PIN)
    for _ in range(4):
        assert refusal(ctx, "1001", WRONG) == "wrong_credentials"
    sign_in(ctx, staff_no="1001", pin=PIN)
    for _ in range(5):
        refusal(ctx, "2001", WRONG)
    sign_in(ctx, staff_no="1001", pin=PIN)
    assert refusal(ctx, "2001", PIN) == "locked"


def test_an_unknown_staff_number_costs_one_check_at_todays_cost_as_a_known_one_does(ctx, team, monkeypatch):
    checked: list[str] = []
    real = staff_service.verify_pin
    monkeypatch.setattr(staff_service, "verify_pin", lambda pin, stored: checked.append(stored) or real(pin, stored))
    cost = "m={1},t={0},p={2}".format(*pins.ARGON2_COST)
    for number in ("1001", "9999", "1001"):  # known and wrong, unknown, known and locked after 5
        refusal(ctx, number, WRONG)
    assert len(checked) == 3 and all(cost in stored for stored in checked)
    for _ in range(4):
        refusal(ctx, "1001", WRONG)
    checked.clear()
    assert refusal(ctx, "1001", PIN) == "locked" and len(checked) == 1 and cost in checked[0]


def test_wrong_pins_at_kiosk_exit_count_against_every_branch_head(ctx, team):
    assert not any(is_branch_head_pin(ctx, WRONG) for _ in range(5))
    assert not is_branch_head_pin(ctx, PIN)  # the head's number is locked: kiosk mode holds
    assert refusal(ctx, "8001", PIN) == "locked"
    assert [n.kind for n in unread_as_head(ctx, team)] == [Kind.PIN_LOCKED]


def unread_as_head(ctx, team):
    return unread(ctx, team.head)


@pytest.mark.dialect  # the lock is written at the hub and in its feed
def test_wrong_pins_at_the_hubs_enrolment_code_endpoint_lock_the_head_there_and_on_every_device(
    hub: Hub, team, tmp_path
):
    tablet = enrol(hub, tmp_path, "tablet")
    ask = {"staff_no": "8001", "pin": WRONG}
    replies = [httpx.post(f"{hub.url}/v1/enrolment-codes", json=ask, headers=SPEAKS, verify=TLS) for _ in range(5)]
    assert [r.json()["detail"]["rule"] for r in replies] == ["wrong_credentials"] * 4 + ["locked"]
    hub.ctx.clock.advance(seconds=6)  # type: ignore[attr-defined]  # past the address's rate limit, not the lock
    right = httpx.post(f"{hub.url}/v1/enrolment-codes", json=ask | {"pin": PIN}, headers=SPEAKS, verify=TLS)
    assert right.status_code == 429 and right.json()["detail"]["rule"] == "locked"
    assert 0 < int(right.headers["Retry-After"]) <= 300
    tablet.sync()
    assert refusal(tablet.ctx, "8001", PIN) == "locked"  # the lock came with the feed


@pytest.mark.dialect
def test_a_lock_made_on_one_device_holds_on_the_others_and_is_told_once(hub: Hub, team, tmp_path):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    for _ in range(5):  # at the tablet, its lobby manager's number, while the hub is away
        refusal(tablet.ctx, "1001", WRONG)
    result = tablet.sync()  # the lock goes unsigned: nobody signed in to make it
    assert (result.pushed, result.refused) == (1, 0)
    desk.sync()
    assert refusal(desk.ctx, "1001", PIN) == "locked"
    for device in (hub.ctx, tablet.ctx, desk.ctx):
        with device.db.read() as s:
            assert [lock.locks for lock in s.exec(select(PinLock))] == [1]
        assert [n.kind for n in unread(device, team.head)] == [Kind.PIN_LOCKED]  # one notice, not two
    clock_then = hub.ctx.now()
    with hub.ctx.db.read() as s:
        assert s.exec(select(PinLock)).one().locked_until - clock_then <= timedelta(minutes=5)
