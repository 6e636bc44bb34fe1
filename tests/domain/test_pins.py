"""Staff PINs are digits only and stored as a salted slow hash."""

from __future__ import annotations

import base64
import hashlib

import pytest

from lobby_app.domain import pins
from lobby_app.domain.errors import ValidationError
from lobby_app.domain.pins import check_new_pin, check_pin, hash_pin, verify_pin

from ..conftest import PRODUCTION_ARGON2_COST


def test_hash_is_argon2id_salted_and_verifies_only_the_right_pin(monkeypatch):
    monkeypatch.setattr(pins, "ARGON2_COST", PRODUCTION_ARGON2_COST)  # the app's cost, not the tests'
    first, second = hash_pin("246810"), hash_pin("246810")
    assert first != second and "246810" not in first
    assert first.startswith("$argon2id$v=19$m=65536,t=3,p=4$")  # its parameters beside it
    assert verify_pin("246810", first) and verify_pin("246810", second)
    assert not verify_pin("246811", first)
    assert not verify_pin("246810", "plain-text") and not verify_pin("246810", "$argon2id$garbled")


def test_a_hash_is_checked_at_the_cost_it_was_made_with(monkeypatch):
    """So the cost can be raised later without locking out anyone whose hash is older."""
    older = hash_pin("246810")
    monkeypatch.setattr(pins, "ARGON2_COST", PRODUCTION_ARGON2_COST)
    assert "m=8,t=1,p=1" in older
    assert verify_pin("246810", older) and not verify_pin("246811", older)


def test_a_pin_hashed_with_scrypt_before_argon2id_still_verifies():
    older = "scrypt$256$8$1$" + "AAAAAAAAAAAAAAAAAAAAAA==" + "$"
    digest = hashlib.scrypt(b"246810", salt=bytes(16), n=256, r=8, p=1, dklen=32)
    assert verify_pin("246810", older + base64.b64encode(digest).decode())
    assert not verify_pin("246811", older + base64.b64encode(digest).decode())


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("24681", "length"),  # five digits: a new PIN has six or more
        ("2468101357913", "length"),  # thirteen
        ("000000", "trivial"),
        ("777777777", "trivial"),
        ("123456", "trivial"),
        ("567890", "trivial"),  # a run that goes on past 9
        ("987654", "trivial"),
        ("210987", "trivial"),
        ("100100", "trivial"),  # the staff number 100100 itself
        ("510012", "trivial"),  # holding the staff number 1001
    ],
)
def test_a_new_pin_has_six_digits_or_more_and_is_not_trivial(pin, code):
    number = "100100" if pin == "100100" else "1001"
    with pytest.raises(ValidationError) as e:
        check_new_pin(pin, number)
    assert (e.value.field, e.value.rule) == ("pin", code)


@pytest.mark.parametrize("pin", ["246810", "135790", "112233", "580274", "246810135791"])
def test_six_to_twelve_digits_that_are_not_trivial_are_a_new_pin(pin):
    assert check_new_pin(pin, "1001") == pin


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("12a4", "digits_only"),
        ("123", "length"),
        ("1234567890123", "length"),
        ("１２３４", "digits_only"),
        (1234, "digits_only"),
    ],
)
def test_bad_pins_are_refused(pin, code):
    with pytest.raises(ValidationError) as e:
        check_pin(pin)
    assert (e.value.field, e.value.rule) == ("pin", code)
