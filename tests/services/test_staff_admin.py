"""The branch head runs the staff on a device with no hub: add with a one-time PIN, change a role,
reset a PIN, deactivate. Each is a command (checked again at the hub: tests/hub/test_staff_at_hub.py)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from lobby_app.domain.errors import DomainError
from lobby_app.domain.routing import Presence
from lobby_app.protocol.commands import ChangeRole, DeactivateStaff, SetPlace, TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import referral, tag_and_refer
from lobby_app.services.staff import sign_in
from lobby_app.services.staff_admin import (
    add_staff,
    change_role,
    colleagues,
    deactivate_staff,
    new_colleague,
    new_pin_for,
    reset_pin,
    set_place,
)
from lobby_app.store.tables import Handoff, Outbox
from tests.conftest import row_counts

ONE_TIME, OWN = "318642", "704215"


def refused(call) -> tuple[str, str]:
    with pytest.raises(DomainError) as e:
        call()
    return e.value.field, e.value.rule


def test_a_new_colleague_signs_in_with_the_one_time_pin_and_must_choose_their_own(ctx, team):
    command = new_colleague(ctx, staff_no="1002", name="王芳", role="lobby_manager", pin=ONE_TIME)
    assert ONE_TIME not in command.pin_hash and command.pin_hash.startswith("$argon2id$")
    add_staff(ctx, team.head, command)
    with ctx.db.read() as s:
        sent = s.exec(select(Outbox).where(Outbox.name == "add_staff")).one()
    assert ONE_TIME not in str(sent.args)  # only the hash travels
    first = sign_in(ctx, staff_no="1002", pin=ONE_TIME)
    assert first.name == "王芳" and first.new_pin_needed
    assert [c.name for c in colleagues(ctx) if c.staff_no == "1002"] == ["王芳"]


@pytest.mark.parametrize(
    ("typed", "field", "rule"),
    [
        ({"staff_no": "1001"}, "staff_no", "duplicate"),
        ({"staff_no": "10-02"}, "staff_no", "bad_code"),
        ({"name": " "}, "name", "required"),
        ({"role": "janitor"}, "role", "unknown"),
        ({"pin": "123456"}, "pin", "trivial"),
        ({"pin": "31864"}, "pin", "length"),
    ],
)
def test_a_bad_field_for_a_new_colleague_is_named_and_nothing_is_written(ctx, team, typed, field, rule):
    before = row_counts(ctx)
    fields = {"staff_no": "1002", "name": "王芳", "role": "lobby_manager", "pin": ONE_TIME} | typed
    assert refused(lambda: add_staff(ctx, team.head, new_colleague(ctx, **fields))) == (field, rule)
    assert row_counts(ctx) == before


def test_only_the_branch_head_changes_the_staff_and_a_forged_hash_is_refused(ctx, team):
    command = new_colleague(ctx, staff_no="1002", name="王芳", role="teller", pin=ONE_TIME)
    assert refused(lambda: add_staff(ctx, team.lobby, command)) == ("actor", "wrong_role")
    forged = command.model_copy(update={"pin_hash": "318642"})
    assert refused(lambda: add_staff(ctx, team.head, forged)) == ("pin_hash", "bad_hash")
    taken = command.model_copy(update={"staff_id": team.lobby.staff_id})
    assert refused(lambda: add_staff(ctx, team.head, taken)) == ("staff_id", "taken")


def test_someone_deactivated_cannot_sign_in_and_the_customer_they_held_goes_to_a_colleague(ctx, team):
    handoffs.set_presence(ctx, team.wm1, presence="available")
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=8_000_000))
    handoffs.accept(ctx, team.wm1, handoff_id=change.id)
    handoffs.set_presence(ctx, team.wm2, presence="available")
    deactivate_staff(ctx, team.head, DeactivateStaff(staff_id=team.wm1.staff_id))
    with ctx.db.read() as s:
        held = s.get(Handoff, change.id)
    assert held is not None and (held.state, held.assignee_id) == ("offered", team.wm2.staff_id)
    assert refused(lambda: sign_in(ctx, staff_no="3001", pin="580274")) == ("pin", "wrong_credentials")
    assert [c.active for c in colleagues(ctx) if c.staff_no == "3001"] == [False]  # still on record
    again = DeactivateStaff(staff_id=team.wm1.staff_id)
    assert refused(lambda: deactivate_staff(ctx, team.head, again)) == ("staff_id", "inactive")


def test_the_branch_keeps_an_active_branch_head(ctx, team):
    before = row_counts(ctx)
    leaving = DeactivateStaff(staff_id=team.head.staff_id)
    assert refused(lambda: deactivate_staff(ctx, team.head, leaving)) == ("staff_id", "last_head")
    demoted = ChangeRole(staff_id=team.head.staff_id, role="lobby_manager")
    assert refused(lambda: change_role(ctx, team.head, demoted)) == ("staff_id", "last_head")
    assert row_counts(ctx) == before
    change_role(ctx, team.head, ChangeRole(staff_id=team.lobby.staff_id, role="branch_head"))
    change_role(ctx, team.head, demoted)  # another head now: allowed
    assert {c.staff_no: c.role for c in colleagues(ctx)}["8001"] == "lobby_manager"


def test_a_wealth_manager_moved_to_the_lobby_hands_back_what_they_held(ctx, team):
    handoffs.set_presence(ctx, team.wm1, presence="available")
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=8_000_000))
    change_role(ctx, team.head, ChangeRole(staff_id=team.wm1.staff_id, role="lobby_manager"))
    with ctx.db.read() as s:
        held = s.get(Handoff, change.id)
    assert held is not None and (held.state, held.assignee_id) == ("queued", None)  # nobody else is free


def test_a_reset_pin_replaces_the_forgotten_one_opens_a_lock_and_must_be_changed(ctx, team):
    for _ in range(5):
        refused(lambda: sign_in(ctx, staff_no="1001", pin="975310"))
    assert refused(lambda: sign_in(ctx, staff_no="1001", pin="580274")) == ("pin", "locked")
    reset_pin(ctx, team.head, new_pin_for(ctx, staff_id=team.lobby.staff_id, pin=OWN))
    assert refused(lambda: sign_in(ctx, staff_no="1001", pin="580274")) == ("pin", "wrong_credentials")
    assert sign_in(ctx, staff_no="1001", pin=OWN).new_pin_needed


def test_the_session_of_someone_deactivated_signs_nothing_more(ctx, team):
    sign_in(ctx, staff_no="1001", pin="580274")
    deactivate_staff(ctx, team.head, DeactivateStaff(staff_id=team.lobby.staff_id))
    tag = TagCustomer(purpose="deposit", amount_fen=8_000_000)
    assert refused(lambda: tag_and_refer(ctx, team.lobby, tag)) == ("actor", "session_ended")


# Where a wealth manager receives customers: the lobby tells the customer when they accept.


def test_the_head_sets_where_a_wealth_manager_receives_customers_and_the_lobby_says_it(ctx, team):
    set_place(ctx, team.head, SetPlace(staff_id=team.wm1.staff_id, place=" 2号理财室 "))
    assert next(c.place for c in colleagues(ctx) if c.staff_id == team.wm1.staff_id) == "2号理财室"
    handoffs.set_presence(ctx, team.wm1, presence=Presence.AVAILABLE)
    tag = TagCustomer(purpose="deposit", amount_fen=5_000_000, address_as="王先生")
    changes, _ = tag_and_refer(ctx, team.lobby, tag, wm_id=team.wm1.staff_id)
    handoffs.accept(ctx, team.wm1, handoff_id=changes.id)
    assert referral(ctx, changes.id).place == "2号理财室"
    set_place(ctx, team.head, SetPlace(staff_id=team.wm1.staff_id, place=""))  # cleared: the name only
    assert referral(ctx, changes.id).place == ""


@pytest.mark.parametrize(
    ("who", "whose", "place", "field", "rule"),
    [
        ("lobby", "wm1", "2号理财室", "actor", "wrong_role"),
        ("head", "lobby", "2号理财室", "place", "not_wealth_manager"),
        ("head", "wm1", "室" * 25, "place", "too_long"),
        ("head", "wm1", "2号\n理财室", "place", "one_line"),
        ("head", "wm1", "2号\t理财室", "place", "control_chars"),
    ],
)
def test_a_place_refused_names_the_field_and_changes_nothing(ctx, team, who, whose, place, field, rule):
    before = row_counts(ctx)
    command = SetPlace(staff_id=getattr(team, whose).staff_id, place=place)
    assert refused(lambda: set_place(ctx, getattr(team, who), command)) == (field, rule)
    assert row_counts(ctx) == before
    assert all(c.place == "" for c in colleagues(ctx))


def test_a_place_of_24_characters_is_taken(ctx, team):
    set_place(ctx, team.head, SetPlace(staff_id=team.wm2.staff_id, place="室" * 24))
    assert next(c.place for c in colleagues(ctx) if c.staff_id == team.wm2.staff_id) == "室" * 24
