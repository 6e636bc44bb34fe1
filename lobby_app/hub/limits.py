"""Per-address rate limits on the endpoints that need no token (a token bucket per address, pure ASGI).

Our own ~50 lines rather than slowapi: it would bring `limits` and a decorator on each endpoint (which
must then take the Request), for three paths and one in-memory rule. The bucket runs on the server's
event loop only, so it needs no lock, and it answers before the body is read or a thread is taken.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from .audit import client_of

ADDRESSES = 4096  # addresses remembered per bucket; idle (full) ones are forgotten first


@dataclass
class Bucket:
    """`burst` requests at once per address, then one every `every_s` seconds."""

    burst: int
    every_s: float
    _held: dict[str, tuple[float, datetime]] = field(default_factory=dict)  # address → (tokens, when)

    def take(self, address: str, now: datetime) -> float:
        """0 when the request may go ahead; otherwise the seconds until it may."""
        tokens, then = self._held.pop(address, (float(self.burst), now))
        # A clock set back refills nothing; one set forward refills at most the burst.
        tokens = min(float(self.burst), tokens + max(0.0, (now - then).total_seconds()) / self.every_s)
        wait = 0.0 if tokens >= 1 else (1 - tokens) * self.every_s
        self._held[address] = (tokens - 1 if wait == 0 else tokens, now)  # re-inserted: the newest last
        if len(self._held) > ADDRESSES:
            self._forget(now)
        return wait

    def _forget(self, now: datetime) -> None:
        """Forget addresses whose bucket is full again; failing that, the longest unseen half."""
        refill = self.every_s
        full = [a for a, (t, then) in self._held.items() if t + (now - then).total_seconds() / refill >= self.burst]
        for address in full or list(self._held)[: len(self._held) // 2]:
            del self._held[address]


# Per address: (burst, then one every so many seconds). A head retypes a PIN a few times; a guesser gets
# ten tries a minute (each also costs the hub a slow PIN hash). Each device enrols from its own machine,
# a code has 48 random bits: the limit there is against a flood's cost. /healthz is for a monitor.
LIMITS: dict[str, tuple[int, float]] = {
    "/v1/enrolment-codes": (5, 6.0),
    "/v1/devices": (20, 3.0),
    "/v1/tls": (20, 3.0),  # fetched once before each enrolment
    "/healthz": (20, 0.2),
}


class RateLimit:
    """429 with Retry-After, before anything else is done, for a path in `buckets` asked too often from
    one address; `on_limited(scope, detail)` audits it."""

    def __init__(
        self,
        app: ASGIApp,
        buckets: Mapping[str, Bucket],
        now: Callable[[], datetime],
        on_limited: Callable[[Scope, dict[str, str]], None],
    ) -> None:
        self.app = app
        self.buckets = buckets
        self.now = now
        self.on_limited = on_limited

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        bucket = self.buckets.get(scope["path"]) if scope["type"] == "http" else None
        wait = bucket.take(client_of(scope) or "", self.now()) if bucket is not None else 0.0
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        seconds = math.ceil(wait)
        detail = {"rule": "rate_limited", "message": f"too many requests from this address: try again in {seconds} s"}
        self.on_limited(scope, detail)
        reply = JSONResponse({"detail": detail}, status_code=429, headers={"Retry-After": str(seconds)})
        await reply(scope, receive, send)


def buckets(limits: Mapping[str, tuple[int, float]] = LIMITS) -> dict[str, Bucket]:
    return {path: Bucket(burst, every_s) for path, (burst, every_s) in limits.items()}
