"""The hub over HTTP on loopback: enrolment, push exactly once, refusals that block nothing, pull."""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlmodel import func, select

from lobby_app.hub.access import revoke_device
from lobby_app.store.tables import AppliedMutation, CustomerTag, Handoff, HubAudit, HubChange, HubDevice
from lobby_app.sync import config
from tests.conftest import row_counts

from .conftest import SPEAKS, TLS, DeviceClient, Hub

TAG = {
    "id": "00000000-0000-4000-8000-000000000001",
    "purpose": "deposit",
    "amount_fen": 5_000_000,  # exactly 50,000 CNY: eligible
    "products": [],
    "address_as": "王先生",
}
REFER = {"id": "00000000-0000-4000-8000-000000000002", "tag_id": TAG["id"], "note": "到期转存"}


def push(client: DeviceClient, *mutations: tuple[str, str, dict, int]) -> dict:
    reply = client.push([{"id": i, "name": n, "args": a, "staff_id": s} for i, n, a, s in mutations])
    assert reply.status_code == 200, reply.text
    return reply.json()


def count(hub: Hub, model) -> int:
    with hub.ctx.db.read() as s:
        return s.exec(select(func.count()).select_from(model)).one()


def test_health_and_openapi_when_asked_for(ctx, team):
    hub = Hub(ctx, api_docs=True)
    hub.start()
    try:
        assert httpx.get(f"{hub.url}/healthz", verify=TLS).json() == {"status": "ok"}
        paths = httpx.get(f"{hub.url}/openapi.json", verify=TLS).json()["paths"]
    finally:
        hub.stop()
    assert {"/healthz", "/v1/enrolment-codes", "/v1/devices", "/v1/push", "/v1/pull"} <= set(paths)


@pytest.mark.dialect  # a code is spent in the same write that makes the device
def test_an_enrolment_code_is_used_once_and_its_token_is_kept_hashed(hub: Hub, team):
    code = httpx.post(
        f"{hub.url}/v1/enrolment-codes", json={"staff_no": "8001", "pin": "580274"}, headers=SPEAKS, verify=TLS
    )
    first = config.enrol(hub.url, code=code.json()["code"], name="平板1", device_id=str(uuid.uuid4()))
    with pytest.raises(config.EnrolmentRefused, match="unknown, used or expired"):
        config.enrol(hub.url, code=code.json()["code"], name="平板2", device_id=str(uuid.uuid4()))
    with hub.ctx.db.read() as s:
        [device] = s.exec(select(HubDevice)).all()
    assert device.token_hash != first.token and len(device.token_hash) == 64
    not_head = httpx.post(
        f"{hub.url}/v1/enrolment-codes", json={"staff_no": "1001", "pin": "580274"}, headers=SPEAKS, verify=TLS
    )
    assert not_head.status_code == 403


@pytest.mark.dialect  # unique keys decide a replay
def test_a_push_is_applied_once_however_often_it_is_replayed(hub: Hub, team):
    device = hub.device()
    lobby = team.lobby.staff_id
    for _ in range(3):
        reply = push(device, ("m1", "tag_customer", TAG, lobby), ("m2", "refer", REFER, lobby))
    assert [(r["status"], r["duplicate"]) for r in reply["results"]] == [("applied", True), ("applied", True)]
    assert count(hub, CustomerTag) == 1 and count(hub, Handoff) == 1
    with hub.ctx.db.read() as s:
        handoff = s.get(Handoff, REFER["id"])  # the device's own id is kept
        tag = s.get(CustomerTag, TAG["id"])
    assert handoff is not None and handoff.state == "queued" and tag is not None and tag.eligible


