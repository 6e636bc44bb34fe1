"""Every shared row crosses the wire as its snapshot: each table has one, naming every column (so a new or
renamed column is a decision about the wire, made here), and a snapshot of the wrong shape is refused
naming the table and the field."""

from __future__ import annotations

import pytest

from lobby_app.domain.errors import ValidationError
from lobby_app.protocol import OLDEST, VERSION
from lobby_app.protocol.commands import TagCustomer
from lobby_app.protocol.rows import ROWS, VERSION_3_FIELDS, VERSION_3_NOTICES, for_version, read_snapshot, snapshot
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


def test_version_3s_words_are_todays_less_what_version_4_added():
    """Version 3's tables and fields are still in today's snapshots (a row worded for it holds every field
    it names); version 4 added the branch's notes, two fields to a tag and three to a credit exception."""
    assert OLDEST == 3  # the version before; its words go when the hub no longer serves it
    assert set(ROWS) - set(VERSION_3_FIELDS) == {"branch_note"}
    added = {t: set(ROWS[t].model_fields) - fields for t, fields in VERSION_3_FIELDS.items()}
    assert {t: a for t, a in added.items() if a} == {
        "customer_tag": {"not_referred_reason", "not_referred_text"},
        "credit_exception": {"raised_by", "raised_reason", "took_part"},
    }
    assert all(fields <= set(ROWS[t].model_fields) for t, fields in VERSION_3_FIELDS.items())


def test_a_row_is_worded_for_version_3_or_not_sent_to_it():
    at = "2026-03-10T02:00:00Z"
    note = {"id": "n", "kind": "problem", "staff_id": None, "text": "t", "created_by": 1, "created_at": at}
    notice = {"id": "x", "staff_id": 2, "kind": "no_answer", "handoff_id": None, "data": {}, "created_at": at}
    exception = {
        "id": "e",
        "handoff_id": "h",
        "total_fen": 100,
        "why": "disputed",
        "referral_date": "2026-03-10",
        "created_at": at,
        "allocated_by": None,
        "allocated_at": None,
        "allocation_reason": "",
        "raised_by": 2,
        "raised_reason": "r",
    }
    assert for_version("branch_note", note, 3) is None  # a table version 3 does not know
    assert for_version("notification", notice | {"kind": "converted"}, 3) is None  # nor this notice
    assert notice["kind"] in VERSION_3_NOTICES and for_version("notification", notice, 3) == notice
    worded = for_version("credit_exception", exception, 3)
    assert worded is not None and worded.keys() == VERSION_3_FIELDS["credit_exception"]
    assert for_version("credit_exception", exception, VERSION) == exception  # today's words: as it is
    assert for_version("branch_note", note, VERSION) == note
