"""A branch upgrades one device at a time: a device of the previous protocol (version 1, frozen in
wire_v1.py) syncs with the new hub both ways, tag → handoff → outcome; a device too old, or newer than
the hub, is told which side to update and keeps every change until then."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest

import lobby_app.sync.config as device_config
from lobby_app.protocol import HEADER, VERSION
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer
from lobby_app.sync.config import HubConfig
from lobby_app.sync.loop import SyncLoop, SyncStatus

from . import wire_v1
from .conftest import DeviceClient, Hub
from .test_sync import BIG, Device, enrol


@pytest.fixture
def hub(ctx, team) -> Iterator[Hub]:
    """A version 1 device spoke plain HTTP only: the hub that still serves one runs with --insecure-http
    (a hub on TLS tells it to update: tests/security/test_tls.py)."""
    running = Hub(replace(ctx, outbox=False), tls=None)
    running.start()
    yield running
    running.stop()


def pushed(client: DeviceClient, staff_id: int, *changes: tuple[str, dict]) -> list[dict]:
    """Push as a version-1 device does: no protocol header, its own words."""
    mutations = [{"id": str(uuid.uuid4()), "name": n, "args": a, "staff_id": staff_id} for n, a in changes]
    reply = client.push(mutations)
    assert reply.status_code == 200 and HEADER not in client.headers, reply.text
    assert reply.headers[HEADER] == str(VERSION)  # the hub says what it speaks
    return reply.json()["results"]


def handoff_as_pulled(client: DeviceClient, handoff_id: str) -> dict:
    changes = client.get("/v1/pull").json()["changes"]
    rows = [c["data"] for c in changes if c["table"] == "handoff" and c["key"] == handoff_id]
    assert rows, "the handoff is in the feed"
    assert rows[-1].keys() >= wire_v1.HANDOFF_FIELDS  # what a version-1 device reads is all there
    return rows[-1]


@pytest.mark.dialect  # the hub's writes of a whole handoff, from either version
def test_a_version_1_tablet_and_a_new_desk_serve_a_customer_together(hub: Hub, team, tmp_path, clock):
    tablet = hub.device("旧平板", version=1)  # not updated yet
    desk = enrol(hub, tmp_path, "desk")  # updated
    handoffs.set_presence(desk.ctx, team.wm1, presence="available")
    desk.sync()
    tag_id, handoff_id = str(uuid.uuid4()), str(uuid.uuid4())
    results = pushed(
        tablet,
        team.lobby.staff_id,
        ("tag_customer", wire_v1.tag_customer(tag_id, clock.now, amount_fen=8_000_000, address_as="王先生")),
        ("refer", wire_v1.refer(handoff_id, tag_id, clock.now)),
    )
    assert [r["status"] for r in results] == ["applied", "applied"]
    desk.sync()
    assert desk.handoff(handoff_id).state == "offered"
    handoffs.accept(desk.ctx, team.wm1, handoff_id=handoff_id)
    handoffs.meet(desk.ctx, team.wm1, handoff_id=handoff_id)
    handoffs.record_outcome(desk.ctx, team.wm1, handoff_id=handoff_id, outcome="converted", sales=[("fund", 5_000_000)])
    assert desk.sync().refused == 0
    row = handoff_as_pulled(tablet, handoff_id)
    assert (row["state"], row["assignee_id"], row["outcome_sales"]) == (
        "converted",
        team.wm1.staff_id,
        [["fund", 5_000_000]],
    )


@pytest.mark.dialect  # the hub's writes of a whole handoff, from either version
def test_a_new_tablet_and_a_version_1_desk_serve_a_customer_together(hub: Hub, team, tmp_path):
    tablet = enrol(hub, tmp_path, "tablet")  # updated
    desk = hub.device("旧理财电脑", version=1)  # not updated yet
    wm = team.wm1.staff_id
    assert [r["status"] for r in pushed(desk, wm, ("set_presence", wire_v1.set_presence(wm, "available")))] == [
        "applied"
    ]
    tablet.sync()
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    tablet.sync()
    assert handoff_as_pulled(desk, change.id)["state"] == "offered"
    results = pushed(
        desk,
        wm,
        ("accept", wire_v1.accept(change.id)),
        ("meet", wire_v1.meet(change.id)),
        ("record_outcome", wire_v1.converted(change.id, [("fund", 5_000_000)])),
    )
    assert [r["status"] for r in results] == ["applied"] * 3
    tablet.sync()
    assert (tablet.handoff(change.id).state, tablet.handoff(change.id).assignee_id) == ("converted", wm)


@pytest.mark.parametrize(("spoken", "side"), [(VERSION - 2, "update_device"), (VERSION + 1, "update_hub")])
def test_a_device_the_hub_cannot_serve_is_told_which_side_to_update_and_keeps_every_change(
    hub: Hub, team, tmp_path, monkeypatch, spoken, side
):
    tablet = enrol(hub, tmp_path, "tablet")
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    monkeypatch.setattr(device_config, "VERSION", spoken)  # this device two versions behind, or ahead

    status = round_of(tablet)
    assert (status.reachable, status.update, status.waiting) == (True, side, 2)
    assert [state for _, state, _ in tablet.outbox()] == ["pending", "pending"]  # nothing lost, nothing sent
    assert hub_has(hub, change.id) is False

    monkeypatch.setattr(device_config, "VERSION", VERSION)  # the side behind is updated
    status = round_of(tablet)
    assert (status.update, status.waiting) == ("", 0)
    assert [state for _, state, _ in tablet.outbox()] == ["confirmed", "confirmed"]
    assert hub_has(hub, change.id) is True


def round_of(device: Device) -> SyncStatus:
    """One round as the app's sync loop runs it: the status it ends with."""
    loop = SyncLoop(device.ctx, HubConfig(device.link.url, device.link.token, "tablet"))

    async def once() -> None:
        async with loop.config.client() as http:
            await loop.round(http)

    asyncio.run(once())
    return loop.status


def hub_has(hub: Hub, handoff_id: str) -> bool:
    from lobby_app.store.tables import Handoff

    with hub.ctx.db.read() as s:
        return s.get(Handoff, handoff_id) is not None
