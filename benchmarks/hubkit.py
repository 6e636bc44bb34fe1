"""A branch on loopback for the hub figures: the real hub (`lobby-app hub`, its own process, a SQLite
store with the demo branch), real devices (their own stores, enrolled with the head's code, a person
signed in), and the floor server: the same server stack answering with one SQLite commit."""

from __future__ import annotations

import os
import socket
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
from lobby_app.protocol import HEADER, VERSION
from lobby_app.services.context import Ctx
from lobby_app.settings import Settings
from lobby_app.sync.client import HubLink
from lobby_app.sync.config import HubConfig, enrol
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
    the benchmark's own hub: the devices' enrolment then binds the code to its certificate and pins it)."""
    head = {"staff_no": HEAD_NO, "pin": pin_of(HEAD_NO)}
    reply = httpx.post(f"{url}/v1/enrolment-codes", json=head, headers={HEADER: str(VERSION)}, verify=False)
    reply.raise_for_status()
    return str(reply.json()["code"])


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
    config = enrol(url, code=enrolment_code(url), name=name, device_id=ctx.device_id)
    async with config.client() as http:
        await HubLink(ctx, http).sync_once()
    signed = await sign_in_at_hub(ctx, config, staff_no=staff_no, pin=pin_of(staff_no))
    return Device(ctx, config, signed.actor)


FLOOR_APP = r"""
import sqlite3, sys, threading
import uvicorn
from fastapi import FastAPI

db = sqlite3.connect(sys.argv[1], check_same_thread=False, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
lock = threading.Lock()
app = FastAPI()

@app.get("/healthz")
def healthz():
    return {"status": "ok"}

@app.post("/commit")
def commit(body: dict):
    with lock:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t (body) VALUES (?)", (str(body),))
        db.execute("COMMIT")
    return {"ok": True}

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="info", access_log=False)
"""


def start_floor(folder: Path) -> tuple[str, subprocess.Popen[bytes]]:
    """The floor: the hub's server stack (uvicorn, FastAPI, a sync route, info logging, no access log)
    answering each request with one SQLite commit (WAL, synchronous=FULL), and nothing else."""
    port = free_port()
    proc = _serve(["-c", FLOOR_APP, str(folder / "floor.db"), str(port)], port)
    return f"http://127.0.0.1:{port}", proc


def workdir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="lobby-bench-")
