"""A real hub: the FastAPI app on uvicorn, on loopback, over a real SQLite store, with the test's clock."""

from __future__ import annotations

import gc
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace

import httpx
import pytest
import uvicorn

from lobby_app.hub.access import enrol_device, make_enrolment_code
from lobby_app.hub.app import create_app
from lobby_app.services.context import Ctx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Hub:
    ctx: Ctx
    url: str

    def device(self, name: str = "大堂平板1") -> httpx.Client:
        """Enrol a device the way a branch does (a code from the head, traded once) and return its client."""
        code = make_enrolment_code(self.ctx, staff_no="8001", pin="1234")
        _, token = enrol_device(self.ctx, code=code, name=name)
        return httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {token}"}, timeout=10)


@pytest.fixture
def hub(ctx: Ctx, team) -> Iterator[Hub]:
    hub_ctx = replace(ctx, outbox=False)
    # Earlier GUI tests may leave Qt objects for the garbage collector; collect them here, on the main
    # thread, or the collector may run on the server's thread and Qt warns about their timers.
    gc.collect()
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(hub_ctx, watch_s=0.1),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            timeout_graceful_shutdown=2,
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the hub did not start"
        time.sleep(0.01)
    yield Hub(hub_ctx, f"http://127.0.0.1:{port}")
    server.should_exit = True
    thread.join(timeout=10)
