"""The branch head's console at the hub: devices (last seen, who, version, waiting; rename, revoke, a
new code) and the audit log, each request proven by the head's session on that device."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from lobby_app import __version__
from lobby_app.domain.errors import DomainError
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.lobby import tag_and_refer
from lobby_app.store.tables import Device
from lobby_app.sync import config
from lobby_app.sync.admin import HubAdmin

from .conftest import HUB_TLS, SPEAKS, TLS, Hub, sign_in_here
from .test_sync import enrol


def admin(hub: Hub, device, actor) -> HubAdmin:
    return HubAdmin(device.ctx, config.HubConfig(hub.url, device.link.token, "x", HUB_TLS.anchor), actor)


def run(coro):
    return asyncio.run(coro)


@pytest.mark.dialect
def test_the_head_sees_each_device_renames_one_and_revokes_another(hub: Hub, team, tmp_path):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    sign_in_here(tablet.ctx, tablet.link, "8001")  # the head, on the lobby tablet
    tag_and_refer(tablet.ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=8_000_000))
    desk.sync()
    console = admin(hub, tablet, team.head)
    listed = {d["name"]: d for d in run(console.devices())}
    assert listed["tablet"]["last_user"] == "员工8001"  # who signed in on it last
    assert listed["tablet"]["app_version"] == __version__ and listed["tablet"]["waiting"] == 0
    assert listed["desk"]["last_user"] == "员工3001" and listed["desk"]["last_seen_at"] is not None
    tablet.sync()  # its two changes reach the hub; the hub now knows it as the lobby manager's last
    renamed = run(console.rename(listed["desk"]["id"], "理财室1号"))
    assert renamed["name"] == "理财室1号"
    tablet.sync()
    with tablet.ctx.db.read() as s:
        assert s.get(Device, listed["desk"]["id"]).name == "理财室1号"  # every device shows the new name
    revoked = run(console.revoke(listed["desk"]["id"]))
    assert revoked["revoked_at"] is not None
    with pytest.raises(httpx.HTTPStatusError) as refused:
        desk.sync()
    assert refused.value.response.status_code == 401
    code = run(console.enrolment_code())
    assert len(code["code"]) == 14 and code["expires_at"] > hub.ctx.now().isoformat()
    enrolled = config.enrol(
        hub.url, code=code["code"], name="大堂平板2", device_id="00000000-0000-4000-8000-000000000002"
    )
    assert enrolled.token  # the code from the console enrols a device


@pytest.mark.dialect
def test_only_the_heads_session_on_that_device_opens_the_console(hub: Hub, team, tmp_path):
    tablet = enrol(hub, tmp_path, "tablet")  # its lobby manager signed in on it
    with pytest.raises(DomainError) as refused:
        run(admin(hub, tablet, team.lobby).devices())
    assert refused.value.rule == "wrong_role"
    with pytest.raises(DomainError) as refused:
        run(admin(hub, tablet, team.head).devices())  # the head never signed in here: no session to prove
    assert refused.value.rule == "session_ended"
    token = {"Authorization": f"Bearer {tablet.link.token}"} | SPEAKS
    bare = httpx.get(f"{hub.url}/v1/admin/devices", headers=token, verify=TLS)  # a device token alone
    assert bare.status_code == 403 and bare.json()["detail"]["rule"] == "not_signed_in"
    sign_in_here(tablet.ctx, tablet.link, "8001")
    console = admin(hub, tablet, team.head)
    assert run(console.devices())
    # A proof made for one request proves no other, nor the same one minutes later.
    from lobby_app.domain.pins import request_proof
    from lobby_app.services.staff import session_of

    session_id, key = session_of(tablet.ctx, team.head)
    at = int(hub.ctx.now().timestamp())
    proof = request_proof(key, method="GET", target="/v1/admin/devices", body=b"", at=at, staff_id=team.head.staff_id)
    header = {"Lobby-Session": f"{team.head.staff_id};{session_id};{at};{proof}"}
    assert httpx.get(f"{hub.url}/v1/admin/devices", headers=token | header, verify=TLS).status_code == 200
    other = httpx.get(f"{hub.url}/v1/admin/audit", headers=token | header, verify=TLS)
    assert other.status_code == 403
    hub.ctx.clock.advance(minutes=6)  # type: ignore[attr-defined]
    late = httpx.get(f"{hub.url}/v1/admin/devices", headers=token | header, verify=TLS)
    assert late.status_code == 403


@pytest.mark.dialect
def test_the_audit_log_shows_changes_and_refusals_filtered_by_person_device_and_kind(hub: Hub, team, tmp_path):
    tablet = enrol(hub, tmp_path, "tablet")
    sign_in_here(tablet.ctx, tablet.link, "8001")
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=8_000_000))
    tablet.sync()
    httpx.get(f"{hub.url}/v1/pull", headers={"Authorization": "Bearer forged"} | SPEAKS, verify=TLS)
    assert hub.audit is not None
    hub.audit.flush()
    console = admin(hub, tablet, team.head)
    mine = run(console.audit(staff_id=team.lobby.staff_id, kind="change"))
    assert {"refer", "tag_customer"} <= {e["action"] for e in mine}
    assert all(e["who"] == "员工1001" and e["device"] == "tablet" for e in mine)
    assert any(e["what"] == f"handoff {change.id}" for e in mine)
    refused = run(console.audit(kind="refused"))
    assert any(e["what"] == "unknown_or_revoked_device" for e in refused)
    assert run(console.audit(device_id=tablet.ctx.device_id, kind="refused")) == []
