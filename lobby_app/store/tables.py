"""SQLModel tables of the local store. Money is integer fen; times are UTC (UTCDateTime)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import UTCDateTime


def _time(*, nullable: bool = False, index: bool = False) -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable, index=index)


def _fen(*, nullable: bool = False) -> Any:
    return Field(default=None if nullable else 0, sa_type=BigInteger, nullable=nullable)


def _json(default: Any) -> Any:
    return Field(default_factory=lambda: type(default)(default), sa_column=Column(JSON, nullable=False))


class Staff(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    staff_no: str = Field(unique=True, max_length=16)
    name: str = Field(max_length=40)
    role: str = Field(max_length=20)
    active: bool = True
    created_at: datetime = _time()
    # When the PIN was last set: a device ends the person's sessions, and forgets what it cached for
    # their offline sign-in, once it learns of a newer one. Their PIN's hash is in StaffKey, at the hub.
    pin_set_at: datetime | None = _time(nullable=True)
    # Where a wealth manager receives customers ("2号理财室"): the lobby tells the customer. "" if not set.
    place: str = Field(default="", max_length=24)


class Device(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=36)
    name: str = Field(max_length=40)
    created_at: datetime = _time()


class StandardsVersion(SQLModel, table=True):
    __tablename__ = "standards_version"
    version: int = Field(primary_key=True)
    data: dict[str, Any] = _json({})
    effective_from: datetime = _time(index=True)
    created_at: datetime = _time()
    created_by: int | None = Field(default=None, foreign_key="staff.id", nullable=True)
    note: str = ""


class CreditSchedule(SQLModel, table=True):
    __tablename__ = "credit_schedule"
    version: int = Field(primary_key=True)
    data: dict[str, Any] = _json({})
    created_at: datetime = _time()
    created_by: int | None = Field(default=None, foreign_key="staff.id", nullable=True)


class CustomerTag(SQLModel, table=True):
    __tablename__ = "customer_tag"
    id: str = Field(primary_key=True, max_length=36)
    created_at: datetime = _time(index=True)
    device_id: str = Field(foreign_key="device.id")
    tagged_by: int = Field(foreign_key="staff.id", index=True)
    purpose: str = Field(max_length=20)
    amount_fen: int = _fen()
    products: list[str] = _json([])
    six_month_flow_fen: int | None = _fen(nullable=True)
    clear_intent: bool = False
    in_a_hurry: bool = False
    address_as: str = ""
    phone: str | None = None
    phone_consent: bool = False
    ticket: str = ""
    eligible: bool
    verdict: dict[str, Any] = _json({})
    standards_version: int = Field(foreign_key="standards_version.version")
    purged_at: datetime | None = _time(nullable=True)
    # Why an eligible customer was saved without a referral (domain.tags.NotReferred), for the head's
    # execution check; "" when referred or not eligible.
    not_referred_reason: str = Field(default="", max_length=24)
    not_referred_text: str = Field(default="", max_length=200)


class Handoff(SQLModel, table=True):
    # Each wealth manager's day and the recent meetings read by these times: with years of handoffs,
    # an index on the person alone would read everything they ever had.
    __table_args__ = (
        Index("ix_handoff_assignee_accepted", "assignee_id", "accepted_at"),
        Index("ix_handoff_assignee_met", "assignee_id", "met_at"),
        Index("ix_handoff_assignee_closed", "assignee_id", "closed_at"),
        Index("ix_handoff_closed_at", "closed_at"),
    )
    id: str = Field(primary_key=True, max_length=36)
    tag_id: str = Field(foreign_key="customer_tag.id", unique=True)
    referrer_id: int = Field(foreign_key="staff.id", index=True)
    referral_date: date  # the branch-local date: it picks the credit phase
    state: str = Field(max_length=20, index=True)
    fast_track: bool = False
    note: str = ""
    assignee_id: int | None = Field(default=None, foreign_key="staff.id", nullable=True, index=True)
    preferred_wm_id: int | None = Field(default=None, foreign_key="staff.id", nullable=True)
    wait_for_preferred: bool = False  # the customer chose to wait for this wealth manager
    escalations: int = 0
    declined_by: list[int] = _json([])
    created_at: datetime = _time(index=True)
    updated_at: datetime = _time()
    offered_at: datetime | None = _time(nullable=True)
    accepted_at: datetime | None = _time(nullable=True)
    met_at: datetime | None = _time(nullable=True)
    closed_at: datetime | None = _time(nullable=True)
    outcome_products: list[str] = _json([])
    outcome_amount_fen: int = _fen()  # the sum of outcome_sales
    outcome_sales: list[list[Any]] = _json([])  # [[product code, fen], ...]
    response_s: int | None = None  # offer (or, taken from the queue, referral) to acceptance
    outcome_reason: str = ""
    follow_up_at: datetime | None = _time(nullable=True)


class Callback(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=36)
    handoff_id: str = Field(foreign_key="handoff.id", unique=True)
    address_as: str
    phone: str | None = None
    phone_consent: bool = False
    preferred_time: datetime | None = _time(nullable=True)
    due_at: datetime = _time(index=True)
    assignee_id: int | None = Field(default=None, foreign_key="staff.id", nullable=True)
    note: str = ""
    created_at: datetime = _time()
    done_at: datetime | None = _time(nullable=True)
    attempts: int = 0  # calls that reached no one
    last_attempt_at: datetime | None = _time(nullable=True)


class PresenceRow(SQLModel, table=True):
    __tablename__ = "presence"
    staff_id: int = Field(primary_key=True, foreign_key="staff.id")
    presence: str = Field(max_length=20)
    away_reason: str = ""
    since: datetime = _time()


class CreditException(SQLModel, table=True):
    __tablename__ = "credit_exception"
    id: str = Field(primary_key=True, max_length=36)
    handoff_id: str = Field(foreign_key="handoff.id", unique=True)
    total_fen: int = _fen()
    why: str
    referral_date: date
    created_at: datetime = _time()
    allocated_by: int | None = Field(default=None, foreign_key="staff.id", nullable=True)
    allocated_at: datetime | None = _time(nullable=True)
    allocation_reason: str = ""
    # Who sent it to the head, and why: the seller naming colleagues who took part, or the referrer or
    # the seller disputing a recorded split (why = "disputed"; the split stops counting).
    raised_by: int | None = Field(default=None, foreign_key="staff.id", nullable=True)
    raised_reason: str = Field(default="", max_length=500)
    took_part: list[int] = _json([])  # the colleagues the seller named, besides the referrer and the seller


class CreditEntry(SQLModel, table=True):
    __tablename__ = "credit_entry"
    __table_args__ = (
        Index("ix_credit_entry_date_staff", "referral_date", "staff_id"),
        Index("ix_credit_entry_created_at", "created_at"),  # the credit of a day, on the dashboard
    )
    id: int | None = Field(default=None, primary_key=True)
    handoff_id: str = Field(foreign_key="handoff.id", index=True)
    staff_id: int = Field(foreign_key="staff.id")
    part: str = Field(max_length=12)  # referrer · seller · allocated
    amount_fen: int = _fen()
    referral_date: date
    schedule_version: int | None = Field(default=None, foreign_key="credit_schedule.version", nullable=True)
    phase: int | None = None  # 1-based phase number
    referrer_percent: int | None = None
    exception_id: str | None = Field(default=None, foreign_key="credit_exception.id", nullable=True)
    created_at: datetime = _time()


class CreditMonth(SQLModel, table=True):
    """A month of referral credit the branch head closed: its splits are locked from then on."""

    __tablename__ = "credit_month"
    month: str = Field(primary_key=True, max_length=7)  # YYYY-MM of the referral dates
    closed_at: datetime = _time()
    closed_by: int | None = Field(default=None, foreign_key="staff.id", nullable=True)
    team_total_fen: int = _fen()  # the team's credit for the month when it closed


class Notification(SQLModel, table=True):
    """Something a person must hear of, e.g. the branch head told an offer went unanswered."""

    __table_args__ = (Index("ix_notification_staff_read", "staff_id", "read_at"),)
    id: str = Field(primary_key=True, max_length=36)
    staff_id: int = Field(foreign_key="staff.id")
    kind: str = Field(max_length=24)  # no_answer · declined_by_all
    handoff_id: str | None = Field(default=None, foreign_key="handoff.id", nullable=True)
    data: dict[str, Any] = _json({})
    created_at: datetime = _time()
    read_at: datetime | None = _time(nullable=True)


class PinLock(SQLModel, table=True):
    """A staff number locked after 5 wrong PINs in a row, on any device or at the hub: shared, so the
    lock holds on every device. `locks` counts the locks of the branch day `day`: each lasts twice the last."""

    __tablename__ = "pin_lock"
    staff_id: int = Field(primary_key=True, foreign_key="staff.id")
    locked_until: datetime = _time()
    locks: int = 1
    day: str = Field(max_length=10)  # the branch-local date of the last lock, YYYY-MM-DD
    updated_at: datetime = _time()


class BranchNote(SQLModel, table=True):
    """The branch head's notes: a problem noticed during the day (for the evening meeting), or a
    coaching talk with one person (shown beside their coaching flags)."""

    __tablename__ = "branch_note"
    id: str = Field(primary_key=True, max_length=36)
    kind: str = Field(max_length=16)  # problem · coaching
    staff_id: int | None = Field(default=None, foreign_key="staff.id", nullable=True, index=True)  # coached
    text: str = Field(max_length=500)
    created_by: int = Field(foreign_key="staff.id")
    created_at: datetime = _time(index=True)


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True, max_length=64)
    value: Any = Field(sa_column=Column(JSON, nullable=False))
    updated_at: datetime = _time()


class History(SQLModel, table=True):
    """Append-only: every change, who made it, when and from which device (triggers forbid edits)."""

    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = _time(index=True)
    device_id: str = Field(max_length=36)
    staff_id: int | None = Field(default=None, nullable=True)
    entity: str = Field(max_length=24)
    entity_id: str = Field(max_length=36)
    action: str = Field(max_length=32)
    data: dict[str, Any] = _json({})
    __table_args__ = (Index("ix_history_entity", "entity", "entity_id"),)


class Outbox(SQLModel, table=True):
    """Mutations this device made, waiting to be pushed to the branch hub (Replicache style)."""

    __table_args__ = (UniqueConstraint("mutation_id"),)
    seq: int | None = Field(default=None, primary_key=True)
    mutation_id: str = Field(max_length=36)
    name: str = Field(max_length=32)
    args: dict[str, Any] = _json({})
    staff_id: int | None = None  # who made it; the hub checks this person's role itself
    created_at: datetime = _time()
    # pending · sent · confirmed · refused; resend: confirmed, but the hub lost it (restored from a backup)
    state: str = Field(default="pending", max_length=12)
    refusal: str = ""
    rows: list[list[str]] = _json([])  # [table, key] of the shared rows its transaction wrote here
    decided_at: datetime | None = _time(nullable=True)
    session_id: str = Field(default="", max_length=36)  # the sign-in it was made in, and its proof for the hub
    proof: str = Field(default="", max_length=64)
    deferrals: int = 0  # times a hub restored from a backup put it off (it needs another device's change first)


# ---- The branch hub's own tables (present in every store; only the hub fills them) ----


class HubDevice(SQLModel, table=True):
    """A device enrolled at the hub; its token is kept only as a hash."""

    __tablename__ = "hub_device"
    id: str = Field(primary_key=True, max_length=36)
    name: str = Field(max_length=40)
    token_hash: str = Field(max_length=64, unique=True)
    enrolled_at: datetime = _time()
    revoked_at: datetime | None = _time(nullable=True)
    # What the head's console shows of it, kept by the hub as the device talks to it (hub/access.seen).
    last_seen_at: datetime | None = _time(nullable=True)
    last_staff_id: int | None = None  # who signed in or pushed a change on it last
    app_version: str = Field(default="", max_length=32)
    waiting: int = 0  # changes the device said wait in its outbox, at its last pull


class EnrolmentCode(SQLModel, table=True):
    """A one-time code the branch head makes; a device trades it for its own token."""

    __tablename__ = "enrolment_code"
    code_hash: str = Field(primary_key=True, max_length=64)
    created_by: int = Field(foreign_key="staff.id")
    created_at: datetime = _time()
    expires_at: datetime = _time()
    used_at: datetime | None = _time(nullable=True)
    device_id: str | None = Field(default=None, max_length=36, nullable=True)


class AppliedMutation(SQLModel, table=True):
    """Every mutation the hub has decided, once per device and mutation id: a replay is answered from here."""

    __tablename__ = "applied_mutation"
    __table_args__ = (UniqueConstraint("device_id", "mutation_id"),)
    seq: int | None = Field(default=None, primary_key=True)  # the hub's order
    device_id: str = Field(max_length=36)
    mutation_id: str = Field(max_length=36)
    name: str = Field(max_length=32)
    staff_id: int | None = None
    status: str = Field(max_length=12)  # applied · refused
    refusal: dict[str, Any] = _json({})
    at: datetime = _time()


class HubChange(SQLModel, table=True):
    """A row as it stands after a change at the hub: what devices pull, in the hub's order."""

    __tablename__ = "hub_change"
    seq: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=32)
    row_key: str = Field(max_length=80)
    data: dict[str, Any] = _json({})
    at: datetime = _time()
    stamp: str = Field(default="", max_length=16)  # random: a device that saw seq N can tell the same N again


