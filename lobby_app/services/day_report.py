"""The branch's day (or any run of days) in figures: the branch head's dashboard, the coaching
flags and the evening meeting (DOMAIN.md).

The funnel and the referrers follow the period's customers (tags made on those branch-local days)
as far as they have got by now. The wealth managers' figures are what each did in the period:
customers accepted, outcomes recorded, and the time from offer to acceptance. Credit is what was
credited in the period.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

import sqlalchemy
from sqlalchemy import case, func
from sqlmodel import Session, col, select

from ..domain import handoff as dh
from ..domain.roles import Role
from ..store.tables import CreditEntry, CustomerTag, Handoff, Staff
from .context import Ctx
from .ledger import counted


@dataclass(frozen=True, slots=True)
class Funnel:
    tagged: int
    eligible: int
    referred: int
    accepted: int
    met: int
    converted: int


@dataclass(frozen=True, slots=True)
class ReferrerDay:
    staff_id: int
    name: str
    tagged: int
    eligible: int
    referred: int
    converted: int
    eligible_not_referred: int


@dataclass(frozen=True, slots=True)
class WealthManagerDay:
    staff_id: int
    name: str
    accepted: int
    met: int
    converted: int
    not_converted: int
    follow_ups: int
    average_response: timedelta | None  # offer (or, from the queue, referral) to acceptance

    @property
    def conversion_rate(self) -> float | None:
        """Converted among the outcomes recorded that day; follow-ups are still open."""
        decided = self.converted + self.not_converted
        return self.converted / decided if decided else None


@dataclass(frozen=True, slots=True)
class Missed:
    """A customer who met the standards and was not referred: the execution check."""

    tag_id: str
    at: datetime
    referrer: str
    address_as: str
    ticket: str
    purpose: str
    reason: str = ""  # why not, as the referrer said (domain.tags.NotReferred); "" if they said nothing
    reason_text: str = ""


@dataclass(frozen=True, slots=True)
class CreditLine:
    staff_id: int
    name: str
    fen: int


@dataclass(frozen=True, slots=True)
class Report:
    first: date
    last: date  # the days first..last, both included
    funnel: Funnel
    referrers: tuple[ReferrerDay, ...]  # most referred first
    wealth_managers: tuple[WealthManagerDay, ...]  # every active wealth manager, by staff number
    median_conversion: float | None  # the branch median of the rates that exist
    median_response: timedelta | None
    credit_total_fen: int  # the team's total: shown first
    credit: tuple[CreditLine, ...]  # most first
    missed: tuple[Missed, ...]  # earliest first


def day_report(ctx: Ctx, day: date) -> Report:
    return report(ctx, day, day)


class _TagRow(NamedTuple):
    id: str
    created_at: datetime
    tagged_by: int
    eligible: bool
    address_as: str
    ticket: str
    purpose: str
    not_referred_reason: str
    not_referred_text: str


class _HandoffRow(NamedTuple):
    tag_id: str
    state: str
    accepted_at: datetime | None
    met_at: datetime | None


def report(ctx: Ctx, first: date, last: date) -> Report:
    start = datetime.combine(first, time(), tzinfo=ctx.tz)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=ctx.tz)
    in_period = (col(CustomerTag.created_at) >= start, col(CustomerTag.created_at) < end)
    with ctx.db.read() as s:
        names: dict[int | None, str] = dict(s.exec(select(Staff.id, Staff.name)).all())
        # Only the columns the figures use: no whole rows, no JSON to decode (five years of data).
        # SQLAlchemy's select, on the session's connection: sqlmodel's is typed for at most four columns.
        tags = [
            _TagRow(*row)
            for row in s.connection().execute(
                sqlalchemy.select(
                    col(CustomerTag.id),
                    col(CustomerTag.created_at),
                    col(CustomerTag.tagged_by),
                    col(CustomerTag.eligible),
                    col(CustomerTag.address_as),
                    col(CustomerTag.ticket),
                    col(CustomerTag.purpose),
                    col(CustomerTag.not_referred_reason),
                    col(CustomerTag.not_referred_text),
                ).where(*in_period)
            )
        ]
        referred = {
            h.tag_id: h
            for h in map(
                _HandoffRow._make,
                s.exec(
                    select(Handoff.tag_id, Handoff.state, Handoff.accepted_at, Handoff.met_at)
                    .join(CustomerTag, col(CustomerTag.id) == Handoff.tag_id)
                    .where(*in_period)
                ),
            )
        }
        who = _people(s, start, end, names)
        credit = s.exec(
            select(CreditEntry.staff_id, CreditEntry.amount_fen).where(
                col(CreditEntry.created_at) >= start, col(CreditEntry.created_at) < end, counted()
            )
        ).all()
    handoffs = list(referred.values())
    funnel = Funnel(
        tagged=len(tags),
        eligible=sum(1 for t in tags if t.eligible),
        referred=len(handoffs),
        accepted=sum(1 for h in handoffs if h.accepted_at is not None),
        met=sum(1 for h in handoffs if h.met_at is not None),
        converted=sum(1 for h in handoffs if h.state == dh.State.CONVERTED),
    )
    missed = sorted(
        (
            Missed(
                t.id,
                t.created_at,
                names.get(t.tagged_by, ""),
                t.address_as,
                t.ticket,
                t.purpose,
                t.not_referred_reason,
                t.not_referred_text,
            )
            for t in tags
            if t.eligible and t.id not in referred
        ),
        key=lambda m: m.at,
    )
    per_person: dict[int, int] = {}
    for staff_id, fen in credit:
        per_person[staff_id] = per_person.get(staff_id, 0) + fen
    return Report(
        first=first,
        last=last,
        funnel=funnel,
        referrers=who.referrers,
        wealth_managers=who.wealth_managers,
        median_conversion=who.median_conversion,
        median_response=who.median_response,
        credit_total_fen=sum(per_person.values()),
        credit=tuple(
            sorted(
                (CreditLine(staff, names.get(staff, ""), fen) for staff, fen in per_person.items()),
                key=lambda c: (-c.fen, c.staff_id),
            )
        ),
        missed=tuple(missed),
    )


@dataclass(frozen=True, slots=True)
class People:
    """Each referrer's and each wealth manager's figures for a period, and the branch medians."""

    referrers: tuple[ReferrerDay, ...]
    wealth_managers: tuple[WealthManagerDay, ...]
    median_conversion: float | None
    median_response: timedelta | None


def people(ctx: Ctx, first: date, last: date) -> People:
    """What coaching needs: the per-person figures of report(), without the customers themselves."""
    start = datetime.combine(first, time(), tzinfo=ctx.tz)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=ctx.tz)
    with ctx.db.read() as s:
        return _people(s, start, end, dict(s.exec(select(Staff.id, Staff.name)).all()))


def _people(s: Session, start: datetime, end: datetime, names: dict[int | None, str]) -> People:
    wealth_managers = _wealth_managers(s, start, end)
    rates = [r for w in wealth_managers if (r := w.conversion_rate) is not None]
    responses = [d for w in wealth_managers if (d := w.average_response) is not None]
    return People(
        referrers=_referrers(s, start, end, names),
        wealth_managers=wealth_managers,
        median_conversion=statistics.median(rates) if rates else None,
        median_response=timedelta(seconds=statistics.median(r.total_seconds() for r in responses))
        if responses
        else None,
    )


def _referrers(s: Session, start: datetime, end: datetime, names: dict[int | None, str]) -> tuple[ReferrerDay, ...]:
    """Per person who tagged in the period: counted by the store, no customer rows come back."""
    t, h = CustomerTag, Handoff
    eligible = func.sum(case((col(t.eligible), 1), else_=0))
    converted = func.sum(case((col(h.state) == dh.State.CONVERTED, 1), else_=0))
    missed = func.sum(case((col(t.eligible) & col(h.id).is_(None), 1), else_=0))
    rows = (
        s.connection()
        .execute(
            sqlalchemy.select(col(t.tagged_by), func.count(), eligible, func.count(col(h.id)), converted, missed)
            .select_from(t)
            .join(h, col(h.tag_id) == t.id, isouter=True)
            .where(col(t.created_at) >= start, col(t.created_at) < end)
            .group_by(col(t.tagged_by))
        )
        .all()
    )
    people = (ReferrerDay(who, names.get(who, ""), n, e or 0, r, c or 0, m or 0) for who, n, e, r, c, m in rows)
    return tuple(sorted(people, key=lambda r: (-r.referred, -r.tagged, r.staff_id)))


def _wealth_managers(s: Session, start: datetime, end: datetime) -> tuple[WealthManagerDay, ...]:
    people = s.exec(
        select(Staff).where(Staff.role == Role.WEALTH_MANAGER, Staff.active).order_by(col(Staff.staff_no))
    ).all()
    return tuple(wealth_manager_day(s, p.id or 0, p.name, start, end) for p in people)


def wealth_manager_day(s: Session, staff_id: int, name: str, start: datetime, end: datetime) -> WealthManagerDay:
    """What one wealth manager did in [start, end): also the desk's "my day"."""

    def during(column: Any) -> tuple[Any, Any]:
        return column >= start, column < end

    mine = Handoff.assignee_id == staff_id
    accepted = s.exec(select(Handoff.response_s).where(mine, *during(Handoff.accepted_at))).all()
    met = s.exec(select(Handoff.id).where(mine, *during(Handoff.met_at))).all()
    closed = s.exec(select(Handoff.state).where(mine, *during(Handoff.closed_at))).all()
    responses = [r for r in accepted if r is not None]
    return WealthManagerDay(
        staff_id=staff_id,
        name=name,
        accepted=len(accepted),
        met=len(met),
        converted=closed.count(dh.State.CONVERTED),
        not_converted=closed.count(dh.State.NOT_CONVERTED),
        follow_ups=closed.count(dh.State.FOLLOW_UP),
        average_response=timedelta(seconds=statistics.fmean(responses)) if responses else None,
    )
