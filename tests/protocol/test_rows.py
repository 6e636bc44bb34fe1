"""Every shared row crosses the wire as its snapshot: each table has one, naming every column (so a new or
renamed column is a decision about the wire, made here), and a snapshot of the wrong shape is refused
naming the table and the field."""

from __future__ import annotations

import pytest

from lobby_app.domain.errors import ValidationError
from lobby_app.protocol import OLDEST, VERSION
from lobby_app.protocol.commands import TagCustomer
from lobby_app.protocol.rows import ROWS, VERSION_4_FIELDS, VERSION_4_NOTICES, for_version, read_snapshot, snapshot
from lobby_app.store.replication import SHARED


def test_every_shared_table_has_a_snapshot_with_every_column():
    assert set(ROWS) == set(SHARED)
    for table, model in SHARED.items():
        columns = {c.name for c in model.__table__.columns}  # type: ignore[attr-defined]
        assert set(ROWS[table].model_fields) == columns, table


def test_a_row_reads_back_from_its_snapshot_as_the_hub_had_it(ctx, team):
    from lobby_app.services.lobby import tag_and_refer
    from lobby_app.store.tables import Handoff

    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=8_000_000))
    with ctx.db.read() as s:
        row = s.get(Handoff, change.id)
    assert row is not None
    wire = snapshot("handoff", row.model_dump())
    assert isinstance(wire["created_at"], str) and isinstance(wire["referral_date"], str)  # JSON values
    assert read_snapshot("handoff", wire) == row.model_dump()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"staff_id": 4, "presence": "available"}, "presence.since"),  # a column missing
        ({"staff_id": 4, "presence": "available", "since": "2026-03-10T10:00:00"}, "presence.since"),  # no zone
        ({"staff_id": 4, "presence": "away", "since": "2026-03-10T02:00:00Z", "mood": "tired"}, "presence.mood"),
    ],
)
def test_a_snapshot_of_the_wrong_shape_is_refused_naming_the_table_and_field(data, field):
    with pytest.raises(ValidationError) as refused:
        read_snapshot("presence", data)
    assert (refused.value.field, refused.value.rule) == (field, "bad_row")


def test_version_4s_words_are_todays_less_what_version_5_added():
    """Version 4's tables and fields are still in today's snapshots (a row worded for it holds every field
    it names); version 5 added where a wealth manager receives customers (staff.place), and nothing else."""
    assert OLDEST == 4  # the version before; its words go when the hub no longer serves it
    assert set(ROWS) == set(VERSION_4_FIELDS)
    added = {t: set(ROWS[t].model_fields) - fields for t, fields in VERSION_4_FIELDS.items()}
    assert {t: a for t, a in added.items() if a} == {"staff": {"place"}}
    assert all(fields <= set(ROWS[t].model_fields) for t, fields in VERSION_4_FIELDS.items())


def test_a_row_is_worded_for_version_4_or_not_sent_to_it():
    at = "2026-03-10T02:00:00Z"
    staff = {"id": 6, "staff_no": "3001", "name": "李明", "role": "wealth_manager", "active": True}
    staff |= {"created_at": at, "pin_set_at": at, "place": "2号理财室"}
    notice = {"id": "x", "staff_id": 2, "kind": "converted", "handoff_id": None, "data": {}, "created_at": at}
    worded = for_version("staff", staff, 4)
    assert worded is not None and worded.keys() == VERSION_4_FIELDS["staff"] and "place" not in worded
    assert notice["kind"] in VERSION_4_NOTICES and for_version("notification", notice, 4) == notice
    assert for_version("notification", notice | {"kind": "a_later_kind"}, 4) is None  # a notice it cannot read
    assert for_version("staff", staff, VERSION) == staff  # today's words: as it is