class HubAudit(SQLModel, table=True):
    """Every request the hub accepted or refused: who, from which device, when, and why not."""

    __tablename__ = "hub_audit"
    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = _time(index=True)
    device_id: str | None = Field(default=None, max_length=36, nullable=True)
    staff_id: int | None = None
    mutation_id: str | None = Field(default=None, max_length=36, nullable=True)
    action: str = Field(max_length=32)
    outcome: str = Field(max_length=12)  # accepted · refused
    detail: dict[str, Any] = _json({})
    client: str | None = Field(default=None, max_length=64, nullable=True)  # the address the request came from


class LocalState(SQLModel, table=True):
    """This device's own bookkeeping, never shared: e.g. how far it has pulled the hub's feed."""

    __tablename__ = "local_state"
    key: str = Field(primary_key=True, max_length=64)
    value: Any = Field(sa_column=Column(JSON, nullable=False))


class StaffKey(SQLModel, table=True):
    """What proves a person at the hub: their PIN's hash and the secret behind their sign-in proofs.

    Held where people are created and sign in with authority (the hub, or a device with no hub), and
    never replicated: a device holds a person's secret only wrapped under their PIN, and only once they
    signed in on it while the hub was reachable (services.staff)."""

    __tablename__ = "staff_key"
    staff_id: int = Field(primary_key=True, foreign_key="staff.id")
    pin_hash: str = ""
    must_change: bool = False  # a one-time PIN, or one from before the rules for new PINs
    secret: str = Field(default="", max_length=64)
    # The secret before the last PIN change: a change signed with it before the change is still taken
    # until then (a device offline at the time), and nothing after.
    previous_secret: str = Field(default="", max_length=64)
    previous_until: datetime | None = _time(nullable=True)
