"""Validation of what a person types into a tag."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lobby_app.domain.errors import ValidationError
from lobby_app.domain.money import MAX_AMOUNT_FEN, parse_amount_fen
from lobby_app.domain.roles import Role
from lobby_app.domain.standards import default_standards
from lobby_app.domain.tags import make_tag
from lobby_app.domain.text import mask_phone

KNOWN = default_standards().product_codes
NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "fen"),
    [("50000", 5_000_000), ("49,999.99", 4_999_999), ("5万", 5_000_000), ("¥1,234.5", 123_450), ("0", 0)],
)
def test_amounts_as_typed(text, fen):
    assert parse_amount_fen(text, field="amount") == fen


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("abc", "not_a_number"),
        ("-5", "negative"),
        ("1.001", "too_precise"),
        ("", "required"),
        ("10000000001", "too_large"),
        ("nan", "not_a_number"),
        ("inf", "not_a_number"),
    ],
)
def test_bad_amounts_name_the_rule(text, code):
    with pytest.raises(ValidationError) as e:
        parse_amount_fen(text, field="amount")
    assert (e.value.field, e.value.rule) == ("amount", code)


def test_ten_to_the_twelve_fen_is_the_largest_amount():
    assert parse_amount_fen(str(MAX_AMOUNT_FEN // 100), field="amount") == MAX_AMOUNT_FEN


def make(**kw):
    fields = {"purpose": "deposit", "amount_fen": 100} | kw
    return make_tag(**fields, tagged_by=1, tagged_by_role=Role.TELLER, tagged_at=NOW, known_products=KNOWN)


@pytest.mark.parametrize(
    ("kw", "field", "code"),
    [
        ({"amount_fen": -1}, "amount_fen", "negative"),
        ({"amount_fen": "500"}, "amount_fen", "not_a_number"),
        ({"amount_fen": 1.5}, "amount_fen", "not_a_number"),
        ({"amount_fen": MAX_AMOUNT_FEN + 1}, "amount_fen", "too_large"),
        ({"purpose": "lottery"}, "purpose", "unknown"),
        ({"products": ["yacht"]}, "products", "unknown_product"),
        ({"phone": "13912345678"}, "phone", "no_consent"),
        ({"phone": "12345", "phone_consent": True}, "phone", "bad_phone"),
        ({"address_as": "王" * 21}, "address_as", "too_long"),
        ({"six_month_flow_fen": -5}, "six_month_flow_fen", "negative"),
    ],
)
def test_bad_tags_are_refused(kw, field, code):
    with pytest.raises(ValidationError) as e:
        make(**kw)
    assert (e.value.field, e.value.rule) == (field, code)


def test_a_wealth_manager_does_not_tag():
    with pytest.raises(ValidationError) as e:
        make_tag(
            purpose="deposit",
            amount_fen=1,
            tagged_by=1,
            tagged_by_role=Role.WEALTH_MANAGER,
            tagged_at=NOW,
            known_products=KNOWN,
        )
    assert e.value.rule == "wrong_role"


def test_phone_kept_only_with_consent_and_normalised():
    t = make(phone="139 1234-5678", phone_consent=True)
    assert t.phone == "13912345678" and t.phone_consent
    assert make().phone is None and not make().phone_consent


def test_phone_is_masked_for_everyone_else():
    assert mask_phone("13912345678") == "139****5678"
