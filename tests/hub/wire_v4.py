"""Protocol version 4, frozen: the arguments a device of the release before this one sent for each change
(its typed commands' `wire()`, times as ISO 8601 with their zone) under `Lobby-Protocol: 4`, and the
fields of the rows it reads. Its snapshot models refuse a field they do not name, so a row it pulls must
hold none but these; its staff row has no `place`. It signs in at the hub (`/v1/sign-in`) and signs its
changes with the secret the hub gives back (conftest.DeviceClient). Kept as they were so a test can
speak as such a device does; never edit them to match newer code."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def _time(at: datetime) -> str:
    return at.astimezone(UTC).isoformat().replace("+00:00", "Z")  # as pydantic wrote a UTC time


def tag_customer(tag_id: str, at: datetime, *, amount_fen: int, address_as: str) -> dict[str, Any]:
    return {
        "id": tag_id,
        "purpose": "deposit",
        "amount_fen": amount_fen,
        "products": [],
        "six_month_flow_fen": None,
        "clear_intent": False,
        "in_a_hurry": False,
        "address_as": address_as,
        "phone": None,
        "phone_consent": False,
        "ticket": "",
        "not_referred_reason": "",
        "not_referred_text": "",
        "eligible": True,
        "standards_version": 1,
        "tagged_at": _time(at),
    }


def refer(handoff_id: str, tag_id: str, at: datetime) -> dict[str, Any]:
    return {
        "id": handoff_id,
        "tag_id": tag_id,
        "fast_track": False,
        "note": "",
        "wm_id": None,
        "wait_for_wm": False,
        "at": _time(at),
    }


def set_presence(staff_id: int, presence: str) -> dict[str, Any]:
    return {"staff_id": staff_id, "presence": presence, "away_reason": ""}


def accept(handoff_id: str) -> dict[str, Any]:
    return {"id": handoff_id}


def meet(handoff_id: str) -> dict[str, Any]:
    return {"id": handoff_id}


def converted(handoff_id: str, sales: list[tuple[str, int]]) -> dict[str, Any]:
    return {
        "id": handoff_id,
        "outcome": "converted",
        "sales": [[code, fen] for code, fen in sales],
        "reason": "",
        "follow_up_at": None,
        "credit_fen": None,
        "shared_with": [],
    }


# The fields of rows as version 4 reads them. Its staff row has pin_set_at and no PIN hash, and no place.
STAFF_FIELDS = {"id", "staff_no", "name", "role", "active", "created_at", "pin_set_at"}
HANDOFF_FIELDS = {
    "id",
    "tag_id",
    "referrer_id",
    "referral_date",
    "state",
    "fast_track",
    "note",
    "assignee_id",
    "preferred_wm_id",
    "wait_for_preferred",
    "escalations",
    "declined_by",
    "created_at",
    "updated_at",
    "offered_at",
    "accepted_at",
    "met_at",
    "closed_at",
    "outcome_products",
    "outcome_amount_fen",
    "outcome_sales",
    "response_s",
    "outcome_reason",
    "follow_up_at",
}
CUSTOMER_TAG_FIELDS = {
    "id",
    "created_at",
    "device_id",
    "tagged_by",
    "purpose",
    "amount_fen",
    "products",
    "six_month_flow_fen",
    "clear_intent",
    "in_a_hurry",
    "address_as",
    "phone",
    "phone_consent",
    "ticket",
    "eligible",
    "verdict",
    "standards_version",
    "purged_at",
    "not_referred_reason",
    "not_referred_text",
}
CREDIT_EXCEPTION_FIELDS = {
    "id",
    "handoff_id",
    "total_fen",
    "why",
    "referral_date",
    "created_at",
    "allocated_by",
    "allocated_at",
    "allocation_reason",
    "raised_by",
    "raised_reason",
    "took_part",
}
NOTIFICATION_KINDS = {"no_answer", "declined_by_all", "pin_locked", "converted", "follow_up", "credit_disputed"}
BRANCH_NOTE_FIELDS = {"id", "kind", "staff_id", "text", "created_by", "created_at"}
