"""Before the branch head confirms "purge now", the console says how many customers it will clear:
the same customers purge_now() clears, counted without changing anything."""

from __future__ import annotations

from datetime import timedelta

from lobby_app.domain.money import yuan
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.privacy import purge_now
from lobby_app.services.purge_preview import purge_count
from lobby_app.services.tagging import tag_customer
from tests.conftest import row_counts

TAG = {"purpose": "deposit", "amount_fen": yuan(80_000)}


def test_the_count_is_what_the_purge_clears_at_the_retention_boundary(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    start = clock.now
    bought, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**TAG | {"address_as": "王先生"}))
    svc.accept(ctx, team.wm1, handoff_id=bought.id)
    svc.meet(ctx, team.wm1, handoff_id=bought.id)
    svc.record_outcome(ctx, team.wm1, handoff_id=bought.id, outcome="converted", sales=[("fund", yuan(50_000))])
    tag_customer(ctx, team.lobby, TagCustomer(**TAG | {"address_as": "李女士"}))  # at `start`
    clock.advance(seconds=1)
    tag_customer(ctx, team.lobby, TagCustomer(**TAG | {"address_as": "张先生"}))  # one second later

    clock.now = start + timedelta(days=90)  # exactly 90 days after 李女士: not before the cut, not due
    due = purge_count(ctx)
    assert (due.customers, due.before, due.retention_days) == (0, start, 90)
    clock.advance(seconds=1)  # 李女士 now lies before the cut; 张先生 exactly on it; 王先生 converted
    before = row_counts(ctx)
    assert purge_count(ctx).customers == 1
    assert purge_count(ctx).customers == 1 and row_counts(ctx) == before  # counting changes nothing
    assert purge_now(ctx, team.head)[1] == 1
    assert purge_count(ctx).customers == 0  # purged once: not counted again
    clock.advance(seconds=1)
    assert purge_count(ctx).customers == 1 and purge_now(ctx, team.head)[1] == 1  # 张先生
