"""Checks for short texts and phone numbers that people type."""

from __future__ import annotations

import re

from .errors import ValidationError

_MOBILE = re.compile(r"^1\d{10}$")
_LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}$")


def check_text(value: object, *, field: str, max_len: int, required: bool) -> str:
    """Trimmed text within `max_len` characters; empty only if not required."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "not_text", "must be text")
    text = value.strip()
    if required and not text:
        raise ValidationError(field, "required", "is required")
    if len(text) > max_len:
        raise ValidationError(
            field, "too_long", f"must be at most {max_len} characters", limit=max_len, length=len(text)
        )
    if any(ord(c) < 32 for c in text if c not in "\n"):
        raise ValidationError(field, "control_chars", "must not contain control characters")
    return text


def normalize_phone(value: str, *, field: str = "phone") -> str:
    """A Chinese mobile (11 digits from 1) or a landline with area code; spaces and dashes allowed."""
    digits = re.sub(r"[\s\-]", "", value.strip())
    if digits.startswith("+86"):
        digits = digits[3:]
    if not (_MOBILE.match(digits) or _LANDLINE.match(digits)):
        raise ValidationError(field, "bad_phone", "must be an 11-digit mobile number or a landline with area code")
    return digits


def mask_phone(phone: str) -> str:
    """Shown to everyone but the assigned wealth manager (DOMAIN.md, privacy)."""
    if len(phone) <= 7:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
