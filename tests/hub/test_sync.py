"""Devices with their own stores, synced with a real hub on loopback: the branch ends in one state."""

from __future__ import annotations

import asyncio
import contextlib
import json
import operator
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import reduce
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, col, func, select

from lobby_app.app_setup import open_store
from lobby_app.domain.standards import standards_to_dict
from lobby_app.gui.app import build_screens
from lobby_app.hub.access import make_enrolment_code
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs, rules
from lobby_app.services.context import Ctx
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.remote import KINDS
from lobby_app.services.rules import current_standards
from lobby_app.settings import Settings
from lobby_app.store.tables import Handoff, HubChange, Outbox, PresenceRow
from lobby_app.sync import config
from lobby_app.sync.client import HubLink, as_sent, cursor, take_feed
from lobby_app.sync.staff import sign_in_at_hub

from ..conftest import open_test_store, until, wait_until
from .conftest import SPEAKS, TLS, Hub, free_port, shared_rows, sign_in_here

BIG = {"purpose": "deposit", "amount_fen": 8_000_000, "address_as": "王先生"}


@dataclass
class Device:
    ctx: Ctx
    link: Link

    def sync(self):
        return asyncio.run(self._sync())

    async def _sync(self):
        async with self.link.client() as http:
            return await HubLink(self.ctx, http).sync_once()

    def find(self, handoff_id: str) -> Handoff | None:
        with self.ctx.db.read() as s:
            return s.get(Handoff, handoff_id)

    def handoff(self, handoff_id: str) -> Handoff:
        row = self.find(handoff_id)
        assert row is not None
        return row

    def outbox(self) -> list[tuple[str, str, str]]:
        with self.ctx.db.read() as s:
            return [(o.name, o.state, o.refusal) for o in s.exec(select(Outbox).order_by(col(Outbox.seq)))]


class Link:
    """Base URL and token of an enrolled device; a fresh client per round, as each asyncio.run is a new loop."""

    def __init__(self, url: str, token: str) -> None:
        self.url, self.token = url, token

    def client(self) -> httpx.AsyncClient:
        headers = {"Authorization": f"Bearer {self.token}"} | SPEAKS
        return httpx.AsyncClient(base_url=self.url, headers=headers, timeout=10, verify=TLS)


WHO_WORKS_AT = {"tablet": "1001", "desk": "3001", "desk1": "3001", "desk2": "3002"}  # staff numbers


def enrol(hub: Hub, tmp_path: Path, name: str, staff_no: str = "") -> Device:
    """A new device joins the branch and its person signs in on it (`staff_no`, or by the device's name)."""
    ctx = replace(open_test_store(Settings(data_dir=tmp_path / name)), clock=hub.ctx.clock)
    code = make_enrolment_code(hub.ctx, staff_no="8001", pin="580274")
    device = Device(ctx, Link(hub.url, config.enrol(hub.url, code=code, name=name, device_id=ctx.device_id).token))
    device.sync()  # the branch as the hub has it: staff, standards, presence
    sign_in_here(ctx, device.link, staff_no or WHO_WORKS_AT[name])
    return device


@pytest.mark.dialect  # the round trip, row for row
def test_a_tablets_referral_reaches_the_hub_and_a_desk_with_the_same_ids(hub: Hub, team, tmp_path):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    handoffs.set_presence(desk.ctx, team.wm1, presence="available")
    desk.sync()
    tablet.sync()  # the tablet hears that wm1 is available
    with tablet.ctx.db.read() as s:
        assert s.get(PresenceRow, team.wm1.staff_id).presence == "available"
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG), note="想了解基金")
    assert tablet.handoff(change.id).state == "offered"  # optimistic: the tablet's own routing
    result = tablet.sync()
    assert (result.pushed, result.refused) == (2, 0)
    assert [state for _, state, _ in tablet.outbox()] == ["confirmed"] * 2
    with hub.ctx.db.read() as s:
        at_hub = s.get(Handoff, change.id)
    assert at_hub is not None and (at_hub.state, at_hub.assignee_id) == ("offered", team.wm1.staff_id)
    desk.sync()
    assert (desk.handoff(change.id).state, desk.handoff(change.id).note) == ("offered", "想了解基金")
    handoffs.accept(desk.ctx, team.wm1, handoff_id=change.id)
    desk.sync()
    tablet.sync()
    assert tablet.handoff(change.id).state == "accepted"
    with tablet.ctx.db.read() as s:
        assert s.get(PresenceRow, team.wm1.staff_id).presence == "with_customer"


