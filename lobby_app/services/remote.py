"""The one way in for the hub's rows: what a pull, the event stream or a decided change brings is written
here, inside the caller's transaction, and the kinds of thing it touched come back as `Changes`, as a
service call's do, so a screen cannot tell a change made here from one made elsewhere."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from ..protocol.rows import read_snapshot
from ..store.replication import SHARED, delete, upsert
from .context import Changed, Changes

# What each shared table holds, for the screens: a row of it changed means these refresh.
KINDS: dict[str, Changed] = {
    "staff": Changed.STAFF,
    "device": Changed.DEVICES,
    "standards_version": Changed.STANDARDS,
    "credit_schedule": Changed.CREDIT,
    "customer_tag": Changed.TAGS,
    "handoff": Changed.HANDOFFS,
    "callback": Changed.CALLBACKS,
    "presence": Changed.PRESENCE,
    "credit_exception": Changed.CREDIT,
    "credit_entry": Changed.CREDIT,
    "credit_month": Changed.CREDIT,
    "notification": Changed.NOTIFICATIONS,
    "setting": Changed.SETTINGS,
    "pin_lock": Changed.STAFF,
    "branch_note": Changed.NOTES,
}

Remote = tuple[str, str, dict[str, Any] | None]  # (table, row key, the hub's row or None: it has none)


def apply_remote(s: Session, rows: list[Remote], *, keep: set[tuple[str, str]]) -> Changes:
    """The hub's rows (row snapshots, lobby_app/protocol/rows.py), in its order: the last version of each
    row wins; None deletes the row here. Rows of tables this device does not share are passed over; rows
    in `keep` (written by changes made here that the hub has not decided yet) stay as they are here. A
    snapshot of the wrong shape is a ValidationError, and nothing of the transaction is kept."""
    last: dict[tuple[str, str], dict[str, Any] | None] = {}
    for table, key, data in rows:
        if table not in SHARED or (table, key) in keep:
            continue
        last.pop((table, key), None)  # keep the order of last versions
        last[(table, key)] = data
    by_table: dict[str, list[dict[str, Any]]] = {}
    touched = Changed.NONE
    for (table, key), data in last.items():
        touched |= KINDS[table]
        if table == "customer_tag" and data is not None and data.get("purged_at") is not None:
            touched |= Changed.PURGED  # the hub purged this customer: the old values must leave this disk too
        if data is None:
            delete(s, table, key)
        else:
            by_table.setdefault(table, []).append(read_snapshot(table, data))
    for table, datas in by_table.items():
        upsert(s, table, datas)
    return Changes(touched)
