"""A branch on loopback for the hub figures: the real hub (`lobby-app hub`, its own process, a SQLite
store with the demo branch), real devices (their own stores, enrolled with the head's code, a person
signed in), and the floor server: the same server stack with one SQLite commit and an event stream."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from lobby_app.app_setup import open_store
from lobby_app.domain.roles import Actor
from lobby_app.hub.tls import branch_tls
from lobby_app.protocol import HEADER, VERSION
from lobby_app.services.context import Ctx
from lobby_app.settings import Settings
from lobby_app.sync.client import HubLink
from lobby_app.sync.config import EnrolmentRefused, HubConfig, enrol
from lobby_app.sync.staff import sign_in_at_hub
from lobby_app.tooling.demo import DEMO_STAFF

HEAD_NO = "8001"


def pin_of(staff_no: str) -> str:
    return next(pin for number, _, _, pin in DEMO_STAFF if number == staff_no)


def sample_tags(n: int) -> list[dict[str, Any]]:
    """Tags a lobby manager might make, each a little different (for the hub figures)."""
    return [
        {
            "purpose": "deposit",
            "amount_fen": 100_000 + 100 * i,
            "products": ["fund"] if i % 3 else [],
            "address_as": "王先生",
        }
        for i in range(n)
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(
    args: list[str], port: int, env: dict[str, str] | None = None, scheme: str = "http"
) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{scheme}://127.0.0.1:{port}/healthz", timeout=1, verify=False)  # only: is it up?
            return proc
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{' '.join(args)} did not come up") from None
            time.sleep(0.1)


@dataclass
class HubProcess:
    url: str
    db: Path
    proc: subprocess.Popen[bytes]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)

    def code(self) -> str:
        return enrolment_code(self.url)


def enrolment_code(url: str) -> str:
    """A one-time code for a new device, as the branch head makes one with their PIN (on loopback, from
    the benchmark's own hub: the devices' enrolment then binds the code to its certificate and pins it).
    The hub lets one address ask 5 codes at once, then one every 6 s: the rig waits as it is told."""
    head = {"staff_no": HEAD_NO, "pin": pin_of(HEAD_NO)}
    while True:
        reply = httpx.post(f"{url}/v1/enrolment-codes", json=head, headers={HEADER: str(VERSION)}, verify=False)
        if reply.status_code != 429:
            break
        time.sleep(float(reply.headers.get("Retry-After", "1")))
    reply.raise_for_status()
    return str(reply.json()["code"])


def enrol_new(url: str, *, name: str, device_id: str) -> HubConfig:
    """A device enrolled as `sync.config.enrol` does it. All the rig's devices share one address, which the
    hub's limits on enrolment (per address) are not made for: a refusal for asking too often is waited out."""
    code = enrolment_code(url)
    while True:
        try:
            return enrol(url, code=code, name=name, device_id=device_id)
        except EnrolmentRefused as e:
            if "too many requests" not in str(e):
                raise
            time.sleep(1.0)


def start_hub(folder: Path, postgres: str | None = None) -> HubProcess:
    """`lobby-app hub` as a branch runs it (over TLS), over a store seeded with the demo branch: a SQLite file
    in `folder`, or the (empty) PostgreSQL database at the URL `postgres`, given as LOBBY_HUB_DB so that its
    password stays out of the process list."""
    db = folder / "hub.db"
    if postgres is None:
        head, tail, env = [], ["--db", str(db)], {}
    else:  # the hub's own files (its id, TLS) in `folder`, its store on the server
        head, tail, env = ["--data-dir", str(folder)], [], {"LOBBY_HUB_DB": postgres}
    hub = [sys.executable, "-m", "lobby_app", *head, "hub", *tail]
    subprocess.run([*hub, "--demo-data"], check=True, capture_output=True, env={**os.environ, **env})
    port = free_port()
    proc = _serve([*hub[1:], "--port", str(port)], port, env=env, scheme="https")
    return HubProcess(f"https://127.0.0.1:{port}", db, proc)


@dataclass
class Device:
    ctx: Ctx
    config: HubConfig
    actor: Actor


async def enrol_device(url: str, folder: Path, name: str, staff_no: str) -> Device:
    """A new device joins the branch: its own store, the head's one-time code, a first round of sync
    (the staff, the standards), then its person signs in on it."""
    ctx = open_store(Settings(data_dir=folder / name))
    config = enrol_new(url, name=name, device_id=ctx.device_id)
    async with config.client() as http:
        await HubLink(ctx, http).sync_once()
    signed = await sign_in_at_hub(ctx, config, staff_no=staff_no, pin=pin_of(staff_no))
    return Device(ctx, config, signed.actor)


# The floor of the handoff's path: the hub's server stack (uvicorn, FastAPI, a sync route in the thread
# pool, an async event stream, TLS, info logging, no access log) with no rules. A POST commits one row (WAL,
# synchronous=FULL) and rings every open stream with it.
FLOOR_APP = r"""
import asyncio, json, sqlite3, sys, threading
import uvicorn
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

db = sqlite3.connect(sys.argv[1], check_same_thread=False, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
lock = threading.Lock()
app = FastAPI()
streams = set()
loop = None

@app.get("/healthz")
def healthz():
    return {"status": "ok"}

@app.get("/events")
async def events():
    global loop
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def stream():
        streams.add(queue)
        try:
            yield "data: {}\n\n"
            while True:
                yield await queue.get()
        finally:
            streams.discard(queue)

    return StreamingResponse(stream(), media_type="text/event-stream")

@app.post("/commit")
def commit(body: dict):
    with lock:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t (body) VALUES (?)", (json.dumps(body),))
        db.execute("COMMIT")
    text = "data: " + json.dumps(body) + "\n\n"
    for queue in list(streams):
        loop.call_soon_threadsafe(queue.put_nowait, text)
    return {"ok": True}

uvicorn.run(
    app, host="127.0.0.1", port=int(sys.argv[2]), log_level="info", access_log=False,
    ssl_certfile=sys.argv[3], ssl_keyfile=sys.argv[4],
)
"""


@dataclass
class FloorProcess:
    url: str
    anchor: str  # the floor's CA, which its clients pin as a device pins the hub's
    ca_file: Path
    proc: subprocess.Popen[bytes]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


def start_floor(folder: Path) -> FloorProcess:
    """The floor server over TLS with a branch CA of its own (hub/tls.py, as `lobby-app hub` makes one)."""
    tls = branch_tls(folder / "floor-tls")
    port = free_port()
    args = ["-c", FLOOR_APP, str(folder / "floor.db"), str(port), str(tls.cert), str(tls.key)]
    proc = _serve(args, port, scheme="https")
    return FloorProcess(f"https://127.0.0.1:{port}", tls.anchor, folder / "floor-tls" / "branch-ca.pem", proc)


def floor_store(path: Path) -> sqlite3.Connection:
    """A device's side of the floor: one table, WAL, synchronous=FULL, each commit begun IMMEDIATE."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    return db


def floor_commit(db: sqlite3.Connection, body: str) -> None:
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO t (body) VALUES (?)", (body,))
    db.execute("COMMIT")


def workdir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="lobby-bench-")