@pytest.mark.dialect  # the write lock
def test_two_desks_accept_the_same_customer_offline_and_exactly_one_wins(hub: Hub, team, tmp_path):
    tablet, desk1, desk2 = (enrol(hub, tmp_path, n) for n in ("tablet", "desk1", "desk2"))
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))  # nobody on duty: queued
    tablet.sync()
    desk1.sync()
    desk2.sync()
    handoffs.accept(desk1.ctx, team.wm1, handoff_id=change.id)  # both take it from the queue while cut off
    handoffs.accept(desk2.ctx, team.wm2, handoff_id=change.id)
    assert desk2.handoff(change.id).assignee_id == team.wm2.staff_id
    desk1.sync()
    result = desk2.sync()
    assert result.refused == 1
    name, state, refusal = desk2.outbox()[-1]
    assert (name, state, json.loads(refusal)["taken_by"]) == ("accept", "refused", "员工3001")
    # The loser's store now shows what the hub decided: the customer is with wm1; wm2 is as before.
    assert desk2.handoff(change.id).assignee_id == team.wm1.staff_id
    with desk2.ctx.db.read() as s:
        assert s.get(PresenceRow, team.wm2.staff_id).presence == "offline"


@pytest.mark.dialect  # a push of many changes is one transaction
def test_a_device_keeps_working_without_the_hub_and_catches_up(hub: Hub, team, tmp_path):
    tablet = enrol(hub, tmp_path, "tablet")
    url = tablet.link.url
    tablet.link.url = f"http://127.0.0.1:{free_port()}"  # the LAN is down
    made = [tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG | {"ticket": f"A{i:03d}"}))[0].id for i in range(5)]
    with pytest.raises(httpx.ConnectError):
        tablet.sync()
    assert HubLink(tablet.ctx, httpx.AsyncClient()).waiting() == 10  # five tags, five referrals
    tablet.link.url = url
    result = tablet.sync()
    assert (result.pushed, result.refused) == (10, 0)
    with hub.ctx.db.read() as s:
        assert {h.id for h in s.exec(select(Handoff))} == set(made)


@pytest.mark.dialect  # the replay is found by its unique key
def test_a_push_whose_reply_was_lost_is_answered_as_a_duplicate(hub: Hub, team, tmp_path):
    tablet = enrol(hub, tmp_path, "tablet")
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    with tablet.ctx.db.read() as s:
        batch = list(s.exec(select(Outbox)))
    body = {"mutations": [as_sent(e) for e in batch]}
    headers = {"Authorization": f"Bearer {tablet.link.token}"} | SPEAKS
    httpx.post(f"{hub.url}/v1/push", json=body, headers=headers, verify=TLS)  # applied, but the device never heard
    result = tablet.sync()  # the device sends the same entries again
    assert (result.pushed, result.refused, result.duplicates) == (2, 0, 2)
    with hub.ctx.db.read() as s:
        assert len(s.exec(select(Handoff)).all()) == 1
    assert tablet.handoff(change.id).state == "queued"


