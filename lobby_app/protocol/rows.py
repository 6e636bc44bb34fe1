"""Every shared row as it crosses the wire (a pull, the event stream, /v1/rows): one model per table.

The hub makes a snapshot from its row (`snapshot`), the device reads it back (`read_snapshot`) before
writing it into its own table. A column can then be renamed or added on either side without changing
the wire: the snapshot stays, and only the mapping here changes (docs/protocol.md). Each snapshot
holds its table's columns by their names; `for_version` words one for a device of the version before
(version 3's words are frozen here as data).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, ClassVar

from pydantic import AwareDatetime, BaseModel, ConfigDict
from pydantic import ValidationError as ShapeError

from ..domain.errors import ValidationError


class RowSnapshot(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    TABLE: ClassVar[str]


class StaffRow(RowSnapshot):
    TABLE = "staff"
    id: int
    staff_no: str
    name: str
    role: str
    active: bool = True
    created_at: AwareDatetime
    pin_set_at: AwareDatetime | None = None
    place: str = ""  # since protocol 5; a version 4 device is sent the row without it


class DeviceRow(RowSnapshot):
    TABLE = "device"
    id: str
    name: str
    created_at: AwareDatetime


class StandardsVersionRow(RowSnapshot):
    TABLE = "standards_version"
    version: int
    data: dict[str, Any]
    effective_from: AwareDatetime
    created_at: AwareDatetime
    created_by: int | None = None
    note: str = ""


class CreditScheduleRow(RowSnapshot):
    TABLE = "credit_schedule"
    version: int
    data: dict[str, Any]
    created_at: AwareDatetime
    created_by: int | None = None


class CustomerTagRow(RowSnapshot):
    TABLE = "customer_tag"
    id: str
    created_at: AwareDatetime
    device_id: str
    tagged_by: int
    purpose: str
    amount_fen: int
    products: list[str]
    six_month_flow_fen: int | None = None
    clear_intent: bool = False
    in_a_hurry: bool = False
    address_as: str = ""
    phone: str | None = None
    phone_consent: bool = False
    ticket: str = ""
    eligible: bool
    verdict: dict[str, Any]
    standards_version: int
    purged_at: AwareDatetime | None = None
    not_referred_reason: str = ""
    not_referred_text: str = ""


class HandoffRow(RowSnapshot):
    TABLE = "handoff"
    id: str
    tag_id: str
    referrer_id: int
    referral_date: date
    state: str
    fast_track: bool = False
    note: str = ""
    assignee_id: int | None = None
    preferred_wm_id: int | None = None
    wait_for_preferred: bool = False
    escalations: int = 0
    declined_by: list[int] = []
    created_at: AwareDatetime
    updated_at: AwareDatetime
    offered_at: AwareDatetime | None = None
    accepted_at: AwareDatetime | None = None
    met_at: AwareDatetime | None = None
    closed_at: AwareDatetime | None = None
    outcome_products: list[str] = []
    outcome_amount_fen: int = 0
    outcome_sales: list[list[Any]] = []
    response_s: int | None = None
    outcome_reason: str = ""
    follow_up_at: AwareDatetime | None = None


class CallbackRow(RowSnapshot):
    TABLE = "callback"
    id: str
    handoff_id: str
    address_as: str
    phone: str | None = None
    phone_consent: bool = False
    preferred_time: AwareDatetime | None = None
    due_at: AwareDatetime
    assignee_id: int | None = None
    note: str = ""
    created_at: AwareDatetime
    done_at: AwareDatetime | None = None
    attempts: int = 0
    last_attempt_at: AwareDatetime | None = None


class PresenceRow(RowSnapshot):
    TABLE = "presence"
    staff_id: int
    presence: str
    away_reason: str = ""
    since: AwareDatetime


class CreditExceptionRow(RowSnapshot):
    TABLE = "credit_exception"
    id: str
    handoff_id: str
    total_fen: int
    why: str
    referral_date: date
    created_at: AwareDatetime
    allocated_by: int | None = None
    allocated_at: AwareDatetime | None = None
    allocation_reason: str = ""
    raised_by: int | None = None
    raised_reason: str = ""
    took_part: list[int] = []


class CreditEntryRow(RowSnapshot):
    TABLE = "credit_entry"
    id: int
    handoff_id: str
    staff_id: int
    part: str
    amount_fen: int
    referral_date: date
    schedule_version: int | None = None
    phase: int | None = None
    referrer_percent: int | None = None
    exception_id: str | None = None
    created_at: AwareDatetime


class CreditMonthRow(RowSnapshot):
    TABLE = "credit_month"
    month: str
    closed_at: AwareDatetime
    closed_by: int | None = None
    team_total_fen: int


class NotificationRow(RowSnapshot):
    TABLE = "notification"
    id: str
    staff_id: int
    kind: str
    handoff_id: str | None = None
    data: dict[str, Any]
    created_at: AwareDatetime
    read_at: AwareDatetime | None = None


class SettingRow(RowSnapshot):
    TABLE = "setting"
    key: str
    value: Any
    updated_at: AwareDatetime


class PinLockRow(RowSnapshot):
    TABLE = "pin_lock"
    staff_id: int
    locked_until: AwareDatetime
    locks: int
    day: str
    updated_at: AwareDatetime


class BranchNoteRow(RowSnapshot):
    TABLE = "branch_note"
    id: str
    kind: str
    staff_id: int | None = None
    text: str
    created_by: int
    created_at: AwareDatetime


ROWS: dict[str, type[RowSnapshot]] = {
    r.TABLE: r
    for r in (
        StaffRow,
        DeviceRow,
        StandardsVersionRow,
        CreditScheduleRow,
        CustomerTagRow,
        HandoffRow,
        CallbackRow,
        PresenceRow,
        CreditExceptionRow,
        CreditEntryRow,
        CreditMonthRow,
        NotificationRow,
        SettingRow,
        PinLockRow,
        BranchNoteRow,
    )
}


def snapshot(table: str, columns: Mapping[str, Any]) -> dict[str, Any]:
    """A row's columns (the hub's `model_dump()`) as its snapshot says them on the wire (JSON values)."""
    return ROWS[table].model_validate(dict(columns)).model_dump(mode="json")


# Version 4's words, frozen: the fields of each table's snapshot as a device of version 4 reads them (it
# refuses any other), and the notices it knows. Version 5 added where a wealth manager receives customers
# (staff.place). Kept as they were: never edit them to match newer code.
VERSION_4_FIELDS: dict[str, frozenset[str]] = {
    "staff": frozenset({"id", "staff_no", "name", "role", "active", "created_at", "pin_set_at"}),
    "device": frozenset({"id", "name", "created_at"}),
    "standards_version": frozenset({"version", "data", "effective_from", "created_at", "created_by", "note"}),
    "credit_schedule": frozenset({"version", "data", "created_at", "created_by"}),
    "customer_tag": frozenset(
        {
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
    ),
    "handoff": frozenset(
        {
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
    ),
    "callback": frozenset(
        {
            "id",
            "handoff_id",
            "address_as",
            "phone",
            "phone_consent",
            "preferred_time",
            "due_at",
            "assignee_id",
            "note",
            "created_at",
            "done_at",
            "attempts",
            "last_attempt_at",
        }
    ),
    "presence": frozenset({"staff_id", "presence", "away_reason", "since"}),
    "credit_exception": frozenset(
        {
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
    ),
    "credit_entry": frozenset(
        {
            "id",
            "handoff_id",
            "staff_id",
            "part",
            "amount_fen",
            "referral_date",
            "schedule_version",
            "phase",
            "referrer_percent",
            "exception_id",
            "created_at",
        }
    ),
    "credit_month": frozenset({"month", "closed_at", "closed_by", "team_total_fen"}),
    "notification": frozenset({"id", "staff_id", "kind", "handoff_id", "data", "created_at", "read_at"}),
    "setting": frozenset({"key", "value", "updated_at"}),
    "pin_lock": frozenset({"staff_id", "locked_until", "locks", "day", "updated_at"}),
    "branch_note": frozenset({"id", "kind", "staff_id", "text", "created_by", "created_at"}),
}
VERSION_4_NOTICES = frozenset(
    {"no_answer", "declined_by_all", "pin_locked", "converted", "follow_up", "credit_disputed"}
)


def for_version(table: str, data: dict[str, Any], version: int) -> dict[str, Any] | None:
    """A snapshot as a device of `version` reads it; None when that device has no words for the row (a
    table it does not know, a notice of a kind it does not know): such a row is not sent to it. A device
    of version 4 gets only the fields it names (VERSION_4_FIELDS); any other version served is today's."""
    if version != 4:
        return data
    fields = VERSION_4_FIELDS.get(table)
    if fields is None or (table == NotificationRow.TABLE and data.get("kind") not in VERSION_4_NOTICES):
        return None
    return {k: v for k, v in data.items() if k in fields}


def read_snapshot(table: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """A snapshot from the hub as the columns of this device's table (Python values: times, dates); a
    ValidationError names the table and the first field of the wrong shape."""
    try:
        return ROWS[table].model_validate(dict(data)).model_dump()
    except ShapeError as e:
        first = e.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ValidationError(f"{table}.{where}", "bad_row", first["msg"]) from None
