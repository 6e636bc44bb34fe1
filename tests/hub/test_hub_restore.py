"""A hub restored from last night's backup: each device notices that the hub's feed is not the one it
pulled, takes the whole feed again and sends again what it had confirmed. A desk's change that needs a
tablet's change the hub lost waits until the tablet has sent it; the branch ends in one state."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from sqlmodel import select

from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer
from lobby_app.store.tables import Handoff, Outbox

from .conftest import Hub, copy_database, drop_database, shared_rows
from .test_sync import BIG, enrol

pytestmark = pytest.mark.dialect  # a restored store is copied differently on each (backup API, TEMPLATE)


def back_up(hub: Hub) -> Callable[[], None]:
    """Copy the hub's store now (the hub stopped for it); return what puts the copy back."""
    hub.stop()
    hub.ctx.db.dispose()
    db = hub.ctx.db
    if db.path is not None:
        copy = db.path.with_suffix(".backup")
        with sqlite3.connect(db.path) as live, sqlite3.connect(copy) as saved:
            live.backup(saved)

        def restore() -> None:
            with sqlite3.connect(copy) as saved, sqlite3.connect(db.path) as live:
                saved.backup(live)

    else:
        name = db.where.rsplit("/", 1)[1]
        copy_database(name, f"{name}_backup")

        def restore() -> None:
            drop_database(name)
            copy_database(f"{name}_backup", name)
            drop_database(f"{name}_backup")

    hub.start()

    def put_back() -> None:
        hub.stop()
        db.dispose()
        restore()
        hub.start()

    return put_back


def states(device) -> list[str]:
    with device.ctx.db.read() as s:
        return [o.state for o in s.exec(select(Outbox))]


def test_a_hub_restored_from_a_backup_gets_back_what_it_lacks_from_the_devices(hub: Hub, team, tmp_path):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    handoffs.set_presence(desk.ctx, team.wm1, presence="available")
    desk.sync()
    tablet.sync()
    a, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG | {"ticket": "A001"}))
    tablet.sync()
    desk.sync()
    handoffs.accept(desk.ctx, team.wm1, handoff_id=a.id)
    desk.sync()

    restore = back_up(hub)  # last night's backup holds A, offered and accepted

    b, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG | {"ticket": "A002"}))
    c, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG | {"ticket": "A003"}))
    tablet.sync()
    desk.sync()
    handoffs.meet(desk.ctx, team.wm1, handoff_id=a.id)
    handoffs.record_outcome(desk.ctx, team.wm1, handoff_id=a.id, outcome="converted", sales=[("fund", 5_000_000)])
    desk.sync()
    handoffs.accept(desk.ctx, team.wm1, handoff_id=b.id)  # offered to them once A was done
    desk.sync()
    tablet.sync()
    before = shared_rows(hub.ctx)
    assert set(states(tablet)) == set(states(desk)) == {"confirmed"}

    restore()
    with hub.ctx.db.read() as s:
        assert s.get(Handoff, b.id) is None and s.get(Handoff, a.id).state == "accepted"  # the day is lost

    desk.sync()  # first: its accept of B needs the tablet's referral, which the hub lost
    with desk.ctx.db.read() as s:
        accept_b = s.exec(select(Outbox).where(Outbox.name == "accept").order_by(Outbox.seq.desc())).first()
    assert accept_b.state == "resend" and accept_b.deferrals == 1  # put off, not refused
    assert desk.handoff(b.id).state == "accepted"  # and the desk keeps showing what its person did
    tablet.sync()
    for _ in range(2):
        desk.sync()
        tablet.sync()

    assert set(states(tablet)) == set(states(desk)) == {"confirmed"}
    with hub.ctx.db.read() as s:
        assert (s.get(Handoff, a.id).state, s.get(Handoff, b.id).state) == ("converted", "accepted")
        assert s.get(Handoff, b.id).assignee_id == team.wm1.staff_id and s.get(Handoff, c.id) is not None
    after = shared_rows(hub.ctx)
    assert after.keys() >= {k for k in before if k[0] in ("customer_tag", "handoff")}
    assert shared_rows(tablet.ctx) == after
    assert shared_rows(desk.ctx) == after
