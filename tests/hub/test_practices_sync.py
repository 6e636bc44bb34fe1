"""The article's practices across the branch (issue 20): what a desk, a tablet and the head's device do
reaches the hub through its commands and comes back to the others with the same ids, once each."""

from __future__ import annotations

from sqlmodel import select

from lobby_app.protocol.commands import AddNote, DisputeCredit, TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.ledger import ledger
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.notes import NoteKind, add_note, notes
from lobby_app.services.notifications import Kind, unread
from lobby_app.services.tagging import save_without_referral
from lobby_app.store.tables import CreditException, CustomerTag, Notification

from .conftest import Hub
from .test_sync import BIG, enrol


def test_a_shared_sale_and_a_dispute_travel_with_their_ids_and_the_referrer_hears_once(hub: Hub, team, tmp_path):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    head = enrol(hub, tmp_path, "head", staff_no="8001")
    handoffs.set_presence(desk.ctx, team.wm1, presence="available")
    desk.sync()
    tablet.sync()
    shared, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    alone, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**(BIG | {"address_as": "李女士"})))
    tablet.sync()
    desk.sync()
    for h, others in ((shared.id, [team.teller.staff_id]), (alone.id, [])):
        handoffs.accept(desk.ctx, team.wm1, handoff_id=h)
        handoffs.meet(desk.ctx, team.wm1, handoff_id=h)
        handoffs.record_outcome(
            desk.ctx, team.wm1, handoff_id=h, outcome="converted", sales=[("fund", 1_000_000)], shared_with=others
        )
    assert desk.sync().refused == 0
    tablet.sync()

    def exceptions(ctx) -> set[tuple[str, str, str]]:
        with ctx.db.read() as s:
            return {(x.id, x.handoff_id, x.why) for x in s.exec(select(CreditException))}

    assert exceptions(desk.ctx) == exceptions(hub.ctx) == exceptions(tablet.ctx)  # the same row everywhere
    told = unread(tablet.ctx, team.lobby)
    assert sorted((n.kind, n.handoff_id) for n in told) == sorted(
        [(Kind.CONVERTED, shared.id), (Kind.CONVERTED, alone.id)]
    )
    with tablet.ctx.db.read() as s:  # the desk's notice and the hub's replay of it are one row
        assert len(s.exec(select(Notification).where(Notification.staff_id == team.lobby.staff_id)).all()) == 2

    handoffs.dispute_credit(tablet.ctx, team.lobby, DisputeCredit(handoff_id=alone.id, reason="客户是我讲解后才决定的"))
    assert tablet.sync().refused == 0
    day = hub.ctx.local_date(hub.ctx.now())
    assert ledger(hub.ctx, day, day).team_total_fen == 0  # neither sale counts until the head allocates
    head.sync()
    [disputed] = [x for x in ledger(head.ctx, day, day).open_exceptions if x.why == "disputed"]
    assert (disputed.handoff_id, disputed.raised_by, disputed.raised_reason) == (
        alone.id,
        "员工1001",
        "客户是我讲解后才决定的",
    )
    assert [n.kind for n in unread(head.ctx, team.head)] == [Kind.CREDIT_DISPUTED]
    handoffs.allocate_exception(
        head.ctx,
        team.head,
        exception_id=disputed.id,
        shares=[(team.lobby.staff_id, 90), (team.wm1.staff_id, 10)],
        reason="推荐人讲解充分",
    )
    assert head.sync().refused == 0
    assert {p.staff_id: p.allocated_fen for p in ledger(hub.ctx, day, day).people} == {
        team.lobby.staff_id: 900_000,
        team.wm1.staff_id: 100_000,
    }


def test_a_reason_for_not_referring_and_the_heads_note_reach_the_hub(hub: Hub, team, tmp_path):
    tablet, head = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "head", staff_no="8001")
    tag = save_without_referral(tablet.ctx, team.lobby, TagCustomer(**BIG, not_referred_reason="already_with_wm"))[0].id
    add_note(head.ctx, team.head, AddNote(kind="problem", text="叫号机上午故障半小时"))
    assert (tablet.sync().refused, head.sync().refused) == (0, 0)
    tablet.sync()
    with hub.ctx.db.read() as s:
        assert s.get(CustomerTag, tag).not_referred_reason == "already_with_wm"
    start, end = tablet.ctx.today()
    assert [n.text for n in notes(tablet.ctx, kind=NoteKind.PROBLEM, start=start, end=end)] == ["叫号机上午故障半小时"]


def test_the_head_hears_once_of_a_customer_every_wealth_manager_declined(hub: Hub, team, tmp_path):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    head = enrol(hub, tmp_path, "head", staff_no="8001")
    handoffs.set_presence(desk.ctx, team.wm1, presence="available")
    desk.sync()
    tablet.sync()
    change, _ = tag_and_refer(tablet.ctx, team.lobby, TagCustomer(**BIG))
    tablet.sync()
    desk.sync()
    handoffs.decline(desk.ctx, team.wm1, handoff_id=change.id, reason="not_my_speciality")
    assert desk.sync().refused == 0  # the hub replays the decline, and its notices with it
    head.sync()
    tablet.sync()
    assert [(n.kind, n.handoff_id) for n in unread(head.ctx, team.head)] == [(Kind.DECLINED_BY_ALL, change.id)]
    assert [(n.kind, n.handoff_id) for n in unread(tablet.ctx, team.lobby)] == [(Kind.DECLINED_BY_ALL, change.id)]
