"""What a request must be before FastAPI reads it (pure ASGI, in the order the app stacks them): from an
enrolled device where the path needs one (TokenGate), and a body small enough and JSON no deeper than a
device ever nests it (BodyGuard), both checked on the raw bytes, before the body becomes Python objects.

A refusal here costs no routing, no body parsed and none of the request threads. A flood of bad tokens
used to take a request thread twice per request, and a real device's pull queued behind them for the
same threads (seconds with 1,500 at once: benchmarks/flood.py).

Nesting matters because everything after the parser walks the value recursively (pydantic, the NUL
check, the JSON column): some hundreds of levels, sent with any device token, ended in RecursionError
and a 500; a few thousand unclosed brackets break the parser itself.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Callable
from itertools import accumulate
from typing import Any

from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_DEPTH = 32  # a push nests 5 levels (body, mutations, a mutation, its args, a list in them)

# A JSON string, or an unclosed one running to the end: every quote starts a match that cannot fail, so
# the scan stays linear whatever the bytes (a pattern that could fail would retry from every quote).
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)', re.DOTALL)
_SQUARE = bytes.maketrans(b"{}", b"[]")  # depth is depth, whichever the bracket
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = {ord("["): 1, ord("]"): -1}

Refused = Callable[[Scope, dict[str, Any]], None]
UNKNOWN_DEVICE = {"rule": "unknown_or_revoked_device"}


def too_deep(body: bytes) -> bool:
    """Whether the brackets of a JSON text, outside its strings, nest deeper than MAX_DEPTH (malformed
    text is measured all the same: the parser refuses it next, or would fail on its depth first)."""
    brackets = _STRING.sub(b"", body).translate(_SQUARE, _NOT_BRACKETS)
    if brackets.count(b"[") <= MAX_DEPTH:  # the usual body: it cannot nest deeper than it opens
        return False
    return max(accumulate(map(_STEP.__getitem__, brackets))) > MAX_DEPTH


class BodyGuard:
    """Read the whole body first (pure ASGI), then refuse one over `limit` bytes (413) or nested deeper
    than MAX_DEPTH (400); the app is then handed the body as read. `on_refused(scope, detail)` audits."""

    def __init__(self, app: ASGIApp, limit: int, on_refused: Refused) -> None:
        self.app = app
        self.limit = limit
        self.on_refused = on_refused

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, send, 413, "too_large", f"request body over {self.limit} bytes")
            return
        chunks: list[bytes] = []
        seen, more = 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client left: the app hears it
                await self.app(scope, _replay([message], receive), send)
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                await self._refuse(scope, send, 413, "too_large", f"request body over {self.limit} bytes")
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if body and too_deep(body):
            await self._refuse(scope, send, 400, "too_deep", f"JSON nested deeper than {MAX_DEPTH} levels")
            return
        await self.app(scope, _replay([{"type": "http.request", "body": body, "more_body": False}], receive), send)

    async def _refuse(self, scope: Scope, send: Send, status: int, rule: str, message: str) -> None:
        detail = {"field": "body", "rule": rule, "message": message}
        self.on_refused(scope, detail)
        await JSONResponse({"detail": detail}, status_code=status)(scope, _disconnected, send)


class TokenGate:
    """401 for a path under /v1/ (but the `open_paths`) without the bearer token of an enrolled, unrevoked
    device; `find(token)` says which device holds it (a read of one indexed row), for every request. The
    device found goes in the request's state for the endpoint (scope["state"]["device"]).

    A token that found a device before goes first; any other waits its turn, one at a time. Each is
    looked up all the same (so a revoked token is refused at once), but a flood of made-up tokens can no
    longer stand a thousand deep, in front of a real device's request, in the loop's queue or a thread
    pool's: the flood holds one lookup thread at a time. (Looked up in a thread: on PostgreSQL it is a
    round trip, which must not hold up the event loop.)"""

    def __init__(
        self, app: ASGIApp, find: Callable[[str], object | None], open_paths: set[str], on_refused: Refused
    ) -> None:
        self.app = app
        self.find = find
        self.open_paths = open_paths
        self.on_refused = on_refused
        self._known: set[bytes] = set()  # digests of tokens that found a device (as many as devices)
        self._lane = asyncio.Semaphore(1)  # the unknown tokens' turn

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path.startswith("/v1/") or path in self.open_paths:
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(b"authorization", b"")
        token = given.decode("latin-1").removeprefix("Bearer ").strip()
        digest = hashlib.sha256(token.encode()).digest()
        if digest in self._known:
            found = await asyncio.to_thread(self.find, token)
        else:
            async with self._lane:  # the others wait here, not in a queue a device's request waits in too
                found = await asyncio.to_thread(self.find, token) if token else None
        if found is not None:
            self._known.add(digest)
        else:
            self._known.discard(digest)
            self.on_refused(scope, dict(UNKNOWN_DEVICE))
            await JSONResponse({"detail": "unknown or revoked device token"}, status_code=401)(scope, receive, send)
            return
        scope.setdefault("state", {})["device"] = found
        await self.app(scope, receive, send)


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """The messages already read, then the connection's own (its disconnect, which a stream listens for)."""
    waiting = list(messages)

    async def replayed() -> Message:
        return waiting.pop(0) if waiting else await receive()

    return replayed


async def _disconnected() -> Message:
    return {"type": "http.disconnect"}
