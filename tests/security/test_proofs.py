"""A colleague with a copy of a device's store and its token: the proofs in it are good for the changes
they were made for, and for nothing else, and not after their session has ended."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import httpx
import pytest
from sqlmodel import select

from lobby_app.domain.errors import DomainError
from lobby_app.domain.pins import session_end
from lobby_app.protocol import HEADER, OLDEST, VERSION
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.staff import forget_ended_sessions, sign_in, sign_out
from lobby_app.services.tagging import tag_customer
from lobby_app.store.tables import AppliedMutation, CustomerTag, HubAudit, HubChange, LocalState, Outbox
from lobby_app.sync.client import as_sent

from ..hub.conftest import HUB_TLS, SPEAKS, TLS, Hub
from ..hub.test_sync import enrol


def made_here(device_ctx) -> list[Outbox]:
    with device_ctx.db.read() as s:
        return list(s.exec(select(Outbox).order_by(Outbox.seq)))


def push(hub: Hub, token: str, *entries: dict) -> list[dict]:
    reply = httpx.post(
        f"{hub.url}/v1/push",
        json={"mutations": list(entries)},
        headers={"Authorization": f"Bearer {token}"} | SPEAKS,  # as the device that made them
        verify=TLS,
    )
    assert reply.status_code == 200, reply.text
    return reply.json()["results"]


@pytest.mark.dialect  # each refusal is kept in a savepoint of the push
def test_a_copied_proof_signs_no_other_change_and_an_altered_change_has_none(hub: Hub, team, tmp_path):
    tablet = enrol(hub, tmp_path, "tablet")
    tag_customer(tablet.ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=6_000_000))
    [made] = [as_sent(e) for e in made_here(tablet.ctx)]
    forged = TagCustomer(purpose="deposit", amount_fen=90_000_000, address_as="冒名").wire()
    replayed = made | {"id": str(uuid.uuid4()), "args": forged}  # a new change under a copied proof
    altered = made | {"args": made["args"] | {"amount_fen": 90_000_000}}  # the same change, altered
    results = push(hub, tablet.link.token, replayed, altered)
    assert [(r["status"], r["refusal"].get("rule")) for r in results] == [("refused", "not_signed_in")] * 2
    assert push(hub, tablet.link.token, made)[0]["status"] == "applied"  # the real one, as it was made


def test_a_session_ends_with_the_branch_day_and_its_key_is_gone_at_sign_out(ctx, team, clock):
    sign_in(ctx, staff_no="1001", pin="580274")
    with ctx.db.read() as s:
        [kept] = s.exec(select(LocalState)).all()
    ends = session_end(kept.value["id"])
    assert ends is not None
    clock.now = ends - timedelta(seconds=1)
    tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=100))  # the day's last second
    clock.now = ends
    with pytest.raises(DomainError) as refused:
        tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=100))
    assert (refused.value.field, refused.value.rule) == ("actor", "session_ended")
    assert len(made_here(ctx)) == 1  # nothing half kept
    sign_in(ctx, staff_no="3001", pin="580274")  # a colleague's session, open past midnight
    assert forget_ended_sessions(ctx) == 1  # the ended key leaves the device (the screen locks)
    with ctx.db.read() as s:
        assert [row.key for row in s.exec(select(LocalState)) if row.key.startswith("session/")] == [
            f"session/{team.wm1.staff_id}"
        ]
    sign_in(ctx, staff_no="1001", pin="580274")  # the next day's session
    tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=100))
    sign_out(ctx, team.lobby)
    with ctx.db.read() as s:
        assert s.get(LocalState, f"session/{team.lobby.staff_id}") is None  # the key is erased
    tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=100))
    assert made_here(ctx)[-1].proof == ""  # unsigned: the hub refuses it


@pytest.mark.dialect
def test_the_hub_takes_a_change_made_before_its_session_ended_until_12_hours_after(hub: Hub, team, tmp_path, clock):
    tablet = enrol(hub, tmp_path, "tablet")
    tag_customer(tablet.ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=6_000_000))
    tag_customer(tablet.ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=7_000_000))
    first, second = (as_sent(e) for e in made_here(tablet.ctx))
    ends = session_end(first["session_id"])
    assert ends is not None
    clock.now = ends + timedelta(hours=12)  # the LAN came back the next morning
    assert push(hub, tablet.link.token, first)[0]["status"] == "applied"
    clock.now = ends + timedelta(hours=12, seconds=1)
    [late] = push(hub, tablet.link.token, second)
    assert (late["status"], late["refusal"]["rule"]) == ("refused", "session_ended")


@pytest.mark.parametrize(
    ("session_id", "proof"),
    [
        *((session_id, "0" * 64) for session_id in ("s.999999999999", "s.٣٣٣", "s.", ".", "s.-1")),
        ("s.1900000000", "证" * 64),  # a proof that is not ASCII
    ],
)
def test_a_session_or_proof_no_device_could_make_is_refused_not_a_5xx(hub: Hub, team, session_id, proof):
    device = hub.device()
    tag = {"id": str(uuid.uuid4()), **TagCustomer(purpose="deposit", amount_fen=100).wire()}
    change = {"id": "m1", "name": "tag_customer", "args": tag, "staff_id": team.lobby.staff_id}
    reply = device.post("/v1/push", json={"mutations": [change | {"session_id": session_id, "proof": proof}]})
    assert reply.status_code == 200
    assert reply.json()["results"][0]["refusal"]["rule"] == "not_signed_in"


@pytest.fixture(params=["tls", "plain_http"])
def any_hub(request: pytest.FixtureRequest, ctx, team) -> Iterator[Hub]:
    """A hub on TLS, or one run with --insecure-http (which once still served version 1)."""
    running = Hub(replace(ctx, outbox=False), tls=HUB_TLS if request.param == "tls" else None)
    running.start()
    yield running
    running.stop()


def test_a_version_1_device_is_told_to_update_by_any_hub_and_nothing_it_sent_is_applied(any_hub: Hub, team):
    hub = any_hub
    old = hub.device("旧平板")
    del old.headers[HEADER]  # version 1 sent no protocol header
    tag = {"id": str(uuid.uuid4()), **TagCustomer(purpose="deposit", amount_fen=8_000_000).wire()}
    change = {"id": str(uuid.uuid4()), "name": "tag_customer", "args": tag, "staff_id": team.lobby.staff_id}
    with hub.ctx.db.read() as s:
        feed = len(s.exec(select(HubChange)).all())
    for reply in (old.push([change]), old.get("/v1/pull"), old.get("/v1/events")):
        assert reply.status_code == 426, reply.text
        assert reply.headers[HEADER] == str(VERSION)
        detail = reply.json()["detail"]
        assert (detail["field"], detail["rule"], detail["hub"]) == ("protocol", "update_device", [OLDEST, VERSION])
        assert "update the app" in detail["message"]
    assert hub.audit is not None and hub.audit.flush() >= 3
    with hub.ctx.db.read() as s:
        refused = s.exec(select(HubAudit).where(HubAudit.outcome == "refused")).all()
        assert [a.detail["rule"] for a in refused] == ["update_device"] * 3  # each refusal in the audit trail
        assert s.exec(select(CustomerTag)).all() == [] and s.exec(select(AppliedMutation)).all() == []
        assert len(s.exec(select(HubChange)).all()) == feed  # nothing it sent is applied, or decided

    old.headers[HEADER] = str(VERSION)  # the same device, updated: the same change is taken
    assert old.push([change]).json()["results"][0]["status"] == "applied"
