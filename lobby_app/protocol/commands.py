"""Every change a device sends the hub, one model each: the outbox keeps it serialised (`wire()`), the hub
parses it back (`parse_command`) into the same model and hands it to the same service.

The models check the shape (an id is a short text, an amount a whole number, a time has its zone);
the rules (is this amount in range, may this person do it) stay in the services, which name the
field and the rule of a refusal. Fields marked "as the device saw it" are sent for the record; the hub
decides by its own store and clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar
from uuid import uuid4

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr, StringConstraints
from pydantic import ValidationError as ShapeError

from ..domain.errors import ValidationError
from .versions import VERSION

Id = Annotated[StrictStr, StringConstraints(min_length=1, max_length=36)]


def new_id() -> str:
    return str(uuid4())


Text = StrictStr
Fen = StrictInt
StaffId = StrictInt


class Command(BaseModel):
    """One change, as it crosses the wire. `NAME` is its name there (the outbox's and the hub's)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    NAME: ClassVar[str]

    def wire(self) -> dict[str, Any]:
        """The arguments as JSON values (times as ISO 8601 with their zone): what the outbox keeps."""
        return self.model_dump(mode="json")


class TagCustomer(Command):
    NAME = "tag_customer"
    id: Id = Field(default_factory=new_id)  # made where the command is made: the hub's row keeps it
    purpose: Text
    amount_fen: Fen | None = None
    products: list[Text] = []
    six_month_flow_fen: Fen | None = None
    clear_intent: StrictBool = False
    in_a_hurry: StrictBool = False
    address_as: Text = ""
    phone: Text | None = None
    phone_consent: StrictBool = False
    ticket: Text = ""
    not_referred_reason: Text = ""  # why an eligible customer is saved without a referral
    not_referred_text: Text = ""
    # As the device saw it: the hub judges the tag again under the standards in force by its clock.
    eligible: StrictBool | None = None
    standards_version: StrictInt | None = None
    tagged_at: AwareDatetime | None = None


class Refer(Command):
    NAME = "refer"
    id: Id = Field(default_factory=new_id)
    tag_id: Id
    fast_track: StrictBool = False
    note: Text = ""
    wm_id: StaffId | None = None
    wait_for_wm: StrictBool = False
    at: AwareDatetime | None = None  # as the device saw it


class Offer(Command):
    """A lobby manager offers a queued customer to a wealth manager by hand."""

    NAME = "offer"
    id: Id
    wm_id: StaffId


class Accept(Command):
    NAME = "accept"
    id: Id


class Decline(Command):
    NAME = "decline"
    id: Id
    reason: Text
    text: Text = ""


class Meet(Command):
    NAME = "meet"
    id: Id


class RecordOutcome(Command):
    NAME = "record_outcome"
    id: Id
    outcome: Text
    sales: list[tuple[Text, Fen]] = []
    reason: Text = ""
    follow_up_at: AwareDatetime | None = None
    credit_fen: Fen | None = None
    shared_with: list[StaffId] = []


class Cancel(Command):
    NAME = "cancel"
    id: Id
    reason: Text


class BookCallback(Command):
    """A callback, from a fresh tag (`tag_id`, whose new handoff is `handoff_id`) or from a handoff under
    way (`handoff_id` alone, naming it)."""

    NAME = "book_callback"
    id: Id = Field(default_factory=new_id)
    handoff_id: Id = Field(default_factory=new_id)
    tag_id: Id | None = None
    address_as: Text
    phone: Text | None = None
    phone_consent: StrictBool = False  # a phone is kept only with the customer's consent
    preferred_time: AwareDatetime | None = None
    note: Text = ""


class CallbackNoAnswer(Command):
    NAME = "callback_no_answer"
    id: Id
    retry_at: AwareDatetime | None


class SetPresence(Command):
    NAME = "set_presence"
    staff_id: StaffId | None = None  # someone else's: the branch head only
    presence: Text
    away_reason: Text = ""


class Escalate(Command):
    """The device saw an offer run out; the hub escalates only what is overdue by its own clock."""

    NAME = "escalate"
    id: Id | None = None  # as the device saw it
    missed_by: StaffId | None = None  # as the device saw it


class SetWholeValue(Command):
    """A branch setting that is a whole number (the services say the range)."""

    value: StrictInt


class SetResponseTime(SetWholeValue):
    NAME = "set_response_time"  # seconds


class SetCoachingDays(SetWholeValue):
    NAME = "set_coaching_days"


