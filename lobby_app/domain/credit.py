"""Referral credit (分润): the phase schedule, the exact split, and manual allocation of exceptions.

The referrer's share is rounded half-up to the fen and the seller gets the rest, so the parts
always add up to the whole exactly.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import ValidationError
from .money import check_amount_fen
from .text import check_text

ALLOCATION_REASON_MAX = 500
AGREEMENT_NOTE_MAX = 500
DISPUTE_REASON_MAX = 500


class Why:
    """Why a credit went to the exceptions list instead of the phase rule's split."""

    SHARED = "several_referrers"  # the seller named colleagues who took part
    DISPUTED = "disputed"  # the referrer or the seller disputed the recorded split


@dataclass(frozen=True, slots=True)
class Phase:
    start: date  # runs until the next phase starts; the last one has no end
    referrer_percent: int


@dataclass(frozen=True, slots=True)
class PhaseSchedule:
    version: int
    phases: tuple[Phase, ...]
    # The team meeting that agreed to it (the article: 全员协商); None for the defaults a branch starts with.
    agreed_on: date | None = None
    agreement_note: str = ""

    @property
    def rollout(self) -> date:
        return self.phases[0].start


def add_months(d: date, months: int) -> date:
    """Same day `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def default_schedule(rollout: date, *, version: int = 1) -> PhaseSchedule:
    """DOMAIN.md: 80% for the first 3 months, 60% for 3 more, then 50%."""
    return PhaseSchedule(
        version,
        (Phase(rollout, 80), Phase(add_months(rollout, 3), 60), Phase(add_months(rollout, 6), 50)),
    )


def phase_for(schedule: PhaseSchedule, referral_date: date) -> tuple[int, Phase]:
    """The phase in force on the referral's (branch-local) date; before roll-out, phase 1 applies."""
    index = 0
    for i, phase in enumerate(schedule.phases):
        if phase.start <= referral_date:
            index = i
    return index, schedule.phases[index]


def split(total_fen: int, referrer_percent: int) -> tuple[int, int]:
    """(referrer, seller) in fen: referrer rounded half-up, seller the exact rest."""
    check_amount_fen(total_fen, field="credit_fen")
    check_percent(referrer_percent, field="referrer_percent")
    referrer = (total_fen * referrer_percent + 50) // 100
    return referrer, total_fen - referrer


def allocate(total_fen: int, shares: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split an exception by the branch head's percentages (summing to 100) with largest remainders.

    Returns (staff_id, fen) in the given order; the fen add up to `total_fen` exactly.
    """
    check_amount_fen(total_fen, field="credit_fen")
    if not shares:
        raise ValidationError("shares", "required", "name at least one person")
    seen: set[int] = set()
    for i, (staff_id, percent) in enumerate(shares):
        check_percent(percent, field=f"shares[{i}].percent")
        if staff_id in seen:
            raise ValidationError(f"shares[{i}].staff_id", "duplicate", "a person is named twice")
        seen.add(staff_id)
    total_percent = sum(p for _, p in shares)
    if total_percent != 100:
        raise ValidationError("shares", "not_100", f"shares add up to {total_percent}%, not 100%", total=total_percent)
    exact = [(total_fen * p // 100, total_fen * p % 100) for _, p in shares]
    left = total_fen - sum(base for base, _ in exact)
    # The fen left over go one each to the largest remainders (earlier entries win ties).
    order = sorted(range(len(shares)), key=lambda i: -exact[i][1])
    bonus = {i: 1 for i in order[:left]}
    return [(staff_id, exact[i][0] + bonus.get(i, 0)) for i, (staff_id, _) in enumerate(shares)]


def check_allocation_reason(reason: object) -> str:
    return check_text(reason, field="reason", max_len=ALLOCATION_REASON_MAX, required=True)


def check_dispute_reason(reason: object) -> str:
    return check_text(reason, field="reason", max_len=DISPUTE_REASON_MAX, required=True)


def check_percent(value: object, *, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "not_a_number", "must be a whole number of percent")
    if not 0 <= value <= 100:
        raise ValidationError(field, "out_of_range", "must be between 0 and 100")
    return value


def schedule_to_dict(s: PhaseSchedule) -> dict[str, Any]:
    data: dict[str, Any] = {
        "phases": [{"start": p.start.isoformat(), "referrer_percent": p.referrer_percent} for p in s.phases]
    }
    if s.agreed_on is not None:
        data |= {"agreed_on": s.agreed_on.isoformat(), "agreement_note": s.agreement_note}
    return data


def schedule_from_dict(data: Any, *, version: int) -> PhaseSchedule:
    """Validate an edited schedule: at least one phase, each starting after the one before."""
    phases_in = data.get("phases") if isinstance(data, dict) else None
    if not isinstance(phases_in, list) or not phases_in:
        raise ValidationError("phases", "required", "must list at least one phase")
    phases: list[Phase] = []
    for i, p in enumerate(phases_in):
        if not isinstance(p, dict):
            raise ValidationError(f"phases[{i}]", "not_an_object", "must be an object")
        try:
            start = date.fromisoformat(str(p.get("start")))
        except ValueError:
            raise ValidationError(f"phases[{i}].start", "bad_date", "must be a date (YYYY-MM-DD)") from None
        if phases and start <= phases[-1].start:
            raise ValidationError(
                f"phases[{i}].start",
                "overlaps",
                "must start after the previous phase starts",
                previous=phases[-1].start.isoformat(),
            )
        phases.append(Phase(start, check_percent(p.get("referrer_percent"), field=f"phases[{i}].referrer_percent")))
    agreed_on = None
    if data.get("agreed_on") is not None:
        try:
            agreed_on = date.fromisoformat(str(data["agreed_on"]))
        except ValueError:
            raise ValidationError("agreed_on", "bad_date", "must be a date (YYYY-MM-DD)") from None
    note = check_text(
        data.get("agreement_note", ""), field="agreement_note", max_len=AGREEMENT_NOTE_MAX, required=False
    )
    if note and agreed_on is None:
        raise ValidationError("agreed_on", "required", "say when the team agreed")
    return PhaseSchedule(version, tuple(phases), agreed_on, note)
