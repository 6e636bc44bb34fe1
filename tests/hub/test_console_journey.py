"""The head's console through a real hub, on real windows (QML loaded over each device's view-models):
the head adds a colleague on the lobby tablet; the colleague signs in on a desk through the hub and must
choose their own PIN; the head deactivates them, reads the audit log filtered by that person, and
revokes the desk.

The buttons' own slots are called here rather than clicked: a click processes Qt's events inside the
running qasync loop, which would step the sign-in's task re-entrantly (QT_NOTES.md, qasync). The same
journey is clicked on a window without a hub in tests/gui/test_staff_journeys.py."""

from __future__ import annotations

import asyncio

import qasync
from sqlmodel import select

from lobby_app.store.tables import HubDevice, Staff
from lobby_app.sync.client import HubLink
from lobby_app.sync.config import HubConfig

from ..conftest import until
from ..gui.conftest import Window, open_window
from .conftest import HUB_TLS, PIN, Hub
from .test_sync import enrol

ONE_TIME, OWN = "318642", "704215"


async def sync(device) -> None:
    async with device.link.client() as http:
        await HubLink(device.ctx, http).sync_once()


async def answered(vm) -> None:
    await until(lambda: not vm.busy, what="the hub's answer")


def visible(w: Window, name: str) -> bool:
    """Without processing events (see above): the binding has already set it."""
    from lobby_app.gui.app import find_object

    item = find_object(w.root, name)
    return item is not None and bool(item.property("visible"))


def test_the_head_runs_staff_and_devices_from_the_console_through_the_hub(hub: Hub, team, tmp_path, qapp, qtbot):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    tablet_hub = HubConfig(hub.url, tablet.link.token, "tablet", HUB_TLS.anchor)
    desk_hub = HubConfig(hub.url, desk.link.token, "desk", HUB_TLS.anchor)

    async def the_day(head: Window, colleague: Window) -> None:
        head.screens.session.signIn("8001", PIN)  # the head, at the lobby tablet, checked by the hub
        await answered(head.screens.session)
        assert head.screens.session.signedIn and head.screens.session.role == "branch_head"
        head.screens.staff.add("3009", "Qian", "wealth_manager", ONE_TIME, ONE_TIME)
        assert head.screens.staff.errors == {}
        await sync(tablet)
        await sync(desk)

        colleague.screens.session.signIn("3009", ONE_TIME)  # at the desk: a PIN the desk never saw
        await answered(colleague.screens.session)
        assert colleague.screens.session.signedIn and visible(colleague, "changePinScreen")
        colleague.screens.session.changePin("", OWN, OWN)
        await answered(colleague.screens.session)
        assert not colleague.screens.session.changingPin and not visible(colleague, "changePinScreen")

        await sync(tablet)
        with tablet.ctx.db.read() as s:
            left = s.exec(select(Staff).where(Staff.staff_no == "3009")).one()
        head.screens.staff.deactivate(left.id)
        await sync(tablet)
        with hub.ctx.db.read() as s:
            assert not s.get(Staff, left.id).active  # the hub took it

        assert hub.audit is not None
        hub.audit.flush()  # the hub writes its audit in batches, once a second: now, for the test
        head.screens.admin.showAudit(left.id, "", "", "")
        await answered(head.screens.admin)
        seen = {(r["who"], r["action"]) for r in head.screens.admin.audit.rows}
        assert ("Qian", "在服务器登录") in seen and ("Qian", "修改本人密码") in seen

        head.screens.admin.refreshDevices()
        await answered(head.screens.admin)
        devices = {d["name"]: d for d in head.screens.admin.devices.rows}
        assert devices["desk"]["lastUser"] == "Qian"  # who signed in on it last
        head.screens.admin.revoke(devices["desk"]["id"])
        await answered(head.screens.admin)
        await answered(head.screens.admin)  # the list again, after the revocation
        with hub.ctx.db.read() as s:
            assert s.get(HubDevice, desk.ctx.device_id).revoked_at is not None
        assert {d["name"]: d["revoked"] for d in head.screens.admin.devices.rows}["desk"]

    with (
        open_window(qapp, qtbot, tablet.ctx, hub=True, hub_link=tablet_hub) as head,
        open_window(qapp, qtbot, desk.ctx, hub=True, hub_link=desk_hub) as colleague,
    ):
        loop = qasync.QEventLoop(qapp)
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(the_day(head, colleague))
        finally:
            asyncio.set_event_loop(None)
            loop.close()
