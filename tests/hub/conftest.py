"""A real hub: the FastAPI app on uvicorn, on loopback, with the test's clock, over a real store.

Every hub test runs on a SQLite file. A test marked `dialect` (the hub's writes, its locks, its
migrations, its faults: where the SQL dialect matters) runs again on PostgreSQL when
LOBBY_TEST_POSTGRES_URL names a server where the test may create databases (`tools/start_postgres.sh`
makes one; `.ci/run` uses it). Devices always keep SQLite files, as they do in a branch.
"""

from __future__ import annotations

import asyncio
import atexit
import gc
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import uvicorn
from sqlmodel import select

from lobby_app import __version__
from lobby_app.domain.pins import change_proof, new_session_id, signing_key
from lobby_app.hub.access import enrol_device, make_enrolment_code
from lobby_app.hub.app import create_app
from lobby_app.hub.audit import AuditTrail
from lobby_app.hub.bell import FeedBell
from lobby_app.hub.tls import HubTls, branch_tls
from lobby_app.protocol import HEADER, VERSION
from lobby_app.protocol.versions import APP_HEADER
from lobby_app.services.context import Ctx
from lobby_app.settings import Settings
from lobby_app.store.engine import Database
from lobby_app.store.migrate import upgrade
from lobby_app.store.replication import SHARED, row_key
from lobby_app.store.tables import Staff, StaffKey
from lobby_app.sync.config import HubConfig, pinned
from lobby_app.sync.staff import sign_in_at_hub

from ..conftest import Children, Clock, open_test_store, prepared

POSTGRES = os.environ.get("LOBBY_TEST_POSTGRES_URL", "")
if os.environ.get("CI") and not POSTGRES:
    raise pytest.UsageError("CI runs the hub's tests on PostgreSQL too: set LOBBY_TEST_POSTGRES_URL (see .ci/run)")
