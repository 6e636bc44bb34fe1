"""Every shared row as it crosses the wire (a pull, the event stream, /v1/rows): one model per table.

The hub makes a snapshot from its row (`snapshot`), the device reads it back (`read_snapshot`) before
writing it into its own table. A column can then be renamed or added on either side without changing
the wire: the snapshot stays, and only the mapping here changes (docs/protocol.md). Each snapshot
holds its table's columns by their names; `for_version` words one for a device of the version before.
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


def for_version(table: str, data: dict[str, Any], version: int) -> dict[str, Any]:
    """A snapshot as a device of `version` reads it. Version 2's staff row held the PIN's hash, which
    no device receives any more: it gets an empty one (it can sign in only those whose row it held
    before, until it is updated), and no pin_set_at, a field it would refuse."""
    if version == 2 and table == StaffRow.TABLE:
        return {k: v for k, v in data.items() if k != "pin_set_at"} | {"pin_hash": ""}
    return data


def read_snapshot(table: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """A snapshot from the hub as the columns of this device's table (Python values: times, dates); a
    ValidationError names the table and the first field of the wrong shape."""
    try:
        return ROWS[table].model_validate(dict(data)).model_dump()
    except ShapeError as e:
        first = e.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ValidationError(f"{table}.{where}", "bad_row", first["msg"]) from None
