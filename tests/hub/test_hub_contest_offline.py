"""Wealth managers on their own desk PCs, each cut off from the hub, taking the same waiting customer
from the queue: when the desks come back in any order, exactly one has the customer, every desk shows
that one, and the others are told who took the customer."""

from __future__ import annotations

import json
import random

import pytest
from sqlmodel import select

from lobby_app.domain.roles import Actor, Role
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.staff import create_staff
from lobby_app.store.tables import Handoff, Outbox, Staff

from .conftest import Hub
from .test_sync import BIG, Device, enrol

pytestmark = pytest.mark.dialect  # contested writes: PostgreSQL's locks differ from SQLite's

# Trials per number of desks. The desks come back one after another, so a trial has no race: its order
# alone decides it (the races are test_hub_faults'). Three random orders of other desks per size show
# that whoever reaches the hub first keeps the customer and every other desk is told who; more trials
# only repeat the same sequence of decisions with other names (39 did until 2 December 2026).
TRIALS = {2: 3, 5: 3, 10: 3}


@pytest.mark.slow
def test_desks_that_accept_the_same_customer_offline_end_with_one_winner(hub: Hub, team, tmp_path):
    rng = random.Random(11)
    for i in range(4, 11):  # ten wealth managers in all
        create_staff(hub.ctx, team.head, staff_no=f"39{i:02d}", name=f"理财{i}", role="wealth_manager", pin="580274")
    with hub.ctx.db.read() as s:
        staff = {st.staff_no: st for st in s.exec(select(Staff).where(Staff.role == Role.WEALTH_MANAGER))}
    tablet = enrol(hub, tmp_path, "tablet")
    desks = [
        (enrol(hub, tmp_path, f"desk-{number}", number), Actor(st.id or 0, Role.WEALTH_MANAGER))
        for number, st in sorted(staff.items())
    ]
    for n, count in TRIALS.items():
        for _ in range(count):
            taking = rng.sample(desks, n)
            # nobody on duty: it waits in the queue
            change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
            tablet.sync()
            for desk, _wm in taking:
                desk.sync()
                assert desk.handoff(change.id).state == "queued"
            for desk, wm in taking:  # all cut off from the hub: each takes the customer here
                handoffs.accept(desk.ctx, wm, handoff_id=change.id)
            rng.shuffle(taking)
            for _ in range(2):  # back online in any order; a second round so each hears of the others
                for desk, _wm in taking:
                    desk.sync()
            with hub.ctx.db.read() as s:
                winner = s.get(Handoff, change.id).assignee_id
            results = {wm.staff_id: accept_result(desk, change.id) for desk, wm in taking}
            assert sorted(state for state, _ in results.values()) == ["confirmed"] + ["refused"] * (n - 1)
            assert results[winner][0] == "confirmed"
            named = staff_name(hub, winner)
            assert all(by == named for state, by in results.values() if state == "refused")  # told who
            assert {(desk.handoff(change.id).state, desk.handoff(change.id).assignee_id) for desk, _ in taking} == {
                ("accepted", winner)
            }
            # The winner serves the customer and signs off: nobody is on duty for the next trial.
            desk, wm = next((d, w) for d, w in taking if w.staff_id == winner)
            handoffs.meet(desk.ctx, wm, handoff_id=change.id)
            handoffs.record_outcome(desk.ctx, wm, handoff_id=change.id, outcome="not_converted", reason="再考虑")
            handoffs.set_presence(desk.ctx, wm, presence="offline")
            desk.sync()


def accept_result(desk: Device, handoff_id: str) -> tuple[str, str]:
    """Where this desk's accept of the customer stands, and who took the customer when it lost."""
    with desk.ctx.db.read() as s:
        entries = [o for o in s.exec(select(Outbox).where(Outbox.name == "accept")) if o.args["id"] == handoff_id]
    [entry] = entries
    return entry.state, json.loads(entry.refusal or "{}").get("taken_by", "")


def staff_name(hub: Hub, staff_id: int | None) -> str:
    with hub.ctx.db.read() as s:
        found = s.get(Staff, staff_id)
    assert found is not None
    return found.name
