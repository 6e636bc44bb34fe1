"""Referral credit: DOMAIN.md's phases, half-up rounding to the fen, exact sums."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lobby_app.domain.credit import (
    add_months,
    allocate,
    default_schedule,
    phase_for,
    schedule_from_dict,
    schedule_to_dict,
    split,
)
from lobby_app.domain.errors import ValidationError
from lobby_app.domain.money import MAX_AMOUNT_FEN

ROLLOUT = date(2026, 1, 15)
SCHEDULE = default_schedule(ROLLOUT)


@pytest.mark.parametrize(
    ("day", "phase", "percent"),
    [
        (date(2026, 1, 15), 0, 80),
        (date(2026, 4, 14), 0, 80),  # last day of the first 3 months
        (date(2026, 4, 15), 1, 60),
        (date(2026, 7, 14), 1, 60),
        (date(2026, 7, 15), 2, 50),
        (date(2030, 1, 1), 2, 50),
        (date(2025, 12, 31), 0, 80),  # before roll-out: phase 1 applies
    ],
)
def test_default_phases_by_referral_date(day, phase, percent):
    index, p = phase_for(SCHEDULE, day)
    assert (index, p.referrer_percent) == (phase, percent)


def test_months_are_calendar_months():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("total", "percent", "referrer", "seller"),
    [
        (100_000, 80, 80_000, 20_000),
        (1, 50, 1, 0),  # 0.5 fen rounds half up to the referrer
        (3, 50, 2, 1),  # 1.5 → 2
        (5, 60, 3, 2),  # exactly 3.0
        (7, 60, 4, 3),  # 4.2 → 4
        (9, 50, 5, 4),  # 4.5 → 5
        (0, 80, 0, 0),
    ],
)
def test_referrer_rounded_half_up_seller_gets_the_rest(total, percent, referrer, seller):
    assert split(total, percent) == (referrer, seller)


@given(st.integers(0, MAX_AMOUNT_FEN), st.integers(0, 100))
def test_every_split_adds_up_exactly(total, percent):
    referrer, seller = split(total, percent)
    assert referrer + seller == total and referrer >= 0 and seller >= 0
    assert abs(referrer * 100 - total * percent) <= 50  # within half a fen of the exact share


@given(
    st.integers(0, MAX_AMOUNT_FEN),
    st.lists(st.integers(0, 100), min_size=1, max_size=6).filter(lambda ps: sum(ps) <= 100),
)
def test_every_allocation_adds_up_exactly(total, percents):
    percents = [*percents, 100 - sum(percents)]
    parts = allocate(total, list(enumerate(percents)))
    assert sum(fen for _, fen in parts) == total
    for (_, fen), p in zip(parts, percents, strict=True):
        assert abs(fen * 100 - total * p) < 100  # never more than one fen from the exact share


def test_allocation_shares_must_make_100_percent():
    with pytest.raises(ValidationError) as e:
        allocate(1000, [(1, 50), (2, 40)])
    assert (e.value.field, e.value.rule) == ("shares", "not_100")
    with pytest.raises(ValidationError) as e:
        allocate(1000, [(1, 150), (2, -50)])
    assert e.value.rule == "out_of_range"


@pytest.mark.parametrize(
    ("phases", "field", "code"),
    [
        ([], "phases", "required"),
        ([{"start": "2026-01-01", "referrer_percent": 101}], "phases[0].referrer_percent", "out_of_range"),
        ([{"start": "2026-01-01", "referrer_percent": -1}], "phases[0].referrer_percent", "out_of_range"),
        ([{"start": "2026-01-01", "referrer_percent": "80%"}], "phases[0].referrer_percent", "not_a_number"),
        ([{"start": "soon", "referrer_percent": 80}], "phases[0].start", "bad_date"),
        (
            [{"start": "2026-04-01", "referrer_percent": 80}, {"start": "2026-03-01", "referrer_percent": 60}],
            "phases[1].start",
            "overlaps",
        ),
    ],
)
def test_bad_schedules_are_refused(phases, field, code):
    with pytest.raises(ValidationError) as e:
        schedule_from_dict({"phases": phases}, version=2)
    assert (e.value.field, e.value.rule) == (field, code)


def test_schedule_round_trip():
    assert schedule_from_dict(schedule_to_dict(SCHEDULE), version=1) == SCHEDULE
