"""Telling a person what needs them: the branch head hears of unanswered and refused customers and of
disputed credit; a referrer hears what became of their customer (DOMAIN.md: close the loop)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from ..domain.errors import NotFound
from ..domain.roles import Actor, Role
from ..protocol.commands import new_id
from ..store.tables import CustomerTag, Handoff, Notification, Staff
from .context import Changed, Changes, Ctx, changes, record


class Kind:
    NO_ANSWER = "no_answer"  # an offer went unanswered past the response time
    DECLINED_BY_ALL = "declined_by_all"  # everyone on duty declined; the customer waits
    PIN_LOCKED = "pin_locked"  # a staff number locked after 5 wrong PINs in a row (services.pin_lock)
    # Since protocol 4, for the referrer: their customer bought, or a follow-up was booked.
    CONVERTED = "converted"
    FOLLOW_UP = "follow_up"
    CREDIT_DISPUTED = "credit_disputed"  # for the branch head: a split waits to be allocated


FOR_THE_REFERRER = (Kind.CONVERTED, Kind.FOLLOW_UP, Kind.DECLINED_BY_ALL)
# What went wrong during a day, for the evening meeting.
PROBLEMS = (Kind.NO_ANSWER, Kind.DECLINED_BY_ALL, Kind.PIN_LOCKED, Kind.CREDIT_DISPUTED)


@dataclass(frozen=True, slots=True)
class Notice:
    id: str
    kind: str
    handoff_id: str | None
    data: dict[str, Any]
    created_at: datetime
    address_as: str  # the customer, as the lobby noted them
    people: tuple[str, ...]  # who missed the offer, or who declined


def notify_heads_in(
    s: Session, ctx: Ctx, *, kind: str, handoff_id: str | None, data: dict[str, Any], once: str | None = None
) -> None:
    """One notice for each active branch head, inside the caller's transaction. With `once` (e.g. a
    command's id), each notice's id comes from it: the device that made the change and the hub that
    replays it write the same notices, not two of each."""
    heads = s.exec(select(Staff.id).where(Staff.role == Role.BRANCH_HEAD, Staff.active)).all()
    for head in heads:
        assert head is not None
        notify_in(s, ctx, staff_id=head, kind=kind, handoff_id=handoff_id, data=data, once=once)


def notify_in(
    s: Session,
    ctx: Ctx,
    *,
    staff_id: int,
    kind: str,
    handoff_id: str | None,
    data: dict[str, Any],
    once: str | None = None,
) -> None:
    """One notice for one person, inside the caller's transaction (`once` as for `notify_heads_in`)."""
    notice = new_id() if once is None else str(uuid.uuid5(uuid.NAMESPACE_URL, f"lobby/{once}/{staff_id}"))
    if once is None or s.get(Notification, notice) is None:
        s.add(
            Notification(
                id=notice, staff_id=staff_id, kind=kind, handoff_id=handoff_id, data=data, created_at=ctx.now()
            )
        )


def unread(ctx: Ctx, actor: Actor) -> list[Notice]:
    """This person's notices not yet marked read, newest first."""
    with ctx.db.read() as s:
        return _notices(s, Notification.staff_id == actor.staff_id, col(Notification.read_at).is_(None))


def noted_between(ctx: Ctx, start: datetime, end: datetime) -> list[Notice]:
    """What went wrong in [start, end), oldest first, once each (every branch head, and for a customer
    declined by everyone the referrer too, got a copy)."""
    with ctx.db.read() as s:
        found = _notices(
            s,
            col(Notification.created_at) >= start,
            col(Notification.created_at) < end,
            col(Notification.kind).in_(PROBLEMS),
        )
    once = {(n.kind, n.handoff_id, n.created_at): n for n in found}
    return sorted(once.values(), key=lambda n: (n.created_at, n.id))


def _notices(s: Session, *where: Any) -> list[Notice]:
    names = dict(s.exec(select(Staff.id, Staff.name)).all())
    rows = s.exec(
        select(Notification, CustomerTag.address_as)
        .join(Handoff, col(Handoff.id) == Notification.handoff_id, isouter=True)
        .join(CustomerTag, col(CustomerTag.id) == Handoff.tag_id, isouter=True)
        .where(*where)
        .order_by(col(Notification.created_at).desc())
    ).all()
    return [
        Notice(
            n.id,
            n.kind,
            n.handoff_id,
            dict(n.data),
            n.created_at,
            address or "",
            tuple(names.get(i, "") for i in _people(n.data)),
        )
        for n, address in rows
    ]


def _people(data: dict[str, Any]) -> list[int]:
    return data.get("declined_by") or ([data["missed_by"]] if "missed_by" in data else [])


def mark_read(ctx: Ctx, actor: Actor, *, notification_id: str) -> Changes:
    return mark_all_read(ctx, actor, notification_ids=[notification_id])


def mark_all_read(ctx: Ctx, actor: Actor, *, notification_ids: list[str]) -> Changes:
    """One transaction: every one of them read, or (one not this person's) none."""
    with ctx.db.write() as s:
        for notification_id in notification_ids:
            row = s.get(Notification, notification_id)
            if row is None or row.staff_id != actor.staff_id:  # someone else's is as if it did not exist
                raise NotFound("notification_id", "not_found", f"no notification {notification_id!r}")
            if row.read_at is None:
                row.read_at = ctx.now()
                s.add(row)
                record(s, ctx, staff_id=actor.staff_id, entity="notification", entity_id=row.id, action="read", data={})
    return changes(Changed.NOTIFICATIONS, id=notification_ids[-1] if len(notification_ids) == 1 else None)