STORES = ["sqlite", "postgresql"] if POSTGRES else ["sqlite"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The hub's store: SQLite for every test, and PostgreSQL too for a test marked `dialect`."""
    if "ctx" in metafunc.fixturenames:
        stores = STORES if metafunc.definition.get_closest_marker("dialect") else ["sqlite"]
        metafunc.parametrize("ctx", stores, indirect=True)


def _url(name: str) -> str:
    return POSTGRES.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
def postgres_db() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    name = f"lobby_hub_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}"')
    try:
        yield _url(name)
    finally:
        drop_database(name)


@pytest.fixture(scope="session")
def migrated_postgres_template() -> Iterator[str]:
    """A database the migrations brought up to date, once per test process: the template of the hub
    stores below (the migrations themselves are tested from empty, in test_hub_store.py)."""
    name = f"lobby_migrated_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}"')
    try:
        db = Database(_url(name))
        upgrade(db)
        db.dispose()  # nobody may be in a template while it is copied
        yield name
    finally:
        drop_database(name)


@pytest.fixture
def migrated_postgres_db(migrated_postgres_template: str) -> Iterator[str]:
    """The URL of a new database copied from the migrated template, dropped after the test."""
    name = f"lobby_hub_{uuid.uuid4().hex[:12]}"
    copy_database(migrated_postgres_template, name)
    try:
        yield _url(name)
    finally:
        drop_database(name)


def drop_database(name: str) -> None:
    """FORCE ends our own leftover sessions; an autovacuum worker that happens to be in the database
    belongs to the server, which the test role may not end, so wait for it to finish (seconds)."""
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def copy_database(source: str, copy: str) -> None:
    """A copy made by the server (CREATE DATABASE … TEMPLATE): nobody may be in the source meanwhile."""
    _admin(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"')


def _admin(statement: str) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(POSTGRES, autocommit=True) as admin:
                admin.execute(statement)
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@pytest.fixture
def ctx(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> Iterator[Ctx]:
    """The hub's store: a SQLite file, or a new PostgreSQL database (see pytest_generate_tests)."""
    db = request.getfixturevalue("migrated_postgres_db") if request.param == "postgresql" else None
    c = prepared(open_test_store(Settings(data_dir=tmp_path / "hub"), db=db), clock)
    yield c
    c.db.dispose()


def start_hub_process(
    children: Children, args: list[str], port: int, *, code: str | None = None
) -> subprocess.Popen[str]:
    """`lobby-app ARGS --port PORT` in a process of its own (or Python `code` taking those arguments),
    returned once it answers /healthz (over TLS unless ARGS say --insecure-http); ended with the test at
    the latest. A device learns the hub's certificate by enrolling (sync.config.enrol)."""
    program = ["-c", code] if code else ["-m", "lobby_app"]
    proc = children.start(
        [sys.executable, *program, *args, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    scheme = "http" if "--insecure-http" in args else "https"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{scheme}://127.0.0.1:{port}/healthz", timeout=1, verify=False).status_code == 200:
                return proc
        except httpx.TransportError:
            assert proc.poll() is None and time.monotonic() < deadline, "the hub did not come up"
            time.sleep(0.1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


PIN = "580274"  # every test person's PIN (tests/conftest.py: team)
# The in-process hubs' branch CA and certificate, made once per test process as a hub makes them at
# its first start; TLS trusts that CA alone, as an enrolled device does (sync/config.py: pinned).
_TLS_FOLDER = Path(tempfile.mkdtemp(prefix="lobby-hub-tls-"))
atexit.register(shutil.rmtree, _TLS_FOLDER, True)
HUB_TLS = branch_tls(_TLS_FOLDER / "tls")
TLS = pinned(HUB_TLS.anchor, False)
SPEAKS = {HEADER: str(VERSION), APP_HEADER: __version__}  # what every request of a device of this version carries


class DeviceClient(httpx.Client):
    """An enrolled device speaking raw HTTP. `push` signs each change as a device does once its person
    has signed in on it (services.staff.sign_in, services.context.record), in a session that ends in 12
    hours by the hub's clock; `post` sends the body exactly as given.

    A device of an older version than the hub's signs as it did: its person signs in at the hub
    (`/v1/sign-in`, with the PIN, in its own version's header) and it signs with the secret the hub gives
    back, once per person. A device of the current version takes the same secret from the hub's store, a
    shortcut that leaves no sign-in in the hub's audit trail for tests that count it."""

    def __init__(self, hub_ctx: Ctx, device_id: str, **kw: Any) -> None:
        super().__init__(**kw)
        self.hub_ctx, self.device_id = hub_ctx, device_id
        self.secrets: dict[int, str] = {}  # an older device's: what the hub gave at each person's sign-in

    def push(self, mutations: list[dict[str, Any]]) -> httpx.Response:
        return self.post("/v1/push", json={"mutations": [self.signed(m) for m in mutations]})

    def signed(self, m: dict[str, Any]) -> dict[str, Any]:
        secret = self.secret_of(m["staff_id"])
        if secret is None:
            return m
        session = new_session_id(self.hub_ctx.now() + timedelta(hours=12))
        signing = signing_key(secret, session_id=session, device_id=self.device_id, staff_id=m["staff_id"])
        proof = change_proof(signing, mutation_id=m["id"], name=m["name"], args=m["args"], staff_id=m["staff_id"])
        return m | {"session_id": session, "proof": proof}

    def secret_of(self, staff_id: int) -> str | None:
        """The secret behind this person's proofs on this device; None for someone the hub does not know."""
        if int(self.headers.get(HEADER, VERSION)) >= VERSION:
            with self.hub_ctx.db.read() as s:
                keys = s.get(StaffKey, staff_id)
            return keys.secret if keys is not None else None
        if staff_id not in self.secrets:
            with self.hub_ctx.db.read() as s:
                person = s.get(Staff, staff_id)
            if person is None:
                return None
            reply = self.post("/v1/sign-in", json={"staff_no": person.staff_no, "pin": PIN})
            assert reply.status_code == 200, reply.text
            self.secrets[staff_id] = reply.json()["secret"]
        return self.secrets[staff_id]


def shared_rows(ctx: Ctx) -> dict[tuple[str, str], dict[str, Any]]:
    """Every row of the branch state a store holds, by (table, key): devices and hub compare equal."""
    with ctx.db.read() as s:
        return {(t, row_key(r)): r.model_dump(mode="json") for t, m in SHARED.items() for r in s.exec(select(m))}


def sign_in_here(device: Ctx, link: Any, *staff_nos: str) -> None:
    """These people sign in on this device at its sign-in screen while the hub (`link`: its url and the
    device's token) is reachable: the hub checks the PIN and gives their secret, so it takes their changes."""
    anchor = HUB_TLS.anchor if link.url.startswith("https://") else None
    config = HubConfig(link.url, link.token, "device", anchor)
    for number in staff_nos:
        asyncio.run(sign_in_at_hub(device, config, staff_no=number, pin=PIN))


@dataclass
class Hub:
    ctx: Ctx
    port: int = 0  # chosen by the system at the first start, kept for a restart
    server: uvicorn.Server | None = None
    thread: threading.Thread | None = None
    api_docs: bool = False
    audit: AuditTrail | None = None  # the running app's: `hub.audit.flush()` writes what it holds now
    bell: FeedBell | None = None  # the running app's, told of what a test writes to the store itself

    tls: HubTls | None = HUB_TLS  # None: plain HTTP, as with --insecure-http
    jobs_s: float = 60.0  # how often the nightly jobs look whether they are due (the hub's default)
    backups: Path | None = None  # the nightly backup's folder (None: none)

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def device(self, name: str = "大堂平板1", *, version: int = VERSION) -> DeviceClient:
        """Enrol a device the way a branch does (a code from the head, traded once) and return its client,
        speaking `version`."""
        code = make_enrolment_code(self.ctx, staff_no="8001", pin=PIN)
        device_id, token = enrol_device(self.ctx, code=code, name=name)
        if self.bell is not None:
            self.bell.publish()  # the device's row, for every stream, as the hub's endpoint does
        headers = {"Authorization": f"Bearer {token}", HEADER: str(version)}
        return DeviceClient(self.ctx, device_id, base_url=self.url, headers=headers, timeout=10, verify=TLS)

    def config(self, token: str, name: str) -> HubConfig:
        """What a device enrolled with this hub keeps in its hub.json."""
        return HubConfig(self.url, token, name, self.tls.anchor if self.tls else None)

    def start(self) -> None:
        # Earlier GUI tests may leave Qt objects for the garbage collector; collect them here, on the main
        # thread, or the collector may run on the server's thread and Qt warns about their timers.
        gc.collect()
        app = create_app(
            self.ctx, watch_s=0.1, tls=self.tls, api_docs=self.api_docs, jobs_s=self.jobs_s, backups=self.backups
        )
        self.audit, self.bell = app.state.audit, app.state.bell
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            timeout_graceful_shutdown=2,
            ssl_certfile=str(self.tls.cert) if self.tls else None,
            ssl_keyfile=str(self.tls.key) if self.tls else None,
        )
        config.load()
        app.state.ssl_context = config.ssl
        self.server = uvicorn.Server(config)
        # The socket is bound here and handed over, so no other test worker can take the port in between.
        listening = socket.socket()
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(("127.0.0.1", self.port))
        self.port = int(listening.getsockname()[1])
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [listening]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "the hub did not start"
            time.sleep(0.01)

    def stop(self) -> None:
        assert self.server is not None and self.thread is not None
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def hub(ctx: Ctx, team) -> Iterator[Hub]:
    running = Hub(replace(ctx, outbox=False))
    running.start()
    yield running
    running.stop()
