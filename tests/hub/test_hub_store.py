"""The hub's store, on SQLite and on PostgreSQL: the same migrations, the same append-only history, and
write transactions that take turns (the services read, check a rule, then write)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import exc, inspect, text
from sqlmodel import SQLModel

from lobby_app.settings import Settings
from lobby_app.store.engine import Database
from lobby_app.store.migrate import current_revision, downgrade, head_revision, upgrade

from ..conftest import open_test_store
from .conftest import STORES


@pytest.fixture(params=STORES)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    d = Database(request.getfixturevalue("postgres_db") if request.param == "postgresql" else tmp_path / "hub.db")
    yield d
    d.dispose()


def test_migrations_go_up_down_and_up_again_and_match_the_tables(db: Database):
    upgrade(db)
    assert current_revision(db) == head_revision()
    downgrade(db, "base")
    assert current_revision(db) is None
    upgrade(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == [], "the tables and the migrations disagree: add a migration"


def test_history_is_append_only(db: Database):
    upgrade(db)
    with db.write() as s:
        s.exec(
            text(
                "INSERT INTO history (at, device_id, entity, entity_id, action, data) "  # type: ignore[call-overload]
                "VALUES ('2026-01-01T00:00:00+00:00', 'd', 'tag', '1', 'x', '{}')"
            )
        )
    for sql in ("UPDATE history SET action='y'", "DELETE FROM history"):
        with pytest.raises(exc.DatabaseError, match="append-only"), db.write() as s:
            s.exec(text(sql))  # type: ignore[call-overload]
    with db.read() as s:
        assert s.exec(text("SELECT action FROM history")).all() == [("x",)]  # type: ignore[call-overload]


def test_a_second_write_transaction_waits_for_the_first_and_sees_what_it_wrote(db: Database):
    upgrade(db)
    first_in, release, seen = threading.Event(), threading.Event(), []

    def first() -> None:
        with db.write() as s:
            s.exec(text("SELECT 1"))  # type: ignore[call-overload]  # a write session holds the lock from here
            first_in.set()
            release.wait(10)
            s.exec(text("INSERT INTO local_state (key, value) VALUES ('k', '1')"))  # type: ignore[call-overload]

    def second() -> None:
        first_in.wait(10)
        with db.write() as s:  # it reads, then writes what it read plus one: a lost update if it did not wait
            value = int(s.exec(text("SELECT value FROM local_state WHERE key = 'k'")).scalar_one())  # type: ignore[call-overload]
            seen.append(value)
            s.exec(text(f"UPDATE local_state SET value = '{value + 1}' WHERE key = 'k'"))  # type: ignore[call-overload]

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    first_in.wait(10)
    threads[1].join(0.3)  # the second is waiting for the lock, not done
    assert threads[1].is_alive() and seen == []
    release.set()
    for t in threads:
        t.join(10)
    assert seen == [1]
    with db.read() as s:
        assert s.exec(text("SELECT value FROM local_state WHERE key = 'k'")).scalar_one() in (2, "2")  # type: ignore[call-overload]


def schema_of(db: Database) -> dict[str, object]:
    """Tables with their columns, keys and indexes, the triggers, and the revision: what a store is made of."""
    with db.engine.connect() as conn:
        found = inspect(conn)
        tables = {
            name: (
                [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(name)],
                found.get_pk_constraint(name)["constrained_columns"],
                sorted((fk["constrained_columns"], fk["referred_table"]) for fk in found.get_foreign_keys(name)),
                sorted((ix["name"], ix["column_names"], ix["unique"]) for ix in found.get_indexes(name)),
            )
            for name in found.get_table_names()
        }
        triggers = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            if db.path is not None
            else "SELECT DISTINCT trigger_name FROM information_schema.triggers"
        ).all()
    return {"tables": tables, "triggers": sorted(triggers), "revision": current_revision(db)}


def test_the_copy_hub_tests_start_from_is_what_the_migrations_make(db: Database, request: pytest.FixtureRequest):
    """The hub's tests open a copy of a store migrated once per test process (conftest): it must be the
    same store that running the migrations on an empty one makes."""
    upgrade(db)
    if db.path is None:
        copy = Database(request.getfixturevalue("migrated_postgres_db"))
    else:
        copy = open_test_store(Settings(data_dir=db.path.parent / "copy")).db
    try:
        assert schema_of(copy) == schema_of(db)
        assert schema_of(db)["revision"] == head_revision() and schema_of(db)["triggers"]
    finally:
        copy.dispose()
