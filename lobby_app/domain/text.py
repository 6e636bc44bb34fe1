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
    """A phone as everyone but the wealth manager who calls sees it (DOMAIN.md, privacy), the way
    Chinese banks print it: a mobile keeps its first 3 and last 4 digits (139****8001); a landline its
    area code and last 4 (0755-****5678); anything else only its last 4 (****5678), and a number too
    short to keep any of it safely shows as ****. Four stars always, so the length gives nothing away."""
    digits = re.sub(r"[\s\-]", "", phone.strip())
    if digits.startswith("+86"):
        digits = digits[3:]
    if not digits:
        return ""
    if _MOBILE.match(digits):
        return f"{digits[:3]}****{digits[-4:]}"
    if _LANDLINE.match(digits):
        area = digits[:3] if digits[1] in "12" else digits[:4]  # 010 and 020–029; the rest 0xxx
        return f"{area}-****{digits[-4:]}"
    if len(digits) >= 8:
        return f"****{digits[-4:]}"
    return "****"
