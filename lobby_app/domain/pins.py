"""Staff PINs: six digits or more, none trivial, stored only as a memory-hard salted hash (argon2id)
with its parameters beside it, so they can be raised later without locking anyone out.

Behind each person's sign-in proofs is a random secret the hub holds (`new_secret`). A device holds it
only for someone who signed in on it while the hub was reachable, and only wrapped under a key made
from their PIN by the same memory-hard function (`wrap_secret`): a stolen tablet holds no colleague's
verifier, and guessing its own users' PINs costs as much as guessing a hash."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any

from .errors import ValidationError

# argon2 and cryptography (~7 MB on a tablet) are imported by the functions that hash or seal: the app's
# start reads this module for its rules before anyone signs in (gui/start.py).

# argon2id (time cost, memory in KiB, lanes): RFC 9106's second recommendation, about 0.25 s a check
# on a tablet's two cores and 64 MiB each, so guessing even all million 6-digit PINs offline takes days
# per hash, and a GPU gains little. Read at each call; every hash names its own, and is checked by them.
ARGON2_COST = (3, 64 * 1024, 4)
# scrypt (N, r, p): how PINs were hashed before; such hashes still verify.
SCRYPT_COST = (2**14, 8, 1)
NEW_PIN_MIN, PIN_MIN, PIN_MAX = 6, 4, 12  # a new PIN has 6 digits or more; older ones may have 4 or 5
# A change signed in a session is still taken this long after the session ended (at the end of the branch
# day, or at a PIN change), as after a night without the LAN; a copied session key is worth nothing after.
SESSION_GRACE = timedelta(hours=12)


def check_pin(pin: object) -> str:
    """A PIN as typed at sign-in: digits, as long as any PIN ever given."""
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit():
        raise ValidationError("pin", "digits_only", "must be digits only")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise ValidationError("pin", "length", f"must have {PIN_MIN} to {PIN_MAX} digits")
    return pin


def check_new_pin(pin: object, staff_no: str, *, field: str = "pin") -> str:
    """A PIN being given to someone: 6 to 12 digits, and not one a colleague would guess first."""
    try:
        pin_ = check_pin(pin)
    except ValidationError as e:
        raise ValidationError(field, e.rule, e.message) from None
    if len(pin_) < NEW_PIN_MIN:
        raise ValidationError(field, "length", f"must have {NEW_PIN_MIN} to {PIN_MAX} digits")
    if weak(pin_, staff_no):
        raise ValidationError(
            field, "trivial", "must not be one digit repeated, a run such as 123456 or 987654, or the staff number"
        )
    return pin_


def needs_new_pin(pin: str, staff_no: str) -> bool:
    """A PIN given before the rules of check_new_pin: its owner must choose a new one at sign-in."""
    return len(pin) < NEW_PIN_MIN or weak(pin, staff_no)


def weak(pin: str, staff_no: str) -> bool:
    """One digit repeated, a run up or down, or the staff number (or holding it, for one of 4 or more)."""
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    number = staff_no.strip()
    return steps <= {0} or steps == {1} or steps == {9} or pin == number or (len(number) >= 4 and number in pin)


def hash_pin(pin: str) -> str:
    from argon2 import PasswordHasher

    time_cost, memory_cost, parallelism = ARGON2_COST
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism).hash(pin)


def verify_pin(pin: str, stored: str) -> bool:
    """Checked with the parameters the hash names (argon2id), or an older scrypt hash."""
    if stored.startswith("$argon2"):
        from argon2 import PasswordHasher
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return PasswordHasher().verify(stored, pin)
        except (VerificationError, InvalidHashError):
            return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    actual = hashlib.scrypt(pin.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    return hmac.compare_digest(actual, _unb64(digest))


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)


def new_secret() -> str:
    """A person's secret behind their sign-in proofs (hex): random, made anew at each PIN change."""
    return secrets.token_hex(32)


