"""Figure 1: a lobby device's refer call → a wealth manager's device holds the new handoff, through the
hub and its event stream, with the branch's other devices connected and listening."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
import uuid
from dataclasses import replace
from pathlib import Path

import httpx
from sqlmodel import col, select

from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer
from lobby_app.store.tables import Handoff
from lobby_app.sync.config import HubConfig, pinned
from lobby_app.sync.loop import SyncLoop

from .hubkit import (
    FloorProcess,
    HubProcess,
    enrol_device,
    enrol_new,
    floor_commit,
    floor_store,
    start_floor,
    start_hub,
    workdir,
)
from .report import Figure, Scale, percentile

WEALTH_MANAGERS = ("3001", "3002", "3003")
# What the profiles showed (30 devices, 20 and 2 a second), what was fixed, and the figures before and after.
PROFILE = (
    "Before (this rig and machine): at 2 a second p50 3.9 s, p99 8.8 s (commit 4073bd6); at 20 a second"
    " p50 14.6 s, p99 35.4 s (commit c5ccdac). The hub's one event loop was ~90% busy with the HTTP of 30"
    " devices that each pulled on every change. Fixed on 28–29 November: each event on the hub's stream"
    " carries the change itself, and a device whose cursor is there takes it without a request; the streams"
    " are rung by each commit instead of polling the feed; a pull is one request; no access log; each desk"
    " and the listeners in processes of their own, as each is its own machine in a branch; rows a device"
    " copies from the hub are committed without an fsync. Then at 2 a second p50 63–79 ms, p99 133–223 ms"
    " (29 November). Fixed on 3 December, from py-spy on every process: each event carries who may hear it,"
    " read with the feed after the commit (each stream read its own device's row, ~20% of the hub; then one"
    " shared read that the 30 streams queued for on the server's loop); the hub's push writes"
    " through Core; the refer call on the tablet ~5 ms instead of 12–18; the desk takes an event through"
    " Core (~3.4 ms instead of ~5.3 ms alone); the lobby device reads its batch and marks it sent in one"
    " step; while its stream is open a round for its own change is one push and one /v1/rows, without a"
    " pull; the bell reads the feed through Core. Where the 2-a-second path's time goes now (medians of 100"
    " handoffs, each process stamping CLOCK_MONOTONIC at each step, 3 December): the refer call 4.9 ms; the"
    " tablet's step that reads and marks its batch 2.4 ms; the POST until the hub's handler runs 4.2 ms"
    " (httpx, TLS, uvicorn's h11 and seven ASGI middlewares, the token); the hub applying the two changes"
    " and committing 4.6 ms; the bell's read 1.0 ms; the 30 streams woken one after another, ~0.33 ms each,"
    " so the watched desk's event left 3.7 ms after the commit (the last stream's 10 ms; 2.5 ms once each"
    " event carried who may hear it, in a later trace); the desk took it"
    " into its store 5.8 ms after it arrived (3.4 ms of store work, the rest a thread hop and the cores shared"
    " with the hub, two other desks, the listeners and the lobby device, which meanwhile spends ~26 ms"
    " recording the decisions and taking /v1/rows). No one step is the p99; to reach 3× the floor each"
    " hop needs to cost about half: the design change that would close it is to stop paying per step in"
    " Python on three machines in series: the tablet pushing from the refer call's own commit (no wake,"
    " no store step), the hub writing each event to the streams' sockets once instead of through"
    " Starlette's streaming response and the middlewares per stream, and the push's reply carrying the"
    " hub's rows for the decided changes (protocol 6) so the tablet's /v1/rows after each push, the largest"
    " CPU left beside the path, goes. Tried and left: the hub on uvloop and httptools (C for the event loop,"
    " TLS and HTTP parsing): p50 32–39 ms with, 33–36 without, within this rig's noise. At 20 a second"
    " the path is now no slower than at 2 (p50 27 ms against 29, p99 55 against 52, 3 December): what is"
    " left at 2 a second is each step's own work, not queues."
)
SURNAMES = "王李张刘陈杨黄赵吴周"
ROOT = Path(__file__).resolve().parent.parent
READY, HELD = "READY", "HELD"  # what the children say on stdout


async def _listen(config: HubConfig, connected: asyncio.Event) -> None:
    """A connected device that follows the stream as each tablet and desk does: it reads every event and
    pulls only when an event does not carry changes that follow on from what it holds. It keeps no store
    (its own hardware would do that work, not this machine's). `connected`: its stream has said hello."""
    async with config.client(timeout=30.0) as http:
        since = 0

        async def pull() -> None:
            nonlocal since
            while True:
                reply = (await http.get("/v1/pull", params={"since": since})).json()
                since = reply["last_seq"]
                if not reply["changes"]:
                    return

        await pull()
        with contextlib.suppress(httpx.HTTPError):
            async with http.stream("GET", "/v1/events") as events:
                async for line in events.aiter_lines():
                    if line.startswith("data:"):
                        connected.set()
                        event = json.loads(line.removeprefix("data:"))
                        if event.get("after") == since:
                            since = event["last_seq"]
                        elif event["last_seq"] > since:
                            await pull()


async def _listeners(url: str, count: int) -> None:
    """The branch's other devices, in a process of their own: each follows the stream until killed."""
    configs = [enrol_new(url, name=f"listener{n}", device_id=str(uuid.uuid4())) for n in range(count)]
    connected = [asyncio.Event() for _ in configs]
    tasks = [asyncio.create_task(_listen(config, hello)) for config, hello in zip(configs, connected, strict=True)]
    await asyncio.wait_for(asyncio.gather(*(hello.wait() for hello in connected)), 60)
    print(READY, flush=True)
    await asyncio.gather(*tasks)


async def _desk(url: str, folder: Path, name: str, staff_no: str) -> None:
    """A wealth manager's desk PC, in a process of its own as on its own hardware: its store, its sync loop
    following the hub's stream, its person available. After each round it says which handoffs its store
    has come to hold, and when (CLOCK_MONOTONIC, shared by all processes on Linux)."""
    desk = await enrol_device(url, folder, name, staff_no)
    handoffs.set_presence(desk.ctx, desk.actor, presence="available")
    held: set[str] = set()

    def look(_round: object) -> None:
        with desk.ctx.db.read() as s:
            found = s.exec(select(Handoff.id).where(col(Handoff.id).not_in(held))).all()
        now = time.monotonic()
        for handoff_id in found:
            held.add(handoff_id)
            print(f"{HELD} {handoff_id} {now}", flush=True)

    look(None)  # what it held before the run: not timed
    loop = SyncLoop(desk.ctx, desk.config, on_round=look)
    running = asyncio.create_task(loop.run(asyncio.Event()))
    await asyncio.wait_for(synced(loop), 60)
    print(READY, flush=True)
    await running


async def synced(loop: SyncLoop) -> None:
    """Until the loop's rounds are done, none asked for, and its stream is open: from then on it hears
    every commit."""
    while not (loop.listening.is_set() and loop.settled.is_set() and loop.status.reachable):
        await asyncio.sleep(0.01)


async def _child(*args: str) -> asyncio.subprocess.Process:
    """`python -m benchmarks.handoff_e2e ARGS`, once it says it is ready (enrolled, synced, its stream open)."""
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.handoff_e2e", *args, cwd=ROOT, stdout=asyncio.subprocess.PIPE
    )
    assert child.stdout is not None
    async for line in child.stdout:
        if line.decode().strip() == READY:
            return child
    raise RuntimeError(f"benchmark child {args[0]} ended before it was ready (exit {await child.wait()})")


