"""The hub's audit trail, written in batches: a request refused costs a list append, not a transaction.

A flood of bad requests used to cost a write transaction and an fsync each (and with it the write lock
every push needs): a device's pull waited seconds behind them, and a writer that waited past the busy
timeout answered 500 (`database is locked`). Now each row is queued and the hub's lifespan task writes
the queue in one transaction every `EVERY_S`, or sooner once `SOON_AT` rows wait; the lifespan's end
writes what is left, so a hub stopped cleanly loses none. A hub killed outright loses at most the last
second's rows, as it would lose the replies it had not sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import Counter
from typing import Any

from sqlalchemy import insert
from starlette.types import Scope

from ..services.context import Ctx
from ..store.tables import HubAudit

log = logging.getLogger(__name__)

EVERY_S = 1.0
SOON_AT = 500  # rows waiting that wake the writer before its second is up
KEPT = 20_000  # rows held while the store cannot take them; past that, only a count per address


def client_of(scope: Scope) -> str | None:
    """The address a request came from (uvicorn's view of it), as the audit and the rate limits see it."""
    client = scope.get("client")
    return str(client[0])[:64] if client else None


class AuditTrail:
    def __init__(self, ctx: Ctx) -> None:
        self._ctx = ctx
        self._lock = threading.Lock()  # recorded from the event loop and from worker threads alike
        self._writing = threading.Lock()  # one flush at a time: rows keep their order, and a flush returns
        # only once everything recorded before it is written, even by a flush already under way
        self._waiting: list[dict[str, Any]] = []
        self._untold: Counter[str | None] = Counter()  # refusals past KEPT, by address
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def record(
        self,
        action: str,
        outcome: str,
        detail: dict[str, Any],
        *,
        client: str | None,
        device: str | None = None,
        staff_id: int | None = None,
    ) -> None:
        """Safe from any thread; never touches the store."""
        row = {
            "at": self._ctx.now(),
            "device_id": device,
            "staff_id": staff_id,
            "action": action[:32],
            "outcome": outcome,
            "detail": detail,
            "client": client,
        }
        with self._lock:
            if len(self._waiting) >= KEPT:
                self._untold[client] += 1
                return
            self._waiting.append(row)
            wake = len(self._waiting) == SOON_AT
        loop, event = self._loop, self._wake
        if wake and loop is not None and event is not None:
            with contextlib.suppress(RuntimeError):  # the loop has closed: the last flush takes them
                loop.call_soon_threadsafe(event.set)

    def flush(self) -> int:
        """Write what waits in one transaction; the rows written. On failure they wait for the next try."""
        with self._writing:
            return self._flush()

    def _flush(self) -> int:
        with self._lock:
            rows, self._waiting = self._waiting, []
            untold, self._untold = self._untold, Counter()
        now = self._ctx.now()
        rows += [
            {
                "at": now,
                "device_id": None,
                "action": "audit",
                "outcome": "refused",
                "detail": {"rule": "not_itemised", "message": f"{n} more refused while the audit could not be written"},
                "client": client,
            }
            for client, n in untold.items()
        ]
        if not rows:
            return 0
        try:
            with self._ctx.db.write() as s:
                s.execute(insert(HubAudit), rows)
        except Exception:
            with self._lock:  # first in, first written: back in front (what comes meanwhile is counted past KEPT)
                self._waiting[:0] = rows
            raise
        return len(rows)

    async def run(self) -> None:
        """The lifespan's task: write the queue every EVERY_S, or as soon as SOON_AT rows wait."""
        self._wake, self._loop = asyncio.Event(), asyncio.get_running_loop()
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), EVERY_S)
            self._wake.clear()
            try:
                await asyncio.to_thread(self.flush)
            except Exception:  # the store is away (e.g. PostgreSQL restarting): the rows wait, try again
                log.exception("the hub's audit rows could not be written; trying again")

    def close(self) -> None:
        """At the lifespan's end, after the last request: what is left, written before the process ends."""
        self._loop = None
        try:
            self.flush()
        except Exception:
            log.exception("the hub stopped with %d audit rows unwritten", len(self._waiting))
