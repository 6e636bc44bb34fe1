"""The hub's event streams hear of a change at once instead of on their next look at the feed.

A push or the watchdog rings the bell after its commit (from a worker thread) with the feed's newest
seq; every open stream wakes and sends it, without a read of its own. Streams still look at the feed
every few seconds, for changes another process wrote to the same store (a purge from the command line).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator


class FeedBell:
    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._streams: set[asyncio.Event] = set()
        self.newest = -1  # the feed's newest seq as last rung

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def ring(self, newest: int) -> None:
        """Safe from any thread: the streams are woken on the server's loop."""
        if self._loop is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody listens
                self._loop.call_soon_threadsafe(self._wake, newest)

    def _wake(self, newest: int) -> None:
        self.newest = max(self.newest, newest)
        for event in self._streams:
            event.set()

    @contextlib.contextmanager
    def listener(self) -> Iterator[asyncio.Event]:
        """An event set by every ring while the stream lives; registered before the stream's first
        read, so a change committed between a read and the next wait is not missed."""
        event = asyncio.Event()
        self._streams.add(event)
        try:
            yield event
        finally:
            self._streams.discard(event)
