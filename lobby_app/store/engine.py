"""The store's engine. Every device: a SQLite file with WAL, synchronous=FULL (NORMAL only for rows
copied from the hub, see `Database.write`), foreign keys, secure_delete, a busy timeout and IMMEDIATE
write transactions; the file, its -wal and -shm are 0600 in a 0700 folder. A hub may use PostgreSQL.

Created in the composition root (never at import). Writes go through `Database.write()`. On SQLite it
begins IMMEDIATE, so two writers never deadlock on a lock upgrade (sqlite.org/isolation.html) and
write transactions run one at a time. The services rely on that: they read, check a rule, then write
(a contested accept). On PostgreSQL each write transaction first takes one transaction-level advisory
lock, which gives the same one-at-a-time order; reads never wait for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlmodel import Session

from .. import private

BUSY_TIMEOUT_MS = 10_000
WRITE_LOCK = 0x10BB7  # the advisory lock that orders write transactions on PostgreSQL

log = logging.getLogger(__name__)


def _configure(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Autocommit at the driver level: we emit BEGIN ourselves in the "begin" hook below.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        # What a purge or an update removes is overwritten with zeros, not left in free space of a page.
        cur.execute("PRAGMA secure_delete=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        options = conn.get_execution_options()
        # FULL for every transaction but a `write(durable=False)`; set only when it changes (no I/O).
        synchronous = "FULL" if options.get("durable", True) else "NORMAL"
        if conn.info.get("synchronous", "FULL") != synchronous:
            conn.exec_driver_sql(f"PRAGMA synchronous={synchronous}")
            conn.info["synchronous"] = synchronous
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("sqlite_immediate", False) else "BEGIN")


def is_postgres_url(where: Path | str) -> bool:
    return str(where).startswith(("postgresql://", "postgresql+psycopg://"))


# The hub answers requests on up to 40 worker threads (FastAPI's sync routes) and its event streams
# read on asyncio's few: each may hold a connection at once. SQLAlchemy's default (5, and 10 more made
# and closed each time) made busy requests wait for a connection or pay for a new one.
POOL_SIZE = 48


@dataclass(slots=True)
class _Batch:
    db: Database
    session: Session
    checkpoint: bool = False  # asked for inside the batch: done once it has committed
    guarded: bool = False  # inside `savepoint()`: a write there needs no savepoint of its own


_BATCH: ContextVar[_Batch | None] = ContextVar("batch", default=None)
LATER = "lobby_later"  # session.info: rows put off to the end of the transaction (`insert_later`)
# session.info: what a transaction read once and keeps for its later statements (e.g. the standards versions,
# read once for a push of 50 tags); forgotten by whatever writes them, and when a savepoint rolls back.
READS = "lobby_reads"
HAND_OVER = "lobby_hand_over"  # session.info: what a savepoint's release runs (replication.watch_writes)


def kept_reads(session: Session) -> dict[str, Any]:
    reads: dict[str, Any] = session.info.setdefault(READS, {})
    return reads


def forget_reads(session: Session) -> None:
    session.info.pop(READS, None)


def insert_later(session: Session, statement: Any, params: dict[str, Any]) -> None:
    """An append-only row (history, the hub's feed and decisions) inserted when the transaction ends, one
    statement (executemany) for all the rows of a table: a hub's push of 50 changes then makes three
    statements for them instead of 150 (on PostgreSQL each is a round trip). Only inside a savepoint of a
    batch (`Database.write`, `savepoint`), which drops what it put off if it rolls back; elsewhere at once.
    Nothing in the transaction may read such a row back before the end."""
    if not session.in_nested_transaction():
        session.connection().execute(statement, params)
        return
    session.info.setdefault(LATER, []).append((statement, params))


def _insert_put_off(session: Session) -> None:
    later: list[tuple[Any, dict[str, Any]]] = session.info.pop(LATER, [])
    runs: dict[tuple[Any, tuple[str, ...]], list[dict[str, Any]]] = {}  # each table's rows in the order put off
    for statement, params in later:
        runs.setdefault((statement, tuple(params)), []).append(params)
    for (statement, _), rows in runs.items():
        session.connection().execute(statement, rows)


@contextmanager
def _dropping_put_off_on_error(session: Session) -> Iterator[None]:
    """A savepoint that rolls back takes the rows it put off with it."""
    kept = len(session.info.get(LATER, ()))
    try:
        yield
    except BaseException:
        del session.info.get(LATER, [])[kept:]
        forget_reads(session)  # they may have been read after a write it undid
        raise


class Database:
    """One store: `read()` and `write()` sessions, each a single transaction.

    `where` is a SQLite file (a path, or sqlite:///PATH) or a PostgreSQL URL (postgresql://...)."""

    def __init__(self, where: Path | str) -> None:
        self.where = str(where)  # as given: another process opens the same store with it
        if is_postgres_url(where):
            self.path: Path | None = None
            url = str(where).replace("postgresql://", "postgresql+psycopg://", 1)
            self.engine = create_engine(
                url, pool_pre_ping=True, pool_size=10, max_overflow=POOL_SIZE - 10, hide_parameters=True
            )
            self._writer = self.engine
        else:
            self.path = Path(str(where).removeprefix("sqlite:///"))
            _make_private(self.path)
            self.engine = create_engine(
                f"sqlite:///{self.path}",
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                pool_size=POOL_SIZE,  # kept open: a new SQLite connection costs its PRAGMAs
                max_overflow=0,
                hide_parameters=True,
            )
            _configure(self.engine)
            self._writer = self.engine.execution_options(sqlite_immediate=True)
        self._copier = self._writer.execution_options(durable=False)
        self.postgres = self.path is None
        # The hub hangs its change capture on every write session here (lobby_app/hub/capture.py).
        self.on_write: Callable[[Session], None] | None = None

    def __str__(self) -> str:
        """For messages: the file, or the URL with its password hidden."""
        return str(self.path) if self.path is not None else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Session]:
        """One IMMEDIATE transaction: committed when the block ends, rolled back on any error.
        Inside `batch()`: a savepoint of the batch's transaction, rolled back on any error; inside
        `savepoint()`, that savepoint's (an error leaves the block, and the savepoint rolls it all back).

        `durable=False` is for what can be fetched again, i.e. rows taken from the hub with the cursor
        that says how far they go: the commit skips the fsync (SQLite's synchronous=NORMAL in WAL). A
        power cut may then lose the last such transactions, whole, never half: the device pulls them
        again. What a person entered is always written with `durable=True`. (PostgreSQL: ignored.)"""
        current = _BATCH.get()
        if current is not None and current.db is self:
            if current.guarded:  # one savepoint for a hub's change, not one more for each write in it
                yield current.session
                return
            with _dropping_put_off_on_error(current.session), current.session.begin_nested():
                yield current.session
            return
        with Session(self._writer if durable else self._copier, expire_on_commit=False) as session:
            if self.on_write is not None:
                self.on_write(session)
            with session.begin():
                if self.postgres:
                    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
                yield session
                _insert_put_off(session)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A snapshot of what is committed; inside `batch()`, the batch's own transaction."""
        batch = self._batch()
        if batch is not None:
            yield batch
            return
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many writes in one transaction and one commit (one fsync): each `write()` inside is a savepoint
        that an error rolls back alone, and each `read()` inside sees the writes before it. The hub
        applies a device's push this way; the write lock is held for the whole batch."""
        with self.write() as session:
            batch = _Batch(self, session)
            token = _BATCH.set(batch)
            try:
                yield
            finally:
                _BATCH.reset(token)
        if batch.checkpoint:
            self.checkpoint()

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside `batch()`: the block's reads and writes roll back together on any error. (On PostgreSQL a
        failed statement spoils the transaction up to the last savepoint, a read's too.)"""
        current = _BATCH.get()
        if current is None or current.db is not self:
            raise RuntimeError("a savepoint is part of a batch: call it inside Database.batch()")
        guarded, current.guarded = current.guarded, True
        try:
            with _dropping_put_off_on_error(current.session), current.session.begin_nested():
                yield
        finally:
            current.guarded = guarded

    @contextmanager
    def step(self) -> Iterator[None]:
        """Inside `savepoint()`: one of several changes applied in it without a savepoint each, for a caller
        that rolls the whole savepoint back should any of them fail (and then applies them again, each in a
        savepoint of its own). What the step wrote is handed over at its end (to the hub's feed: its rows
        and its decision), as a savepoint's release hands it over. On PostgreSQL a savepoint and its release
        are two round trips: most pushes have no refusal and save both for every change."""
        current = _BATCH.get()
        if current is None or current.db is not self or not current.guarded:
            raise RuntimeError("a step is part of a savepoint: call it inside Database.savepoint()")
        yield
        hand_over: Callable[[], None] | None = current.session.info.get(HAND_OVER)
        if hand_over is not None:
            hand_over()

    def checkpoint(self) -> bool:
        """Copy the WAL into the store's file and cut the WAL to nothing (SQLite's TRUNCATE checkpoint): what
        a purge replaced is then in no file of the store (secure_delete zeroed it in the main file). Call it
        after the transaction; inside `batch()` it runs once the batch has committed. Waits up to the busy
        timeout for readers and a writer to finish. True when the WAL is now empty; False inside a batch,
        or when another connection still held it (logged; the WAL keeps its frames till the next checkpoint).

        PostgreSQL has nothing like it: old row versions stay until VACUUM and its WAL segments until they
        are recycled, all under the server's own storage (its disk encryption and backups)."""
        if self.postgres:
            return True
        current = _BATCH.get()
        if current is not None and current.db is self:
            current.checkpoint = True
            return False
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection  # outside any transaction: SQLite checkpoints only there
            assert raw is not None
            busy: int = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            log.warning("the WAL of %s was not emptied: another connection held it past the busy timeout", self)
        return busy == 0

    def _batch(self) -> Session | None:
        current = _BATCH.get()
        return current.session if current is not None and current.db is self else None

    def dispose(self) -> None:
        self.engine.dispose()


def _make_private(path: Path) -> None:
    """The store's file made 0600 before SQLite opens it (so its -wal and -shm are made 0600 too), in a
    0700 folder; those of an older install are tightened."""
    private.private_dir(path.parent)
    private.create(path)
    private.tighten(*(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal")))