async def _floor_desk(url: str, db_path: str, ca_file: str) -> None:
    """The floor's desk, in a process of its own as the real desks: it follows the floor's event stream
    over TLS and commits each event in its own store (fsync'd), then says when it holds it."""
    db = floor_store(Path(db_path))
    async with (
        httpx.AsyncClient(base_url=url, verify=pinned(Path(ca_file).read_text(), False), timeout=30) as http,
        http.stream("GET", "/events") as events,
    ):
        async for line in events.aiter_lines():
            if not line.startswith("data:"):
                continue
            body = json.loads(line.removeprefix("data:"))
            if "id" not in body:  # the stream's hello
                print(READY, flush=True)
                continue
            floor_commit(db, json.dumps(body))
            print(f"{HELD} {body['id']} {time.monotonic()}", flush=True)


async def _floor(floor: FloorProcess, folder: Path, count: int, rate: float) -> tuple[list[float], int]:
    """The path's own floor, at the same rate: a tablet's commit (fsync'd), a POST to the floor server that
    commits it and rings its stream, a desk (a process of its own) that commits what the stream brought;
    timed, as the real path, from the tablet's call to the desk holding it. No rules, no ORM, no sync."""
    desk = await _child("floor-desk", floor.url, str(folder / "floor-desk.db"), str(floor.ca_file))
    held: dict[str, float] = {}
    watching = asyncio.create_task(_watch(desk, held))
    tablet = floor_store(folder / "floor-tablet.db")
    sent: dict[str, float] = {}
    try:
        async with httpx.AsyncClient(base_url=floor.url, verify=pinned(floor.anchor, False), timeout=30) as http:
            start = time.monotonic()
            for i in range(count):
                await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
                body = {"id": str(uuid.uuid4()), "n": i}
                t0 = time.monotonic()
                floor_commit(tablet, json.dumps(body))
                sent[body["id"]] = t0
                (await http.post("/commit", json=body)).raise_for_status()
            deadline = time.monotonic() + 30
            while any(h not in held for h in sent) and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
    finally:
        watching.cancel()
        tablet.close()
        with contextlib.suppress(ProcessLookupError):
            desk.kill()
        await desk.wait()
    return [(held[h] - sent[h]) * 1000 for h in sent if h in held], sum(1 for h in sent if h not in held)