def test_a_device_takes_another_devices_change_from_the_event_stream_without_a_pull(
    hub: Hub, team, tmp_path, monkeypatch
):
    import lobby_app.sync.loop as loop_module
    from lobby_app.sync.loop import SyncLoop

    monkeypatch.setattr(loop_module, "IDLE_S", 120.0)  # no round of its own: only the stream can bring it
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    rounds, pulls = [], []
    writers: list[str] = []  # the thread of each transaction the desk's sync writes
    write = desk.ctx.db.write

    @contextlib.contextmanager
    def watched_write(**kwargs: bool) -> Iterator[Session]:
        writers.append(threading.current_thread().name)
        with write(**kwargs) as session:
            yield session

    monkeypatch.setattr(desk.ctx.db, "write", watched_write)

    async def scenario() -> str:
        stop = asyncio.Event()
        loop = SyncLoop(desk.ctx, hub.config(desk.link.token, "desk"), on_round=rounds.append)
        running = asyncio.create_task(loop.run(stop))
        # The first round done and the stream open, however long that takes on a loaded machine.
        # Its stream open, and its rounds done with nothing more asked for: everything from here reaches it
        # through the stream, or through a round that the stream asked for (counted below).
        await until(
            lambda: loop.listening.is_set() and loop.settled.is_set() and cursor(desk.ctx)[0] == hub_seq(hub),
            what="the desk's rounds done and its stream open",
        )
        pull = HubLink._pull

        async def counted(link: HubLink) -> tuple[int, bool]:
            if link._ctx is desk.ctx:
                pulls.append(link)
            return await pull(link)

        monkeypatch.setattr(HubLink, "_pull", counted)
        change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
        async with tablet.link.client() as http:
            await HubLink(tablet.ctx, http).sync_once()
        await until(lambda: desk.find(change.id) is not None, what="the handoff at the desk")
        stop.set()
        await running
        return str(change.id)

    handoff_id = asyncio.run(scenario())
    assert desk.handoff(handoff_id).state == "queued"
    assert pulls == [], "the desk took the change from the stream, without a request of its own"
    assert sum(r.pulled for r in rounds) >= 2, "and its screens heard of them (the tag and the handoff)"
    assert cursor(desk.ctx) == cursor(tablet.ctx)
    # Written on the sync's own thread, never on the event loop's (on a device, the screens' thread).
    assert writers and set(writers) == {"sync-store_0"}, writers


def test_with_its_stream_open_a_device_pushes_its_own_change_and_the_stream_brings_the_feed(
    hub: Hub, team, tmp_path, monkeypatch
):
    """A change made here wakes a round that pushes it and takes the hub's rows for it, without a pull:
    the stream brings the feed (one request a change instead of three). A round the stream asks for pulls."""
    import lobby_app.sync.loop as loop_module
    from lobby_app.sync.loop import SyncLoop

    monkeypatch.setattr(loop_module, "IDLE_S", 120.0)  # no round of its own, and no pull for being overdue
    tablet = enrol(hub, tmp_path, "tablet")
    pulls: list[HubLink] = []
    pull = HubLink._pull

    async def counted(link: HubLink) -> tuple[object, bool]:
        pulls.append(link)
        return await pull(link)

    async def scenario() -> str:
        stop = asyncio.Event()
        loop = SyncLoop(tablet.ctx, hub.config(tablet.link.token, "tablet"))
        running = asyncio.create_task(loop.run(stop))
        await until(lambda: loop.listening.is_set() and loop.settled.is_set(), what="the first round and the stream")
        monkeypatch.setattr(HubLink, "_pull", counted)
        change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
        loop.wake()  # as the lobby screen does after a change
        await until(
            lambda: (
                loop.settled.is_set()
                and cursor(tablet.ctx)[0] == hub_seq(hub)
                and tablet.outbox()[-1][1] == "confirmed"
            ),
            what="the change decided and the feed taken from the stream",
        )
        assert pulls == [], "pushed without a pull"
        loop.wake(pull=True)  # what the stream does when it cannot bring what follows
        await until(lambda: len(pulls) == 1 and loop.settled.is_set(), what="the asked-for pull")
        stop.set()
        await running
        return str(change.id)

    handoff_id = asyncio.run(scenario())
    assert [(name, state) for name, state, _ in tablet.outbox()[-2:]] == [
        ("tag_customer", "confirmed"),
        ("refer", "confirmed"),
    ]
    assert shared_rows(tablet.ctx) == shared_rows(hub.ctx), "the tablet holds the hub's version of every row"
    assert tablet.handoff(handoff_id).state == hub_handoff(hub, handoff_id).state


