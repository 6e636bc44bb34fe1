"""Staff PINs are digits only and stored as a salted slow hash."""

from __future__ import annotations

import pytest

from lobby_app.domain.errors import ValidationError
from lobby_app.domain.pins import check_pin, hash_pin, verify_pin


def test_hash_is_salted_and_verifies_only_the_right_pin():
    first, second = hash_pin("246810"), hash_pin("246810")
    assert first != second and "246810" not in first
    assert first.startswith("scrypt$16384$")
    assert verify_pin("246810", first) and verify_pin("246810", second)
    assert not verify_pin("246811", first)
    assert not verify_pin("246810", "plain-text")


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
