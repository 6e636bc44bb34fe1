"""Personal data of customers who did not convert is purged after the branch's retention period
(DOMAIN.md, privacy; default 90 days).

What goes: how the customer was addressed, the phone and its consent, the warm note, the callback's
note and the words a referrer gave for not referring them. What stays: the figures (purpose, amount,
products, eligibility, outcome, the kind of reason for not referring), so the branch's reports keep
their numbers. The same goes from this device's record of the changes it sent, and at the hub from
the feed devices pull from. And from the disk: secure_delete zeroes what is replaced,
and the WAL that held the old pages is emptied (store/engine.py, `Database.checkpoint`).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from ..domain import handoff as dh
from ..domain.errors import PermissionDenied, ValidationError
from ..domain.roles import Actor, Role
from ..protocol.commands import PurgePersonalData, SetRetentionDays
from ..store.tables import Callback, CustomerTag, Handoff, HubChange, Outbox
from .branch_settings import WholeSetting, value
from .context import Changed, Changes, Ctx, changes, record

RETENTION_DAYS = WholeSetting("retention_days", "the retention period", 90, 1, 3650, "days", SetRetentionDays)
# Keys of rows and change args.
PERSONAL = {"address_as": "", "phone": None, "phone_consent": False, "note": "", "not_referred_text": ""}


def purge_now(ctx: Ctx, actor: Actor) -> tuple[Changes, int]:
    """The branch head's "purge now": customers tagged before the retention period who did not convert.
    Returns how many customers were purged (0 when none were due)."""
    return purge(ctx, actor, before=ctx.now() - timedelta(days=value(ctx, RETENTION_DAYS)))


def purge(ctx: Ctx, actor: Actor, *, before: datetime | str) -> tuple[Changes, int]:
    """Purge customers tagged before `before` who did not convert (also what the hub replays)."""
    if actor.role is not Role.BRANCH_HEAD:
        raise PermissionDenied("actor", "wrong_role", "only the branch head may purge customer data")
    if isinstance(before, str):
        try:
            before = datetime.fromisoformat(before)
        except ValueError:
            raise ValidationError("before", "bad_time", "must be an ISO 8601 time") from None
    if before.tzinfo is None or before > ctx.now():
        raise ValidationError("before", "bad_time", "must be a time with its zone, not in the future")
    now = ctx.now()
    with ctx.db.write() as s:
        converted = select(Handoff.tag_id).where(Handoff.state == dh.State.CONVERTED)
        tags = s.exec(
            select(CustomerTag).where(
                col(CustomerTag.created_at) < before,
                col(CustomerTag.purged_at).is_(None),
                col(CustomerTag.id).not_in(converted),
            )
        ).all()
        if not tags:
            return changes(), 0
        ids = [t.id for t in tags]
        for t in tags:
            t.address_as, t.phone, t.phone_consent, t.not_referred_text, t.purged_at = "", None, False, "", now
            s.add(t)
        handoffs = s.exec(select(Handoff).where(col(Handoff.tag_id).in_(ids))).all()
        for h in handoffs:
            h.note = ""
            s.add(h)
        handoff_ids = [h.id for h in handoffs]
        for cb in s.exec(select(Callback).where(col(Callback.handoff_id).in_(handoff_ids))):
            cb.address_as, cb.phone, cb.phone_consent, cb.note = "", None, False, ""
            s.add(cb)
        _scrub_sent_changes(s, set(ids) | set(handoff_ids))
        _scrub_hub_feed(s, ids, handoff_ids)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="privacy",
            entity_id="purge",
            action="purge_personal_data",
            data={"customers": len(tags), "before": before.isoformat()},
            command=PurgePersonalData(before=before),
        )
    # Until a checkpoint the store's file keeps the old pages and its WAL every version since the last one.
    ctx.db.checkpoint()
    return changes(Changed.TAGS, Changed.HANDOFFS, Changed.CALLBACKS), len(tags)


def _scrub(data: dict[str, Any]) -> dict[str, Any]:
    return {k: PERSONAL.get(k, v) for k, v in data.items()}


def _scrub_sent_changes(s: Session, ids: set[str]) -> None:
    """This device's record of its changes (kept after the hub decides them, for a hub restored from a
    backup). One not sent yet goes without the data too: the purge itself follows it to the hub."""
    for entry in s.exec(select(Outbox)):
        if entry.args.get("id") in ids or entry.args.get("tag_id") in ids or entry.args.get("handoff_id") in ids:
            entry.args = _scrub(entry.args)
            s.add(entry)


def _scrub_hub_feed(s: Session, tag_ids: list[str], handoff_ids: list[str]) -> None:
    """At the hub, the earlier versions of these rows in the feed devices pull from (none on a device)."""
    keys = [("customer_tag", i) for i in tag_ids] + [("handoff", i) for i in handoff_ids]
    for table, key in keys:
        for change in s.exec(select(HubChange).where(HubChange.table_name == table, HubChange.row_key == key)):
            change.data = _scrub(change.data)
            s.add(change)
    for change in s.exec(select(HubChange).where(HubChange.table_name == "callback")):
        if change.data.get("handoff_id") in handoff_ids:
            change.data = _scrub(change.data)
            s.add(change)
