"""Tagging and the branch's rules through the services, on a real store."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from lobby_app.domain.errors import DomainError
from lobby_app.domain.money import yuan
from lobby_app.domain.standards import standards_to_dict
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.context import Changed
from lobby_app.services.rules import current_standards, edit_credit_phases, edit_standards
from lobby_app.services.tagging import preview_verdict, tag_customer
from lobby_app.store import tables
from tests.conftest import row_counts


def test_tag_is_stored_with_its_verdict_history_and_outbox(ctx, team):
    changed, verdict = tag_customer(
        ctx,
        team.lobby,
        TagCustomer(
            purpose="transfer",
            amount_fen=yuan(50_000),
            products=["fund"],
            address_as="王先生",
            phone="13912345678",
            phone_consent=True,
        ),
    )
    assert Changed.TAGS in changed and verdict.eligible
    with ctx.db.read() as s:
        row = s.get(tables.CustomerTag, changed.id)
        history = s.exec(select(tables.History).where(tables.History.entity_id == changed.id)).one()
        outbox = s.exec(select(tables.Outbox).where(tables.Outbox.name == "tag_customer")).one()
    assert row.eligible and row.standards_version == 1 and row.device_id == ctx.device_id
    assert [m["code"] for m in row.verdict["matches"]] == ["large_transaction", "featured_interest"]
    assert history.staff_id == team.lobby.staff_id and history.device_id == ctx.device_id
    assert "phone" not in history.data  # personal data stays out of the audit trail
    assert outbox.args["id"] == changed.id and outbox.state == "pending"


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        ({"amount_fen": -100}, "amount_fen", "negative"),
        ({"amount_fen": 10**12 + 1}, "amount_fen", "too_large"),
        ({"products": ["yacht"]}, "products", "unknown_product"),
        ({"phone": "13912345678"}, "phone", "no_consent"),
        ({"purpose": ""}, "purpose", "unknown"),
    ],
)
def test_bad_tag_writes_nothing(ctx, team, fields, field, code):
    before = row_counts(ctx)
    with pytest.raises(DomainError) as e:
        tag_customer(ctx, team.lobby, TagCustomer(**({"purpose": "deposit", "amount_fen": 100} | fields)))
    assert (e.value.field, e.value.rule) == (field, code)
    assert row_counts(ctx) == before


def test_wealth_manager_may_not_tag(ctx, team):
    before = row_counts(ctx)
    with pytest.raises(DomainError) as e:
        tag_customer(ctx, team.wm1, TagCustomer(purpose="deposit", amount_fen=100))
    assert e.value.rule == "wrong_role" and row_counts(ctx) == before


def test_preview_writes_nothing(ctx, team):
    before = row_counts(ctx)
    assert preview_verdict(ctx, team.teller, TagCustomer(purpose="deposit", amount_fen=yuan(60_000))).eligible
    assert row_counts(ctx) == before


def _lowered(ctx, amount):
    data = standards_to_dict(current_standards(ctx))
    data["large_transaction_fen"]["deposit"] = amount
    return data


def test_a_standards_edit_changes_later_verdicts_and_not_earlier_ones(ctx, team, clock):
    first, v1 = tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(30_000)))
    assert not v1.eligible
    edit_standards(ctx, team.head, data=_lowered(ctx, yuan(30_000)), note="30k for deposits")
    clock.advance(minutes=1)
    _, v2 = tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(30_000)))
    assert v2.eligible and v2.standards_version == 2
    with ctx.db.read() as s:
        old = s.get(tables.CustomerTag, first.id)
        versions = s.exec(select(tables.StandardsVersion.version, tables.StandardsVersion.created_by)).all()
    assert not old.eligible and old.standards_version == 1
    assert (2, team.head.staff_id) in versions


def test_a_version_effective_later_applies_only_from_then(ctx, team, clock):
    edit_standards(ctx, team.head, data=_lowered(ctx, yuan(30_000)), effective_from=clock.now + timedelta(hours=1))
    assert not tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(30_000)))[1].eligible
    clock.advance(hours=1)
    assert tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(30_000)))[1].eligible


def test_only_the_branch_head_edits_the_rules_and_bad_edits_write_nothing(ctx, team):
    data = _lowered(ctx, yuan(30_000))
    before = row_counts(ctx)
    for actor in (team.lobby, team.wm1, team.teller):
        with pytest.raises(DomainError) as e:
            edit_standards(ctx, actor, data=data)
        assert e.value.rule == "wrong_role"
    with pytest.raises(DomainError) as e:
        edit_standards(ctx, team.head, data=_lowered(ctx, -1))
    assert (e.value.field, e.value.rule) == ("large_transaction_fen.deposit", "negative")
    with pytest.raises(DomainError) as e:
        edit_credit_phases(ctx, team.head, data={"phases": [{"start": "2026-01-01", "referrer_percent": 120}]})
    assert e.value.field == "phases[0].referrer_percent"
    assert row_counts(ctx) == before
    assert current_standards(ctx).large_transaction_fen["deposit"] == yuan(50_000)  # the old version still in force
