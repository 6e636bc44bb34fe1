"""Staff and sign-in through the services."""

from __future__ import annotations

import pytest

from lobby_app.domain.errors import DomainError
from lobby_app.domain.roles import Role
from lobby_app.services.staff import create_staff, sign_in
from tests.conftest import row_counts


def test_the_first_staff_member_must_be_the_branch_head(ctx):
    with pytest.raises(DomainError) as e:
        create_staff(ctx, None, staff_no="1001", name="李娜", role="lobby_manager", pin="1234")
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
        create_staff(ctx, team.head, **({"staff_no": "1009", "name": "新人", "role": "teller", "pin": "1234"} | kw))
    assert (e.value.field, e.value.rule) == (field, code)
    assert row_counts(ctx) == before


def test_only_the_branch_head_adds_staff(ctx, team):
    with pytest.raises(DomainError) as e:
        create_staff(ctx, team.lobby, staff_no="1009", name="新人", role="teller", pin="1234")
    assert e.value.rule == "wrong_role"


def test_sign_in_checks_the_pin(ctx, team):
    actor, name = sign_in(ctx, staff_no="3001", pin="1234")
    assert actor.role is Role.WEALTH_MANAGER and name == "员工3001"
    for staff_no, pin in (("3001", "4321"), ("9999", "1234")):
        with pytest.raises(DomainError) as e:
            sign_in(ctx, staff_no=staff_no, pin=pin)
        assert e.value.rule == "wrong_credentials"