async def _watch(desk: asyncio.subprocess.Process, held: dict[str, float]) -> None:
    """What a desk child says it holds, and since when (CLOCK_MONOTONIC, shared by all processes)."""
    assert desk.stdout is not None
    async for line in desk.stdout:
        match line.decode().split():
            case [word, handoff_id, at] if word == HELD:
                held.setdefault(handoff_id, float(at))


async def _measure(
    scale: Scale, folder: Path, count: int, rate: float
) -> tuple[list[float], list[float], list[float], int]:
    """Each device in a process of its own, as each is its own machine in a branch: the lobby tablet here,
    each desk in its own, and the other devices together in one (they only follow the stream)."""
    hub: HubProcess = start_hub(folder)
    floor_server = start_floor(folder)
    stop = asyncio.Event()
    children: list[asyncio.subprocess.Process] = []
    lobby_sync: asyncio.Task[None] | None = None
    try:
        for n, staff_no in enumerate(WEALTH_MANAGERS):
            children.append(await _child("desk", hub.url, str(folder), f"desk{n}", staff_no))
        listeners = max(0, scale.devices - 1 - len(WEALTH_MANAGERS))
        if listeners:
            children.append(await _child("listeners", hub.url, str(listeners)))
        lobby = await enrol_device(hub.url, folder, "lobby", "1001")
        held: dict[str, float] = {}  # handoff id → when the watched desk's store held it
        watching = asyncio.create_task(_watch(children[0], held))
        draining = [asyncio.create_task(_drain(c)) for c in children[1:]]  # a full pipe would stall the child
        lobby_loop = SyncLoop(lobby.ctx, lobby.config)
        lobby_sync = asyncio.create_task(lobby_loop.run(stop))
        await asyncio.wait_for(synced(lobby_loop), 60)  # the children said so before they were counted in
        held.clear()  # anything from before the run

        sent: dict[str, float] = {}  # handoff id → when the refer call began
        on_device: list[float] = []  # the refer call itself, on the lobby device's own store
        start = time.monotonic()
        for i in range(count):
            await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
            tag = {"purpose": "deposit", "amount_fen": 8_000_000 + i * 100, "address_as": SURNAMES[i % 10] + "先生"}
            t0 = time.monotonic()
            change, _ = tag_and_refer(lobby.ctx, lobby.actor, TagCustomer(**tag), note="")
            sent[str(change.id)] = t0
            on_device.append((time.monotonic() - t0) * 1000)
            lobby_loop.wake()  # what the lobby screen does after every change
        deadline = time.monotonic() + 30
        while any(h not in held for h in sent) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        latencies = [(held[h] - sent[h]) * 1000 for h in sent if h in held]
        lost = sum(1 for h in sent if h not in held)
        watching.cancel()
        for task in draining:
            task.cancel()
        floor, floor_lost = await _floor(floor_server, folder, count, rate)
        if floor_lost:
            raise RuntimeError(f"the floor lost {floor_lost} of {count}: the rig, not the app, is broken")
        return latencies, on_device, floor, lost
    finally:
        stop.set()
        if lobby_sync is not None:
            lobby_sync.cancel()
            await asyncio.gather(lobby_sync, return_exceptions=True)
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                child.kill()
            await child.wait()
        hub.stop()
        floor_server.stop()


async def _drain(child: asyncio.subprocess.Process) -> None:
    assert child.stdout is not None
    while await child.stdout.read(65536):
        pass


BUSY_RATE = 2.0  # referrals a second at the busiest hour of a big branch, far above its day's average


