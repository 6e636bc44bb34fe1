"""Protocol version 1, frozen: the arguments a device of the release before the typed protocol sent for
each change, built as its services built them (hand-made dicts, times from `isoformat()`), and no
`Lobby-Protocol` header. Kept as they were so a test can speak as such a device does; never edit
them to match newer code."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def tag_customer(tag_id: str, at: datetime, *, amount_fen: int, address_as: str) -> dict[str, Any]:
    return {
        "id": tag_id,
        "purpose": "deposit",
        "amount_fen": amount_fen,
        "products": [],
        "six_month_flow_fen": None,
        "clear_intent": False,
        "in_a_hurry": False,
        "eligible": True,
        "standards_version": 1,
        "address_as": address_as,
        "phone": None,
        "phone_consent": False,
        "ticket": "",
        "tagged_at": at.isoformat(),
    }


def refer(handoff_id: str, tag_id: str, at: datetime) -> dict[str, Any]:
    return {
        "id": handoff_id,
        "tag_id": tag_id,
        "fast_track": False,
        "note": "",
        "wm_id": None,
        "wait_for_wm": False,
        "at": at.isoformat(),
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


# Fields of a handoff row as version 1's pull carried them (the table's columns, `model_dump`): a device
# of version 1 reads at least these.
HANDOFF_FIELDS = {"id", "tag_id", "state", "assignee_id", "referrer_id", "accepted_at", "met_at", "outcome_sales"}
