"""Staff PINs: a few digits, stored only as a slow salted hash (scrypt)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from .errors import ValidationError

# scrypt cost (N, r, p): about 50 ms a check here, so guessing a 6-digit PIN offline takes hours, not
# seconds. Read at each call, and kept in each hash: a hash is checked at the cost it was made with.
SCRYPT_COST = (2**14, 8, 1)
PIN_MIN, PIN_MAX = 4, 8


def check_pin(pin: object) -> str:
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit():
        raise ValidationError("pin", "digits_only", "must be digits only")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise ValidationError("pin", "length", f"must have {PIN_MIN} to {PIN_MAX} digits")
    return pin


def hash_pin(pin: str) -> str:
    salt, (n, r, p) = os.urandom(16), SCRYPT_COST
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return "$".join(["scrypt", str(n), str(r), str(p), _b64(salt), _b64(digest)])


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    actual = hashlib.scrypt(pin.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    return hmac.compare_digest(actual, _unb64(digest))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)


def session_key(pin: str, staff_no: str) -> str:
    """The secret behind a person's sign-in proofs (hex). Derived from the PIN with a salt of their staff
    number, so the hub can keep it from the day the person is created and a device can make it only
    while the person types their PIN."""
    salt, (n, r, p) = b"lobby-session/" + staff_no.encode(), SCRYPT_COST
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32).hex()


def new_session_id(ends: datetime) -> str:
    """A sign-in session's id names when it ends (a whole second, UTC): the proofs made under it bind
    that end, so neither a device nor anyone holding a copy of its key can make a session last longer."""
    return f"{secrets.token_urlsafe(16)}.{int(ends.timestamp())}"


def session_end(session_id: str) -> datetime | None:
    """When the session ends; None for an id that names no end (a version 1 device's)."""
    _, _, end = session_id.rpartition(".")
    return datetime.fromtimestamp(int(end), UTC) if end.isdigit() and len(end) <= 12 else None


def signing_key(key: str, *, session_id: str, device_id: str, staff_id: int) -> str:
    """The key of one sign-in session of `staff_id` on `device_id`, from the person's PIN-derived `key`
    (session_key): what the device keeps while the session lasts, and erases when it ends."""
    message = f"session|{session_id}|{device_id}|{staff_id}".encode()
    return hmac.new(bytes.fromhex(key), message, hashlib.sha256).hexdigest()


def change_proof(signing: str, *, mutation_id: str, name: str, args: Mapping[str, Any], staff_id: int) -> str:
    """The proof of one change: its id, name, arguments and author under the session's key, so a proof
    copied from a device's store is good for that change alone, and an altered change has none."""
    body = json.dumps([mutation_id, name, staff_id, args], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(bytes.fromhex(signing), body.encode(), hashlib.sha256).hexdigest()


def version_1_proof(key: str, *, session_id: str, device_id: str, staff_id: int) -> str:
    """What a version 1 device sent with every change of a session (the same proof each time). Only a
    hub on plain HTTP still serves version 1 (a version 1 device cannot speak TLS)."""
    message = f"{session_id}|{device_id}|{staff_id}".encode()
    return hmac.new(bytes.fromhex(key), message, hashlib.sha256).hexdigest()
