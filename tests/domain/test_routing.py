"""Routing: fast-track first, the customer's own wealth manager, the least loaded, the expected wait."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from lobby_app.domain.routing import (
    DEFAULT_MEETING,
    Presence,
    Waiting,
    WealthManagerState,
    choose_wealth_manager,
    expected_wait,
    queue_order,
)

NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
AV, BUSY, AWAY = Presence.AVAILABLE, Presence.WITH_CUSTOMER, Presence.AWAY


def wm(i, presence, since_min=30, load=0):
    return WealthManagerState(i, presence, NOW - timedelta(minutes=since_min), load)


def test_fast_track_goes_to_the_head_of_the_queue():
    items = [
        Waiting("a", False, NOW),
        Waiting("b", True, NOW + timedelta(minutes=5)),
        Waiting("c", False, NOW - timedelta(minutes=1)),
    ]
    assert [w.handoff_id for w in queue_order(items)] == ["b", "c", "a"]


def test_own_wealth_manager_first_when_available():
    assert choose_wealth_manager([wm(1, AV), wm(2, AV, load=1)], preferred=2) == 2


def test_own_wealth_manager_busy_goes_to_the_least_loaded():
    assert choose_wealth_manager([wm(1, AV, load=2), wm(2, BUSY), wm(3, AV, load=1)], preferred=2) == 3


def test_ties_go_to_the_one_available_longest_and_declined_are_skipped():
    wms = [wm(1, AV, since_min=5), wm(2, AV, since_min=50)]
    assert choose_wealth_manager(wms) == 2
    assert choose_wealth_manager(wms, exclude=[2]) == 1
    assert choose_wealth_manager([wm(1, AWAY), wm(2, BUSY)]) is None


def test_expected_wait_from_recent_meetings():
    meetings = [timedelta(minutes=m) for m in (10, 20, 30)]  # median 20
    wms = [wm(1, BUSY, since_min=5), wm(2, BUSY, since_min=12)]
    assert expected_wait(position=0, wms=wms, recent_meetings=meetings, now=NOW) == timedelta(minutes=8)
    assert expected_wait(position=1, wms=wms, recent_meetings=meetings, now=NOW) == timedelta(minutes=15)
    assert expected_wait(position=2, wms=wms, recent_meetings=meetings, now=NOW) == timedelta(minutes=28)


def test_expected_wait_is_zero_with_someone_free_and_unknown_with_nobody_on_duty():
    assert expected_wait(position=0, wms=[wm(1, AV)], recent_meetings=[], now=NOW) == timedelta(0)
    assert expected_wait(position=1, wms=[wm(1, AV)], recent_meetings=[], now=NOW) == DEFAULT_MEETING
    assert expected_wait(position=0, wms=[wm(1, AWAY)], recent_meetings=[], now=NOW) is None
