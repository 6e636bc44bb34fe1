"""Staff PINs are digits only and stored as a salted slow hash."""

from __future__ import annotations

import pytest

from lobby_app.domain import pins
from lobby_app.domain.errors import ValidationError
from lobby_app.domain.pins import check_pin, hash_pin, verify_pin

from ..conftest import PRODUCTION_SCRYPT_COST


def test_hash_is_salted_and_verifies_only_the_right_pin(monkeypatch):
    monkeypatch.setattr(pins, "SCRYPT_COST", PRODUCTION_SCRYPT_COST)  # the app's cost, not the tests'
    first, second = hash_pin("246810"), hash_pin("246810")
    assert first != second and "246810" not in first
    assert first.startswith("scrypt$16384$8$1$")
    assert verify_pin("246810", first) and verify_pin("246810", second)
    assert not verify_pin("246811", first)
    assert not verify_pin("246810", "plain-text")


def test_a_hash_is_checked_at_the_cost_it_was_made_with(monkeypatch):
    """So the cost can be raised later without locking out anyone whose hash is older."""
    older = hash_pin("246810")
    monkeypatch.setattr(pins, "SCRYPT_COST", PRODUCTION_SCRYPT_COST)
    assert older.split("$")[1] != str(PRODUCTION_SCRYPT_COST[0])
    assert verify_pin("246810", older) and not verify_pin("246811", older)


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("12a4", "digits_only"),
        ("123", "length"),
        ("123456789", "length"),
        ("１２３４", "digits_only"),
        (1234, "digits_only"),
    ],
)
def test_bad_pins_are_refused(pin, code):
    with pytest.raises(ValidationError) as e:
        check_pin(pin)
    assert (e.value.field, e.value.rule) == ("pin", code)