def test_a_sync_loop_says_while_its_stream_is_open(hub: Hub, team, tmp_path):
    """`listening` is what tests and the benchmark wait for instead of a fixed time: set once the hub's
    stream has said where its feed stands, cleared when the stream is gone."""
    from lobby_app.sync.loop import SyncLoop

    desk = enrol(hub, tmp_path, "desk")

    async def scenario() -> None:
        stop = asyncio.Event()
        loop = SyncLoop(desk.ctx, hub.config(desk.link.token, "desk"))
        running = asyncio.create_task(loop.run(stop))
        await until(loop.listening.is_set, what="the stream open")
        await asyncio.to_thread(hub.stop)
        await until(lambda: not loop.listening.is_set(), what="the stream known to be gone")
        stop.set()
        await running

    asyncio.run(scenario())


def test_feed_changes_that_do_not_follow_on_from_the_cursor_change_nothing(hub: Hub, team, tmp_path):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    tablet.sync()
    changes = hub.device("读者").get("/v1/pull").json()["changes"]
    since, stamp = cursor(desk.ctx)
    later = [c for c in changes if c["seq"] > since]
    assert later, "the tablet's tag and referral are in the feed, past the desk's cursor"
    skipped = later[1:]  # the first change missing: they follow on from a seq the desk never took
    before = shared_rows(desk.ctx)
    assert take_feed(desk.ctx, (skipped[0]["seq"] - 1, later[0]["stamp"]), skipped, skipped[-1]["seq"]) is None
    assert take_feed(desk.ctx, (since, "another feed"), later, later[-1]["seq"]) is None
    assert shared_rows(desk.ctx) == before and cursor(desk.ctx) == (since, stamp)
    taken = take_feed(desk.ctx, (since, stamp), later, later[-1]["seq"])
    assert taken is not None and taken.pulled == len(later)
    assert cursor(desk.ctx) == (later[-1]["seq"], later[-1]["stamp"])
    # What the rows touched, for the screens, as a service call says it: the tag, the handoff, the routing.
    touched = {c["table"] for c in later}
    assert {"customer_tag", "handoff"} <= touched
    assert taken.changes.kinds == reduce(operator.or_, (KINDS[t] for t in touched))


def test_streamed_rows_the_store_will_not_take_are_left_to_a_round(hub: Hub, team, tmp_path):
    from lobby_app.sync.loop import SyncLoop

    desk = enrol(hub, tmp_path, "desk")
    loop = SyncLoop(desk.ctx, hub.config(desk.link.token, "desk"))
    since, stamp = cursor(desk.ctx)
    broken = {"seq": since + 1, "stamp": "s", "table": "handoff", "key": "h", "data": {"id": "h"}}  # no tag, no state
    event = {"after": since, "after_stamp": stamp, "last_seq": since + 1, "changes": [broken]}
    before = shared_rows(desk.ctx)
    asyncio.run(loop._heard(event))  # the stream goes on: a round will pull it and meet the same row
    assert shared_rows(desk.ctx) == before and cursor(desk.ctx) == (since, stamp)
    assert loop._wake.is_set()


