"""No input makes the hub answer 5xx: JSON nested past the bound is refused before it is parsed, and a
row key the store's integers cannot hold is refused at the door. Each found as an attacker on the LAN."""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import select

from lobby_app.hub.guards import MAX_DEPTH
from lobby_app.store.tables import HubAudit
from tests.conftest import row_counts

from ..hub.conftest import Hub

pytestmark = pytest.mark.dialect  # the audit row, and each store's integers


def _push(args: str, staff_id: int = 99) -> bytes:
    change = f'{{"id": "{uuid.uuid4()}", "name": "tag_customer", "args": {args}, "staff_id": {staff_id}}}'
    return f'{{"mutations": [{change}]}}'.encode()


def _audited(hub: Hub, rule: str) -> list[HubAudit]:
    assert hub.audit is not None
    hub.audit.flush()
    with hub.ctx.db.read() as s:
        return [a for a in s.exec(select(HubAudit)).all() if a.detail.get("rule") == rule]


def test_json_nested_past_the_bound_is_refused_before_it_is_parsed(hub: Hub, team):
    device, before = hub.device(), row_counts(hub.ctx)
    json = {"content-type": "application/json"}
    # Found: 400 levels in a push's args, from any device token and an unknown person, answered 500.
    deep = device.post("/v1/push", content=_push('{"a": ' + "[" * 400 + "]" * 400 + "}"), headers=json)
    assert deep.status_code == 400
    assert deep.json()["detail"] == {
        "field": "body",
        "rule": "too_deep",
        "message": f"JSON nested deeper than {MAX_DEPTH} levels",
    }
    unclosed = device.post("/v1/rows", content=b'{"keys": ' + b"[" * 100_000, headers=json)  # past the parser's own
    assert unclosed.status_code == 400 and unclosed.json()["detail"]["rule"] == "too_deep"
    no_type = device.post("/v1/push", content=b"[" * 50 + b"]" * 50)  # read as JSON all the same
    assert no_type.status_code == 400
    # At the bound it is parsed (and refused for what it says); brackets inside a string are text.
    at_bound = _push('{"a": ' + "[" * (MAX_DEPTH - 4) + "]" * (MAX_DEPTH - 4) + "}")
    assert device.post("/v1/push", content=at_bound, headers=json).json()["results"][0]["status"] == "refused"
    in_text = _push('{"a": "' + "[{" * 1000 + '\\"' + '"}')
    assert device.post("/v1/push", content=in_text, headers=json).json()["results"][0]["status"] == "refused"
    assert row_counts(hub.ctx) == before
    assert {a.client for a in _audited(hub, "too_deep")} == {"127.0.0.1"}
    assert len(_audited(hub, "too_deep")) == 3


@pytest.mark.parametrize("key", ["9" * 30, str(2**63), str(2**31), str(-(2**31) - 1)])
def test_a_row_key_past_the_stores_integers_is_refused_at_the_door(hub: Hub, team, key):
    device = hub.device()
    # Found: a key beyond 64 bits dropped the connection (SQLite) or answered 500 (PostgreSQL).
    reply = device.post("/v1/rows", json={"keys": [["staff", key], ["staff", "1"]]})
    assert reply.status_code == 422
    assert reply.json()["detail"][0]["loc"][:3] == ["body", "keys", 0]
    assert len(_audited(hub, "malformed")) == 1


def test_row_keys_the_store_can_hold_are_answered_as_before(hub: Hub, team):
    device = hub.device()
    keys = [["staff", str(team.head.staff_id)], ["staff", str(2**31 - 1)], ["staff", "x"], ["no_such_table", "9" * 30]]
    rows = device.post("/v1/rows", json={"keys": keys}).json()["rows"]
    assert [r["data"] is not None for r in rows] == [True, False, False, False]
