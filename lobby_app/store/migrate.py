"""Alembic migrations in db/, run before the app starts.

Alembic is imported only when a store is behind: on an everyday start the store is up to date, and
importing alembic would cost about 160 ms and 17 MB of the start (docs/benchmarks.md, start-up).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from ..paths import migrations_dir
from .engine import Database

if TYPE_CHECKING:
    from alembic.config import Config


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def newest_revision() -> str:
    """The head of db/versions, read from the file names: revisions are numbered in one line
    (0001_…, 0002_…), each file's revision id being its number (a test holds alembic to this)."""
    return max(p.name.split("_", 1)[0] for p in migrations_dir().joinpath("versions").glob("[0-9]*_*.py"))


def upgrade(db: Database, revision: str = "head") -> None:
    if revision == "head" and _stored_revision(db) == newest_revision():
        return
    from alembic import command

    _run(db, lambda cfg: command.upgrade(cfg, revision))


def _stored_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def downgrade(db: Database, revision: str) -> None:
    """Back to an older schema (for tests of a migration's data step, and for undoing one by hand)."""
    from alembic import command

    _run(db, lambda cfg: command.downgrade(cfg, revision))


def _run(db: Database, step: Callable[[Config], None]) -> None:
    """One transaction. On SQLite with foreign keys off, as its procedure for schema changes asks: a
    batch migration copies a table, drops it and renames the copy, which enforced keys would refuse
    (sqlite.org/lang_altertable.html). The keys are checked before the commit instead. PostgreSQL
    alters tables in place, inside the transaction, keys enforced."""
    cfg = _config()
    if db.postgres:
        with db.engine.connect() as conn, conn.begin():
            cfg.attributes["connection"] = conn
            step(cfg)
        return
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, or SQLite ignores it
        try:
            with conn.execution_options(sqlite_immediate=True).begin():
                cfg.attributes["connection"] = conn
                step(cfg)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration left rows whose foreign keys point nowhere: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    """Alembic's own reading of the head (newest_revision is the quick one)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()
