"""Applying a device's pushed mutations in the hub's one order, each exactly once.

Each is parsed into its protocol command (lobby_app/protocol), in the words of the protocol version
the device spoke, and applied through the same service the device used (services.commands). A
mutation already decided for this device is answered from `applied_mutation` and changes nothing; a
refused one is recorded with its reason and never blocks the ones behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.exc import DataError, IntegrityError
from sqlmodel import col, func, select

from ..domain.errors import DomainError
from ..domain.pins import SESSION_GRACE, change_proof, same_proof, session_end, signing_key
from ..domain.roles import Actor, Role
from ..protocol import COMMANDS, VERSION, parse_command
from ..protocol.commands import (
    Accept,
    BookCallback,
    CallbackNoAnswer,
    Cancel,
    Decline,
    LockPin,
    Meet,
    Offer,
    RecordOutcome,
    Refer,
    SetPresence,
    TagCustomer,
)
from ..protocol.rows import snapshot
from ..services.commands import apply
from ..services.context import Ctx
from ..store.replication import SHARED, core, insert_rows, parse_key
from ..store.tables import AppliedMutation, Handoff, HubAudit, HubChange, Staff, StaffKey
from .capture import APPLYING, Applying


@dataclass(frozen=True, slots=True)
class Pushed:
    id: str
    name: str
    args: dict[str, Any]
    staff_id: int
    session_id: str = ""
    proof: str = ""  # this change, signed in a session staff_id opened on this device (domain.pins.change_proof)
    resend: bool = False  # sent again after the hub was restored from a backup
    version: int = VERSION  # the protocol the device spoke


@dataclass(frozen=True, slots=True)
class Decision:
    id: str
    status: str  # applied · refused · deferred (a resent change that needs another device's first; not kept)
    refusal: dict[str, Any]
    duplicate: bool = False  # decided before: this is the same answer again, nothing changed


# Commands that write no staff row and no staff key: the people a push names are read once for a run of
# them (a push of a busy tablet is tags and referrals), and read again after any other.
KEEPS_STAFF = frozenset(
    command.NAME
    for command in (
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
    )
)


# Pushes made only of these are applied first as one run without a savepoint a change (`apply_push`). Not
# those that number rows by the store's sequence (a conversion's credit entries): a run rolled back on
# PostgreSQL still uses up the numbers it took, and a hub restored from a backup must number the entries
# it replays as it did before, since the devices hold them by those numbers.
ONE_RUN = KEEPS_STAFF - {RecordOutcome.NAME}


@dataclass(frozen=True, slots=True)
class Person:
    """What applying a change reads of its author: their staff row and the secrets their proofs use."""

    name: str
    role: str
    active: bool
    secret: str | None  # None: no key (StaffKey) at the hub
    previous_secret: str
    previous_until: datetime | None


class _PushState:
    """What a push reads once rather than per change: the ids it holds that were decided before, and
    the people it names (while nothing in it changes them). The push holds the write lock throughout,
    so nobody else changes them meanwhile."""

    def __init__(self, ctx: Ctx, device_id: str, mutations: list[Pushed]) -> None:
        self.decided: dict[str, Decision] = {}
        self.people: dict[int, Person | None] = {}
        ids = list({m.id for m in mutations})
        with ctx.db.read() as s:
            conn = core(s)
            for i in range(0, len(ids), 500):  # within any store's limit on bound parameters
                for mutation_id, status, refusal in conn.execute(
                    _DECIDED, {"device": device_id, "ids": ids[i : i + 500]}
                ):
                    self.decided[mutation_id] = Decision(mutation_id, status, dict(refusal), duplicate=True)

    def person(self, ctx: Ctx, staff_id: int) -> Person | None:
        if staff_id not in self.people:
            with ctx.db.read() as s:
                found = core(s).execute(_PERSON, {"id": staff_id}).first()
            self.people[staff_id] = None if found is None else Person(*found[:4], found[4] or "", found[5])
        return self.people[staff_id]

    def after(self, m: Pushed, decision: Decision) -> Decision:
        """Note a decision: a later copy of the same id in this push is answered from it."""
        if decision.status != "deferred" and not (
            decision.status == "refused" and decision.refusal.get("rule") == "not_signed_in"
        ):
            self.decided[m.id] = replace(decision, duplicate=True)
        if m.name not in KEEPS_STAFF:
            self.people.clear()
        return decision


_DECIDED = select(AppliedMutation.mutation_id, AppliedMutation.status, AppliedMutation.refusal).where(
    AppliedMutation.device_id == bindparam("device"),  # type: ignore[arg-type]
    col(AppliedMutation.mutation_id).in_(bindparam("ids", expanding=True)),
)
_PERSON = (
    select(Staff.name, Staff.role, Staff.active, StaffKey.secret, StaffKey.previous_secret, StaffKey.previous_until)
    .outerjoin(StaffKey, col(StaffKey.staff_id) == col(Staff.id))
    .where(Staff.id == bindparam("id"))  # type: ignore[arg-type]
)


class _Again(Exception):
    """A change that a service refused, in a run of changes applied without a savepoint each."""


def apply_push(ctx: Ctx, *, device_id: str, mutations: list[Pushed]) -> list[Decision]:
    """One transaction and one commit for the whole push; a refused mutation rolls back alone. Should the
    hub stop midway, none of the push is kept and the device sends it again.

    A push of everyday changes (`ONE_RUN`) is first applied whole in one savepoint, its changes one after
    another (Database.step): most pushes have no refusal, and a savepoint and its release for every change
    were a quarter of the hub's time (on PostgreSQL, two round trips each). Should a service refuse one,
    that savepoint rolls back and the push is applied again, each change in a savepoint of its own."""
    with ctx.db.batch():
        if all(m.name in ONE_RUN for m in mutations):
            try:
                with ctx.db.savepoint():
                    state = _PushState(ctx, device_id, mutations)
                    return [state.after(m, _apply_one(ctx, device_id, m, state, alone=False)) for m in mutations]
            except _Again:
                pass
        state = _PushState(ctx, device_id, mutations)
        return [state.after(m, _apply_one(ctx, device_id, m, state, alone=True)) for m in mutations]


def last_seq(ctx: Ctx) -> int:
    with ctx.db.read() as s:
        return s.exec(select(func.max(HubChange.seq))).one() or 0


def _apply_one(ctx: Ctx, device_id: str, m: Pushed, state: _PushState, *, alone: bool) -> Decision:
    """`alone`: in a savepoint of its own, which a refusal rolls back; else as a step of the push's run,
    which a refusal by a service ends (`_Again`)."""
    if (before := state.decided.get(m.id)) is not None:
        return before
    staff = state.person(ctx, m.staff_id) if isinstance(m.staff_id, int) else None
    key = staff if staff is not None and staff.secret is not None else None
    if m.name not in COMMANDS:
        return _refuse(ctx, device_id, m, {"field": "name", "rule": "unknown_mutation", "message": m.name})
    if staff is not None and m.name != LockPin.NAME and not _signed_in(key, device_id, m, ctx.now()):
        # Not kept as the decision on this id: a forged copy of a change, sent first, must not take the
        # real one's place (the real one, with its proof, is then applied).
        refusal = {
            "field": "proof",
            "rule": "not_signed_in",
            "message": f"{staff.name} has not signed in on this device",
        }
        with ctx.db.write() as s:  # in the hub's audit trail instead
            s.add(
                HubAudit(
                    at=ctx.now(),
                    device_id=device_id,
                    staff_id=m.staff_id,
                    mutation_id=m.id[:36],
                    action="/v1/push",
                    outcome="refused",
                    detail=refusal | {"name": m.name[:32]},
                )
            )
        return Decision(m.id, "refused", refusal)
    ends = session_end(m.session_id)
    if m.name != LockPin.NAME and ends is not None and ends + SESSION_GRACE < ctx.now():
        message = f"made in a sign-in that ended at {ends.isoformat()}: sign in again"
        return _refuse(ctx, device_id, m, {"field": "proof", "rule": "session_ended", "message": message})
    if has_nul(m.args):
        return _refuse(ctx, device_id, m, {"field": "args", "rule": "bad_args", "message": "text holds NUL (\\u0000)"})
    if staff is None or not staff.active:
        return _refuse(ctx, device_id, m, {"field": "staff_id", "rule": "unknown_staff", "message": str(m.staff_id)})
    try:
        command = parse_command(m.name, m.args, version=m.version)
    except DomainError as e:  # arguments of the wrong shape: the first such field is named
        return _refuse(ctx, device_id, m, {"field": e.field, "rule": e.rule, "message": e.message})
    actor = Actor(m.staff_id, Role(staff.role))  # the role is the hub's, never what the device says
    applying = Applying(device_id, m.id, m.name, m.staff_id)
    refusal: dict[str, Any] | None = None
    token = APPLYING.set(applying)
    try:
        # alone: a refusal rolls back all the mutation wrote, and nothing else
        with ctx.db.savepoint() if alone else ctx.db.step():
            apply(replace(ctx, device_id=device_id), actor, command)
    except (DomainError, KeyError, TypeError, ValueError, OverflowError, DataError, IntegrityError) as e:
        if not alone:
            raise _Again from e
        refusal = _refusal(e)
    finally:
        APPLYING.reset(token)  # before any refusal is written, or the capture would mark it applied
    if refusal is not None and m.resend and refusal["rule"] == "not_found":
        return Decision(m.id, "deferred", refusal)  # e.g. a desk's accept before the tablet resent the referral
    if refusal is not None:
        return _refuse(ctx, device_id, m, _with_holder(ctx, m, refusal))
    if not applying.recorded:  # nothing to write (e.g. no offer was overdue by the hub's clock)
        _decide(ctx, device_id, m, "applied", {})
    return Decision(m.id, "applied", {})


def _refusal(e: Exception) -> dict[str, Any]:
    if isinstance(e, DomainError):
        return {"field": e.field, "rule": e.rule, "message": e.message}
    if isinstance(e, DataError):  # a value the store's column cannot hold (e.g. an integer beyond its range)
        return {"field": "args", "rule": "bad_args", "message": str(e.orig)[:200]}
    if isinstance(e, IntegrityError):  # e.g. a row id another mutation already used
        return {"field": "args", "rule": "conflict", "message": str(e.orig)[:200]}
    return {"field": "args", "rule": "bad_args", "message": repr(e)[:200]}  # arguments of the wrong shape or size


def _signed_in(key: Person | None, device_id: str, m: Pushed, now: datetime) -> bool:
    """The proof of this very change (its id, name, arguments and author) under the key of a session
    the person opened on this device with their PIN; a proof of another change, or of this one altered,
    fails. A session opened before the person's last PIN change still proves a change until
    `previous_until`."""
    if key is None or session_end(m.session_id) is None:
        return False
    return any(_proves(secret, device_id, m) for secret in proving_secrets(key, now))


def proving_secrets(key: StaffKey | Person, now: datetime) -> list[str]:
    """What a session's proofs may be made with: the person's secret, and until `previous_until` the
    one before their last PIN change."""
    found = [key.secret] + ([key.previous_secret] if key.previous_until and now < key.previous_until else [])
    return [secret for secret in found if secret]


def _proves(secret: str, device_id: str, m: Pushed) -> bool:
    signing = signing_key(secret, session_id=m.session_id, device_id=device_id, staff_id=m.staff_id)
    expected = change_proof(signing, mutation_id=m.id, name=m.name, args=m.args, staff_id=m.staff_id)
    return same_proof(expected, m.proof)


def _with_holder(ctx: Ctx, m: Pushed, refusal: dict[str, Any]) -> dict[str, Any]:
    if "id" in m.args and refusal["rule"] in ("illegal_transition", "not_assignee"):
        with ctx.db.read() as s:  # e.g. a contested accept: tell the loser who took the customer
            handoff = s.get(Handoff, m.args["id"])
            holder = s.get(Staff, handoff.assignee_id) if handoff and handoff.assignee_id else None
        if holder is not None:
            refusal["taken_by"] = holder.name
    return refusal


def _refuse(ctx: Ctx, device_id: str, m: Pushed, refusal: dict[str, Any]) -> Decision:
    _decide(ctx, device_id, m, "refused", refusal)
    return Decision(m.id, "refused", refusal)


def _decide(ctx: Ctx, device_id: str, m: Pushed, status: str, refusal: dict[str, Any]) -> None:
    """The decision kept, in the push's order with those the feed capture writes (both put off to the push's
    end). The same mutation pushed twice at once cannot clash here: a push holds the write lock from before
    it reads what was decided (`_PushState`) to its commit."""
    decided = {
        "device_id": device_id,
        "mutation_id": m.id,
        "name": m.name[:32],
        "staff_id": m.staff_id,
        "status": status,
        "refusal": refusal,
        "at": ctx.now(),
    }
    with ctx.db.write() as s:
        insert_rows(s, AppliedMutation, [decided], later=True)


def has_nul(value: Any) -> bool:
    """Whether a NUL character hides anywhere in a JSON value: PostgreSQL's text cannot hold it."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(has_nul(k) or has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_nul(v) for v in value)
    return False


def current_rows(ctx: Ctx, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Shared rows as the hub holds them now, by (table, key); unknown tables and missing rows are left out."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    with ctx.db.read() as s:
        for table, key in keys:
            ident = parse_key(table, key)
            row = s.get(SHARED[table], ident if len(ident) > 1 else ident[0]) if ident else None
            if row is not None:
                found[(table, key)] = snapshot(table, row.model_dump())
    return found
