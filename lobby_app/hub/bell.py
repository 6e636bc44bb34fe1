"""The hub's event streams carry each change to every device as it is committed.

After a commit, a push (or the watchdog, or the hub's own look every few seconds, for changes another
process wrote to the store) calls `publish` from its worker thread: the bell reads the feed once past
what it last published and words one event for every stream. An event names the change it follows on
from (`after`, with that change's stamp), so a device whose cursor is exactly there takes the changes
without a request of its own; any other device (just connected, or behind) pulls. Thirty devices then
cost the hub one read and thirty writes on open streams per change, not thirty pulls. The same read
says which devices may hear it (`audience`: those not revoked when it was read), so a stream sends it
or ends without a read of its own on the server's loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

MAX_CARRIED = 200  # changes one event carries at most; a bigger burst says only where the feed is
KEPT = 64  # events kept for a stream that fell behind while it was writing


@dataclass(frozen=True, slots=True)
class Published:
    after: int  # the seq the changes follow on from
    newest: int
    text: str  # the server-sent event, worded once for every stream
    audience: frozenset[str]  # the devices that may hear it, read after the commit that rang


Read = Callable[[int, int], tuple[list[dict[str, Any]], int, str]]


def where_only(newest: int) -> str:
    """An event that says only where the feed is: a device behind it pulls."""
    return f"data: {json.dumps({'last_seq': newest})}\n\n"


class FeedBell:
    """`read(after, limit)` gives the feed's changes past `after` (at most `limit`, as the pull sends
    them), the newest seq and its stamp; `audience()` the ids of the devices that may hear of them."""

    def __init__(self, read: Read, audience: Callable[[], frozenset[str]]) -> None:
        self._read = read
        self._audience = audience
        self._lock = threading.Lock()  # one publisher at a time: each event follows on from the last
        self._loop: asyncio.AbstractEventLoop | None = None
        self._streams: set[asyncio.Event] = set()
        self._events: deque[Published] = deque(maxlen=KEPT)  # touched on the server's loop only
        self._published, self._stamp = -1, ""  # read and written under the lock
        self.newest = -1  # what the streams know, on the server's loop
        self.audience: frozenset[str] = frozenset()  # who may hear of `newest`, on the server's loop

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Before the server answers: from here the bell publishes from what the feed holds now."""
        _, self._published, self._stamp = self._read(0, 0)
        self.newest, self.audience = self._published, self._audience()
        self._loop = loop

    def publish(self) -> int:
        """Safe from any thread, after a commit: the feed's newest seq."""
        with self._lock:
            if self._loop is None:
                return self._read(0, 0)[1]
            after, after_stamp = self._published, self._stamp
            changes, newest, stamp = self._read(after, MAX_CARRIED + 1)
            if newest == after and stamp == after_stamp:
                return newest
            if not changes or len(changes) > MAX_CARRIED:
                text = where_only(newest)  # a burst, or the feed went back under the bell (another process)
            else:
                body = {"after": after, "after_stamp": after_stamp, "last_seq": newest, "changes": changes}
                text = f"data: {json.dumps(body, ensure_ascii=False, separators=(',', ':'))}\n\n"
            self._published, self._stamp = newest, stamp
            event = Published(after, newest, text, self._audience())
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody listens
                self._loop.call_soon_threadsafe(self._wake, event)
            return newest

    def _wake(self, event: Published) -> None:
        self._events.append(event)
        self.newest, self.audience = event.newest, event.audience
        for stream in self._streams:
            stream.set()

    def since(self, seen: int) -> list[str]:
        """The events a stream that told its device `seen` sends next: the chain from there if kept,
        else one that says where the feed is."""
        chain = [e for e in self._events if e.after >= seen]
        if chain and chain[0].after == seen:
            return [e.text for e in chain]
        return [where_only(self.newest)] if self.newest != seen else []

    @contextlib.contextmanager
    def listener(self) -> Iterator[asyncio.Event]:
        """An event set by every publication while the stream lives; registered before the stream reads
        the bell's newest, so nothing published between the two is missed."""
        event = asyncio.Event()
        self._streams.add(event)
        try:
            yield event
        finally:
            self._streams.discard(event)