@pytest.mark.dialect  # a savepoint rolls back alone
def test_a_refused_mutation_is_recorded_and_does_not_block_the_ones_behind_it(hub: Hub, team):
    device = hub.device()
    lobby, teller = team.lobby.staff_id, team.teller.staff_id
    reply = push(
        device,
        ("a", "tag_customer", TAG, lobby),
        ("b", "launch_rocket", {}, lobby),  # unknown mutation
        ("c", "accept", {"id": REFER["id"]}, teller),  # no such handoff yet
        ("d", "refer", REFER, lobby),
        ("e", "accept", {"id": REFER["id"]}, teller),  # a teller may not accept: the hub's role, not the device's
        ("f", "tag_customer", TAG | {"id": "x", "amount_fen": -5}, lobby),  # a bad field
        ("g", "refer", {"tag_id": TAG["id"]}, lobby),  # arguments of the wrong shape
        ("h", "tag_customer", TAG | {"id": "nul\x00"}, lobby),  # a NUL character, which PostgreSQL cannot store
        ("i", "tag_customer", TAG | {"amount_fen": 1}, lobby),  # the id of a tag the hub has: refused on writing
    )
    decided = {r["id"]: (r["status"], r["refusal"].get("rule")) for r in reply["results"]}
    assert decided == {
        "a": ("applied", None),
        "b": ("refused", "unknown_mutation"),
        "c": ("refused", "not_found"),
        "d": ("applied", None),
        "e": ("refused", "wrong_role"),
        "f": ("refused", "negative"),
        "g": ("refused", "bad_args"),
        "h": ("refused", "bad_args"),
        "i": ("refused", "conflict"),
    }
    with hub.ctx.db.read() as s:
        rows = s.exec(select(AppliedMutation).order_by(AppliedMutation.seq)).all()
        tags = s.exec(select(HubChange.data).where(HubChange.table_name == "customer_tag")).all()
    assert [(r.mutation_id, r.status) for r in rows] == [(k, v[0]) for k, v in decided.items()]
    assert all(r.staff_id is not None and r.device_id for r in rows)
    assert [t["amount_fen"] for t in tags] == [TAG["amount_fen"]]  # what a refused change wrote left no trace


@pytest.mark.dialect  # the write lock
def test_a_contested_accept_has_one_winner_and_the_other_is_told_who(hub: Hub, team):
    lobby_tablet, desk1, desk2 = hub.device("平板"), hub.device("理财1"), hub.device("理财2")
    push(lobby_tablet, ("t", "tag_customer", TAG, team.lobby.staff_id), ("r", "refer", REFER, team.lobby.staff_id))
    first = push(desk1, ("x1", "accept", {"id": REFER["id"]}, team.wm1.staff_id))["results"][0]
    second = push(desk2, ("x2", "accept", {"id": REFER["id"]}, team.wm2.staff_id))["results"][0]
    assert first["status"] == "applied"
    assert second["status"] == "refused" and second["refusal"]["taken_by"] == "员工3001"


@pytest.mark.dialect  # the feed's sequence
def test_pull_returns_the_changed_rows_in_the_hubs_order(hub: Hub, team):
    device = hub.device()
    before = device.get("/v1/pull").json()["last_seq"]
    push(device, ("t", "tag_customer", TAG, team.lobby.staff_id), ("r", "refer", REFER, team.lobby.staff_id))
    reply = device.get("/v1/pull", params={"since": before}).json()
    tables = [(c["table"], c["key"]) for c in reply["changes"]]
    assert ("customer_tag", TAG["id"]) in tables and ("handoff", REFER["id"]) in tables
    seqs = [c["seq"] for c in reply["changes"]]
    assert seqs == sorted(seqs) and reply["last_seq"] == seqs[-1]
    handoff = next(c["data"] for c in reply["changes"] if c["table"] == "handoff")
    assert handoff["state"] == "queued" and handoff["note"] == "到期转存"
    assert device.get("/v1/pull", params={"since": reply["last_seq"]}).json()["changes"] == []


@pytest.mark.dialect  # the audit row is written either way
@pytest.mark.parametrize(
    ("send", "status"),
    [
        (lambda c: c.post("/v1/push", content=b"{not json", headers={"content-type": "application/json"}), 422),
        (lambda c: c.post("/v1/push", json={"mutations": [{"id": "1", "name": "accept"}]}), 422),
        (lambda c: c.post("/v1/push", json={"mutations": [], "device_id": "someone-else"}), 422),  # no claiming
        (lambda c: c.post("/v1/push", content=b"x" * (300 * 1024)), 413),
        (lambda c: c.post("/v1/push", json={"mutations": []}, headers={"Authorization": "Bearer forged"}), 401),
    ],
)
def test_bad_requests_get_a_4xx_change_nothing_and_leave_an_audit_row(hub: Hub, team, send, status):
    device = hub.device()
    before, audits = row_counts(hub.ctx), count(hub, HubAudit)
    reply = send(device)
    assert reply.status_code == status
    assert hub.audit is not None
    hub.audit.flush()  # the hub writes its audit rows in batches: what it holds, now
    assert row_counts(hub.ctx) == before
    assert count(hub, HubAudit) == audits + 1


