"""Setting up a real branch on an empty store: every field checked before anything is written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from lobby_app.domain.errors import DomainError
from lobby_app.services.branch_setup import (
    BranchSetup,
    branch_identity,
    branch_timezone,
    is_set_up,
    set_up_branch,
    setup_refusals,
)
from lobby_app.services.rules import schedule_in_force
from lobby_app.services.staff import sign_in
from tests.conftest import row_counts

SETUP = BranchSetup("城东支行", "CD0101", "Asia/Urumqi", date(2026, 9, 1), "8001", "周敏", "580274")


def test_a_branch_is_set_up_with_its_head_name_time_zone_and_roll_out(ctx):
    assert not is_set_up(ctx)
    set_up_branch(ctx, SETUP)
    assert is_set_up(ctx) and branch_identity(ctx) == ("城东支行", "CD0101")
    assert branch_timezone(ctx) == "Asia/Urumqi"
    assert sign_in(ctx, staff_no="8001", pin="580274").name == "周敏"
    with ctx.db.read() as s:
        assert schedule_in_force(s).rollout == date(2026, 9, 1)


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"name": " "}, "branch_name", "required"),
        ({"code": "CD-01"}, "branch_code", "bad_code"),
        ({"timezone": "Mars/Olympus"}, "timezone", "unknown"),
        ({"head_no": ""}, "staff_no", "required"),
        ({"head_name": ""}, "name", "required"),
        ({"head_pin": "123456"}, "pin", "trivial"),
        ({"head_pin": "5802"}, "pin", "length"),
    ],
)
def test_a_bad_field_is_named_and_nothing_is_written(ctx, change, field, rule):
    before = row_counts(ctx)
    with pytest.raises(DomainError) as refused:
        set_up_branch(ctx, replace(SETUP, **change))
    assert (refused.value.field, refused.value.rule) == (field, rule)
    assert row_counts(ctx) == before


def test_a_store_that_holds_a_branch_is_not_set_up_again(ctx, team):
    before = row_counts(ctx)
    with pytest.raises(DomainError) as refused:
        set_up_branch(ctx, replace(SETUP, head_no="8009"))
    assert refused.value.rule == "already_set_up" and row_counts(ctx) == before


def test_every_bad_field_is_named_at_once_for_a_form_to_show_each():
    bad = BranchSetup(" ", "CD-01", "Mars/Olympus", "2026-09-01", "80 01", "", "123456")  # type: ignore[arg-type]
    assert [(e.field, e.rule) for e in setup_refusals(bad)] == [
        ("branch_name", "required"),
        ("branch_code", "bad_code"),
        ("timezone", "unknown"),
        ("rollout", "bad_date"),
        ("staff_no", "bad_code"),
        ("name", "required"),
        ("pin", "trivial"),
    ]
    assert setup_refusals(SETUP) == []
