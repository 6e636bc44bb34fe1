"""Staff PINs: a few digits, stored only as a slow salted hash (scrypt)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

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


def session_proof(key: str, *, session_id: str, device_id: str, staff_id: int) -> str:
    """That `staff_id` signed in on `device_id` in session `session_id`: what the hub checks on each change."""
    message = f"{session_id}|{device_id}|{staff_id}".encode()
    return hmac.new(bytes.fromhex(key), message, hashlib.sha256).hexdigest()
