"""What devices pull: every row a hub transaction wrote, recorded in that same transaction.

The hub hangs `watch` on each write session of its store. Rows of the replicated tables that a
flush wrote are noted; just before the commit each one's state is appended to `hub_change`, and the
mutation being applied is marked decided in `applied_mutation`. Row, feed entry and decision commit
together or not at all, so a hub killed mid-push never applies a mutation without remembering it.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlmodel import Session, SQLModel

from ..store import tables as t
from ..store.engine import Database

REPLICATED: dict[str, type[SQLModel]] = {
    m.__tablename__: m  # type: ignore[misc]
    for m in (
        t.Staff,
        t.StandardsVersion,
        t.CreditSchedule,
        t.CustomerTag,
        t.Handoff,
        t.Callback,
        t.PresenceRow,
        t.CreditException,
        t.CreditEntry,
        t.Notification,
        t.Setting,
    )
}


@dataclass
class Applying:
    """The mutation a push is applying now; its decision is written with its rows."""

    device_id: str
    mutation_id: str
    name: str
    staff_id: int | None
    recorded: bool = False


APPLYING: ContextVar[Applying | None] = ContextVar("applying", default=None)


def row_key(obj: SQLModel) -> str:
    return "/".join(str(v) for v in inspect(obj).identity or ())


def install(db: Database, clock: Callable[[], datetime]) -> None:
    def watch(session: Session) -> None:
        written: dict[int, SQLModel] = {}  # by object identity: a key may exist only after the flush

        @event.listens_for(session, "after_flush")
        def note(sess: Session, _ctx: Any) -> None:
            for obj in (*sess.new, *sess.dirty):
                if getattr(obj, "__tablename__", None) in REPLICATED:
                    written[id(obj)] = obj

        @event.listens_for(session, "before_commit")
        def append(sess: Session) -> None:
            sess.flush()  # the last changes first, so their keys exist
            now = clock()
            rows = {(obj.__tablename__, row_key(obj)): obj for obj in written.values()}  # type: ignore[attr-defined]
            written.clear()
            for (table, key), obj in rows.items():
                sess.add(t.HubChange(table_name=table, row_key=key, data=obj.model_dump(mode="json"), at=now))
            applying = APPLYING.get()
            if applying is not None and not applying.recorded:
                sess.add(
                    t.AppliedMutation(
                        device_id=applying.device_id,
                        mutation_id=applying.mutation_id,
                        name=applying.name,
                        staff_id=applying.staff_id,
                        status="applied",
                        at=now,
                    )
                )
                applying.recorded = True

    db.on_write = watch