def test_a_revoked_device_is_refused(hub: Hub, team):
    device = hub.device()
    assert push(device)["results"] == []
    with hub.ctx.db.read() as s:
        [row] = s.exec(select(HubDevice)).all()
    revoke_device(hub.ctx, device=row.id)
    assert device.post("/v1/push", json={"mutations": []}).status_code == 401
    assert device.get("/v1/pull").status_code == 401


@pytest.mark.dialect  # each refusal is recorded in a savepoint
def test_a_change_counts_only_from_a_person_who_signed_in_on_that_device(hub: Hub, team):
    """The hub takes the person's word from nobody: the proof needs their PIN, on this very device."""
    tablet, other = hub.device("平板"), hub.device("另一台平板")
    lobby = team.lobby.staff_id
    tag = {"id": "t", "name": "tag_customer", "args": TAG, "staff_id": lobby}
    signed_elsewhere = other.signed(tag)  # a proof the other tablet holds, replayed from this one
    as_teller = tablet.signed(tag | {"staff_id": team.teller.staff_id}) | {"staff_id": lobby}
    bodies = {
        "none": tag,
        "other_device": signed_elsewhere | {"id": "t2"},
        "other_person": as_teller | {"id": "t3"},
        "made_up": tag | {"id": "t4", "session_id": "s", "proof": "0" * 64},
    }
    for name, body in bodies.items():
        reply = tablet.post("/v1/push", json={"mutations": [body]}).json()["results"][0]
        assert (reply["status"], reply["refusal"]["rule"]) == ("refused", "not_signed_in"), name
        assert reply["refusal"]["field"] == "proof"
    assert count(hub, CustomerTag) == 0
    with hub.ctx.db.read() as s:
        audited = s.exec(select(HubAudit).where(HubAudit.outcome == "refused")).all()
        decided = s.exec(select(AppliedMutation)).all()
    assert [a.mutation_id for a in audited] == ["t", "t2", "t3", "t4"]  # each in the audit trail
    assert decided == []  # none decides its id: a forged copy of a change sent first cannot take its place
    assert push(tablet, ("t", "tag_customer", TAG, lobby))["results"][0]["status"] == "applied"


def test_a_push_carries_its_changes_on_every_open_event_stream(hub: Hub, team, monkeypatch):
    """Each stream gets the pushed change itself, following on from the seq it said last, so a device
    at that seq takes it without a pull."""
    import json

    from lobby_app.hub import app as hub_app

    monkeypatch.setattr(hub_app, "EVENT_LOOK_S", 3600.0)  # the hub would not look again within the test
    device, desk, tablet = hub.device(), hub.device("理财经理桌面"), hub.device("大堂平板2")
    with desk.stream("GET", "/v1/events") as desk_events, tablet.stream("GET", "/v1/events") as tablet_events:
        streams = [
            (json.loads(line.removeprefix("data:")) for line in events.iter_lines() if line.startswith("data:"))
            for events in (desk_events, tablet_events)
        ]
        firsts = [next(events) for events in streams]  # where the feed is: a device behind it pulls
        push(device, ("m1", "tag_customer", TAG, team.lobby.staff_id))
        for events, first in zip(streams, firsts, strict=True):  # read timeout 10 s: only the push can bring it
            told, carried = first["last_seq"], []
            while not any(c["table"] == "customer_tag" for c in carried):  # the hub's own look may come first
                event = next(events)
                assert event["after"] == told  # each event follows on from the one before
                told, carried = event["last_seq"], carried + event["changes"]
            assert told == carried[-1]["seq"] and carried[-1]["data"]["id"] == TAG["id"]
            pulled = device.get("/v1/pull", params={"since": first["last_seq"]}).json()["changes"]
            assert carried == pulled  # word for word what a pull would bring


def test_the_hub_refuses_standards_where_a_rule_tests_a_simple_product(hub: Hub, team):
    from lobby_app.domain.standards import default_standards, standards_to_dict

    tablet = hub.device()
    data = standards_to_dict(default_standards())
    data["custom_rules"] = [
        {
            "code": "app",
            "label_zh": "手机银行",
            "label_en": "App",
            "field": "product",
            "op": "has",
            "value": "mobile_banking",
        }
    ]
    [result] = push(tablet, ("m-simple", "edit_standards", {"data": data}, team.head.staff_id))["results"]
    assert result["status"] == "refused"
    assert (result["refusal"]["field"], result["refusal"]["rule"]) == ("custom_rules[0].value", "simple_product")
