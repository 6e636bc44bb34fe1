"""The local store on a real SQLite file: PRAGMAs, migrations, append-only history, crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from lobby_app.protocol.commands import TagCustomer
from lobby_app.store.engine import Database
from lobby_app.store.migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path):
    d = Database(tmp_path / "lobby.db")
    yield d
    d.dispose()


def test_pragmas_on_every_connection(db: Database):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_only_a_write_marked_not_durable_skips_the_fsync(db: Database):
    """Rows copied from the hub commit with synchronous=NORMAL; every other transaction on the same pooled
    connection, before and after, with FULL (2), so a person's entry is never written without its fsync."""
    seen = []
    for durable in (True, False, False, True, False):
        with db.write(durable=durable) as s:
            seen.append((durable, s.execute(text("PRAGMA synchronous")).scalar()))
        with db.read() as s:
            seen.append(("read", s.execute(text("PRAGMA synchronous")).scalar()))
    assert seen == [
        (True, 2),
        ("read", 2),
        (False, 1),
        ("read", 2),
        (False, 1),
        ("read", 2),
        (True, 2),
        ("read", 2),
        (False, 1),
        ("read", 2),
    ]
    assert db.engine.pool.checkedin() == 1  # all of it on one connection: the mode was set back each time


def test_write_transactions_begin_immediate(db: Database):
    """A write session holds the write lock from its first statement: a second writer must wait."""
    upgrade(db)
    other = Database(db.path)
    other.engine.pool.dispose()
    with db.write() as s:
        s.exec(text("SELECT 1"))  # type: ignore[call-overload]
        raw = other.engine.raw_connection()
        raw.execute("PRAGMA busy_timeout=0")
        with pytest.raises(Exception, match="locked"):
            raw.execute("BEGIN IMMEDIATE")
        raw.close()
    other.dispose()


def test_a_batch_is_one_transaction_whose_failed_write_rolls_back_alone(db: Database):
    """Inside `batch()` each write is a savepoint: a failed one leaves nothing, the others commit together,
    and reads inside see the writes before them while another connection sees nothing until the end."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (n INTEGER PRIMARY KEY)")
    with db.batch():
        with db.write() as s:
            s.execute(text("INSERT INTO t VALUES (1)"))
        with pytest.raises(ValueError), db.write() as s:
            s.execute(text("INSERT INTO t VALUES (2)"))
            raise ValueError("refused after writing")
        with db.write() as s:
            s.execute(text("INSERT INTO t VALUES (3)"))
        with db.read() as s:
            assert s.execute(text("SELECT n FROM t ORDER BY n")).scalars().all() == [1, 3]
        outside = Database(db.path)
        with outside.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0  # not committed yet
        outside.dispose()
    with db.read() as s:
        assert s.execute(text("SELECT n FROM t ORDER BY n")).scalars().all() == [1, 3]
    with pytest.raises(RuntimeError, match="batch"), db.savepoint():
        pass  # outside a batch there is no transaction to roll back to


# Migrations (up, down, up, matching the tables) and the append-only history are tested on SQLite and
# PostgreSQL alike in tests/hub/test_hub_store.py.


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    from lobby_app.services.context import Ctx
    from lobby_app.services.staff import ensure_device
    from lobby_app.services.rules import ensure_defaults
    from lobby_app.protocol.commands import TagCustomer
    from lobby_app.services.tagging import tag_customer
    from lobby_app.domain.roles import Actor, Role
    from lobby_app.store.engine import Database
    from lobby_app.store.migrate import upgrade
    from lobby_app.store.tables import Staff

    db = Database(Path(sys.argv[1]))
    upgrade(db)
    ctx = Ctx(db=db, device_id="crash-test")
    ensure_device(ctx, name="crash")
    ensure_defaults(ctx)
    with db.write() as s:
        s.add(Staff(id=1, staff_no="1", name="x", role="lobby_manager", created_at=datetime.now(UTC)))
    n = 0
    while True:
        _, verdict = tag_customer(ctx, Actor(1, Role.LOBBY_MANAGER), TagCustomer(purpose="deposit", amount_fen=n))
        n += 1
        print(n, flush=True)  # confirmed to the user only after the commit returned
    """
)


@pytest.mark.slow
def test_sigkill_while_writing_loses_nothing_confirmed(tmp_path: Path, children):
    path = tmp_path / "crash.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = children.start([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    confirmed = 0
    deadline = time.monotonic() + 60
    while confirmed < 150 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        confirmed = int(line)
    os.kill(proc.pid, signal.SIGKILL)  # in the middle of the next write
    proc.wait(timeout=10)
    for line in proc.stdout:  # lines printed before the kill landed are confirmed too
        confirmed = max(confirmed, int(line))
    assert confirmed >= 150, "the writer did not get going"
    db = Database(path)
    try:
        with db.read() as s:
            assert s.exec(text("PRAGMA integrity_check")).one() == ("ok",)  # type: ignore[call-overload]
            amounts = {a for (a,) in s.exec(text("SELECT amount_fen FROM customer_tag"))}  # type: ignore[call-overload]
            history = s.exec(text("SELECT count(*) FROM history WHERE entity='tag'")).one()[0]  # type: ignore[call-overload]
        assert set(range(confirmed)) <= amounts
        assert history == len(amounts)  # every tag has its history row: they committed together
    finally:
        db.dispose()


def test_migration_0002_keeps_old_conversions_as_one_sales_line(ctx, team):
    """A store made before sales lines existed: each conversion becomes one line with the whole amount."""
    from lobby_app.domain.money import yuan
    from lobby_app.services import handoffs
    from lobby_app.services.lobby import tag_and_refer
    from lobby_app.store.migrate import downgrade

    handoffs.set_presence(ctx, team.wm1, presence="available")
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(60_000)))
    handoffs.accept(ctx, team.wm1, handoff_id=change.id)
    handoffs.meet(ctx, team.wm1, handoff_id=change.id)
    handoffs.record_outcome(ctx, team.wm1, handoff_id=change.id, outcome="converted", sales=[("fund", 123_45)])
    downgrade(ctx.db, "0001")
    with ctx.db.engine.connect() as conn:
        columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(handoff)")}
    assert "outcome_sales" not in columns
    upgrade(ctx.db)
    with ctx.db.engine.connect() as conn:
        sales = conn.exec_driver_sql("SELECT outcome_sales FROM handoff").scalar()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on after the migration
    assert json.loads(sales) == [["fund", 123_45]]


def test_the_quick_head_read_from_file_names_is_alembics_head_and_each_file_is_its_revision():
    from pathlib import Path

    from alembic.script import ScriptDirectory

    from lobby_app.store.migrate import _config, head_revision, newest_revision

    assert newest_revision() == head_revision()
    for script in ScriptDirectory.from_config(_config()).walk_revisions():
        assert Path(script.path).name.startswith(f"{script.revision}_"), script.path
