"""The SQLite engine: WAL, synchronous=FULL, foreign keys, busy timeout, IMMEDIATE write transactions.

Created in the composition root (never at import). Writes go through `Database.write()`, which
begins IMMEDIATE so two writers never deadlock on a lock upgrade (sqlite.org/isolation.html).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

BUSY_TIMEOUT_MS = 10_000


def _configure(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Autocommit at the driver level: we emit BEGIN ourselves in the "begin" hook below.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One SQLite file: `read()` and `write()` sessions, each a single transaction."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(f"sqlite:///{self.path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure(self.engine)
        self._writer = self.engine.execution_options(sqlite_immediate=True)
        # The hub hangs its change capture on every write session here (lobby_app/hub/capture.py).
        self.on_write: Callable[[Session], None] | None = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One IMMEDIATE transaction: committed when the block ends, rolled back on any error."""
        with Session(self._writer, expire_on_commit=False) as session:
            if self.on_write is not None:
                self.on_write(session)
            with session.begin():
                yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
