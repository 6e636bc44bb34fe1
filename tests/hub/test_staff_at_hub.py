"""Staff changes made on the head's device reach the hub, which checks them again and keeps the PINs,
and every device: a new colleague signs in elsewhere with the one-time PIN and must choose their own;
someone deactivated can sign in nowhere, and their session ends on the devices that hear of it."""

from __future__ import annotations

import asyncio

import pytest
from sqlmodel import select

from lobby_app.domain.errors import DomainError
from lobby_app.protocol.commands import DeactivateStaff, SetPlace
from lobby_app.services.staff_admin import add_staff, deactivate_staff, new_colleague, set_place
from lobby_app.store.tables import Staff, StaffKey
from lobby_app.sync.staff import sign_in_at_hub

from .conftest import HUB_TLS, Hub, sign_in_here
from .test_sync import enrol

ONE_TIME, OWN = "318642", "704215"


def hub_of(hub: Hub, device):
    from lobby_app.sync.config import HubConfig

    return HubConfig(hub.url, device.link.token, "device", HUB_TLS.anchor)


@pytest.mark.dialect  # the staff's ids, chosen by the head's device, on both stores
def test_a_colleague_the_head_adds_on_a_tablet_signs_in_on_a_desk_and_chooses_their_own_pin(hub: Hub, team, tmp_path):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    sign_in_here(tablet.ctx, tablet.link, "8001")
    add_staff(
        tablet.ctx,
        team.head,
        new_colleague(tablet.ctx, staff_no="3009", name="钱多多", role="wealth_manager", pin=ONE_TIME),
    )
    assert tablet.sync().refused == 0
    with hub.ctx.db.read() as s:
        keys = s.exec(select(StaffKey).join(Staff).where(Staff.staff_no == "3009")).one()
    assert keys.must_change and keys.secret  # the hub keeps the PIN and makes the secret
    with tablet.ctx.db.read() as s:  # the head's tablet keeps no PIN
        assert s.exec(select(StaffKey)).all() == []
    desk.sync()
    first = asyncio.run(sign_in_at_hub(desk.ctx, hub_of(hub, desk), staff_no="3009", pin=ONE_TIME))
    assert first.name == "钱多多" and first.new_pin_needed
    own = asyncio.run(sign_in_at_hub(desk.ctx, hub_of(hub, desk), staff_no="3009", pin=ONE_TIME, new_pin=OWN))
    assert not own.new_pin_needed


@pytest.mark.dialect
def test_someone_deactivated_on_the_heads_tablet_can_sign_in_nowhere_and_their_session_ends(hub: Hub, team, tmp_path):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")  # the desk's is 3001
    sign_in_here(tablet.ctx, tablet.link, "8001")
    deactivate_staff(tablet.ctx, team.head, DeactivateStaff(staff_id=team.wm1.staff_id))
    assert tablet.sync().refused == 0
    desk.sync()
    from lobby_app.services import handoffs

    with pytest.raises(DomainError) as ended:
        handoffs.set_presence(desk.ctx, team.wm1, presence="available")
    assert ended.value.rule == "unknown_staff"  # the desk knows: they can do nothing more there
    with pytest.raises(DomainError) as refused:
        asyncio.run(sign_in_at_hub(desk.ctx, hub_of(hub, desk), staff_no="3001", pin="580274"))
    assert refused.value.rule == "wrong_credentials"


@pytest.mark.dialect
def test_a_place_the_head_sets_reaches_every_device_and_the_hub_refuses_a_bad_one(hub: Hub, team, tmp_path):
    """Where a wealth manager receives customers: set on the head's tablet, checked again at the hub, and
    on the lobby tablet for the strip that tells the customer where to go."""
    head_tablet, lobby_tablet = enrol(hub, tmp_path, "head", "8001"), enrol(hub, tmp_path, "tablet")
    set_place(head_tablet.ctx, team.head, SetPlace(staff_id=team.wm1.staff_id, place="2号理财室"))
    assert head_tablet.sync().refused == 0
    lobby_tablet.sync()
    with lobby_tablet.ctx.db.read() as s:
        assert s.get(Staff, team.wm1.staff_id).place == "2号理财室"

    raw = hub.device("raw")  # a device that skipped its own checks: the hub checks each field again
    head = team.head.staff_id
    bad = {"too_long": "室" * 25, "one_line": "2号\n理财室"}
    reply = raw.push(
        [
            {"id": rule, "name": "set_place", "args": {"staff_id": team.wm1.staff_id, "place": place}, "staff_id": head}
            for rule, place in bad.items()
        ]
    )
    results = {r["id"]: (r["status"], r["refusal"]["field"], r["refusal"]["rule"]) for r in reply.json()["results"]}
    assert results == {rule: ("refused", "place", rule) for rule in bad}
    with hub.ctx.db.read() as s:
        assert s.get(Staff, team.wm1.staff_id).place == "2号理财室"
