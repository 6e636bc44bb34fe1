"""Every command crosses the wire and comes back the same; a wrong shape is refused naming its field;
the version rule serves the current protocol and the one before, and no older (a request without the
header is version 1's, which is no longer served)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lobby_app.domain.errors import ValidationError
from lobby_app.protocol import COMMANDS, OLDEST, VERSION, check_version, parse_command
from lobby_app.protocol import commands as c
from lobby_app.protocol.versions import request_version

AT = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
ID = "00000000-0000-4000-8000-000000000001"

# One of each, with every field a device fills: what the outbox keeps for it must read back equal.
HASH = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaA"  # a one-time PIN's, as the head's device sends it
EXAMPLES: list[c.Command] = [
    c.TagCustomer(
        id=ID,
        purpose="deposit",
        amount_fen=8_000_000,
        products=["fund"],
        six_month_flow_fen=None,
        clear_intent=True,
        address_as="王先生",
        phone="13900138001",
        phone_consent=True,
        ticket="A012",
        eligible=True,
        standards_version=3,
        tagged_at=AT,
    ),
    c.Refer(id=ID, tag_id=ID, fast_track=True, note="到期转存", wm_id=4, wait_for_wm=True, at=AT),
    c.Offer(id=ID, wm_id=5),
    c.Accept(id=ID),
    c.Decline(id=ID, reason="other", text="客户是同事的"),
    c.Meet(id=ID),
    c.RecordOutcome(id=ID, outcome="converted", sales=[("fund", 5_000_000), ("insurance", 100)], shared_with=[2]),
    c.RecordOutcome(id=ID, outcome="follow_up", follow_up_at=AT),
    c.Cancel(id=ID, reason="customer_left"),
    c.BookCallback(id=ID, handoff_id=ID, tag_id=ID, address_as="李女士", phone=None, preferred_time=AT, note="下午"),
    c.CallbackNoAnswer(id=ID, retry_at=AT),
    c.SetPresence(staff_id=4, presence="away", away_reason="break"),
    c.Escalate(id=ID, missed_by=4),
    c.SetResponseTime(value=120),
    c.SetCoachingDays(value=7),
    c.SetRetentionDays(value=90),
    c.PurgePersonalData(before=AT),
    c.AllocateException(id=ID, shares=[(2, 60), (4, 40)], reason="两人共同营销"),
    c.DisputeCredit(id=ID, handoff_id=ID, reason="客户是我先接待的"),
    c.AddNote(id=ID, kind="coaching", staff_id=4, text="谈了如何一句话推荐"),
    c.EditStandards(data={"large_transaction_fen": {"deposit": 3_000_000}}, effective_from=AT, note="下调", version=2),
    c.CloseMonth(month="2026-03"),
    c.EditCreditPhases(data={"phases": [{"start": "2026-01-01", "referrer_percent": 80}]}, version=2),
    c.LockPin(id=ID, staff_id=3),
    c.AddStaff(staff_id=9, staff_no="1009", name="王芳", role="teller", pin_hash=HASH),
    c.DeactivateStaff(staff_id=9),
    c.ChangeRole(staff_id=9, role="lobby_manager"),
    c.ResetPin(staff_id=9, pin_hash=HASH),
    c.SetPlace(staff_id=6, place="2号理财室"),
]


def test_every_command_has_an_example_here():
    assert {type(e).NAME for e in EXAMPLES} == set(COMMANDS)


@pytest.mark.parametrize("command", EXAMPLES, ids=lambda e: type(e).NAME)
def test_a_command_reads_back_from_the_wire_as_it_was(command):
    wire = command.wire()
    assert parse_command(type(command).NAME, wire) == command
    assert parse_command(type(command).NAME, wire, version=OLDEST) == command  # the previous version's words


@pytest.mark.parametrize(
    ("name", "args", "field"),
    [
        ("accept", {}, "args.id"),
        ("accept", {"id": ""}, "args.id"),
        ("accept", {"id": "x" * 37}, "args.id"),
        ("tag_customer", {"purpose": "deposit"}, "args.id"),  # the id of a row a device made comes from it
        ("book_callback", {"id": ID, "tag_id": ID, "address_as": "李女士"}, "args.handoff_id"),
        ("accept", {"id": ID, "by": 3}, "args.by"),  # nothing a device adds is taken silently
        ("tag_customer", {"id": ID, "purpose": "deposit", "amount_fen": "80000"}, "args.amount_fen"),
        ("tag_customer", {"id": ID, "purpose": "deposit", "clear_intent": 1}, "args.clear_intent"),
        ("record_outcome", {"id": ID, "outcome": "converted", "sales": [["fund"]]}, "args.sales.0.1"),  # no amount
        ("callback_no_answer", {"id": ID, "retry_at": "2026-03-10T10:00:00"}, "args.retry_at"),  # no time zone
        ("set_presence", {"presence": ["away"]}, "args.presence"),
    ],
)
def test_a_wrong_shape_is_refused_naming_the_field(name, args, field):
    with pytest.raises(ValidationError) as refused:
        parse_command(name, args)
    assert (refused.value.field, refused.value.rule) == (field, "bad_args")


def test_an_unknown_command_is_refused_by_name():
    with pytest.raises(ValidationError) as refused:
        parse_command("drop_everything", {})
    assert (refused.value.field, refused.value.rule) == ("name", "unknown_mutation")


def test_the_hub_serves_its_version_and_the_one_before():
    assert (OLDEST, VERSION) == (4, 5)
    assert check_version(5) is None and check_version(4) is None
    too_old, too_new = check_version(3), check_version(6)
    assert too_old is not None and too_old.rule == "update_device" and "update the app" in too_old.message
    assert (too_old.device, too_old.hub_oldest, too_old.hub_newest) == (3, 4, 5)
    assert too_new is not None and too_new.rule == "update_hub" and "update the hub" in too_new.message
    assert (too_new.device, too_new.hub_oldest, too_new.hub_newest) == (6, 4, 5)


@pytest.mark.parametrize(
    ("header", "version"), [(None, 1), ("", 1), ("2", 2), (" 7 ", 7), ("two", None), ("2.0", None)]
)
def test_a_request_without_the_header_is_version_1_and_a_garbled_one_is_none(header, version):
    assert request_version(header) == version
