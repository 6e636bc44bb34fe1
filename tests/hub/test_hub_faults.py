"""The hub under contention and with wrong device clocks: one winner every time; the hub's clock decides."""

from __future__ import annotations

import random
import threading
from datetime import timedelta

import pytest
from sqlmodel import select

from lobby_app.hub.access import make_enrolment_code
from lobby_app.services.staff import create_staff
from lobby_app.store.tables import Handoff, Staff

from ..conftest import open_test_store
from .conftest import DeviceClient, Hub

pytestmark = pytest.mark.dialect  # contention and faults: PostgreSQL's locks differ from SQLite's


def wealth_managers(hub: Hub, team, n: int) -> list[int]:
    ids = [team.wm1.staff_id, team.wm2.staff_id, team.wm3.staff_id]
    for i in range(len(ids), n):
        create_staff(hub.ctx, team.head, staff_no=f"39{i:02d}", name=f"理财{i}", role="wealth_manager", pin="580274")
    with hub.ctx.db.read() as s:
        ids = [st.id for st in s.exec(select(Staff).where(Staff.role == "wealth_manager").order_by(Staff.id))]
    return [i for i in ids if i is not None][:n]


def refer_one(client: DeviceClient, team, tag: str, handoff: str, *, at: str | None = None) -> None:
    lobby = team.lobby.staff_id
    tag_args = {"id": tag, "purpose": "deposit", "amount_fen": 6_000_000} | ({"tagged_at": at} if at else {})
    refer_args = {"id": handoff, "tag_id": tag} | ({"at": at} if at else {})
    body = {
        "mutations": [
            {"id": f"t-{tag[-20:]}", "name": "tag_customer", "args": tag_args, "staff_id": lobby},
            {"id": f"r-{handoff[-20:]}", "name": "refer", "args": refer_args, "staff_id": lobby},
        ]
    }
    client.push(body["mutations"]).raise_for_status()


def accept_all_at_once(clients: list[DeviceClient], wms: list[int], handoff: str, order: list[int]) -> list[dict]:
    """Every desk pushes its accept at the same moment (a barrier), in a shuffled start order."""
    replies: list[dict] = []
    barrier = threading.Barrier(len(order))

    def accept(i: int) -> None:
        barrier.wait()
        body = {
            "mutations": [
                {"id": f"a-{handoff[-20:]}-{i}", "name": "accept", "args": {"id": handoff}, "staff_id": wms[i]}
            ]
        }
        replies.append(clients[i].push(body["mutations"]).json()["results"][0] | {"staff_id": wms[i]})

    threads = [threading.Thread(target=accept, args=(i,)) for i in order]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return replies


# Trials per size. Enough: with the write lock taken out (PostgreSQL's advisory lock, or SQLite's writes
# begun DEFERRED instead of IMMEDIATE), every size failed in its first or second trial, in each of four
# runs on the 2-core CI machine (2 December 2026). Ten keep a wide margin; 70 (the count until then)
# proved no more and cost a minute of CI.
CONTEST_TRIALS = 10


@pytest.mark.parametrize("desks", [2, 5, 10])
def test_many_wealth_managers_accepting_the_same_customer_at_once_one_wins_every_time(hub: Hub, team, desks):
    rng = random.Random(desks)
    tablet = hub.device("平板")
    wms = wealth_managers(hub, team, desks)
    clients = [hub.device(f"理财{i}") for i in range(desks)]
    for trial in range(CONTEST_TRIALS):
        tag, handoff = (
            f"00000000-0000-4000-8000-{trial:06d}{desks:06d}",
            f"00000000-0000-4000-9000-{trial:06d}{desks:06d}",
        )
        refer_one(tablet, team, tag, handoff)
        order = rng.sample(range(desks), desks)  # who starts first changes from trial to trial
        replies = accept_all_at_once(clients, wms, handoff, order)
        winners = [r["staff_id"] for r in replies if r["status"] == "applied"]
        assert len(winners) == 1 and len(replies) == desks, trial
        assert all(
            r["refusal"].get("rule") in ("illegal_transition", "not_assignee")
            for r in replies
            if r["status"] == "refused"
        )
        with hub.ctx.db.read() as s:
            row = s.get(Handoff, handoff)
        assert row is not None and (row.state, row.assignee_id) == ("accepted", winners[0])


@pytest.mark.parametrize("skew", [timedelta(days=1), timedelta(days=-1), timedelta(hours=-13)])
def test_a_device_clock_that_is_wrong_changes_nothing_the_hub_decides(hub: Hub, team, skew):
    """The tag and the referral carry the device's time; the hub dates them by its own clock."""
    device = hub.device()
    wrong = (hub.ctx.now() + skew).isoformat()
    tag, handoff = "00000000-0000-4000-8000-0000000000aa", "00000000-0000-4000-8000-0000000000bb"
    device.push(
        [
            {
                "id": "t",
                "name": "tag_customer",
                "args": {"id": tag, "purpose": "deposit", "amount_fen": 6_000_000, "tagged_at": wrong},
                "staff_id": team.lobby.staff_id,
            },
            {
                "id": "r",
                "name": "refer",
                "args": {"id": handoff, "tag_id": tag, "at": wrong},
                "staff_id": team.lobby.staff_id,
            },
        ]
    ).raise_for_status()
    with hub.ctx.db.read() as s:
        row = s.get(Handoff, handoff)
    assert row is not None
    assert row.created_at == hub.ctx.now() and row.referral_date == hub.ctx.local_date(hub.ctx.now())