class BrokenRowInPulls(httpx.AsyncBaseTransport):
    """The real hub's replies, with a handoff row this device will not take at the end of every pull page
    while `broken`: "conflict", well formed but a second handoff of a customer who has one (the store
    allows one per tag, so the store itself refuses it); "malformed", a snapshot missing its columns (the
    protocol refuses it). As in the stream test above, but reaching the device in a round's pull."""

    def __init__(self, kind: str) -> None:
        self.inner = httpx.AsyncHTTPTransport(verify=TLS)
        self.broken = True
        self.kind = kind

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply = await self.inner.handle_async_request(request)
        if not self.broken or request.url.path != "/v1/pull":
            return reply
        page = json.loads(await reply.aread())
        seq = page["last_seq"] + 1
        [first, *_] = [c["data"] for c in page["changes"] if c["table"] == "handoff"] or [{}]
        data = first | {"id": "h"} if self.kind == "conflict" else {"id": "h"}
        page["changes"].append({"seq": seq, "stamp": "s", "table": "handoff", "key": "h", "data": data})
        return httpx.Response(reply.status_code, json=page | {"last_seq": seq})

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.mark.parametrize(("kind", "said"), [("conflict", "IntegrityError"), ("malformed", "ValidationError")])
def test_a_round_the_devices_store_fails_is_retried_and_the_status_names_the_error(
    hub: Hub, team, tmp_path, caplog, kind, said
):
    from lobby_app.sync.loop import SyncLoop

    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    tablet.sync()  # at the hub, for the desk to pull
    before = cursor(desk.ctx)
    loop = SyncLoop(desk.ctx, hub.config(desk.link.token, "desk"))
    pulls = BrokenRowInPulls(kind)

    async def two_rounds() -> tuple[bool, bool]:
        headers = {"Authorization": f"Bearer {desk.link.token}"} | SPEAKS
        async with httpx.AsyncClient(base_url=hub.url, headers=headers, transport=pulls) as http:
            failed = await loop.round(http)  # raised out of the round, and so out of `run`, before
            assert loop.status.store_error.startswith(said) and "handoff" in loop.status.store_error
            assert loop.status.reachable is not False and loop.status.down_since is None  # the hub answered
            assert cursor(desk.ctx) == before  # the page was not taken, not half of it either
            pulls.broken = False  # the cause gone
            return failed, await loop.round(http)

    with caplog.at_level("ERROR", logger="lobby_app.sync.loop"):
        assert asyncio.run(two_rounds()) == (False, True)
    [logged] = [r for r in caplog.records if r.name == "lobby_app.sync.loop"]
    assert logged.exc_info is not None  # once, with the traceback
    assert (loop.status.reachable, loop.status.store_error) == (True, "")
    assert desk.handoff(change.id).state == "queued"  # the failed page left nothing half-taken; the next took it
    assert cursor(desk.ctx) == cursor(tablet.ctx) != before


def test_without_the_hub_the_status_says_since_when_and_how_many_changes_wait(hub: Hub, team, tmp_path, clock):
    from lobby_app.sync.config import HubConfig
    from lobby_app.sync.loop import SyncLoop

    tablet = enrol(hub, tmp_path, "tablet")
    tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    statuses = []
    loop = SyncLoop(tablet.ctx, HubConfig(f"http://127.0.0.1:{free_port()}", "t", "tablet"), on_status=statuses.append)

    async def two_rounds() -> None:
        async with loop.config.client() as http:
            assert not await loop.round(http)
            clock.advance(minutes=1)
            assert not await loop.round(http)

    asyncio.run(two_rounds())
    assert loop.status.reachable is False and loop.status.waiting == 2
    assert loop.status.down_since == clock.now - timedelta(minutes=1)  # since the first failure


def hub_seq(hub: Hub) -> int:
    with hub.ctx.db.read() as s:
        return s.exec(select(func.max(HubChange.seq))).one() or 0


def hub_handoff(hub: Hub, handoff_id: str) -> Handoff:
    with hub.ctx.db.read() as s:
        row = s.get(Handoff, handoff_id)
    assert row is not None
    return row


