"""A flood of bad requests: never a 5xx, a real device still served, and every refusal audited (with the
address it came from) in batches, not a transaction and an fsync each; per-address limits on the
endpoints that need no token. The time a device's pull takes during a flood is a benchmark figure
(benchmarks/flood.py), not asserted here."""

from __future__ import annotations

import asyncio
import math
from collections import Counter

import httpx
import pytest
from sqlalchemy import event
from sqlmodel import select

from lobby_app.hub import audit
from lobby_app.hub.guards import UNKNOWN_DEVICE
from lobby_app.hub.limits import LIMITS
from lobby_app.store.tables import HubAudit
from tests.conftest import wait_until

from ..hub.conftest import PIN, SPEAKS, TLS, Hub

pytestmark = pytest.mark.dialect  # the audit rows are written to either store

FLOOD = 300  # at once: enough that a transaction each would show, small enough for CI


def _refused_tokens(hub: Hub) -> list[HubAudit]:
    with hub.ctx.db.read() as s:
        rows = s.exec(select(HubAudit)).all()
    return [a for a in rows if a.detail.get("rule") == "unknown_or_revoked_device"]


async def _flood(port: int, n: int) -> Counter[str]:
    """`n` requests with a made-up token, all at once, each on a socket of its own (as an attacker's tool
    sends them: a polite client's connection pool would pace them): the statuses they got."""
    head = "Host: hub\r\nAuthorization: Bearer forged\r\nConnection: close\r\n"
    body = b'{"keys": [["staff", "1"]]}'
    sends = [
        f"GET /v1/pull HTTP/1.1\r\n{head}\r\n".encode(),
        f"GET /v1/events HTTP/1.1\r\n{head}\r\n".encode(),
        f"POST /v1/rows HTTP/1.1\r\n{head}Content-Length: {len(body)}\r\n\r\n".encode() + body,
    ]

    async def one(i: int) -> str:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=TLS)
        writer.write(sends[i % len(sends)])
        status = (await reader.readline()).split(b" ")[1].decode()
        writer.close()
        return status

    return Counter(await asyncio.gather(*(one(i) for i in range(n))))


def test_a_flood_of_bad_tokens_is_refused_and_audited_in_batches(hub: Hub, team):
    device = hub.device()
    inserts: list[int] = []

    @event.listens_for(hub.ctx.db.engine, "before_cursor_execute")
    def count(_conn, _cursor, statement: str, params, _context, executemany: bool) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO HUB_AUDIT"):
            inserts.append(len(params) if executemany else 1)

    statuses = asyncio.run(_flood(hub.port, FLOOD))
    assert statuses == {"401": FLOOD}  # never 500 ("database is locked" was one)
    assert device.get("/v1/pull").status_code == 200  # a real device is still served
    # Written by the hub's own task within a second or so, in a few transactions, each with the address.
    wait_until(lambda: len(_refused_tokens(hub)) == FLOOD, what="every refusal in the audit")
    event.remove(hub.ctx.db.engine, "before_cursor_execute", count)
    assert sum(inserts) == FLOOD and len(inserts) <= FLOOD // 10, inserts
    assert {(a.client, a.outcome) for a in _refused_tokens(hub)} == {("127.0.0.1", "refused")}


def test_refusals_still_waiting_are_written_when_the_hub_stops(ctx, team, monkeypatch):
    monkeypatch.setattr(audit, "EVERY_S", 3600.0)  # only a full queue or the stop writes them
    hub = Hub(ctx)
    hub.start()
    try:
        bad = httpx.Client(base_url=hub.url, headers={"Authorization": "Bearer forged"} | SPEAKS, verify=TLS)
        assert {bad.get("/v1/pull").status_code for _ in range(20)} == {401}
        assert _refused_tokens(hub) == []  # answered, not yet written: no transaction per refusal
    finally:
        hub.stop()
    assert len(_refused_tokens(hub)) == 20


@pytest.mark.parametrize("path", sorted(LIMITS))
def test_the_endpoints_without_a_token_are_rate_limited_per_address(hub: Hub, team, path):
    burst, every_s = LIMITS[path]

    def send(address: str = "") -> httpx.Response:  # the hub trusts X-Forwarded-For from loopback only
        headers = SPEAKS | ({"X-Forwarded-For": address} if address else {})
        if path == "/healthz":
            return httpx.get(hub.url + path, headers=headers, verify=TLS)
        # A staff number nobody has: wrong PINs for a real one would lock it first (test_lockout.py).
        body = {"staff_no": "9999", "pin": "000000"} if path == "/v1/enrolment-codes" else {"code": "X", "name": "x"}
        return httpx.post(hub.url + path, json=body, headers=headers, verify=TLS)

    assert all(send().status_code != 429 for _ in range(burst))  # a person retyping a PIN is not held up
    limited = send()
    assert limited.status_code == 429 and limited.json()["detail"]["rule"] == "rate_limited"
    assert int(limited.headers["Retry-After"]) == math.ceil(every_s)
    assert send("10.0.0.9").status_code != 429  # another address is not held up by this one
    hub.ctx.clock.advance(seconds=every_s)  # type: ignore[attr-defined]  # the test's clock
    assert send().status_code != 429  # one more, once its time has come
    assert send().status_code == 429
    assert hub.audit is not None
    hub.audit.flush()
    with hub.ctx.db.read() as s:
        audited = s.exec(select(HubAudit).where(HubAudit.action == path)).all()
    assert [a.client for a in audited if a.detail["rule"] == "rate_limited"] == ["127.0.0.1", "127.0.0.1"]


def test_a_right_pin_after_the_limit_has_passed_still_gets_a_code(hub: Hub, team):
    def ask(staff_no: str, pin: str) -> int:
        body = {"staff_no": staff_no, "pin": pin}
        return httpx.post(f"{hub.url}/v1/enrolment-codes", json=body, headers=SPEAKS, verify=TLS).status_code

    for _ in range(LIMITS["/v1/enrolment-codes"][0]):
        ask("9999", "000000")
    assert ask("8001", PIN) == 429
    hub.ctx.clock.advance(minutes=1)  # type: ignore[attr-defined]
    assert ask("8001", PIN) == 200


def test_the_audit_keeps_what_it_cannot_write_yet_and_counts_past_its_bound(ctx, monkeypatch):
    monkeypatch.setattr(audit, "KEPT", 5)
    trail = audit.AuditTrail(ctx)
    for i in range(8):
        trail.record("/v1/pull", "refused", dict(UNKNOWN_DEVICE), client=f"10.0.0.{i % 2}")

    def away(**_: object) -> None:
        raise RuntimeError("the store is away")

    with monkeypatch.context() as store:
        store.setattr(ctx.db, "write", away)
        with pytest.raises(RuntimeError):
            trail.flush()
    assert trail.flush() == 7  # nothing lost meanwhile: five rows, and a count for each address past them
    with ctx.db.read() as s:
        rows = s.exec(select(HubAudit).order_by(HubAudit.seq)).all()
    assert [r.client for r in rows[:5]] == ["10.0.0.0", "10.0.0.1"] * 2 + ["10.0.0.0"]
    assert {(r.client, r.detail["message"].split()[0]) for r in rows[5:]} == {("10.0.0.1", "2"), ("10.0.0.0", "1")}
