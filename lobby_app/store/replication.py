"""Which rows make up the branch state that the hub and the devices share, and how to see a write.

`watch_writes` hangs on every write session of a store: rows of the shared tables a transaction wrote
are handed, just before its commit, to a callback that may add rows of its own to the same
transaction (the hub's change feed, a device's note of what each outbox entry touched).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, Integer, event, inspect
from sqlmodel import Session, SQLModel

from . import tables as t
from .engine import Database
from .types import UTCDateTime

SHARED: dict[str, type[SQLModel]] = {
    m.__tablename__: m  # type: ignore[misc]
    for m in (
        t.Staff,
        t.Device,
        t.StandardsVersion,
        t.CreditSchedule,
        t.CustomerTag,
        t.Handoff,
        t.Callback,
        t.PresenceRow,
        t.CreditException,
        t.CreditEntry,
        t.CreditMonth,
        t.Notification,
        t.Setting,
        t.PinLock,
        t.BranchNote,
    )
}

Written = dict[tuple[str, str], SQLModel]


def row_key(obj: SQLModel) -> str:
    return "/".join(str(v) for v in inspect(obj).identity or ())


def watch_writes(db: Database, on_commit: Callable[[Session, Written, list[SQLModel]], None]) -> None:
    """`on_commit(session, written, added)`: the shared rows written, and every object added."""

    def watch(session: Session) -> None:
        seen: dict[int, SQLModel] = {}  # by object identity: a key may exist only after the flush
        added: list[SQLModel] = []

        @event.listens_for(session, "after_flush")
        def note(sess: Session, _ctx: Any) -> None:
            added.extend(sess.new)
            for obj in (*sess.new, *sess.dirty):
                if getattr(obj, "__tablename__", None) in SHARED:
                    seen[id(obj)] = obj

        @event.listens_for(session, "after_soft_rollback")
        def forget(_sess: Session, _previous: Any) -> None:  # e.g. a savepoint of a batch rolled back
            seen.clear()
            added.clear()

        @event.listens_for(session, "before_commit")  # a savepoint's release too
        def hand_over(sess: Session) -> None:
            sess.flush()  # the last changes first, so their keys exist
            written = {(str(obj.__tablename__), row_key(obj)): obj for obj in seen.values()}
            new = list(added)
            seen.clear()
            added.clear()
            on_commit(sess, written, new)

    db.on_write = watch


def note_outbox_rows(db: Database) -> None:
    """On a device: each outbox entry remembers the shared rows its transaction wrote, so that once
    the hub has decided it, the device can take the hub's version of exactly those rows."""

    def note(_session: Session, written: Written, added: list[SQLModel]) -> None:
        for obj in added:
            if isinstance(obj, t.Outbox):
                obj.rows = [[table, key] for table, key in written]

    watch_writes(db, note)


def upsert(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """Write shared rows as another store sent them (JSON), replacing this store's versions of them.

    One statement for the whole list (executemany), compiled once per table and set of columns: a
    device's first pull of a busy branch is thousands of rows."""
    model = SHARED[table]
    columns = model.__table__.columns  # type: ignore[attr-defined]
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for data in rows:
        values = {c.name: _from_json(c, data[c.name]) for c in columns if c.name in data}
        by_shape.setdefault(tuple(values), []).append(values)
    dialect = session.get_bind().dialect.name
    for names, params in by_shape.items():
        session.execute(_upsert_statement(dialect, table, names), params)


def _from_json(column: Any, value: Any) -> Any:
    """A time or a date given as text (JSON) as its Python value; anything else as it is."""
    if isinstance(value, str) and isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(value, str) and isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


@cache
def _upsert_statement(dialect: str, table: str, names: tuple[str, ...]) -> Any:
    model_table = SHARED[table].__table__  # type: ignore[attr-defined]
    keys = [c.name for c in model_table.columns if c.primary_key]
    # Imported here: a device never writes to PostgreSQL, and that dialect costs ~50 ms of its start.
    insert: Any  # either dialect's INSERT, which both give ON CONFLICT DO UPDATE
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        insert = postgresql_insert(model_table)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        insert = sqlite_insert(model_table)
    return insert.on_conflict_do_update(index_elements=keys, set_={n: insert.excluded[n] for n in names})


def parse_key(table: str, key: str) -> tuple[Any, ...] | None:
    """A row key (`row_key`) back to primary-key values; None for an unknown table or a malformed key."""
    model = SHARED.get(table)
    if model is None:
        return None
    columns = [c for c in model.__table__.columns if c.primary_key]  # type: ignore[attr-defined]
    parts = key.split("/")
    if len(parts) != len(columns):
        return None
    try:  # the keys of the shared tables are ints or text
        return tuple(int(p) if isinstance(c.type, Integer) else p for c, p in zip(columns, parts, strict=True))
    except ValueError:
        return None


def delete(session: Session, table: str, key: str) -> None:
    ident = parse_key(table, key)
    if ident is None:
        return
    model = SHARED[table]
    row = session.get(model, ident if len(ident) > 1 else ident[0])
    if row is not None:
        session.delete(row)