def wrap_secret(pin: str, secret: str) -> dict[str, Any]:
    """The secret as a device may keep it: sealed (AES-GCM) under a key made from the PIN by argon2id
    at today's cost, which is kept beside it. Only the right PIN opens it (unwrap_secret)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    time_cost, memory_cost, parallelism = ARGON2_COST
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key = _pin_key(pin, salt, time_cost, memory_cost, parallelism)
    sealed = AESGCM(key).encrypt(nonce, bytes.fromhex(secret), b"lobby-secret")
    return {
        "cost": [time_cost, memory_cost, parallelism],
        "salt": salt.hex(),
        "nonce": nonce.hex(),
        "sealed": sealed.hex(),
    }


def unwrap_secret(pin: str, wrapped: Mapping[str, Any]) -> str | None:
    """The secret, for the right PIN; None for a wrong one (or a wrapping this code cannot read)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        time_cost, memory_cost, parallelism = (int(v) for v in wrapped["cost"])
        key = _pin_key(pin, bytes.fromhex(wrapped["salt"]), time_cost, memory_cost, parallelism)
        return (
            AESGCM(key)
            .decrypt(bytes.fromhex(wrapped["nonce"]), bytes.fromhex(wrapped["sealed"]), b"lobby-secret")
            .hex()
        )
    except (InvalidTag, KeyError, TypeError, ValueError):
        return None


def _pin_key(pin: str, salt: bytes, time_cost: int, memory_cost: int, parallelism: int) -> bytes:
    from argon2 import Type
    from argon2.low_level import hash_secret_raw

    return hash_secret_raw(
        pin.encode(),
        salt,
        time_cost=time_cost,
        memory_cost=memory_cost,
        parallelism=parallelism,
        hash_len=32,
        type=Type.ID,
    )


def same_proof(expected: str, given: str) -> bool:
    """In constant time, for any text a request holds (hmac.compare_digest refuses non-ASCII text)."""
    return hmac.compare_digest(expected.encode(), given.encode())


def new_session_id(ends: datetime) -> str:
    """A sign-in session's id names when it ends (a whole second, UTC): the proofs made under it bind
    that end, so neither a device nor anyone holding a copy of its key can make a session last longer."""
    return f"{secrets.token_urlsafe(16)}.{int(ends.timestamp())}"


def session_end(session_id: str) -> datetime | None:
    """When the session ends; None for an id that names no end (not one this code made)."""
    _, _, end = session_id.rpartition(".")
    # Ten digits at most: seconds up to the year 2286, and never a year datetime cannot hold.
    return datetime.fromtimestamp(int(end), UTC) if end.isascii() and end.isdigit() and len(end) <= 10 else None


def signing_key(key: str, *, session_id: str, device_id: str, staff_id: int) -> str:
    """The key of one sign-in session of `staff_id` on `device_id`, from the person's secret: what the
    device keeps while the session lasts, and erases when it ends."""
    message = f"session|{session_id}|{device_id}|{staff_id}".encode()
    return hmac.new(bytes.fromhex(key), message, hashlib.sha256).hexdigest()


def change_proof(signing: str, *, mutation_id: str, name: str, args: Mapping[str, Any], staff_id: int) -> str:
    """The proof of one change: its id, name, arguments and author under the session's key, so a proof
    copied from a device's store is good for that change alone, and an altered change has none."""
    body = json.dumps([mutation_id, name, staff_id, args], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(bytes.fromhex(signing), body.encode(), hashlib.sha256).hexdigest()


def request_proof(signing: str, *, method: str, target: str, body: bytes, at: int, staff_id: int) -> str:
    """The proof of one request a person makes at the hub from their session (the head's console): its
    method, path and query, body and second, so it proves that request alone, and only around `at`."""
    message = f"{method}|{target}|{staff_id}|{at}|{hashlib.sha256(body).hexdigest()}".encode()
    return hmac.new(bytes.fromhex(signing), message, hashlib.sha256).hexdigest()