@pytest.mark.dialect  # times compared in SQL
def test_the_hub_escalates_an_unanswered_offer_by_its_own_clock(hub: Hub, team, tmp_path, clock):
    tablet, desk1, desk2 = (enrol(hub, tmp_path, n) for n in ("tablet", "desk1", "desk2"))
    handoffs.set_presence(desk1.ctx, team.wm1, presence="available")
    handoffs.set_presence(desk2.ctx, team.wm2, presence="available")
    desk1.sync()
    desk2.sync()
    tablet.sync()
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG), wm_id=team.wm1.staff_id)
    tablet.sync()
    clock.advance(minutes=2)  # nobody at desk 1 answers
    wait_until(lambda: hub_handoff(hub, change.id).assignee_id == team.wm2.staff_id, what="the hub's escalation")
    desk2.sync()
    assert (desk2.handoff(change.id).state, desk2.handoff(change.id).escalations) == ("offered", 1)
    assert desk2.handoff(change.id).assignee_id == team.wm2.staff_id


def test_enrol_joins_a_new_device_and_refuses_one_with_a_branch_of_its_own(hub: Hub, team, tmp_path, capsys):
    from lobby_app.cli import main

    code = make_enrolment_code(hub.ctx, staff_no="8001", pin="580274")
    data = tmp_path / "tablet"
    assert main(["--data-dir", str(data), "enrol", "--hub", hub.url, "--code", code, "--name", "大堂平板1"]) == 0
    assert "enrolled as 大堂平板1" in capsys.readouterr().out
    assert oct((data / "hub.json").stat().st_mode & 0o777) == "0o600"  # the token is this device's key
    device_ctx = open_store(Settings(data_dir=data))
    hub_json = config.load(data)
    assert hub_json is not None
    signed = asyncio.run(sign_in_at_hub(device_ctx, hub_json, staff_no="1001", pin="580274"))
    assert signed.actor == team.lobby  # the branch's staff, from the hub
    device_ctx.db.dispose()
    assert main(["--data-dir", str(tmp_path / "other"), "enrol", "--hub", hub.url, "--code", code, "--name", "x"]) == 2
    assert "unknown, used or expired" in capsys.readouterr().err
    own = tmp_path / "demo"
    assert main(["--data-dir", str(own), "demo-data"]) == 0
    fresh = make_enrolment_code(hub.ctx, staff_no="8001", pin="580274")
    assert main(["--data-dir", str(own), "enrol", "--hub", hub.url, "--code", fresh, "--name", "x"]) == 2
    assert "already holds a branch" in capsys.readouterr().err


def test_my_referrals_say_where_each_change_stands_with_the_hub(hub: Hub, team, tmp_path, qapp):
    from lobby_app.gui.app import build_screens

    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    screens = build_screens(qapp, tablet.ctx, language="zh_CN", hub=True)
    try:
        screens.session.signIn("1001", "580274")
        change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
        screens.referrals.refresh()
        [row] = screens.referrals.property("referrals").rows
        assert row["syncText"] == "已存本机，尚未发送"
        tablet.sync()
        screens.referrals.refresh()
        assert screens.referrals.property("referrals").rows[0]["syncText"] == ""  # confirmed: nothing to say
        # The wealth manager served the customer; the tablet, not yet told, says the customer left.
        desk.sync()
        handoffs.accept(desk.ctx, team.wm1, handoff_id=change.id)
        handoffs.meet(desk.ctx, team.wm1, handoff_id=change.id)
        handoffs.record_outcome(desk.ctx, team.wm1, handoff_id=change.id, outcome="converted", sales=[("fund", 100)])
        desk.sync()
        screens.referrals.customerLeft(change.id)
        assert screens.referrals.property("referrals").rows[0]["stateCode"] == "cancelled"  # as the tablet saw it
        tablet.sync()
        screens.referrals.refresh()
        [row] = screens.referrals.property("referrals").rows
        assert row["syncRefused"] and row["stateCode"] == "converted"  # the hub's word stands
        assert row["syncText"] == "网点服务器没有接受：员工3001已先接了"
    finally:
        screens.close()


