"""The console's summary: a few figures for a day, a week or a month, each beside the same figures of
the period before (a day beside the same weekday a week earlier), and the customers behind each figure.

Spans: a day; a week is Monday to Sunday around the day; a month is the calendar month. The period
before a day is the same weekday seven days earlier; before a week, the week before; before a month,
the calendar month before.

The figures come from day_report.report() for the span (tagged, referred, converted, the team's credit)
and the longest wait of the span's referrals: from the referral (the handoff made) to its acceptance;
for a customer still waiting, to now (never past the span's end); for one who left before anyone
accepted them (cancelled), to the moment they left. A callback booked before acceptance is no wait in
the hall and does not count.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import NamedTuple

import sqlalchemy
from sqlmodel import col, select

from ..domain import handoff as dh
from ..store.tables import CreditEntry, CustomerTag, Handoff, Staff
from .context import Ctx
from .day_report import Report, report
from .ledger import counted


class Span(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def span_days(span: Span, day: date) -> tuple[date, date]:
    """The first and last day (both included) of the span around `day`."""
    if span is Span.WEEK:
        first = day - timedelta(days=day.weekday())
        return first, first + timedelta(days=6)
    if span is Span.MONTH:
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day, day


def previous_days(span: Span, day: date) -> tuple[date, date]:
    """The span the figures are compared with: the same weekday a week before, the week before, the month before."""
    if span is Span.DAY:
        before = day - timedelta(days=7)
        return before, before
    first, _ = span_days(span, day)
    return span_days(span, first - timedelta(days=1))


def step(span: Span, day: date, steps: int) -> date:
    """`day` moved by whole spans (a month keeps the day of the month where it can: 03-31 back is 02-28)."""
    if span is Span.DAY:
        return day + timedelta(days=steps)
    if span is Span.WEEK:
        return day + timedelta(days=7 * steps)
    months = day.year * 12 + day.month - 1 + steps
    year, month = divmod(months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


@dataclass(frozen=True, slots=True)
class Figures:
    first: date
    last: date
    tagged: int
    referred: int
    converted: int
    credit_fen: int  # the team's credit earned in the span
    longest_wait: timedelta | None  # None: nobody referred in the span waited


@dataclass(frozen=True, slots=True)
class Summary:
    span: Span
    now: Figures
    before: Figures  # the period compared with


def _bounds(ctx: Ctx, first: date, last: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(first, time(), tzinfo=ctx.tz),
        datetime.combine(last + timedelta(days=1), time(), tzinfo=ctx.tz),
    )


class _Wait(NamedTuple):
    handoff_id: str
    created_at: datetime
    state: str
    accepted_at: datetime | None
    closed_at: datetime | None


def _wait(w: _Wait, until: datetime) -> timedelta | None:
    """How long this customer waited for a wealth manager (None: it was no wait in the hall)."""
    if w.accepted_at is not None:
        return w.accepted_at - w.created_at
    if w.state in (dh.State.QUEUED, dh.State.OFFERED):
        return max(timedelta(0), until - w.created_at)
    if w.state == dh.State.CANCELLED and w.closed_at is not None:
        return w.closed_at - w.created_at
    return None


def waits(ctx: Ctx, first: date, last: date) -> dict[str, timedelta]:
    """Each referral of the span (by handoff id) and how long its customer waited."""
    start, end = _bounds(ctx, first, last)
    until = min(ctx.now(), end)
    with ctx.db.read() as s:
        rows = [
            _Wait(*row)
            for row in s.connection().execute(
                sqlalchemy.select(
                    col(Handoff.id),
                    col(Handoff.created_at),
                    col(Handoff.state),
                    col(Handoff.accepted_at),
                    col(Handoff.closed_at),
                ).where(col(Handoff.created_at) >= start, col(Handoff.created_at) < end)
            )
        ]
    return {w.handoff_id: d for w in rows if (d := _wait(w, until)) is not None}


def longest_wait(ctx: Ctx, first: date, last: date) -> timedelta | None:
    found = waits(ctx, first, last)
    return max(found.values()) if found else None


def figures(ctx: Ctx, first: date, last: date, *, of: Report | None = None) -> Figures:
    """The span's figures; `of`: report(ctx, first, last) when the caller has it already."""
    r = of if of is not None and (of.first, of.last) == (first, last) else report(ctx, first, last)
    return Figures(
        first=first,
        last=last,
        tagged=r.funnel.tagged,
        referred=r.funnel.referred,
        converted=r.funnel.converted,
        credit_fen=r.credit_total_fen,
        longest_wait=longest_wait(ctx, first, last),
    )


