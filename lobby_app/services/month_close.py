"""Month close: the branch head closes a month of referral credit after the evening meeting has gone
over it, and from then on its splits are locked.

A month closes once it is over and every exception in it is allocated. After that no phase schedule
may change the referrer's percentage on any of its days. A sale recorded later for a referral of a
closed month is still credited, and a shared one still goes to the exceptions to allocate (nothing a
person recorded is lost): the month keeps its total at close, so the ledger shows what came after.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from ..domain import credit
from ..domain.errors import PermissionDenied, ValidationError
from ..domain.roles import Actor, Role
from ..protocol.commands import CloseMonth
from ..store.tables import CreditEntry, CreditException, CreditMonth, Staff
from .context import Changed, Changes, Ctx, changes, record
from .ledger import counted

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def month_of(day: date) -> str:
    return f"{day:%Y-%m}"


def month_days(month: str) -> tuple[date, date]:
    """The first and last day of a YYYY-MM month."""
    year, number = int(month[:4]), int(month[5:])
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


def closed_months(s: Session) -> dict[str, CreditMonth]:
    return {m.month: m for m in s.exec(select(CreditMonth))}


def check_schedule_keeps_closed_months(s: Session, new: credit.PhaseSchedule, old: credit.PhaseSchedule) -> None:
    """A new phase schedule may not change the referrer's percentage on any day of a closed month."""
    for month in sorted(closed_months(s)):
        first, last = month_days(month)
        day = first
        while day <= last:
            if credit.phase_for(new, day)[1].referrer_percent != credit.phase_for(old, day)[1].referrer_percent:
                raise ValidationError(
                    "phases", "month_closed", f"{month} is closed: its percentages may not change", month=month
                )
            day = date.fromordinal(day.toordinal() + 1)


def close_month(ctx: Ctx, actor: Actor, *, month: object) -> Changes:
    if actor.role is not Role.BRANCH_HEAD:
        raise PermissionDenied("actor", "wrong_role", "only the branch head may close a month")
    if not isinstance(month, str) or not _MONTH.fullmatch(month):
        raise ValidationError("month", "bad_month", "must be a month (YYYY-MM)")
    first, last = month_days(month)
    now = ctx.now()
    if last >= ctx.local_date(now):
        raise ValidationError("month", "not_over", "a month closes only after its last day")
    with ctx.db.write() as s:
        if s.get(CreditMonth, month) is not None:
            raise ValidationError("month", "already_closed", f"{month} is already closed")
        open_ = s.exec(
            select(func.count())
            .select_from(CreditException)
            .where(
                col(CreditException.allocated_at).is_(None),
                col(CreditException.referral_date) >= first,
                col(CreditException.referral_date) <= last,
            )
        ).one()
        if open_:
            raise ValidationError(
                "month", "open_exceptions", f"{open_} exceptions of {month} are not allocated yet", count=open_
            )
        total = s.exec(
            select(func.coalesce(func.sum(CreditEntry.amount_fen), 0)).where(
                col(CreditEntry.referral_date) >= first, col(CreditEntry.referral_date) <= last, counted()
            )
        ).one()
        s.add(CreditMonth(month=month, closed_at=now, closed_by=actor.staff_id, team_total_fen=int(total)))
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="credit_month",
            entity_id=month,
            action="close_month",
            data={"team_total_fen": int(total)},
            command=CloseMonth(month=month),
        )
    return changes(Changed.CREDIT, id=month)


@dataclass(frozen=True, slots=True)
class ClosedMonth:
    month: str
    closed_at: datetime
    closed_by: str  # the branch head's name
    total_at_close_fen: int


def closed(ctx: Ctx) -> dict[str, ClosedMonth]:
    with ctx.db.read() as s:
        rows = s.exec(select(CreditMonth, Staff.name).join(Staff, col(Staff.id) == CreditMonth.closed_by, isouter=True))
        return {m.month: ClosedMonth(m.month, m.closed_at, name or "", m.team_total_fen) for m, name in rows}
