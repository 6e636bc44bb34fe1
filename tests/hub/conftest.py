"""A real hub: the FastAPI app on uvicorn, on loopback, with the test's clock, over a real store.

Every hub test runs on a SQLite file, and again on PostgreSQL when LOBBY_TEST_POSTGRES_URL names a
server where the test may create databases (`tools/start_postgres.sh` makes one; `.ci/run` uses it).
Devices always keep SQLite files, as they do in a branch.
"""

from __future__ import annotations

import gc
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import httpx
import psycopg
import pytest
import uvicorn

from lobby_app.app_setup import open_store
from lobby_app.hub.access import enrol_device, make_enrolment_code
from lobby_app.hub.app import create_app
from lobby_app.services.context import Ctx
from lobby_app.settings import Settings

from ..conftest import Clock, prepared

POSTGRES = os.environ.get("LOBBY_TEST_POSTGRES_URL", "")
if os.environ.get("CI") and not POSTGRES:
    raise pytest.UsageError("CI runs the hub's tests on PostgreSQL too: set LOBBY_TEST_POSTGRES_URL (see .ci/run)")
STORES = ["sqlite", "postgresql"] if POSTGRES else ["sqlite"]


@pytest.fixture
def postgres_db() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    name = f"lobby_hub_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=STORES)
def ctx(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> Iterator[Ctx]:
    """The hub's store: a SQLite file, or a new PostgreSQL database."""
    db = request.getfixturevalue("postgres_db") if request.param == "postgresql" else None
    c = prepared(open_store(Settings(data_dir=tmp_path / "hub"), db=db), clock)
    yield c
    c.db.dispose()


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
