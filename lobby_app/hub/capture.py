"""What devices pull: every shared row a hub transaction wrote, appended to `hub_change` in that same
transaction, with the decision on the mutation being applied. Row, feed entry and decision commit
together or not at all, so a hub killed mid-push never applies a mutation without remembering it."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, SQLModel, select

from ..protocol.rows import snapshot
from ..store.engine import Database
from ..store.replication import SHARED, Written, columns_of, insert_rows, row_key, watch_writes
from ..store.tables import AppliedMutation, HubChange


@dataclass
class Applying:
    """The mutation a push is applying now; its decision is written with its rows."""

    device_id: str
    mutation_id: str
    name: str
    staff_id: int | None
    recorded: bool = False


APPLYING: ContextVar[Applying | None] = ContextVar("applying", default=None)


def install(db: Database, clock: Callable[[], datetime]) -> None:
    def feed(session: Session, written: Written, _added: list[SQLModel]) -> None:
        # Through Core, one statement a table: the ORM's unit of work cost more than the rows (a push of 50).
        now = clock()
        changes: list[dict[str, Any]] = [
            {
                "table_name": table,
                "row_key": key,
                "data": snapshot(table, columns_of(row)),
                "at": now,
                "stamp": _stamp(),
            }
            for (table, key), row in written.items()
        ]
        insert_rows(session, HubChange, changes, later=True)  # in a push: at its end, one statement
        applying = APPLYING.get()
        if applying is not None and not applying.recorded:
            decided = {
                "device_id": applying.device_id,
                "mutation_id": applying.mutation_id,
                "name": applying.name,
                "staff_id": applying.staff_id,
                "status": "applied",
                "refusal": {},
                "at": now,
            }
            insert_rows(session, AppliedMutation, [decided], later=True)
            applying.recorded = True

    watch_writes(db, feed)
    _baseline(db, clock)


def _baseline(db: Database, clock: Callable[[], datetime]) -> None:
    """A store that had rows before it became a hub (e.g. the branch's staff): put them all in the feed
    once, so a new device that pulls from the start gets the whole branch."""
    with db.write() as s:
        if s.exec(select(HubChange.seq).limit(1)).first() is not None:
            return
        now = clock()
        for table, model in SHARED.items():
            for row in s.exec(select(model)):
                data = snapshot(table, row.model_dump())
                s.add(HubChange(table_name=table, row_key=row_key(row), data=data, at=now, stamp=_stamp()))


def _stamp() -> str:
    return secrets.token_hex(8)
