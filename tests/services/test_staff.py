"""Staff and sign-in through the services."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from lobby_app.domain.errors import DomainError
from lobby_app.domain.roles import Role
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.staff import create_staff, sign_in
from tests.conftest import row_counts


def test_the_first_staff_member_must_be_the_branch_head(ctx):
    with pytest.raises(DomainError) as e:
        create_staff(ctx, None, staff_no="1001", name="李娜", role="lobby_manager", pin="580274")
    assert (e.value.field, e.value.rule) == ("role", "first_is_head")


@pytest.mark.parametrize(
    ("kw", "field", "code"),
    [
        ({"name": "  "}, "name", "required"),
        ({"staff_no": ""}, "staff_no", "required"),
        ({"staff_no": "8001"}, "staff_no", "duplicate"),
        ({"role": "janitor"}, "role", "unknown"),
        ({"pin": "12"}, "pin", "length"),
    ],
)
def test_bad_staff_writes_nothing(ctx, team, kw, field, code):
    before = row_counts(ctx)
    with pytest.raises(DomainError) as e:
        create_staff(ctx, team.head, **({"staff_no": "1009", "name": "新人", "role": "teller", "pin": "580274"} | kw))
    assert (e.value.field, e.value.rule) == (field, code)
    assert row_counts(ctx) == before


def test_only_the_branch_head_adds_staff(ctx, team):
    with pytest.raises(DomainError) as e:
        create_staff(ctx, team.lobby, staff_no="1009", name="新人", role="teller", pin="580274")
    assert e.value.rule == "wrong_role"


def test_sign_in_checks_the_pin(ctx, team):
    actor, name, new_pin_needed = sign_in(ctx, staff_no="3001", pin="580274")
    assert actor.role is Role.WEALTH_MANAGER and name == "员工3001" and not new_pin_needed
    for staff_no, pin in (("3001", "4321"), ("9999", "580274")):
        with pytest.raises(DomainError) as e:
            sign_in(ctx, staff_no=staff_no, pin=pin)
        assert e.value.rule == "wrong_credentials"


def test_signing_in_on_a_device_signs_each_of_that_persons_changes_for_the_hub(ctx, team):
    """Each proof is of its own change, under the key of a session made from the person's secret, which
    stays where the person was created (on a device with no hub, this store)."""
    from sqlmodel import select

    from lobby_app.domain.pins import change_proof, session_end, signing_key
    from lobby_app.services.lobby import tag_and_refer
    from lobby_app.store.tables import LocalState, Outbox, StaffKey

    tag = {"purpose": "deposit", "amount_fen": 6_000_000}
    tag_and_refer(ctx, team.lobby, TagCustomer(**tag))  # nobody signed in here: unsigned, which the hub refuses
    sign_in(ctx, staff_no="1001", pin="580274")
    tag_and_refer(ctx, team.lobby, TagCustomer(**tag))
    with ctx.db.read() as s:
        entries = s.exec(select(Outbox).where(Outbox.name == "tag_customer").order_by(Outbox.seq)).all()
        kept = [row.value for row in s.exec(select(LocalState))]
        key = s.get(StaffKey, team.lobby.staff_id)
    assert (entries[0].session_id, entries[0].proof) == ("", "")
    made = entries[1]
    assert key is not None and len(key.secret) == 64  # random, made when the person was created
    signing = signing_key(key.secret, session_id=made.session_id, device_id=ctx.device_id, staff_id=team.lobby.staff_id)
    expected = change_proof(
        signing, mutation_id=made.mutation_id, name=made.name, args=made.args, staff_id=team.lobby.staff_id
    )
    assert made.proof == expected
    assert kept == [{"id": made.session_id, "key": signing, "pin_set_at": key_set_at(ctx, team.lobby.staff_id)}]
    # The session ends at the end of the branch day: midnight in Shanghai.
    ends = session_end(made.session_id)
    assert ends is not None and ends.astimezone(ctx.tz).time() == time(0) and ends > ctx.now()
    assert ends - ctx.now() <= timedelta(days=1)
    assert "580274" not in str(kept) and key.secret not in str(kept)  # neither the PIN nor the secret is kept


def key_set_at(ctx, staff_id: int) -> str:
    from lobby_app.store.tables import Staff

    with ctx.db.read() as s:
        person = s.get(Staff, staff_id)
    assert person is not None and person.pin_set_at is not None
    return person.pin_set_at.isoformat()
