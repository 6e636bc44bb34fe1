"""Figure 3: a device that was offline through a busy day comes back and is in the branch state."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from lobby_app.services.tagging import tag_customer
from lobby_app.sync.client import HubLink

from .hubkit import enrol_device, sample_tags, start_hub, workdir
from .report import Figure, Scale, median


async def _measure(scale: Scale, folder: Path, runs: int) -> tuple[list[float], int]:
    hub = start_hub(folder)
    try:
        busy = await enrol_device(hub.url, folder, "lobby", "1001")
        devices = [await enrol_device(hub.url, folder, f"desk{n}", "3001") for n in range(runs)]  # then offline
        for tag in sample_tags(scale.catch_up):
            tag_customer(busy.ctx, busy.actor, **tag)
        async with busy.config.client(timeout=60) as http:
            await HubLink(busy.ctx, http).sync_once()  # the day reaches the hub
        times, pulled = [], 0
        for device in devices:  # each comes back once: a fresh device per run
            async with device.config.client(timeout=60) as http:
                start = time.perf_counter()
                done = await HubLink(device.ctx, http).sync_once()
                times.append(time.perf_counter() - start)
                pulled = done.pulled
        return times, pulled
    finally:
        hub.stop()


def run(scale: Scale) -> list[Figure]:
    runs = 3 if scale.name == "full" else 1
    with workdir() as tmp:
        times, pulled = asyncio.run(_measure(scale, Path(tmp), runs))
    seconds = median(times)
    return [
        Figure(
            key="3-catch-up",
            title=f"Catch-up after {scale.catch_up:,} changes offline",
            measured={"median_s": seconds, "rows_pulled": pulled},
            floor={},
            ratio=None,
            target="< 2 s",
            met=seconds < 2.0,
            how=(
                f"A desk enrolled and synced, then offline while a lobby device made {scale.catch_up:,} changes"
                " (tags) that reached the hub; timed from the desk's first round of sync back until it has pulled"
                f" the whole feed into its own store (one round: push, pull by pages, rows); median of {runs}"
                " desks."
            ),
        )
    ]
