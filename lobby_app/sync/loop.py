"""Keeping a device in step with the hub, for as long as the app runs (asyncio; the GUI runs it on qasync).

A round of sync runs at start, whenever this device changes something (`wake`), whenever the hub's
event stream brings changes this device cannot take as they come, and every few seconds anyway. While
the stream is open, a round for this device's own change only pushes it (and takes the hub's rows for
what the hub decided): the stream brings the feed, so the round pulls only when the stream asks, or
when it has not pulled for a few seconds. With
the hub unreachable the device works on its own store; the status says since when and how many changes
wait, and rounds retry. A round that fails on this device's own store (a pulled row it will not take) does
not end the loop either: the status names the error until a round succeeds, and rounds retry.

The store work of the rounds and of the stream (writing the hub's rows, the outbox's states) runs on one
thread of its own, one step after another as before; the event loop, which on a device is the screens'
thread, only waits for it. A catch-up of thousands of rows no longer freezes the screen.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy.exc import SQLAlchemyError

from ..domain.errors import DomainError
from ..services.context import Ctx
from .client import UPGRADE_REQUIRED, HubLink, Round, cursor, in_store, take_feed
from .config import HubConfig

IDLE_S = 5.0  # a round at least this often, stream or not
RETRY_S = 3.0  # after a failed round
MISMATCH_S = 60.0  # after the hub said one side needs an update: no use asking every few seconds

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    reachable: bool | None = None  # None: no round finished yet
    down_since: datetime | None = None
    waiting: int = 0  # changes made here the hub has not decided
    refused: int = 0  # refused in the last round
    last_ok: datetime | None = None
    store_error: str = ""  # the last round failed on this device's own store: what it said; "" after a good round
    # The hub and this device speak protocols too far apart: "update_device" or "update_hub" (the side
    # behind); every change waits here until it is updated. "" when they agree.
    update: str = ""
    insecure: bool = False  # the hub is reached over plain HTTP (it runs with --insecure-http)


@dataclass
class SyncLoop:
    ctx: Ctx
    config: HubConfig
    on_round: Callable[[Round], None] = lambda r: None
    on_status: Callable[[SyncStatus], None] = lambda s: None
    status: SyncStatus = field(default_factory=SyncStatus)

    def __post_init__(self) -> None:
        self._wake = asyncio.Event()
        # Set while no round is under way or asked for: what a device's store holds is then all it will
        # take until the hub's stream or this device says something new.
        self.settled = asyncio.Event()
        # Set while the hub's event stream is open: the hub has this device on its list and says where
        # its feed stands first thing, so from then on no commit at the hub goes unheard here.
        self.listening = asyncio.Event()
        self._store_thread: ThreadPoolExecutor | None = None  # while `run` runs; a round on its own: in line
        self._pull_asked = True  # the next round pulls whether the stream is open or not
        self._pulled_at = -IDLE_S
        self.status = replace(self.status, insecure=self.config.insecure)

    def wake(self, *, pull: bool = False) -> None:
        """A round soon: for a change made here (it pushes), or with `pull` for what the stream could not
        bring."""
        self._pull_asked |= pull
        self.settled.clear()
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        self._store_thread = ThreadPoolExecutor(1, thread_name_prefix="sync-store")
        try:
            async with self.config.client() as http:
                listener = asyncio.create_task(self._listen())
                try:
                    while not stop.is_set():
                        self._wake.clear()  # before the round: a wake during it means another round
                        self.settled.clear()
                        ok = await self.round(http)
                        if not self._wake.is_set():
                            self.settled.set()
                        pause = IDLE_S if ok else MISMATCH_S if self.status.update else RETRY_S
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(self._wait(stop), pause)
                finally:
                    listener.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await listener
        finally:
            # A step under way finishes (each is one transaction): nothing is left half-written.
            self._store_thread.shutdown(wait=True, cancel_futures=True)
            self._store_thread = None

    async def round(self, http: httpx.AsyncClient) -> bool:
        pull = self._pull_asked or not self.listening.is_set() or time.monotonic() - self._pulled_at >= IDLE_S
        self._pull_asked = False
        started = time.monotonic()
        ok = await self._round(http, pull)
        if pull and ok:
            self._pulled_at = started
        self._pull_asked |= pull and not ok
        return ok

    async def _round(self, http: httpx.AsyncClient, pull: bool) -> bool:
        link = HubLink(self.ctx, http, self._store_thread)
        try:
            result = await link.sync_once(pull=pull)
            waiting = await in_store(self._store_thread, link.waiting)
        except httpx.HTTPStatusError as error:
            if error.response.status_code != UPGRADE_REQUIRED:
                return await self._down(link)
            rule = _rule(error.response)
            if rule != self.status.update:  # once, not every minute
                log.warning("the branch hub and this device speak different protocols: %s", rule)
            self._set(SyncStatus(True, None, await self._waiting(link), 0, self.status.last_ok, update=rule))
            return False
        except (httpx.HTTPError, OSError):
            return await self._down(link)
        except (SQLAlchemyError, DomainError) as error:  # this store refused the hub's rows (or their shape)
            said = _describe(error)
            if said != self.status.store_error:  # once, not every retry
                log.exception("sync round failed on this device's store")
            self._set(replace(self.status, waiting=await self._waiting(link), refused=0, store_error=said))
            return False
        self._set(SyncStatus(True, None, waiting, result.refused, self.ctx.now()))
        if result.changed:
            self.on_round(result)
        return True

    async def _down(self, link: HubLink) -> bool:
        down = self.status.down_since or self.ctx.now()
        store_error = self.status.store_error  # unknown until the hub answers again
        self._set(SyncStatus(False, down, await self._waiting(link), 0, self.status.last_ok, store_error))
        return False

    async def _waiting(self, link: HubLink) -> int:
        try:
            return int(await in_store(self._store_thread, link.waiting))
        except SQLAlchemyError:  # the store that failed the round may fail this too: keep the last count
            return self.status.waiting

    async def _wait(self, stop: asyncio.Event) -> None:
        wake, halt = asyncio.create_task(self._wake.wait()), asyncio.create_task(stop.wait())
        try:
            await asyncio.wait({wake, halt}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            wake.cancel()
            halt.cancel()

    async def _listen(self) -> None:
        """Follow the hub's event stream: changes that follow on from this device's cursor are taken at
        once; any other event wakes a round, which pulls. Reconnects after a drop."""
        while True:
            try:
                async with self.config.client(timeout=30.0) as http, http.stream("GET", "/v1/events") as reply:
                    reply.raise_for_status()  # e.g. a 426: the rounds say why; the stream waits
                    async for line in reply.aiter_lines():
                        if line.startswith("data:"):
                            await self._heard(json.loads(line.removeprefix("data:")))
                            self.listening.set()
            except (httpx.HTTPError, OSError, ValueError, KeyError, TypeError):  # a drop, or an event garbled
                pass
            self.listening.clear()
            await asyncio.sleep(MISMATCH_S if self.status.update else RETRY_S)

    async def _heard(self, event: Any) -> None:
        if isinstance(event, dict) and "changes" in event:
            after = (event["after"], event["after_stamp"])
            try:
                changes, last_seq = event["changes"], event["last_seq"]
                taken = await in_store(self._store_thread, take_feed, self.ctx, after, changes, last_seq)
            except (SQLAlchemyError, DomainError):  # rows this store will not take: left to a round
                taken = None
            if taken is not None:
                if taken.changed:
                    self.on_round(taken)
                return
            if event["last_seq"] <= (await in_store(self._store_thread, cursor, self.ctx))[0]:
                return  # pulled already, in this device's own round
        self.wake(pull=True)

    def _set(self, status: SyncStatus) -> None:
        status = replace(status, insecure=self.config.insecure)
        if status != self.status:
            self.status = status
            self.on_status(status)


def _rule(reply: httpx.Response) -> str:
    """Which side the hub says is behind (its 426 names the rule); the device's side if it says nothing."""
    try:
        rule = reply.json()["detail"]["rule"]
    except (ValueError, KeyError, TypeError):
        return "update_device"
    return rule if rule in ("update_device", "update_hub") else "update_device"


def _describe(error: Exception) -> str:
    """Short, for the status: the error's class and the database's own words (which name the table),
    e.g. "IntegrityError: NOT NULL constraint failed: handoff.tag_id"."""
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()
    return f"{type(error).__name__}: {detail[0]}"[:200] if detail else type(error).__name__
