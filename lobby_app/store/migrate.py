"""Alembic migrations in db/, run before the app starts."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from ..paths import migrations_dir
from .engine import Database


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


def upgrade(db: Database, revision: str = "head") -> None:
    _run(db, lambda cfg: command.upgrade(cfg, revision))


def downgrade(db: Database, revision: str) -> None:
    """Back to an older schema (for tests of a migration's data step, and for undoing one by hand)."""
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
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()