class SetRetentionDays(SetWholeValue):
    NAME = "set_retention_days"


class PurgePersonalData(Command):
    NAME = "purge_personal_data"
    before: AwareDatetime


class AllocateException(Command):
    NAME = "allocate_exception"
    id: Id
    shares: list[tuple[StaffId, StrictInt]]  # (staff id, percent)
    reason: Text


class DisputeCredit(Command):
    """The referrer or the seller disputes a recorded split: it goes to the branch head to allocate."""

    NAME = "dispute_credit"
    id: Id = Field(default_factory=new_id)  # the exception's
    handoff_id: Id
    reason: Text


class AddNote(Command):
    """The branch head notes a problem of the day (for the evening meeting) or a coaching talk."""

    NAME = "add_note"
    id: Id = Field(default_factory=new_id)
    kind: Text  # problem · coaching
    staff_id: StaffId | None = None  # whom a coaching note is about
    text: Text


class EditStandards(Command):
    NAME = "edit_standards"
    data: dict[str, Any]  # checked by the domain's standards rules
    effective_from: AwareDatetime | None = None
    note: Text = ""
    version: StrictInt | None = None  # as the device numbered it


class CloseMonth(Command):
    NAME = "close_month"
    month: Text  # YYYY-MM


class EditCreditPhases(Command):
    NAME = "edit_credit_phases"
    data: dict[str, Any]  # checked by the domain's credit rules
    version: StrictInt | None = None  # as the device numbered it


class LockPin(Command):
    """A device saw the fifth wrong PIN in a row for `staff_id`: the lock holds on every device. Sent
    unsigned (nobody signed in), and taken so: it can only lock, and the hub times the lock itself."""

    NAME = "lock_pin"
    id: Id = Field(default_factory=new_id)
    staff_id: StaffId


class AddStaff(Command):
    """The branch head adds a colleague with a one-time PIN, which must be changed at the first sign-in.
    Only its hash travels (argon2id, made on the head's device): the PIN itself never leaves it."""

    NAME = "add_staff"
    staff_id: StaffId  # chosen by the head's device (the next free id); the hub refuses one taken
    staff_no: Text
    name: Text
    role: Text
    pin_hash: Text


class DeactivateStaff(Command):
    """They can no longer sign in; a customer they hold goes back to the queue; history and credit stay."""

    NAME = "deactivate_staff"
    staff_id: StaffId


class ChangeRole(Command):
    NAME = "change_role"
    staff_id: StaffId
    role: Text


class SetPlace(Command):
    """Since protocol 5: where a wealth manager receives customers (a desk or a room), set by the branch
    head; "" clears it."""

    NAME = "set_place"
    staff_id: StaffId
    place: Text


class ResetPin(Command):
    """A new one-time PIN for someone who forgot theirs: their sessions end on every device."""

    NAME = "reset_pin"
    staff_id: StaffId
    pin_hash: Text


COMMANDS: dict[str, type[Command]] = {
    c.NAME: c
    for c in (
        TagCustomer,
        Refer,
        Offer,
        Accept,
        Decline,
        Meet,
        RecordOutcome,
        Cancel,
        BookCallback,
        CallbackNoAnswer,
        SetPresence,
        Escalate,
        SetResponseTime,
        SetCoachingDays,
        SetRetentionDays,
        PurgePersonalData,
        AllocateException,
        DisputeCredit,
        AddNote,
        EditStandards,
        CloseMonth,
        EditCreditPhases,
        LockPin,
        AddStaff,
        DeactivateStaff,
        ChangeRole,
        ResetPin,
        SetPlace,
    )
}


def parse_command(name: str, args: Mapping[str, Any], *, version: int = VERSION) -> Command:
    """The command a device sent, in the words of protocol `version` (version 4 says every command it
    knows as version 5 does; it never sends `set_place`); a ValidationError names the first field of the
    wrong shape (`args.amount_fen`), or `name` for a command nobody knows."""
    kind = COMMANDS.get(name)
    if kind is None:
        raise ValidationError("name", "unknown_mutation", name[:32])
    for field, spec in kind.model_fields.items():
        if spec.default_factory is not None and field not in args:  # a new row's id is the device's, never made here
            raise ValidationError(f"args.{field}", "bad_args", "Field required")
    try:
        return kind.model_validate(args)
    except ShapeError as e:
        first = e.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ValidationError(f"args.{where}" if where else "args", "bad_args", first["msg"]) from None