def summary(ctx: Ctx, span: Span, day: date, *, of: Report | None = None) -> Summary:
    """The span around `day` beside the period before; `of`: the span's report, when the caller has it."""
    return Summary(span, figures(ctx, *span_days(span, day), of=of), figures(ctx, *previous_days(span, day)))


# -- the customers behind a figure ------------------------------------------------------------------


class Stage(StrEnum):
    """A step of the funnel, or a summary figure, whose customers can be listed."""

    TAGGED = "tagged"
    ELIGIBLE = "eligible"
    REFERRED = "referred"
    ACCEPTED = "accepted"
    MET = "met"
    CONVERTED = "converted"
    CREDIT = "credit"  # the customers whose sale was credited in the span
    WAIT = "wait"  # the span's referrals, the longest wait first


@dataclass(frozen=True, slots=True)
class Behind:
    tag_id: str
    at: datetime  # when the customer was tagged
    address_as: str
    ticket: str
    referrer: str  # who tagged them
    state: str  # the handoff's state; "" when not referred
    phone: str | None  # as stored: the screen masks it
    eligible: bool = False
    wait: timedelta | None = None
    credit_fen: int = 0  # for CREDIT: the team's credit from this customer in the span


class _Row(NamedTuple):
    tag_id: str
    at: datetime
    address_as: str
    ticket: str
    tagged_by: int
    eligible: bool
    phone: str | None
    handoff_id: str | None
    state: str | None
    accepted_at: datetime | None
    met_at: datetime | None


def customers(ctx: Ctx, first: date, last: date, stage: Stage) -> tuple[Behind, ...]:
    """The customers a figure of report(ctx, first, last) or figures() counts, as many as it says:
    earliest first; for WAIT the longest wait first; for CREDIT the most credit first."""
    start, end = _bounds(ctx, first, last)
    t, h = CustomerTag, Handoff
    with ctx.db.read() as s:
        names: dict[int | None, str] = dict(s.exec(select(Staff.id, Staff.name)).all())
        columns = (
            col(t.id),
            col(t.created_at),
            col(t.address_as),
            col(t.ticket),
            col(t.tagged_by),
            col(t.eligible),
            col(t.phone),
            col(h.id),
            col(h.state),
            col(h.accepted_at),
            col(h.met_at),
        )
        query = sqlalchemy.select(*columns).select_from(t).join(h, col(h.tag_id) == t.id, isouter=True)
        credited: dict[str, int] = {}
        if stage is Stage.CREDIT:
            credited = dict(
                s.connection()
                .execute(
                    sqlalchemy.select(col(CreditEntry.handoff_id), sqlalchemy.func.sum(col(CreditEntry.amount_fen)))
                    .where(col(CreditEntry.created_at) >= start, col(CreditEntry.created_at) < end, counted())
                    .group_by(col(CreditEntry.handoff_id))
                )
                .all()
            )
            query = query.where(col(h.id).in_(list(credited)))
        elif stage is Stage.WAIT:
            query = query.where(col(h.created_at) >= start, col(h.created_at) < end)
        else:
            query = query.where(col(t.created_at) >= start, col(t.created_at) < end)
        rows = [_Row(*r) for r in s.connection().execute(query)]
    tests: dict[Stage, Callable[[_Row], bool]] = {
        Stage.TAGGED: lambda r: True,
        Stage.ELIGIBLE: lambda r: r.eligible,
        Stage.REFERRED: lambda r: r.handoff_id is not None,
        Stage.ACCEPTED: lambda r: r.accepted_at is not None,
        Stage.MET: lambda r: r.met_at is not None,
        Stage.CONVERTED: lambda r: r.state == dh.State.CONVERTED,
        Stage.CREDIT: lambda r: True,
        Stage.WAIT: lambda r: True,
    }
    keep = tests[stage]
    waited = waits(ctx, first, last) if stage is Stage.WAIT else {}
    found = [
        Behind(
            tag_id=r.tag_id,
            at=r.at,
            address_as=r.address_as,
            ticket=r.ticket,
            referrer=names.get(r.tagged_by, ""),
            state=r.state or "",
            phone=r.phone,
            eligible=r.eligible,
            wait=waited.get(r.handoff_id or ""),
            credit_fen=int(credited.get(r.handoff_id or "", 0)),
        )
        for r in rows
        if keep(r) and (stage is not Stage.WAIT or (r.handoff_id or "") in waited)
    ]
    if stage is Stage.WAIT:
        return tuple(sorted(found, key=lambda b: (-(b.wait or timedelta(0)), b.at)))
    if stage is Stage.CREDIT:
        return tuple(sorted(found, key=lambda b: (-b.credit_fen, b.at)))
    return tuple(sorted(found, key=lambda b: (b.at, b.tag_id)))
