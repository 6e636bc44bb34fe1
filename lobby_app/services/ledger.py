"""The referral-credit ledger: what each person earned, by the referral's date, with the team's total
first (DOMAIN.md: the article warns against staff fixating on their own split), and the exceptions
the branch head allocates by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, not_
from sqlmodel import col, select

from ..domain.credit import Why
from ..domain.roles import Actor
from ..store.tables import CreditEntry, CreditException, CustomerTag, Handoff, Staff
from .context import Ctx


def counted() -> ColumnElement[bool]:
    """The credit entries that count: all but the split of a disputed sale, which the branch head's
    allocation replaces (while the dispute is open, the sale counts for no one)."""
    disputed = select(CreditException.handoff_id).where(CreditException.why == Why.DISPUTED)
    return not_(and_(col(CreditEntry.exception_id).is_(None), col(CreditEntry.handoff_id).in_(disputed)))


@dataclass(frozen=True, slots=True)
class PersonCredit:
    staff_id: int
    name: str
    as_referrer_fen: int
    as_seller_fen: int
    allocated_fen: int  # from exceptions the branch head allocated

    @property
    def total_fen(self) -> int:
        return self.as_referrer_fen + self.as_seller_fen + self.allocated_fen


@dataclass(frozen=True, slots=True)
class ExceptionCase:
    """A credit the phase rule could not split; allocated by the branch head with a reason."""

    id: str
    handoff_id: str
    referral_date: date
    total_fen: int
    why: str
    address_as: str
    allocated_at: datetime | None = None
    allocated_by: str = ""
    reason: str = ""
    parts: tuple[tuple[str, int], ...] = ()  # (name, fen) as allocated
    raised_by: str = ""  # who sent it to the head: the seller who named colleagues, or who disputed
    raised_reason: str = ""  # a dispute's reason
    # Who took part, for the head's allocation: the referrer, the seller, then the colleagues named.
    people: tuple[tuple[int, str], ...] = ()
    split: tuple[tuple[str, int], ...] = ()  # a disputed split as it was recorded: (name, fen)
    took_part: tuple[str, ...] = ()  # the names of the colleagues the seller named


@dataclass(frozen=True, slots=True)
class Ledger:
    first: date
    last: date
    team_total_fen: int
    people: tuple[PersonCredit, ...]  # most first
    by_day: tuple[tuple[date, int], ...]  # the team's total per referral date, earliest first
    exceptions: tuple[ExceptionCase, ...]  # oldest first; credit of those not allocated is not above

    @property
    def open_exceptions(self) -> tuple[ExceptionCase, ...]:
        return tuple(x for x in self.exceptions if x.allocated_at is None)

    @property
    def by_month(self) -> tuple[tuple[str, int], ...]:
        """The team's total per month (YYYY-MM), earliest first."""
        months: dict[str, int] = {}
        for day, fen in self.by_day:
            months[day.strftime("%Y-%m")] = months.get(day.strftime("%Y-%m"), 0) + fen
        return tuple(months.items())


def ledger(ctx: Ctx, first: date, last: date) -> Ledger:
    """Credit for referrals made on the days first..last (both included)."""
    with ctx.db.read() as s:
        names = {st.id: st.name for st in s.exec(select(Staff))}
        entries = s.exec(
            select(CreditEntry).where(
                col(CreditEntry.referral_date) >= first, col(CreditEntry.referral_date) <= last, counted()
            )
        ).all()
        listed = s.exec(
            select(CreditException, CustomerTag.address_as, Handoff.referrer_id, Handoff.assignee_id)
            .join(Handoff, col(Handoff.id) == CreditException.handoff_id)
            .join(CustomerTag, col(CustomerTag.id) == Handoff.tag_id)
            .where(
                col(CreditException.referral_date) >= first,
                col(CreditException.referral_date) <= last,
            )
            .order_by(col(CreditException.referral_date), col(CreditException.created_at))
        ).all()
        disputed = [x.handoff_id for x, *_ in listed if x.why == Why.DISPUTED]
        recorded = s.exec(
            select(CreditEntry).where(
                col(CreditEntry.handoff_id).in_(disputed), col(CreditEntry.exception_id).is_(None)
            )
        ).all()
    splits: dict[str, list[tuple[str, int]]] = {}
    for e in sorted(recorded, key=lambda e: e.part != "referrer"):
        splits.setdefault(e.handoff_id, []).append((names.get(e.staff_id, ""), e.amount_fen))
    allocated: dict[str, list[tuple[str, int]]] = {}
    for e in entries:
        if e.exception_id is not None:
            allocated.setdefault(e.exception_id, []).append((names.get(e.staff_id, ""), e.amount_fen))
    parts: dict[int, dict[str, int]] = {}
    days: dict[date, int] = {}
    for e in entries:
        person = parts.setdefault(e.staff_id, {"referrer": 0, "seller": 0, "allocated": 0})
        person[e.part] += e.amount_fen
        days[e.referral_date] = days.get(e.referral_date, 0) + e.amount_fen
    people = sorted(
        (
            PersonCredit(staff, names.get(staff, ""), p["referrer"], p["seller"], p["allocated"])
            for staff, p in parts.items()
        ),
        key=lambda p: (-p.total_fen, p.staff_id),
    )
    return Ledger(
        first=first,
        last=last,
        team_total_fen=sum(e.amount_fen for e in entries),
        people=tuple(people),
        by_day=tuple(sorted(days.items())),
        exceptions=tuple(
            ExceptionCase(
                x.id,
                x.handoff_id,
                x.referral_date,
                x.total_fen,
                x.why,
                address_as or "",
                x.allocated_at,
                names.get(x.allocated_by, "") if x.allocated_by is not None else "",
                x.allocation_reason,
                tuple(allocated.get(x.id, ())),
                names.get(x.raised_by, "") if x.raised_by is not None else "",
                x.raised_reason,
                tuple(
                    (i, names.get(i, ""))
                    for i in dict.fromkeys([referrer, seller, *x.took_part])
                    if i is not None and i in names
                ),
                tuple(splits.get(x.handoff_id, ())),
                tuple(names.get(i, "") for i in x.took_part),
            )
            for x, address_as, referrer, seller in listed
        ),
    )


@dataclass(frozen=True, slots=True)
class MyCredit:
    """A person's own credit this month beside the team's, which every screen shows first and larger."""

    month: str  # YYYY-MM
    team_total_fen: int
    mine: PersonCredit


def my_month(ctx: Ctx, actor: Actor) -> MyCredit:
    today = ctx.local_date(ctx.now())
    first = today.replace(day=1)
    book = ledger(ctx, first, today)
    mine = next((p for p in book.people if p.staff_id == actor.staff_id), None)
    return MyCredit(f"{today:%Y-%m}", book.team_total_fen, mine or PersonCredit(actor.staff_id, "", 0, 0, 0))
