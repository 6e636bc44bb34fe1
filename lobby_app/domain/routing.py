"""Who receives a referred customer, in which order, and how long the customer will wait."""

from __future__ import annotations

import heapq
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

DEFAULT_MEETING = timedelta(minutes=15)  # until the branch has its own history


class Presence(StrEnum):
    AVAILABLE = "available"
    WITH_CUSTOMER = "with_customer"
    AWAY = "away"  # break, meeting, training
    OFFLINE = "offline"


@dataclass(frozen=True, slots=True)
class WealthManagerState:
    staff_id: int
    presence: Presence
    since: datetime  # when the presence last changed
    load: int = 0  # handoffs offered to or held by this wealth manager now


@dataclass(frozen=True, slots=True)
class Waiting:
    handoff_id: str
    fast_track: bool
    referred_at: datetime


def queue_order(items: Iterable[Waiting]) -> list[Waiting]:
    """Fast-track first (DOMAIN.md, special situation 2), then by time waited."""
    return sorted(items, key=lambda w: (not w.fast_track, w.referred_at, w.handoff_id))


def choose_wealth_manager(
    wms: Sequence[WealthManagerState], *, preferred: int | None = None, exclude: Iterable[int] = ()
) -> int | None:
    """The customer's own wealth manager if available; else the least loaded available one.

    Ties go to whoever has been available longest. None when nobody is free.
    """
    skip = set(exclude)
    free = [w for w in wms if w.presence is Presence.AVAILABLE and w.staff_id not in skip]
    if not free:
        return None
    for w in free:
        if w.staff_id == preferred:
            return w.staff_id
    return min(free, key=lambda w: (w.load, w.since, w.staff_id)).staff_id


def typical_meeting(recent: Sequence[timedelta]) -> timedelta:
    return timedelta(seconds=statistics.median(t.total_seconds() for t in recent)) if recent else DEFAULT_MEETING


def expected_wait(
    *, position: int, wms: Sequence[WealthManagerState], recent_meetings: Sequence[timedelta], now: datetime
) -> timedelta | None:
    """Wait for the customer at 0-based `position` in the queue; None when no one is on duty.

    Each wealth manager with a customer is expected free once a typical meeting (the median of
    recent ones) has passed since they started; each customer ahead takes one typical meeting.
    """
    typical = typical_meeting(recent_meetings)
    free_at: list[timedelta] = []
    for w in wms:
        if w.presence is Presence.AVAILABLE:
            free_at.append(timedelta(0))
        elif w.presence is Presence.WITH_CUSTOMER:
            free_at.append(max(typical - (now - w.since), timedelta(minutes=1)))
    if not free_at:
        return None
    heapq.heapify(free_at)
    for _ in range(position):
        heapq.heappush(free_at, heapq.heappop(free_at) + typical)
    return free_at[0]
