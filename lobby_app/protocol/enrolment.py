"""Enrolment bound to the hub's certificate, so nobody between a new device and the hub can enrol it.

The branch head reads a one-time code to the new device. The device fetches the hub's anchor
certificate without trusting it yet, and sends not the code but a MAC of the anchor's fingerprint
under the code. The hub checks it against its own anchor: a man in the middle presenting another
certificate fails. The hub answers with a MAC of its own (over the same fingerprint and the device's
id), which only a holder of the code can make: a device checks it before pinning anything.
"""

from __future__ import annotations

import hashlib
import hmac
import ssl


def code_key(code: str) -> bytes:
    """The key both sides derive from the code as read aloud (case and spaces do not matter); the hub
    keeps only this, never the code."""
    return hashlib.sha256(code.strip().upper().encode()).digest()


def fingerprint(pem: str) -> str:
    """SHA-256 of the certificate (DER), in hex: what the enrolment binds and the docs print."""
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def device_proof(key: bytes, anchor_fingerprint: str) -> str:
    """`anchor_fingerprint` is "" for a hub on plain HTTP (--insecure-http): nothing to bind."""
    return hmac.new(key, f"device|{anchor_fingerprint}".encode(), hashlib.sha256).hexdigest()


def hub_proof(key: bytes, anchor_fingerprint: str, device_id: str) -> str:
    return hmac.new(key, f"hub|{anchor_fingerprint}|{device_id}".encode(), hashlib.sha256).hexdigest()
