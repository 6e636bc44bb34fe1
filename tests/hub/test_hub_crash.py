"""The hub process killed after it committed a push and before it replied: the device's retry is
answered as a duplicate, and every change exists once."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from sqlmodel import func, select

from lobby_app.cli import main
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.lobby import tag_and_refer
from lobby_app.settings import Settings
from lobby_app.store.engine import Database
from lobby_app.store.tables import AppliedMutation, Handoff, Outbox
from lobby_app.sync import config
from lobby_app.sync.client import HubLink
from lobby_app.sync.staff import sign_in_at_hub

from ..conftest import open_test_store
from .conftest import STORES, free_port, start_hub_process

# The real hub, except that the first push ends the process right after its transaction committed.
HUB_THAT_DIES_BEFORE_REPLYING = """
import os, sys
import lobby_app.hub.app as app

real = app.apply_push

def apply_then_die(ctx, **kw):
    real(ctx, **kw)
    os._exit(9)

app.apply_push = apply_then_die
from lobby_app.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("store", STORES)
def test_a_hub_killed_between_commit_and_reply_answers_the_retry_as_a_duplicate(
    tmp_path: Path, capsys, store, request, children, monkeypatch
):
    db = request.getfixturevalue("postgres_db") if store == "postgresql" else str(tmp_path / "hub" / "hub.db")
    hub = ["--data-dir", str(tmp_path / "hub"), "hub", "--db", db]
    assert main([*hub, "--demo-data"]) == 0
    monkeypatch.setenv("HEAD_PIN", "246810")
    assert main([*hub, "--enrolment-code", "--staff-no", "8001", "--pin-env", "HEAD_PIN"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    port = free_port()
    url = f"https://127.0.0.1:{port}"
    device = open_test_store(Settings(data_dir=tmp_path / "tablet"))

    async def sync() -> object:
        async with link.client() as http:
            return await HubLink(device, http).sync_once()

    proc = start_hub_process(children, hub, port, code=HUB_THAT_DIES_BEFORE_REPLYING)
    link = config.enrol(url, code=code, name="平板", device_id=device.device_id)
    asyncio.run(sync())  # nothing to push yet: takes the branch's staff
    # The demo branch's lobby manager, with the hub's word on the PIN.
    lobby = asyncio.run(sign_in_at_hub(device, link, staff_no="1001", pin="135790")).actor
    change, _ = tag_and_refer(device, lobby, TagCustomer(purpose="deposit", amount_fen=8_000_000))
    with pytest.raises(httpx.TransportError):
        asyncio.run(sync())
    assert proc.wait(timeout=30) == 9
    hub_db = Database(db)
    with hub_db.read() as s:  # the hub had committed both before it died
        assert s.exec(select(func.count()).select_from(AppliedMutation)).one() == 2
        handoffs = s.exec(select(func.count()).select_from(Handoff)).one()
        assert s.get(Handoff, change.id) is not None
    with device.db.read() as s:
        assert [o.state for o in s.exec(select(Outbox))] == ["sent", "sent"]  # the device does not know

    proc = start_hub_process(children, hub, port)
    again = asyncio.run(sync())
    proc.terminate()
    proc.wait(timeout=30)
    assert (again.pushed, again.duplicates, again.refused) == (2, 2, 0)
    with device.db.read() as s:
        assert [o.state for o in s.exec(select(Outbox))] == ["confirmed", "confirmed"]
    with hub_db.read() as s:
        assert s.exec(select(func.count()).select_from(AppliedMutation)).one() == 2
        assert s.exec(select(func.count()).select_from(Handoff)).one() == handoffs  # none added by the retry
    hub_db.dispose()
    device.db.dispose()
