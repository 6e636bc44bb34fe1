"""What every service call needs: the store, this device, a clock and the branch's time zone."""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Flag, auto
from functools import reduce
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam
from sqlmodel import Session, select

from ..domain.errors import NotFound, PermissionDenied
from ..domain.pins import change_proof, session_end
from ..protocol.commands import Command, new_id
from ..store.engine import Database
from ..store.local import read_local
from ..store.replication import core, insert_row, insert_rows
from ..store.tables import History, Outbox, Staff

T = TypeVar("T")


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Ctx:
    db: Database
    device_id: str
    clock: Callable[[], datetime] = utc_now  # injectable: tests move time without sleeping
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    outbox: bool = True  # a device queues its mutations for the hub; the hub itself does not

    def now(self) -> datetime:
        return self.clock()

    def local_date(self, at: datetime) -> date:
        return at.astimezone(self.tz).date()

    def today(self) -> tuple[datetime, datetime]:
        """[start, end) of the branch-local day that holds now, as aware datetimes."""
        start = self.now().astimezone(self.tz).replace(hour=0, minute=0, second=0, microsecond=0)
        return start, start + timedelta(days=1)


class Changed(Flag):
    """The kinds of thing a change touched: screens refresh only what names them (Anki's OpChanges)."""

    NONE = 0
    TAGS = auto()
    HANDOFFS = auto()
    PRESENCE = auto()
    CALLBACKS = auto()
    STANDARDS = auto()
    STAFF = auto()
    NOTIFICATIONS = auto()
    SETTINGS = auto()
    CREDIT = auto()
    DEVICES = auto()
    CLOCK = auto()  # time moved on: waits, "since", the status-bar clock
    SYNC = auto()  # where this device's changes stand with the hub
    NOTES = auto()  # the branch head's problem and coaching notes
    PURGED = auto()  # customers' personal data was purged: the store then empties its WAL (no screen listens)


@dataclass(frozen=True)
class Changes:
    """What a service call (or a pull from the hub) changed, and the main row it created or changed."""

    kinds: Changed = Changed.NONE
    id: str | None = None

    def __contains__(self, kind: Changed) -> bool:
        """Whether any of `kind` (one flag or several or'ed) changed."""
        return bool(self.kinds & kind)

    def __bool__(self) -> bool:
        return bool(self.kinds)


def changes(*kinds: Changed, id: str | None = None) -> Changes:
    return Changes(reduce(operator.or_, kinds, Changed.NONE), id)


def record(
    session: Session,
    ctx: Ctx,
    *,
    staff_id: int | None,
    entity: str,
    entity_id: str | int,
    action: str,
    data: dict[str, Any],
    command: Command | None = None,
    signed: bool = True,
) -> None:
    """Append the change to the history and, for changes the hub must hear of, its command to the outbox,
    signed in `staff_id`'s session on this device (`signed=False`: a command the hub takes unsigned).

    Runs inside the caller's transaction, so the row, its history and its outbox entry commit together.
    Both are written through SQLAlchemy Core (store.replication.insert_row): every change makes them.
    """
    now = ctx.now()
    history = {
        "at": now,
        "device_id": ctx.device_id,
        "staff_id": staff_id,
        "entity": entity,
        "entity_id": str(entity_id),
        "action": action,
        "data": data,
    }
    insert_rows(session, History, [history], later=True)  # in a hub's push: at its end, one statement
    if command is not None and ctx.outbox:
        mutation_id, args = new_id(), command.wire()
        session_id, proof = "", ""  # nobody signed in here: the hub refuses it
        kept = kept_session(session, staff_id) if staff_id is not None and signed else None
        if kept is not None and staff_id is not None:
            session_id, key = kept.get("id", ""), kept.get("key", "")
            over = session_over(kept, _person(session, staff_id), now)
            if over is not None:
                raise PermissionDenied("actor", "session_ended", over)
            proof = change_proof(key, mutation_id=mutation_id, name=command.NAME, args=args, staff_id=staff_id)
        entry = {
            "mutation_id": mutation_id,
            "name": command.NAME,
            "args": args,
            "staff_id": staff_id,
            "created_at": now,
            "session_id": session_id,
            "proof": proof,
        }
        insert_row(session, Outbox, entry)


def kept_session(session: Session, staff_id: int) -> dict[str, Any] | None:
    """The sign-in session this device keeps for `staff_id` (services.staff.sign_in), or None."""
    key = session_state_key(staff_id)
    found = read_local(core(session), key)
    return dict(found[key]) if key in found else None


@dataclass(frozen=True, slots=True)
class _Person:
    """What `session_over` reads of a staff row, read through Core on every signed change."""

    active: bool
    pin_set_at: datetime | None


def _person(session: Session, staff_id: int) -> _Person | None:
    found = core(session).execute(_PERSON, {"id": staff_id}).first()
    return None if found is None else _Person(bool(found[0]), found[1])


_PERSON = select(Staff.active, Staff.pin_set_at).where(Staff.id == bindparam("id"))


def session_over(kept: dict[str, Any], person: Staff | _Person | None, now: datetime) -> str | None:
    """Why a session kept on this device can sign nothing more, or None while it can: its day has
    ended, its person has left the branch, or their PIN has changed since it began."""
    ends = session_end(str(kept.get("id", "")))
    if not kept.get("key") or ends is None or ends <= now:
        return "this sign-in has ended with the branch day: sign in"
    if person is not None and not person.active:
        return "this person no longer works at the branch"
    pin_set_at = person.pin_set_at.isoformat() if person is not None and person.pin_set_at else ""
    if kept.get("pin_set_at", "") != pin_set_at:
        return "this sign-in ended with a change of PIN: sign in"
    return None


def session_state_key(staff_id: int) -> str:
    """Where a device keeps the newest sign-in session of a person (services.staff.sign_in)."""
    return f"session/{staff_id}"


def get_or_404(session: Session, model: type[T], key: Any, *, field: str) -> T:
    row = session.get(model, key)
    if row is None:
        raise NotFound(field, "not_found", f"no {model.__name__} {key!r}", key=key)
    return row
