"""The standards preview: this week's customers judged again under proposed standards."""

from __future__ import annotations

import pytest

from lobby_app.domain.errors import DomainError
from lobby_app.domain.money import yuan
from lobby_app.domain.standards import default_standards, standards_to_dict
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.standards_preview import preview_standards
from lobby_app.services.tagging import tag_customer
from tests.conftest import row_counts


def with_deposit_threshold(fen: int) -> dict:
    data = standards_to_dict(default_standards())
    data["large_transaction_fen"]["deposit"] = fen
    return data


def test_a_lower_or_higher_threshold_says_how_many_of_this_weeks_customers_it_would_change(ctx, team, clock):
    tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(40_000)))  # 8 days ago: not this week
    clock.advance(days=8)
    for amount in (40_000, 40_000, 45_000, 60_000, 60_000):  # at the 50,000 CNY default: 2 eligible
        tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(amount)))
        clock.advance(hours=1)
    lower = preview_standards(ctx, with_deposit_threshold(yuan(40_000)))  # 40,000 itself counts
    assert (lower.customers, lower.eligible_then, lower.eligible_now) == (5, 2, 5)
    assert (lower.newly_eligible, lower.no_longer_eligible) == (3, 0)
    higher = preview_standards(ctx, with_deposit_threshold(yuan(60_000) + 1))
    assert (higher.eligible_now, higher.newly_eligible, higher.no_longer_eligible) == (0, 0, 2)


def test_proposed_standards_that_would_be_refused_are_refused_by_the_preview(ctx, team):
    before = row_counts(ctx)
    with pytest.raises(DomainError) as refused:
        preview_standards(ctx, with_deposit_threshold(-1))
    assert refused.value.field == "large_transaction_fen.deposit"
    assert row_counts(ctx) == before
