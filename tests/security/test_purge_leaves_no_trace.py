"""A purged customer is in no file of the SQLite store: not in the main file (secure_delete zeroes what
a purge replaces) and not in the WAL, which the purge empties."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from lobby_app.domain.money import yuan
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.lobby import tag_and_book_callback, tag_and_refer
from lobby_app.services.privacy import purge_now
from lobby_app.store.engine import Database

from ..hub.conftest import sign_in_here
from ..hub.test_sync import enrol

# Values no other row holds: found in a file, they can only be these customers'.
PURGED = ["13712340001", "13712340002", "欧阳娜娜", "司马懿然", "想买基金再看看", "下午三点后有空"]
KEPT = ["13712340009", "诸葛亮亮"]  # a customer who bought: kept


def store_bytes(db: Database) -> dict[str, bytes]:
    assert db.path is not None
    files = [db.path.with_name(db.path.name + end) for end in ("", "-wal", "-shm", "-journal")]
    return {f.name: f.read_bytes() for f in files if f.exists()}


def holding(files: dict[str, bytes], values: list[str]) -> dict[str, list[str]]:
    """For each value, the files whose bytes hold it (UTF-8, as SQLite keeps text)."""
    return {v: [name for name, data in files.items() if v.encode() in data] for v in values}


def test_after_a_purge_no_file_of_the_store_holds_the_purged_customers(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    tag = {"purpose": "deposit", "amount_fen": yuan(80_000), "phone_consent": True}
    left, _ = tag_and_refer(
        ctx, team.lobby, TagCustomer(**tag, address_as="欧阳娜娜", phone="13712340001"), note="想买基金再看看"
    )
    svc.accept(ctx, team.wm1, handoff_id=left.id)
    svc.meet(ctx, team.wm1, handoff_id=left.id)
    svc.record_outcome(ctx, team.wm1, handoff_id=left.id, outcome="not_converted", reason="再考虑")
    tag_and_book_callback(
        ctx,
        team.lobby,
        TagCustomer(**tag, address_as="司马懿然"),
        address_as="司马懿然",
        phone="13712340002",
        phone_consent=True,
        note="下午三点后有空",
    )
    bought, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**tag, address_as="诸葛亮亮", phone="13712340009"))
    svc.accept(ctx, team.wm1, handoff_id=bought.id)
    svc.meet(ctx, team.wm1, handoff_id=bought.id)
    svc.record_outcome(ctx, team.wm1, handoff_id=bought.id, outcome="converted", sales=[("fund", yuan(50_000))])
    before = holding(store_bytes(ctx.db), PURGED + KEPT)
    assert all(before.values()), before  # on disk before the purge: the test can see them

    clock.advance(days=91)
    assert purge_now(ctx, team.head)[1] == 2

    files = store_bytes(ctx.db)
    assert files.get("lobby.db-wal", b"") == b""  # emptied, not left for SQLite to write over some day
    assert holding(files, PURGED) == {v: [] for v in PURGED}
    assert all(holding(files, KEPT).values())  # the customer who bought is still there


def test_secure_delete_is_on_for_every_connection(ctx):
    with ctx.db.read() as s:
        assert s.execute(text("PRAGMA secure_delete")).scalar() == 1
    with ctx.db.write() as s:
        assert s.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_a_checkpoint_asked_for_inside_a_batch_runs_once_the_batch_has_committed(tmp_path: Path):
    """The hub replays a device's purge inside the batch of its push: the WAL is emptied after the commit."""
    db = Database(tmp_path / "hub.db")
    wal = tmp_path / "hub.db-wal"
    try:
        with db.write() as s:
            s.connection().exec_driver_sql("CREATE TABLE t (x)")
        with db.batch():
            with db.write() as s:
                s.connection().exec_driver_sql("INSERT INTO t VALUES ('13712340003')")
            assert db.checkpoint() is False  # not now: inside the batch's transaction
            assert wal.stat().st_size > 0
        assert wal.stat().st_size == 0
        assert b"13712340003" in (tmp_path / "hub.db").read_bytes()
        assert db.checkpoint() is True
    finally:
        db.dispose()


def test_a_purge_taken_from_the_hub_leaves_no_trace_on_the_device_either(hub, team, tmp_path, clock):
    tablet, desk = enrol(hub, tmp_path, "tablet"), enrol(hub, tmp_path, "desk")
    sign_in_here(tablet.ctx, tablet.link, "8001")  # the branch head, on the lobby tablet
    tag = TagCustomer(purpose="deposit", amount_fen=yuan(80_000), address_as="欧阳娜娜", phone="13712340001")
    left, _ = tag_and_refer(tablet.ctx, team.lobby, tag.model_copy(update={"phone_consent": True}))
    svc.cancel(tablet.ctx, team.lobby, handoff_id=left.id, reason="customer_left")
    tablet.sync()
    desk.sync()
    values = ["13712340001", "欧阳娜娜"]
    assert all(holding(store_bytes(desk.ctx.db), values).values())  # on the desk's disk
    clock.advance(days=91)
    sign_in_here(tablet.ctx, tablet.link, "8001")
    assert purge_now(tablet.ctx, team.head)[1] == 1
    tablet.sync()
    desk.sync()  # the desk takes the purged rows from the hub
    files = store_bytes(desk.ctx.db)
    assert files.get("lobby.db-wal", b"") == b""
    assert holding(files, values) == {v: [] for v in values}
