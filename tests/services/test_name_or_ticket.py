"""Issue 21 point 13: the tablet refers no customer the wealth manager could not find (neither a name nor a
ticket number); the referrals a hub replays, from devices that never asked, are kept as they come."""

from __future__ import annotations

import pytest
from sqlmodel import select

from lobby_app.domain.errors import ValidationError
from lobby_app.protocol.commands import Refer, TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.tagging import tag_customer
from lobby_app.store.tables import Handoff

from ..conftest import row_counts

BIG = {"purpose": "deposit", "amount_fen": 8_000_000}


@pytest.mark.parametrize("whom", [{}, {"address_as": "  ", "ticket": " "}])
def test_the_tablet_refuses_a_customer_with_neither_name_nor_ticket_and_keeps_nothing(ctx, team, whom):
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as e:
        tag_and_refer(ctx, team.lobby, TagCustomer(**BIG | whom), require_name_or_ticket=True)
    assert (e.value.field, e.value.rule) == ("address_as", "name_or_ticket")
    assert row_counts(ctx) == before  # neither the tag nor its handoff


@pytest.mark.parametrize("whom", [{"address_as": "王先生"}, {"ticket": "A023"}])
def test_a_name_or_a_ticket_alone_is_enough(ctx, team, whom):
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**BIG | whom), require_name_or_ticket=True)
    with ctx.db.read() as s:
        assert s.get(Handoff, change.id) is not None


def test_a_referral_replayed_from_an_older_device_without_either_is_kept(ctx, team):
    """The hub applies a tag and its referral as two commands (tag_customer, refer): no name-or-ticket rule
    there, or an older tablet's customer, already waiting in the hall, would be lost on the way."""
    tag = TagCustomer(**BIG)
    tag_customer(ctx, team.lobby, tag)
    handoffs.refer(ctx, team.lobby, Refer(tag_id=tag.id))
    with ctx.db.read() as s:
        assert len(s.exec(select(Handoff)).all()) == 1