def test_the_desk_says_where_my_changes_stand_and_who_took_a_customer_first(hub: Hub, team, tmp_path, qapp):
    from lobby_app.gui.app import build_screens

    tablet, desk1, desk2 = (enrol(hub, tmp_path, n) for n in ("tablet", "desk1", "desk2"))
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))  # nobody on duty: queued
    tablet.sync()
    desk1.sync()
    desk2.sync()
    screens = build_screens(qapp, desk1.ctx, language="zh_CN", hub=True)
    try:
        screens.session.signIn("3001", "580274")
        assert screens.desk.accept(change.id)  # both take the customer from the queue before syncing
        handoffs.accept(desk2.ctx, team.wm2, handoff_id=change.id)
        [held] = screens.desk.property("withMe").rows
        assert held["syncText"] == "已存本机，尚未发送"
        assert screens.desk.property("hubRefusalText") == ""
        desk2.sync()  # the colleague's accept reaches the hub first
        desk1.sync()
        screens.desk.refresh()
        assert screens.desk.property("withMe").rows == []  # the hub's word: the customer is the colleague's
        assert screens.desk.property("hubRefusalText") == "王先生 — 接待客户：员工3002已先接了"
        screens.desk.dismissHubRefusals()
        assert screens.desk.property("hubRefusalText") == ""
    finally:
        screens.close()


@pytest.mark.dialect  # a purge rewrites rows in place
def test_a_purge_reaches_the_hub_its_feed_and_every_device(hub: Hub, team, tmp_path, clock):
    from lobby_app.services.privacy import purge_now
    from lobby_app.store.tables import CustomerTag, HubChange

    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    sign_in_here(tablet.ctx, tablet.link, "8001")  # the branch head, on the lobby tablet
    change, _ = tag_and_refer(
        tablet.ctx, team.lobby, TagCustomer(**BIG | {"address_as": "钱女士"}), note="钱女士下次再来"
    )
    handoffs.cancel(tablet.ctx, team.lobby, handoff_id=change.id, reason="customer_left")
    tablet.sync()
    desk.sync()
    clock.advance(days=91)
    sign_in_here(tablet.ctx, tablet.link, "8001")  # another day, another sign-in
    assert purge_now(tablet.ctx, team.head)[1] == 1
    tablet.sync()
    desk.sync()
    for ctx in (hub.ctx, desk.ctx, tablet.ctx):
        with ctx.db.read() as s:
            [tag] = s.exec(select(CustomerTag)).all()
            assert (tag.address_as, tag.purged_at is not None) == ("", True)
            assert s.get(Handoff, change.id).note == ""
    with hub.ctx.db.read() as s:
        assert not any("钱女士" in json.dumps(c.data, ensure_ascii=False) for c in s.exec(select(HubChange)))


@pytest.mark.dialect  # times compared in SQL
def test_a_standards_edit_reaching_the_hub_after_its_start_is_refused_and_the_head_sees_why(
    hub: Hub, team, tmp_path, clock, qapp
):
    office = enrol(hub, tmp_path, "office", "8001")
    data = standards_to_dict(current_standards(office.ctx))
    data["high_flow_fen"] = 5_000_000
    rules.edit_standards(office.ctx, team.head, data=data, effective_from=clock.now + timedelta(minutes=1))
    clock.advance(minutes=5)  # the office PC was cut off; the edit reaches the hub after its start time
    office.sync()
    assert office.outbox()[-1][:2] == ("edit_standards", "refused")
    assert current_standards(hub.ctx).high_flow_fen == 10_000_000  # the version in force stays

    screens = build_screens(qapp, office.ctx, language="en", hub=True)
    try:
        screens.session.signIn("8001", "580274")
        assert screens.branch.property("hubRefusalText") == "the referral standards: Choose a time in the future"
        screens.branch.dismissHubRefusals()
        assert screens.branch.property("hubRefusalText") == ""
    finally:
        screens.close()
