"""A branch upgrades one device at a time: a device of the previous protocol (version 4, frozen in
wire_v4.py) syncs with the new hub both ways, tag → handoff → outcome, and reads rows in its own words
(only the fields version 4 names: a staff row without its place); a device too old, or newer than the
hub, is told which side to update and keeps every change until then."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator

import httpx
import pytest

import lobby_app.sync.config as device_config
from lobby_app.protocol import HEADER, VERSION
from lobby_app.protocol.commands import Refer, TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer
from lobby_app.store.tables import BranchNote, Notification, Staff
from lobby_app.sync.loop import SyncLoop, SyncStatus

from . import wire_v4
from .conftest import PIN, DeviceClient, Hub
from .test_sync import BIG, Device, enrol


def pushed(client: DeviceClient, staff_id: int, *changes: tuple[str, dict]) -> list[dict]:
    """Push as a version 4 device does: its header, its own words, each change signed in a session made
    from the secret the hub gave it when the person signed in (DeviceClient.signed)."""
    mutations = [{"id": str(uuid.uuid4()), "name": n, "args": a, "staff_id": staff_id} for n, a in changes]
    reply = client.push(mutations)
    assert reply.status_code == 200 and client.headers[HEADER] == "4", reply.text
    assert reply.headers[HEADER] == str(VERSION)  # the hub says what it speaks
    return reply.json()["results"]


def pulled(client: DeviceClient, table: str, since: int = 0) -> list[dict]:
    """The rows of `table` a pull brings this device, oldest first."""
    changes = client.get("/v1/pull", params={"since": since}).json()["changes"]
    return [c["data"] for c in changes if c["table"] == table]


def handoff_as_pulled(client: DeviceClient, handoff_id: str) -> dict:
    rows = [r for r in pulled(client, "handoff") if r["id"] == handoff_id]
    assert rows, "the handoff is in the feed"
    assert rows[-1].keys() == wire_v4.HANDOFF_FIELDS  # what a version 4 device reads, and nothing it would refuse
    return rows[-1]


@pytest.mark.dialect  # the hub's writes of a whole handoff, from either version
def test_a_version_4_tablet_and_a_new_desk_serve_a_customer_together(hub: Hub, team, tmp_path, clock):
    tablet = hub.device("旧平板", version=4)  # not updated yet
    desk = enrol(hub, tmp_path, "desk")  # updated
    handoffs.set_presence(desk.ctx, team.wm1, presence="available")
    desk.sync()
    tag_id, handoff_id = str(uuid.uuid4()), str(uuid.uuid4())
    results = pushed(
        tablet,
        team.lobby.staff_id,
        ("tag_customer", wire_v4.tag_customer(tag_id, clock.now, amount_fen=8_000_000, address_as="王先生")),
        ("refer", wire_v4.refer(handoff_id, tag_id, clock.now)),
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
def test_a_new_tablet_and_a_version_4_desk_serve_a_customer_together(hub: Hub, team, tmp_path):
    tablet = enrol(hub, tmp_path, "tablet")  # updated
    desk = hub.device("旧理财电脑", version=4)  # not updated yet
    wm = team.wm1.staff_id
    assert [r["status"] for r in pushed(desk, wm, ("set_presence", wire_v4.set_presence(wm, "available")))] == [
        "applied"
    ]
    tablet.sync()
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    tablet.sync()
    assert handoff_as_pulled(desk, change.id)["state"] == "offered"
    results = pushed(
        desk,
        wm,
        ("accept", wire_v4.accept(change.id)),
        ("meet", wire_v4.meet(change.id)),
        ("record_outcome", wire_v4.converted(change.id, [("fund", 5_000_000)])),
    )
    assert [r["status"] for r in results] == ["applied"] * 3
    tablet.sync()
    assert (tablet.handoff(change.id).state, tablet.handoff(change.id).assignee_id) == ("converted", wm)


def test_a_version_4_device_pulls_only_the_fields_it_knows(hub: Hub, team, clock):
    old, new = hub.device("旧平板", version=4), hub.device("新平板")
    lobby, wm = team.lobby.staff_id, team.wm1.staff_id
    referred, kept, handoff_id = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    made = [
        ("tag_customer", TagCustomer(id=referred, purpose="deposit", amount_fen=8_000_000).wire()),
        ("refer", Refer(id=handoff_id, tag_id=referred).wire()),
        ("tag_customer", TagCustomer(id=kept, purpose="deposit", amount_fen=8_000_000).wire()),
    ]
    results = new.push([{"id": str(uuid.uuid4()), "name": n, "args": a, "staff_id": lobby} for n, a in made])
    assert [r["status"] for r in results.json()["results"]] == ["applied"] * 3
    # Version 5's field, set at the hub between rows version 4 reads whole, and the notes and notices it knows.
    now = clock.now
    with hub.ctx.db.write() as s:
        s.add(BranchNote(id="note-1", kind="problem", text="叫号机卡纸", created_by=team.head.staff_id, created_at=now))
    with hub.ctx.db.write() as s:
        person = s.get(Staff, wm)
        assert person is not None
        person.place = "2号理财室"
        s.add(person)
        s.add(
            Notification(id="told-1", staff_id=lobby, kind="converted", handoff_id=handoff_id, data={}, created_at=now)
        )

    old_feed, new_feed = old.get("/v1/pull").json(), new.get("/v1/pull").json()
    assert tables_of(old_feed) == tables_of(new_feed)  # every table it knows, every row
    assert old_feed["last_seq"] == new_feed["last_seq"] and len(old_feed["changes"]) == len(new_feed["changes"])
    assert all(row.keys() == wire_v4.STAFF_FIELDS for row in latest(old_feed, "staff").values())
    assert latest(new_feed, "staff")[str(wm)]["place"] == "2号理财室"
    assert latest(old_feed, "staff")[str(wm)]["name"] == latest(new_feed, "staff")[str(wm)]["name"]
    assert all(row.keys() == wire_v4.CUSTOMER_TAG_FIELDS for row in latest(old_feed, "customer_tag").values())
    assert latest(old_feed, "branch_note")["note-1"].keys() == wire_v4.BRANCH_NOTE_FIELDS
    assert {row["kind"] for row in latest(old_feed, "notification").values()} <= wire_v4.NOTIFICATION_KINDS

    keys = [["staff", str(wm)], ["customer_tag", kept], ["customer_tag", "gone"]]
    rows = old.post("/v1/rows", json={"keys": keys}).json()["rows"]
    assert [(r["table"], r["key"]) for r in rows] == [
        ("staff", str(wm)),
        ("customer_tag", kept),
        ("customer_tag", "gone"),
    ]
    assert rows[0]["data"].keys() == wire_v4.STAFF_FIELDS and rows[2]["data"] is None  # none: the hub has none
    assert new.post("/v1/rows", json={"keys": keys}).json()["rows"][0]["data"]["place"] == "2号理财室"


def tables_of(feed: dict) -> set[str]:
    return {c["table"] for c in feed["changes"]}


def latest(feed: dict, table: str) -> dict[str, dict]:
    """Each row of `table` in a pull, by key, as its last change left it."""
    return {c["key"]: c["data"] for c in feed["changes"] if c["table"] == table}


def test_a_version_4_device_hears_only_where_the_feed_is_and_pulls_in_its_own_words(hub: Hub, team, monkeypatch):
    from lobby_app.hub import app as hub_app

    monkeypatch.setattr(hub_app, "EVENT_LOOK_S", 3600.0)  # only the PIN change below publishes
    old, new = hub.device("旧平板", version=4), hub.device("新平板")
    teller = str(team.teller.staff_id)
    with old.stream("GET", "/v1/events") as old_events, new.stream("GET", "/v1/events") as new_events:
        old_stream, new_stream = events_of(old_events), events_of(new_events)
        old_first, new_first = next(old_stream), next(new_stream)  # where the feed is, to both
        assert old_first == new_first and old_first.keys() == {"last_seq"}
        changed = new.post("/v1/pin", json={"staff_no": "2001", "pin": PIN, "new_pin": "749361"})
        assert changed.status_code == 200, changed.text
        carried: list[dict] = []  # read timeout 10 s: only the PIN change can bring an event
        while not any(c["table"] == "staff" and c["key"] == teller for c in carried):
            carried += next(new_stream)["changes"]  # a current device is given the change itself
        told = [next(old_stream)]  # one event per commit, or one for several: each says only where the feed is
        while told[-1].get("last_seq", 0) < carried[-1]["seq"]:
            told.append(next(old_stream))
        assert all(t.keys() == {"last_seq"} for t in told) and told[-1] == {"last_seq": carried[-1]["seq"]}
    [row] = pulled(old, "staff", since=old_first["last_seq"])  # and pulls it, in its words
    assert row.keys() == wire_v4.STAFF_FIELDS and row["staff_no"] == "2001"


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
