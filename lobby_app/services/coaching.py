"""Who needs coaching (DOMAIN.md, problem 2): figures over the last N days (a branch setting) that lie
well off the branch median, each flag with its evidence, so the branch head talks about facts.

- a wealth manager whose conversion rate lies 15 points or more below the branch median (with at
  least 3 outcomes recorded), or whose average response takes 1.5 times the median or longer (with at
  least 3 customers accepted);
- a referrer who tagged at least 5 eligible customers and referred fewer than half of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .branch_settings import COACHING_DAYS, value
from .context import Ctx
from .day_report import people

CONVERSION_GAP = 0.15  # below the median by this much (a rate between 0 and 1)
SLOW_FACTOR = 1.5  # the median response time, times this
MIN_OUTCOMES = 3
MIN_ACCEPTED = 3
MIN_ELIGIBLE = 5
REFERRED_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Flag:
    staff_id: int
    name: str
    kind: str  # low_conversion · slow_response · rarely_refers
    evidence: dict[str, Any] = field(default_factory=dict)


def coaching_flags(ctx: Ctx, today: date) -> tuple[date, date, list[Flag]]:
    """(first day, last day, flags) for the coaching period ending today."""
    days = value(ctx, COACHING_DAYS)
    first = today - timedelta(days=days - 1)
    r = people(ctx, first, today)
    flags: list[Flag] = []
    for w in r.wealth_managers:
        decided = w.converted + w.not_converted
        rate = w.conversion_rate
        if (
            r.median_conversion is not None
            and rate is not None
            and decided >= MIN_OUTCOMES
            and rate <= r.median_conversion - CONVERSION_GAP
        ):
            evidence: dict[str, Any] = {
                "rate": rate,
                "median": r.median_conversion,
                "converted": w.converted,
                "decided": decided,
            }
            flags.append(Flag(w.staff_id, w.name, "low_conversion", evidence))
        if (
            r.median_response is not None
            and w.average_response is not None
            and w.accepted >= MIN_ACCEPTED
            and w.average_response >= r.median_response * SLOW_FACTOR
        ):
            evidence = {"average": w.average_response, "median": r.median_response, "accepted": w.accepted}
            flags.append(Flag(w.staff_id, w.name, "slow_response", evidence))
    for p in r.referrers:
        if p.eligible >= MIN_ELIGIBLE and p.referred < p.eligible * REFERRED_SHARE:
            evidence = {"eligible": p.eligible, "referred": p.referred}
            flags.append(Flag(p.staff_id, p.name, "rarely_refers", evidence))
    return first, today, flags
