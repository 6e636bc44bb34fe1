"""What the hub's hot path writes through SQLAlchemy Core (store.replication.insert_row and the rows put off
to a push's end) obeys the push's savepoints as the ORM's writes do: a change that fails leaves nothing,
not even its history or its feed rows, and the others keep theirs, in order. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from lobby_app.hub.capture import install
from lobby_app.services.context import Ctx
from lobby_app.store.replication import insert_row, insert_rows
from lobby_app.store.tables import Device, History, HubChange


def _write(ctx: Ctx, name: str) -> None:
    with ctx.db.write() as s:
        insert_row(s, Device, {"id": name, "name": name, "created_at": ctx.now()})
        history = {"at": ctx.now(), "device_id": name, "entity": "device", "entity_id": name, "action": "written"}
        insert_rows(s, History, [history], later=True)


@pytest.mark.dialect  # savepoints, and PostgreSQL's aborted transaction after a failed statement
@pytest.mark.parametrize("failing", ["raises", "statement"])
def test_a_failed_change_in_a_push_leaves_nothing_it_wrote_through_core(ctx: Ctx, failing: str):
    install(ctx.db, ctx.clock)  # as the hub runs: every shared row in the feed
    with ctx.db.batch():
        with ctx.db.savepoint():
            _write(ctx, "first")
        with pytest.raises(Exception), ctx.db.savepoint():  # noqa: B017 - either failure, both roll back
            _write(ctx, "failed")
            if failing == "raises":
                raise RuntimeError("refused after writing")
            _write(ctx, "first")  # the same key again: the store refuses the statement
        with ctx.db.savepoint(), ctx.db.write() as s:  # a write in a change's savepoint takes no savepoint of its own
            _write(ctx, "third")
            assert s.in_nested_transaction()
    with ctx.db.read() as s:
        devices = set(s.exec(select(Device.id)).all())
        history = s.exec(select(History.device_id).where(History.action == "written").order_by(col(History.seq))).all()
        fed = s.exec(
            select(HubChange.row_key).where(HubChange.table_name == "device").order_by(col(HubChange.seq))
        ).all()
    assert {"first", "third"} <= devices and "failed" not in devices
    assert history == ["first", "third"]
    assert fed[-2:] == ["first", "third"] and "failed" not in fed
