"""The chaos proxy itself: it passes requests and event streams through, and each fault really happens."""

from __future__ import annotations

import gc
import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import uvicorn

from ..conftest import wait_until
from .chaos_proxy import ChaosProxy
from .conftest import free_port


class Upstream:
    """A tiny ASGI server on uvicorn, like the hub: POSTs are counted, GET /v1/events streams and never ends."""

    def __init__(self) -> None:
        self.posts = 0
        self.streams_open = 0
        self.streams_closed = 0

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        assert scope["type"] == "http"
        if scope["path"] == "/v1/events":
            self.streams_open += 1
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]}
            )
            await send({"type": "http.response.body", "body": b"data: 1\n\n", "more_body": True})
            while (await receive())["type"] != "http.disconnect":
                pass
            self.streams_closed += 1
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if scope["method"] == "POST":
            self.posts += 1
        reply = json.dumps({"posts": self.posts, "got": body.decode()}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(reply)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": reply})


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[Upstream, int]]:
    """One upstream for the module: starting and stopping uvicorn costs more than these tests."""
    gc.collect()  # as in the hub fixture: keep earlier tests' Qt garbage off the server's thread
    app, port = Upstream(), free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while not uv.started:
        assert time.monotonic() < deadline, "the upstream did not start"
        time.sleep(0.01)
    yield app, port
    uv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture
def upstream(server: tuple[Upstream, int]) -> tuple[Upstream, int]:
    app, _ = server
    app.posts = app.streams_open = app.streams_closed = 0
    return server


@pytest.fixture
def proxy(upstream: tuple[Upstream, int]) -> Iterator[ChaosProxy]:
    with ChaosProxy(upstream[1], seed=7) as p:
        yield p


@pytest.fixture
def client(proxy: ChaosProxy) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=proxy.url, timeout=5) as c:  # keep-alive, as the devices use it
        yield c


def test_requests_pass_through_one_after_another_on_a_keep_alive_client(upstream, proxy, client):
    app, _ = upstream
    for n in (1, 2, 3):
        reply = client.post("/v1/push", json={"n": n})
        assert reply.status_code == 200
        assert reply.json() == {"posts": n, "got": json.dumps({"n": n}, separators=(",", ":"))}
    assert client.get("/v1/rows").json()["posts"] == 3
    assert app.posts == 3 and proxy.stats["requests"] == 4


def test_a_delay_holds_the_request_back(upstream, proxy, client):
    proxy.delay_s = (0.1, 0.1)
    started = time.monotonic()
    client.post("/v1/push", json={}).raise_for_status()
    assert time.monotonic() - started >= 0.1


def test_a_dropped_reply_fails_the_client_yet_the_upstream_did_the_work(upstream, proxy, client):
    app, _ = upstream
    proxy.drop_reply_rate = 1
    with pytest.raises(httpx.TransportError):
        client.post("/v1/push", json={})
    assert app.posts == 1 and proxy.stats["dropped_replies"] == 1
    proxy.drop_reply_rate = 0
    assert client.post("/v1/push", json={}).json()["posts"] == 2


def test_a_duplicated_request_reaches_the_upstream_twice_and_the_client_gets_one_reply(upstream, proxy, client):
    app, _ = upstream
    proxy.duplicate_rate = 1
    assert client.post("/v1/push", json={}).json()["posts"] == 2  # the reply to the second copy
    assert app.posts == 2 and proxy.stats["duplicated"] == 1


def test_a_dropped_request_fails_the_client_and_never_reaches_the_upstream(upstream, proxy, client):
    app, _ = upstream
    proxy.drop_request_rate = 1
    with pytest.raises(httpx.TransportError):
        client.post("/v1/push", json={})
    assert app.posts == 0 and proxy.stats["dropped_requests"] == 1


def test_a_cut_ends_open_streams_and_fails_requests_until_it_is_lifted(upstream, proxy, client):
    app, _ = upstream
    with httpx.Client(base_url=proxy.url, timeout=5) as streamer, streamer.stream("GET", "/v1/events") as events:
        assert events.headers["content-type"] == "text/event-stream"
        lines = events.iter_lines()
        assert next(lines) == "data: 1"  # passed through before the stream ends, which it never does
        proxy.set_cut(True)
        with pytest.raises(httpx.TransportError):
            list(lines)
    wait_until(lambda: app.streams_closed == 1, what="the upstream's side of the stream closed")
    with pytest.raises(httpx.TransportError):
        client.post("/v1/push", json={})
    assert app.posts == 0 and proxy.stats["cut_connections"] == 2
    proxy.set_cut(False)
    assert client.post("/v1/push", json={}).json()["posts"] == 1


def test_a_stream_closed_by_the_client_is_closed_upstream(upstream, proxy):
    app, _ = upstream
    with httpx.Client(base_url=proxy.url, timeout=5) as streamer, streamer.stream("GET", "/v1/events") as events:
        assert next(events.iter_lines()) == "data: 1"
    wait_until(lambda: app.streams_closed == 1, what="the upstream's side of the stream closed")