def run(scale: Scale) -> list[Figure]:
    """At a branch's busiest real pace, and at the issue's 20 a second: on a 2-core machine the second
    measures the rig as much as the hub (the lobby device, the desks and the listeners share its cores)."""
    figures = []
    paces = [("1-handoff-busy", scale.handoffs // 5, BUSY_RATE), ("1-handoff", scale.handoffs, scale.handoff_rate)]
    for key, count, rate in paces:
        with workdir() as tmp:
            latencies, on_device, floor, lost = asyncio.run(_measure(scale, Path(tmp), count, rate))
        figures.append(_figure(key, scale, count, rate, latencies, on_device, floor, lost))
    if figures[1].notes:  # the profile and the fixes once, on the first row
        figures[1] = replace(figures[1], notes="The profile, the fixes and the next step: see the row above.")
    return figures


FLOOR_TIMES = 3  # the busy pace's target: p99 within this many times the path's own floor
BUSY_TARGET_MS, FLOOD_TARGET_MS = 100.0, 200.0  # p99 at 2 a second; at 20 a second


def _target(rate: float, p99: float, f99: float, lost: int) -> tuple[str, bool]:
    """The issue's target for the pace: at a branch's busiest, near the path's floor; at 20 a second, that
    nothing is lost and the queues stay short."""
    if rate <= BUSY_RATE:
        words = f"p99 ≤ {FLOOR_TIMES}× the floor and < {BUSY_TARGET_MS:g} ms"
        return words, lost == 0 and p99 <= FLOOR_TIMES * f99 and p99 < BUSY_TARGET_MS
    return f"nothing lost and p99 < {FLOOD_TARGET_MS:g} ms", lost == 0 and p99 < FLOOD_TARGET_MS


def _figure(
    key: str,
    scale: Scale,
    count: int,
    rate: float,
    latencies: list[float],
    on_device: list[float],
    floor: list[float],
    lost: int,
) -> Figure:
    p50, p99 = (percentile(latencies, 50), percentile(latencies, 99)) if latencies else (0.0, 0.0)
    f50, f99 = percentile(floor, 50), percentile(floor, 99)
    target, met = _target(rate, p99, f99, lost)
    return Figure(
        key=key,
        title=f"Handoff, end to end, {rate:g} a second",
        measured={
            "p50_ms": p50,
            "p99_ms": p99,
            "handoffs": len(latencies),
            "not_arrived": lost,
            # How much of it is the refer call itself, on the lobby device's own store.
            "refer_call_p50_ms": percentile(on_device, 50),
            "refer_call_p99_ms": percentile(on_device, 99),
        },
        floor={"p50_ms": f50, "p99_ms": f99},
        ratio=p99 / f99,
        target=target,
        met=met,
        headline=("p99_ms",),
        notes="" if met else PROFILE,
        how=(
            f"{count} referrals at {rate:g} a second on a lobby device (its own store; tag and refer through the"
            " services, then the sync loop woken as the screen does), timed until a wealth manager's desk (its"
            " own store, its sync loop following the hub's event stream) holds the handoff; not arrived: still"
            f" missing 30 s after the last. {scale.devices} devices connected, in processes of their own as each"
            " is a machine of its own in a branch: the lobby tablet (the benchmark's process), 3 desks (one"
            f" process each), and {max(0, scale.devices - 4)} more that follow the stream (together in one"
            " process, pulling only when an event does not carry the changes that follow on from theirs). The hub is"
            " `lobby-app hub` in its own process on a SQLite store. All share this machine's cores. Floor: the"
            " path's own, at the same rate in the same run: three SQLite commits in sequence (WAL,"
            " synchronous=FULL), the tablet's, the hub's and the desk's, over the same two hops on the hub's"
            " stack (a POST to uvicorn and FastAPI over TLS, info logging, no access log, that commits and rings"
            " an event stream; the desk, a process of its own, commits what the stream brings), with no rules,"
            " no ORM and no sync round."
        ),
    )


if __name__ == "__main__":  # the children of `_measure`
    role, *rest = sys.argv[1:]
    if role == "desk":
        url, folder, name, staff_no = rest
        asyncio.run(_desk(url, Path(folder), name, staff_no))
    elif role == "floor-desk":
        url, db_path, ca_file = rest
        asyncio.run(_floor_desk(url, db_path, ca_file))
    elif role == "listeners":
        url, count = rest
        asyncio.run(_listeners(url, int(count)))
    else:
        raise SystemExit(f"unknown child {role!r}")
