"""Figure 3: a device that was offline through a busy day comes back and is in the branch state, and how
long its screens' thread is held up meanwhile (the event loop's longest stall)."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.tagging import tag_customer
from lobby_app.sync.client import HubLink

from .hubkit import Device, enrol_device, sample_tags, start_hub, workdir
from .report import Figure, Scale, median

TICK_S = 0.005  # the ticker's sleep: a screen would want to run at least this often


async def _catch_up(device: Device, threaded: bool) -> tuple[float, float, int]:
    """(seconds, the event loop's longest stall in ms, rows pulled) for one device's first round back:
    its store work on a thread of its own as the app's sync loop does it, or in line on the event loop."""
    stalls: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:  # what the screens' thread gets to do meanwhile
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(TICK_S)
            now = time.perf_counter()
            stalls.append(now - last - TICK_S)
            last = now

    with ThreadPoolExecutor(1, thread_name_prefix="sync-store") as store:
        async with device.config.client(timeout=60) as http:
            ticking = asyncio.create_task(ticker())
            start = time.perf_counter()
            result = await HubLink(device.ctx, http, store if threaded else None).sync_once()
            seconds = time.perf_counter() - start
            done.set()
            await ticking
    return seconds, max(stalls) * 1000, result.pulled


async def _measure(scale: Scale, folder: Path, runs: int) -> dict[bool, list[tuple[float, float, int]]]:
    hub = start_hub(folder)
    try:
        busy = await enrol_device(hub.url, folder, "lobby", "1001")
        devices = [await enrol_device(hub.url, folder, f"desk{n}", "3001") for n in range(2 * runs)]  # then offline
        for tag in sample_tags(scale.catch_up):
            tag_customer(busy.ctx, busy.actor, TagCustomer(**tag))
        async with busy.config.client(timeout=60) as http:
            await HubLink(busy.ctx, http).sync_once()  # the day reaches the hub
        found: dict[bool, list[tuple[float, float, int]]] = {True: [], False: []}
        for n, device in enumerate(devices):  # each comes back once: a fresh device per run, the two ways in turn
            threaded = n % 2 == 0
            found[threaded].append(await _catch_up(device, threaded))
        return found
    finally:
        hub.stop()


def run(scale: Scale) -> list[Figure]:
    runs = 3 if scale.name == "full" else 1
    with workdir() as tmp:
        found = asyncio.run(_measure(scale, Path(tmp), runs))
    seconds = median([s for s, _, _ in found[True]])
    stall = median([ms for _, ms, _ in found[True]])
    return [
        Figure(
            key="3-catch-up",
            title=f"Catch-up after {scale.catch_up:,} changes offline",
            measured={
                "median_s": seconds,
                "rows_pulled": found[True][0][2],
                "longest_stall_ms": stall,  # the screens' thread held up at most this long meanwhile
            },
            floor={
                "in_line_s": median([s for s, _, _ in found[False]]),
                "in_line_longest_stall_ms": median([ms for _, ms, _ in found[False]]),
            },
            ratio=None,
            target="< 2 s",
            met=seconds < 2.0,
            how=(
                f"A desk enrolled and synced, then offline while a lobby device made {scale.catch_up:,} changes"
                " (tags) that reached the hub; timed from the desk's first round of sync back until it has pulled"
                " the whole feed into its own store (one round: push, pull by pages, rows); median of"
                f" {runs} desks. Meanwhile a ticker on the same event loop (on a device, the screens' thread)"
                f" sleeps {TICK_S * 1000:g} ms at a time: longest_stall_ms is the longest it was held up beyond"
                " that. The round's store work runs on a thread of its own, as the app's sync loop runs it;"
                f" beside it, in_line_*: {runs} more desks with the store work on the event loop itself, as before"
                " 29 November, when a catch-up froze the screen for as long as it wrote."
            ),
        )
    ]
