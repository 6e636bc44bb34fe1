"""Which rows make up the branch state that the hub and the devices share, and how to see a write.

`watch_writes` hangs on every write session of a store: rows of the shared tables a transaction wrote
are handed, just before its commit, to a callback that may add rows of its own to the same
transaction (the hub's change feed, a device's note of what each outbox entry touched). It sees both
the ORM's writes and the rows the hot paths insert through SQLAlchemy Core (`insert_row`): a tag, a
referral, the history and the outbox are written on every tap and every change a hub applies, and the
ORM's unit of work cost several times the statement itself there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Connection, Date, Insert, Integer, bindparam, event, inspect, update
from sqlmodel import Session, SQLModel

from . import tables as t
from .engine import HAND_OVER, Database, forget_reads, insert_later
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

# A shared row a transaction wrote, by (table, key): the ORM's object, or the columns `insert_row` wrote.
Written = dict[tuple[str, str], SQLModel | dict[str, Any]]
CONNECTION = "lobby_connection"  # session.info: the transaction's connection, for Core statements
INSERTED = "lobby_inserted"  # session.info: shared rows `insert_row` wrote since the last hand-over
OUTBOX = "lobby_outbox"  # session.info: the seq of each outbox entry `insert_row` wrote since then


def core(session: Session) -> Connection:
    """The session's connection for a Core statement, once the ORM's pending writes are in (so that the
    statement sees them). Kept in session.info for the innermost transaction: `Session.connection()` costs
    some 30 µs a call, and the hot paths make a dozen statements a change. It is asked again in each new
    savepoint, as the ORM emits a savepoint only once the connection is asked for within it."""
    session.flush()
    current = session.get_nested_transaction() or session.get_transaction()
    kept: tuple[object, Connection] | None = session.info.get(CONNECTION)
    if kept is not None and kept[0] is current and not kept[1].closed:
        return kept[1]
    conn = session.connection()
    session.info[CONNECTION] = (current, conn)
    return conn


def row_key(obj: SQLModel) -> str:
    return "/".join(str(v) for v in inspect(obj).identity or ())


def columns_of(row: SQLModel | Mapping[str, Any]) -> dict[str, Any]:
    """A written row's columns by name, as `model_dump()` gives them for the ORM's object."""
    return dict(row) if isinstance(row, Mapping) else row.model_dump()


@cache
def _defaults(model: type[SQLModel]) -> tuple[dict[str, Any], dict[str, Callable[[], Any]]]:
    """The model's defaults by column: values, and factories (a fresh list or dict each time). An
    autoincrement key left None is left out, for the store to number (PostgreSQL refuses a NULL)."""
    fixed: dict[str, Any] = {}
    factories: dict[str, Callable[[], Any]] = {}
    for c in model.__table__.columns:  # type: ignore[attr-defined]
        info = model.model_fields.get(c.name)
        if info is None:
            continue
        if info.default_factory is not None:
            factories[c.name] = info.default_factory  # type: ignore[assignment]
        elif info.default is not PydanticUndefined and not (c.primary_key and info.default is None):
            fixed[c.name] = info.default
    return fixed, factories


@cache
def _insert(model: type[SQLModel]) -> Insert:
    statement: Insert = model.__table__.insert()  # type: ignore[attr-defined]
    return statement


def insert_row(session: Session, model: type[SQLModel], values: Mapping[str, Any]) -> dict[str, Any]:
    """Insert one row through SQLAlchemy Core, in the session's transaction, with the model's defaults
    for the columns not given; returns its columns (an autoincrement key filled in). A shared table's
    row is handed to `watch_writes` as the ORM's writes are; an outbox entry is given its `rows` there.

    For inserts only: the ORM never holds a row before it exists, so it cannot hold a stale copy."""
    fixed, factories = _defaults(model)
    row = {**fixed, **{name: make() for name, make in factories.items() if name not in values}, **values}
    table: str = model.__tablename__  # type: ignore[assignment]
    numbered = table == "outbox" and "seq" not in row
    result = core(session).execute(_insert(model), row)  # the ORM's pending writes first (a row this one needs)
    if numbered:
        row["seq"] = result.inserted_primary_key[0]  # type: ignore[index]
        session.info.setdefault(OUTBOX, []).append(row)
    if table in SHARED:
        session.info.setdefault(INSERTED, {})[(table, _key(model, row))] = row
    return row


def insert_rows(session: Session, model: type[SQLModel], rows: list[dict[str, Any]], *, later: bool = False) -> None:
    """Rows of a table no one watches (not shared, not the outbox), in one statement (executemany);
    `later`: append-only rows nothing reads back in the transaction, put off to its end inside a batch's
    savepoint (engine.insert_later)."""
    if not rows:
        return
    fixed, factories = _defaults(model)
    full = [{**fixed, **{n: make() for n, make in factories.items() if n not in r}, **r} for r in rows]
    if later:
        session.flush()
        for row in full:
            insert_later(session, _insert(model), row)
        return
    core(session).execute(_insert(model), full)


def _key(model: type[SQLModel], row: Mapping[str, Any]) -> str:
    return "/".join(str(row[c.name]) for c in model.__table__.columns if c.primary_key)  # type: ignore[attr-defined]


def watch_writes(db: Database, on_commit: Callable[[Session, Written, list[SQLModel]], None]) -> None:
    """`on_commit(session, written, added)`: the shared rows written, and every object the ORM added."""

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
        def forget(sess: Session, _previous: Any) -> None:  # e.g. a savepoint of a batch rolled back
            seen.clear()
            added.clear()
            sess.info.pop(INSERTED, None)
            sess.info.pop(OUTBOX, None)

        @event.listens_for(session, "before_commit")  # a savepoint's release too
        def hand_over(sess: Session) -> None:
            sess.flush()  # the last changes first, so their keys exist
            # Rows inserted through Core first: the ORM can only hold such a row by reading it after,
            # so its object, when it has one, is the newer version.
            written: Written = dict(sess.info.pop(INSERTED, {}))
            written.update({(str(obj.__tablename__), row_key(obj)): obj for obj in seen.values()})
            new = list(added)
            seen.clear()
            added.clear()
            on_commit(sess, written, new)
            sess.info.pop(OUTBOX, None)

        session.info[HAND_OVER] = lambda: hand_over(session)  # for Database.step, which has no release

    db.on_write = watch


def note_outbox_rows(db: Database) -> None:
    """On a device: each outbox entry remembers the shared rows its transaction wrote, so that once
    the hub has decided it, the device can take the hub's version of exactly those rows."""

    def note(session: Session, written: Written, added: list[SQLModel]) -> None:
        rows = [[table, key] for table, key in written]
        for obj in added:
            if isinstance(obj, t.Outbox):
                obj.rows = rows
        entries = session.info.get(OUTBOX, [])
        if entries and rows:
            core(session).execute(_set_rows(), [{"entry": e["seq"], "written": rows} for e in entries])

    watch_writes(db, note)


@cache
def _set_rows() -> Any:
    outbox = t.Outbox.__table__  # type: ignore[attr-defined]
    return update(outbox).where(outbox.c.seq == bindparam("entry")).values(rows=bindparam("written"))


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
    forget_reads(session)  # e.g. a new standards version
    conn = core(session)
    for names, params in by_shape.items():
        conn.execute(_upsert_statement(conn.dialect.name, table, names), params)


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
        forget_reads(session)
