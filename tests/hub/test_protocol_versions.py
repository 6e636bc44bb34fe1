"""A branch upgrades one device at a time: a device of the previous protocol (version 2, frozen in
wire_v2.py) syncs with the new hub both ways, tag → handoff → outcome, and reads rows in its own words
(a staff row with an empty PIN hash: no hash leaves the hub); a device too old, or newer than the hub,
is told which side to update and keeps every change until then."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator

import httpx
import pytest

import lobby_app.sync.config as device_config
from lobby_app.protocol import HEADER, VERSION
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer
from lobby_app.sync.loop import SyncLoop, SyncStatus

from . import wire_v2
from .conftest import PIN, DeviceClient, Hub
from .test_sync import BIG, Device, enrol


def pushed(client: DeviceClient, staff_id: int, *changes: tuple[str, dict]) -> list[dict]:
    """Push as a version 2 device does: its header, its own words, each change signed in a session made
    from the key it derived from the PIN (DeviceClient.signed)."""
    mutations = [{"id": str(uuid.uuid4()), "name": n, "args": a, "staff_id": staff_id} for n, a in changes]
    reply = client.push(mutations)
    assert reply.status_code == 200 and client.headers[HEADER] == "2", reply.text
    assert reply.headers[HEADER] == str(VERSION)  # the hub says what it speaks
    return reply.json()["results"]


def pulled(client: DeviceClient, table: str, since: int = 0) -> list[dict]:
    """The rows of `table` a pull brings this device, oldest first."""
    changes = client.get("/v1/pull", params={"since": since}).json()["changes"]
    return [c["data"] for c in changes if c["table"] == table]


def handoff_as_pulled(client: DeviceClient, handoff_id: str) -> dict:
    rows = [r for r in pulled(client, "handoff") if r["id"] == handoff_id]
    assert rows, "the handoff is in the feed"
    assert rows[-1].keys() == wire_v2.HANDOFF_FIELDS  # what a version 2 device reads, and nothing it would refuse
    return rows[-1]


@pytest.mark.dialect  # the hub's writes of a whole handoff, from either version
def test_a_version_2_tablet_and_a_new_desk_serve_a_customer_together(hub: Hub, team, tmp_path, clock):
    tablet = hub.device("旧平板", version=2)  # not updated yet
    desk = enrol(hub, tmp_path, "desk")  # updated
    handoffs.set_presence(desk.ctx, team.wm1, presence="available")
    desk.sync()
    tag_id, handoff_id = str(uuid.uuid4()), str(uuid.uuid4())
    results = pushed(
        tablet,
        team.lobby.staff_id,
        ("tag_customer", wire_v2.tag_customer(tag_id, clock.now, amount_fen=8_000_000, address_as="王先生")),
        ("refer", wire_v2.refer(handoff_id, tag_id, clock.now)),
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
def test_a_new_tablet_and_a_version_2_desk_serve_a_customer_together(hub: Hub, team, tmp_path):
    tablet = enrol(hub, tmp_path, "tablet")  # updated
    desk = hub.device("旧理财电脑", version=2)  # not updated yet
    wm = team.wm1.staff_id
    assert [r["status"] for r in pushed(desk, wm, ("set_presence", wire_v2.set_presence(wm, "available")))] == [
        "applied"
    ]
    tablet.sync()
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    tablet.sync()
    assert handoff_as_pulled(desk, change.id)["state"] == "offered"
    results = pushed(
        desk,
        wm,
        ("accept", wire_v2.accept(change.id)),
        ("meet", wire_v2.meet(change.id)),
        ("record_outcome", wire_v2.converted(change.id, [("fund", 5_000_000)])),
    )
    assert [r["status"] for r in results] == ["applied"] * 3
    tablet.sync()
    assert (tablet.handoff(change.id).state, tablet.handoff(change.id).assignee_id) == ("converted", wm)


def test_a_version_2_device_gets_no_pin_hash_and_hears_only_where_the_feed_is(hub: Hub, team, monkeypatch):
    from lobby_app.hub import app as hub_app

    monkeypatch.setattr(hub_app, "EVENT_LOOK_S", 3600.0)  # only the PIN change below publishes
    old, new = hub.device("旧平板", version=2), hub.device("新平板")
    staff = pulled(old, "staff")
    assert {r["staff_no"] for r in staff} == {"8001", "1001", "2001", "3001", "3002", "3003"}
    assert all(r.keys() == wire_v2.STAFF_FIELDS and r["pin_hash"] == "" for r in staff)  # in its words, no hash
    assert all("pin_hash" not in r and r["pin_set_at"] for r in pulled(new, "staff"))  # the current words
    teller = str(team.teller.staff_id)
    [row] = old.post("/v1/rows", json={"keys": [["staff", teller]]}).json()["rows"]
    assert row["data"].keys() == wire_v2.STAFF_FIELDS and row["data"]["pin_hash"] == ""

    with old.stream("GET", "/v1/events") as old_events, new.stream("GET", "/v1/events") as new_events:
        old_stream, new_stream = events_of(old_events), events_of(new_events)
        old_first, new_first = next(old_stream), next(new_stream)  # where the feed is, to both
        assert old_first == new_first and old_first.keys() == {"last_seq"}
        changed = new.post("/v1/pin", json={"staff_no": "2001", "pin": PIN, "new_pin": "749361"})
        assert changed.status_code == 200, changed.text
        carried: list[dict] = []  # read timeout 10 s: only the PIN change can bring an event
        while not any(c["table"] == "staff" and c["key"] == teller for c in carried):
            carried += next(new_stream)["changes"]  # a current device is given the change itself
        told = next(old_stream)
        assert told == {"last_seq": carried[-1]["seq"]}  # a version 2 device is told only where the feed is
    [row] = pulled(old, "staff", since=old_first["last_seq"])  # and pulls it, in its words
    assert row.keys() == wire_v2.STAFF_FIELDS and (row["staff_no"], row["pin_hash"]) == ("2001", "")


def events_of(stream: httpx.Response) -> Iterator[dict]:
    return (json.loads(line.removeprefix("data:")) for line in stream.iter_lines() if line.startswith("data:"))


@pytest.mark.parametrize(("spoken", "side"), [(VERSION - 2, "update_device"), (VERSION + 1, "update_hub")])
def test_a_device_the_hub_cannot_serve_is_told_which_side_to_update_and_keeps_every_change(
    hub: Hub, team, tmp_path, monkeypatch, spoken, side
):
    tablet = enrol(hub, tmp_path, "tablet")
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    monkeypatch.setattr(device_config, "VERSION", spoken)  # this device two versions behind, or ahead

    status = round_of(hub, tablet)
    assert (status.reachable, status.update, status.waiting) == (True, side, 2)
    assert [state for _, state, _ in tablet.outbox()] == ["pending", "pending"]  # nothing lost, nothing sent
    assert hub_has(hub, change.id) is False

    monkeypatch.setattr(device_config, "VERSION", VERSION)  # the side behind is updated
    status = round_of(hub, tablet)
    assert (status.update, status.waiting) == ("", 0)
    assert [state for _, state, _ in tablet.outbox()] == ["confirmed", "confirmed"]
    assert hub_has(hub, change.id) is True


def round_of(hub: Hub, device: Device) -> SyncStatus:
    """One round as the app's sync loop runs it (over TLS, trusting the hub's anchor): its last status."""
    loop = SyncLoop(device.ctx, hub.config(device.link.token, "tablet"))

    async def once() -> None:
        async with loop.config.client() as http:
            await loop.round(http)

    asyncio.run(once())
    return loop.status


def hub_has(hub: Hub, handoff_id: str) -> bool:
    from lobby_app.store.tables import Handoff

    with hub.ctx.db.read() as s:
        return s.get(Handoff, handoff_id) is not None