def test_the_same_push_sent_twice_at_once_is_applied_once(hub: Hub, team):
    """A device retrying while its first request is still being answered: one decision, both told it."""
    device = hub.device()
    handoff = "00000000-0000-4000-8000-0000000000cc"
    refer_one(device, team, "00000000-0000-4000-8000-0000000000dd", handoff)
    body = {
        "mutations": [
            {"id": "same", "name": "cancel", "args": {"id": handoff, "reason": "走了"}, "staff_id": team.lobby.staff_id}
        ]
    }
    replies: list[dict] = []
    barrier = threading.Barrier(2)

    def send() -> None:
        barrier.wait()
        replies.append(device.push(body["mutations"]).json()["results"][0])

    threads = [threading.Thread(target=send) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(r["duplicate"] for r in replies) == [False, True]  # one decision, told twice
    assert {r["status"] for r in replies} == {"applied"}
    with hub.ctx.db.read() as s:
        assert s.get(Handoff, handoff).state == "cancelled"


# A tablet that tags, refers and syncs as fast as it can, printing each referral once it is saved here.
# Its lobby manager signs in with what the tablet cached at their sign-in with the hub (at the test's cost).
SYNCING_TABLET = """
import asyncio, sys
from lobby_app.app_setup import open_store
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.staff import sign_in
from lobby_app.settings import Settings
from lobby_app.sync.client import HubLink
from lobby_app.sync.config import load

data = sys.argv[1]
ctx = open_store(Settings(data_dir=data))
lobby = sign_in(ctx, staff_no="1001", pin="580274").actor  # as cached at the sign-in with the hub
hub = load(ctx.db.path.parent)

async def main():
    async with hub.client() as http:
        for i in range(10_000):
            change, _ = tag_and_refer(ctx, lobby, TagCustomer(purpose="deposit", amount_fen=6_000_000, ticket=str(i)))
            print(change.id, flush=True)  # saved here: the lobby manager has been told
            if i % 3 == 0:
                await HubLink(ctx, http).sync_once()

asyncio.run(main())
"""


@pytest.mark.slow
def test_a_tablet_killed_while_syncing_loses_nothing_it_confirmed(hub: Hub, team, tmp_path, children):
    import asyncio
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from lobby_app.app_setup import open_store
    from lobby_app.settings import Settings
    from lobby_app.sync import config
    from lobby_app.sync.client import HubLink
    from lobby_app.sync.staff import sign_in_at_hub

    data = tmp_path / "tablet"
    device = open_test_store(Settings(data_dir=data))
    code = make_enrolment_code(hub.ctx, staff_no="8001", pin="580274")
    enrolled = config.enrol(hub.url, code=code, name="平板", device_id=device.device_id)
    config.save(data, enrolled)

    async def first_pull() -> None:
        async with enrolled.client() as http:
            await HubLink(device, http).sync_once()  # the branch's staff, as `lobby-app enrol` does
        await sign_in_at_hub(device, enrolled, staff_no="1001", pin="580274")  # the lobby manager, once

    asyncio.run(first_pull())
    device.db.dispose()
    root = Path(__file__).resolve().parents[2]
    proc = children.start(
        [sys.executable, "-c", SYNCING_TABLET, str(data)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert proc.stdout is not None
    saved: list[str] = []
    while len(saved) < 40:
        line = proc.stdout.readline()
        assert line, "the tablet stopped by itself"
        saved.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)  # mid-write or mid-push, wherever it is
    proc.wait(timeout=10)
    saved += [line.strip() for line in proc.stdout if line.strip()]
    # The tablet starts again: everything it had confirmed is still there, and it catches up.
    device = open_store(Settings(data_dir=data))
    hub_config = config.load(data)
    assert hub_config is not None

    async def catch_up() -> int:
        async with hub_config.client() as http:
            link = HubLink(device, http)
            await link.sync_once()
            return link.waiting()

    assert asyncio.run(catch_up()) == 0
    with device.db.read() as s:
        here = {h.id for h in s.exec(select(Handoff))}
    with hub.ctx.db.read() as s:
        at_hub = [h.id for h in s.exec(select(Handoff))]
    assert set(saved) <= here  # nothing the lobby manager was told is lost
    assert set(saved) <= set(at_hub) and len(at_hub) == len(set(at_hub))  # and each exists once at the hub
    device.db.dispose()
