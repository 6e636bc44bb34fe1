"""The branch head's referral credit: a month's ledger (the team's total first, then each person, each
day), the exceptions to allocate with a reason and shares adding up to 100%, month close, and the
phase schedule. Refusals name the field they belong under; nothing is saved then."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain import credit
from ..domain.errors import DomainError
from ..domain.roles import Role
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.handoffs import allocate_exception
from ..services.ledger import ExceptionCase, Ledger, ledger
from ..services.month_close import ClosedMonth, close_month, closed, month_days, month_of
from ..services.rules import ScheduleVersion, current_schedule, edit_credit_phases, schedule_history
from ..services.staff import active_staff
from .formatting import chinese, money
from .list_model import RowsModel
from .ops import run_op
from .session_vm import SessionViewModel, role_title
from .wording import error_text

translate = QCoreApplication.translate  # the name lupdate looks for


def _whole(text: str) -> object:
    """A typed whole number ("80", "80%"), or the text itself for the rules to refuse."""
    try:
        return int(text.strip().rstrip("%").strip())
    except ValueError:
        return text


def _percent(text: str) -> int | None:
    """A typed share from 0 to 100, or None when it is not one (blank included)."""
    value = _whole(text)
    return value if isinstance(value, int) and 0 <= value <= 100 else None


class CreditViewModel(QObject):
    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._bus = bus
        self._month = month_of(self._today())
        self._day: date | None = None
        self._book: Ledger | None = None
        self._day_book: Ledger | None = None
        self._closed: ClosedMonth | None = None
        self._schedule: credit.PhaseSchedule | None = None
        self._allocating: ExceptionCase | None = None
        self._errors: dict[str, str] = {}  # field → the refusal shown under it
        self._message = ""
        self._people = RowsModel(
            ("staffId", "name", "referrerText", "sellerText", "allocatedText", "totalText"), "staffId", self
        )
        self._day_people = RowsModel(("staffId", "name", "totalText"), "staffId", self)
        self._days = RowsModel(("day", "dayText", "totalText"), "day", self)
        self._exceptions = RowsModel(
            ("exceptionId", "dayText", "customer", "amountText", "whyText", "open", "allocationText"),
            "exceptionId",
            self,
        )
        self._staff = RowsModel(("staffId", "name", "roleText"), "staffId", self)
        # The allocation form: the people of the case first (referrer, seller, colleagues named), then
        # everyone else at the branch; each share as typed, with the yuan it comes to.
        self._shares: dict[int, str] = {}
        self._widest_share = ""
        self._share_rows = RowsModel(
            ("staffId", "name", "roleText", "partText", "involved", "percentText", "yuanText"), "staffId", self
        )
        self._history: list[ScheduleVersion] = []
        self._history_rows = RowsModel(
            ("version", "title", "agreedText", "note", "byText", "phasesText"), "version", self
        )
        session.changed.connect(self._follow_session)

    @property
    def active(self) -> bool:
        actor = self._session.actor
        return actor is not None and actor.role is Role.BRANCH_HEAD

    def _today(self) -> date:
        return self._ctx.local_date(self._ctx.now())

    def _follow_session(self) -> None:
        self._errors.clear()
        self._message = ""
        self._allocating = None
        if self.active:
            self._month, self._day = month_of(self._today()), None
            self.refresh()

    def on_changes(self, change: Changes) -> None:
        if self.active and (Changed.CREDIT | Changed.HANDOFFS | Changed.STAFF | Changed.SYNC) in change:
            self.refresh()

    def retranslate(self) -> None:
        if self.active:
            self.refresh()

    def refresh(self) -> None:
        first, last = month_days(self._month)
        self._book = book = ledger(self._ctx, first, last)
        self._closed = closed(self._ctx).get(self._month)
        self._schedule = current_schedule(self._ctx)
        self._history = schedule_history(self._ctx)
        self._history_rows.set_rows([self._history_row(v) for v in self._history])
        self._people.set_rows(
            [
                {
                    "staffId": p.staff_id,
                    "name": p.name,
                    "referrerText": money(p.as_referrer_fen),
                    "sellerText": money(p.as_seller_fen),
                    "allocatedText": money(p.allocated_fen),
                    "totalText": money(p.total_fen),
                }
                for p in book.people
            ]
        )
        self._days.set_rows(
            [{"day": d.isoformat(), "dayText": f"{d:%m-%d}", "totalText": money(fen)} for d, fen in book.by_day]
        )
        if self._day is not None and not first <= self._day <= last:
            self._day = None
        self._day_book = ledger(self._ctx, self._day, self._day) if self._day else None
        self._day_people.set_rows(
            [{"staffId": p.staff_id, "name": p.name, "totalText": money(p.total_fen)} for p in self._day_book.people]
            if self._day_book
            else []
        )
        self._exceptions.set_rows([self._exception_row(x) for x in book.exceptions])
        self._staff.set_rows(
            [{"staffId": i, "name": name, "roleText": role_title(role)} for i, name, role in active_staff(self._ctx)]
        )
        if self._allocating is not None:  # the case as it stands now (another device may have allocated it)
            self._allocating = next((x for x in book.exceptions if x.id == self._allocating.id), None)
        self._show_shares()
        self.changed.emit()

    def _history_row(self, v: ScheduleVersion) -> dict[str, Any]:
        sep = "、" if chinese() else ", "
        phases = sep.join(
            translate("Credit", "from %1: %2%")
            .replace("%1", p.start.isoformat())
            .replace("%2", str(p.referrer_percent))
            for p in v.schedule.phases
        )
        if v.agreed_on is not None:
            agreed = translate("Credit", "Agreed by the team on %1").replace("%1", v.agreed_on.isoformat())
        else:
            agreed = translate("Credit", "The defaults of a new branch: no team agreement recorded")
        saved = v.created_at.astimezone(self._ctx.tz).strftime("%Y-%m-%d %H:%M")
        by = (
            translate("Credit", "Saved by %1, %2").replace("%1", v.created_by).replace("%2", saved)
            if v.created_by is not None
            else translate("Credit", "Set up %1").replace("%1", saved)
        )
        return {
            "version": v.version,
            "title": translate("Credit", "Version %1").replace("%1", str(v.version)),
            "agreedText": agreed,
            "note": v.agreement_note,
            "byText": by,
            "phasesText": phases,
        }

    # -- the allocation form --------------------------------------------------------------------

    def _show_shares(self) -> None:
        x = self._allocating
        if x is None:
            self._share_rows.set_rows([])
            self._widest_share = ""
            return
        parts = [
            translate("Credit", "Referrer"),
            translate("Credit", "Seller"),
        ]
        involved = [i for i, _ in x.people]
        staff = active_staff(self._ctx)
        roles = {i: role for i, _, role in staff}
        names = dict(x.people) | {i: name for i, name, _ in staff if i not in dict(x.people)}
        exact = self._exact_parts(x.total_fen)
        rows = []
        for staff_id in [*involved, *(i for i in names if i not in involved)]:
            n = involved.index(staff_id) if staff_id in involved else -1
            part = (parts[n] if n < len(parts) else translate("Credit", "Took part")) if n >= 0 else ""
            typed = self._shares.get(staff_id, "")
            percent = _percent(typed)
            if staff_id in exact:
                yuan = money(exact[staff_id])
            elif percent is not None:
                yuan = money((x.total_fen * percent + 50) // 100)
            else:
                yuan = ""
            rows.append(
                {
                    "staffId": staff_id,
                    "name": names.get(staff_id, ""),
                    "roleText": role_title(roles[staff_id]) if staff_id in roles else "",
                    "partText": part,
                    "involved": n >= 0,
                    "percentText": typed,
                    "yuanText": yuan,
                }
            )
        self._share_rows.set_rows(rows)
        self._widest_share = max([money(x.total_fen), *(str(r["yuanText"]) for r in rows)], key=len)

    def _typed_shares(self) -> list[tuple[int, str]]:
        return [(i, text) for i, text in self._shares.items() if text.strip()]

    def _shares_total(self) -> int:
        return sum(p for _, text in self._typed_shares() if (p := _percent(text)) is not None)

    def _can_allocate(self) -> bool:
        typed = self._typed_shares()
        return bool(typed) and all(_percent(t) is not None for _, t in typed) and self._shares_total() == 100

    def _exact_parts(self, total_fen: int) -> dict[int, int]:
        """At exactly 100%, each person's fen as the allocation will make them (largest remainders)."""
        if not self._can_allocate():
            return {}
        shares = [(i, p) for i, t in self._typed_shares() if (p := _percent(t)) is not None]
        return dict(credit.allocate(total_fen, shares))

    def _exception_row(self, x: ExceptionCase) -> dict[str, Any]:
        sep = "、" if chinese() else ", "
        allocation = ""
        if x.allocated_at is not None:
            parts = sep.join(f"{name} {money(fen)}" for name, fen in x.parts)
            allocation = (
                translate("Credit", "Allocated by %1: %2 · %3")
                .replace("%1", x.allocated_by)
                .replace("%2", parts)
                .replace("%3", x.reason)
            )
        why = self._why(x)
        return {
            "exceptionId": x.id,
            "dayText": f"{x.referral_date:%m-%d}",
            "customer": x.address_as or translate("Credit", "Customer"),
            "amountText": money(x.total_fen),
            "whyText": why,
            "open": x.allocated_at is None,
            "allocationText": allocation,
        }

    def _why(self, x: ExceptionCase) -> str:
        """Why the rule could not split it: the colleagues the seller named, or who disputed and why."""
        sep = "、" if chinese() else ", "
        if x.why == credit.Why.SHARED:
            if not x.took_part:  # named before protocol 4 kept who
                return translate("Credit", "Colleagues took part")
            return translate("Credit", "Colleagues took part: %1").replace("%1", sep.join(x.took_part))
        if x.why == credit.Why.DISPUTED:
            text = (
                translate("Credit", "Disputed by %1: %2")
                .replace("%1", x.raised_by or translate("Credit", "a colleague"))
                .replace("%2", x.raised_reason)
            )
            if x.split:
                recorded = sep.join(f"{name} {money(fen)}" for name, fen in x.split)
                text += " · " + translate("Credit", "split as recorded: %1").replace("%1", recorded)
            return text
        return x.why

    # -- refusals -------------------------------------------------------------------------------

    def _refusal(self, e: DomainError) -> str:
        """The credit screen's words for its own rules (percentages, months, phases)."""
        p = e.params
        texts = {
            "not_a_number": translate("Credit", "Whole numbers only"),
            "out_of_range": translate("Credit", "From 0 to 100"),
            "overlaps": translate("Credit", "Must start after the phase before it starts"),
            "bad_date": translate("Credit", "A date like 2026-04-01"),
            "not_100": translate("Credit", "The shares add up to %1%, not 100%").replace("%1", str(p.get("total"))),
            "duplicate": translate("Credit", "A person is named twice"),
            "already_allocated": translate("Credit", "Already allocated"),
            "open_exceptions": translate("Credit", "First allocate this month's %1 open exceptions").replace(
                "%1", str(p.get("count"))
            ),
            "not_over": translate("Credit", "A month closes after its last day"),
            "already_closed": translate("Credit", "This month is already closed"),
            "month_closed": translate("Credit", "%1 is closed: its percentages may not change").replace(
                "%1", str(p.get("month"))
            ),
            "wrong_role": translate("Credit", "Only the branch head may do this"),
            "in_future": translate("Credit", "The team's meeting must have taken place: today or earlier"),
        }
        return texts.get(e.rule) or error_text(e)  # the app's words for the rest, never the English message

    def _try(self, field_of: dict[str, str], action: Any) -> bool:
        """Run a service call; a refusal goes under the field it names (mapped by `field_of`)."""
        self._errors.clear()
        self._message = ""

        def refused(e: DomainError) -> None:
            self._errors[field_of.get(e.field, "general")] = self._refusal(e)
            self.changed.emit()

        return run_op(self._bus, self._session, action, refused) is not None

    # -- the month and the day ------------------------------------------------------------------

    def _shift_month(self, months: int) -> None:
        first, _ = month_days(self._month)
        self._month = month_of(credit.add_months(first, months))
        self._day = None
        self._errors.clear()
        self._message = ""
        self.refresh()

    @Slot()
    def previousMonth(self) -> None:
        self._shift_month(-1)

    @Slot()
    def nextMonth(self) -> None:
        if self._month < month_of(self._today()):
            self._shift_month(1)

    @Slot(str)
    def showDay(self, day: str) -> None:
        """A day of the month's ledger (YYYY-MM-DD), or "" for the month alone."""
        self._day = date.fromisoformat(day) if day else None
        self.refresh()

    # -- actions --------------------------------------------------------------------------------

    @Slot()
    def closeMonth(self) -> None:
        month = self._month
        if self._try({"month": "month"}, lambda actor: close_month(self._ctx, actor, month=month)):
            self._message = translate("Credit", "%1 is closed.").replace("%1", month)
            self.changed.emit()

    @Slot(str)
    def startAllocation(self, exception_id: str) -> None:
        self._errors.clear()
        self._allocating = next(
            (x for x in (self._book.exceptions if self._book else ()) if x.id == exception_id), None
        )
        self._shares = {}
        self._show_shares()
        self.changed.emit()

    @Slot()
    def cancelAllocation(self) -> None:
        self._allocating = None
        self._shares = {}
        self._errors.clear()
        self._show_shares()
        self.changed.emit()

    @Slot(int, str)
    def setShare(self, staff_id: int, text: str) -> None:
        """A share as the head types it: the yuan beside it and the total follow at once."""
        if self._shares.get(staff_id, "") == text:
            return
        self._shares[staff_id] = text
        self._errors.pop(f"share_{staff_id}", None)
        self._errors.pop("shares", None)
        self._show_shares()
        self.changed.emit()

    @Slot(str, result=bool)
    def allocateShares(self, reason: str) -> bool:
        """Allocate by the shares typed into the form."""
        typed = list(self._shares.items())
        return self.allocate([i for i, _ in typed], [t for _, t in typed], reason)

    @Slot(list, list, str, result=bool)
    def allocate(self, staff_ids: list[int], percents: list[str], reason: str) -> bool:
        """Shares as typed (blank: no share). Refusals go under the person, the total or the reason."""
        x = self._allocating
        if x is None:
            return False
        self._shares = {int(i): p for i, p in zip(staff_ids, percents, strict=True)}
        self._show_shares()
        shares = [(int(i), _whole(p)) for i, p in zip(staff_ids, percents, strict=True) if p.strip()]
        field_of = {"shares": "shares", "reason": "reason", "exception_id": "general"}
        for n, (staff_id, _) in enumerate(shares):
            field_of[f"shares[{n}].percent"] = f"share_{staff_id}"
            field_of[f"shares[{n}].staff_id"] = f"share_{staff_id}"
        done = self._try(
            field_of,
            lambda actor: allocate_exception(self._ctx, actor, exception_id=x.id, shares=shares, reason=reason),
        )
        if done:
            self._allocating = None
            self._shares = {}
            self._show_shares()
            self._message = translate("Credit", "%1's credit is allocated.").replace(
                "%1", x.address_as or translate("Credit", "Customer")
            )
            self.changed.emit()
        return done

    @Slot(list, list, str, str, result=bool)
    def savePhases(self, starts: list[str], percents: list[str], agreed_on: str, note: str) -> bool:
        """A new schedule, with the day the team agreed to it (required) and a note of the meeting."""
        data: dict[str, Any] = {
            "phases": [
                {"start": start.strip(), "referrer_percent": _whole(p)}
                for start, p in zip(starts, percents, strict=True)
            ],
            "agreement_note": note,
        }
        if agreed_on.strip():
            data["agreed_on"] = agreed_on.strip()
        field_of = {"phases": "phases", "agreed_on": "agreed_on", "agreement_note": "agreement_note"}
        for n in range(len(starts)):
            field_of[f"phases[{n}].start"] = f"start_{n}"
            field_of[f"phases[{n}].referrer_percent"] = f"percent_{n}"
        if self._try(field_of, lambda actor: edit_credit_phases(self._ctx, actor, data=data)):
            self._message = translate("Credit", "The new phases apply to referrals not yet credited.")
            self.changed.emit()
            return True
        return False

    # -- properties -----------------------------------------------------------------------------

    def _month_total(self) -> str:
        return money(self._book.team_total_fen) if self._book else ""

    def _closed_text(self) -> str:
        c = self._closed
        if c is None:
            return translate("Credit", "Open: credit may still change")
        text = (
            translate("Credit", "Closed on %1 by %2, at %3")
            .replace("%1", c.closed_at.astimezone(self._ctx.tz).strftime("%Y-%m-%d %H:%M"))
            .replace("%2", c.closed_by)
            .replace("%3", money(c.total_at_close_fen))
        )
        if self._book and self._book.team_total_fen != c.total_at_close_fen:
            later = money(self._book.team_total_fen - c.total_at_close_fen)
            text += " · " + translate("Credit", "%1 came in after the close").replace("%1", later)
        return text

    def _phases(self) -> list[dict[str, Any]]:
        if self._schedule is None:
            return []
        phases = self._schedule.phases
        rows = []
        for i, p in enumerate(phases):
            if i + 1 < len(phases):
                end = phases[i + 1].start - timedelta(days=1)
                span = translate("Credit", "until %1").replace("%1", end.isoformat())
            else:
                span = translate("Credit", "from then on")
            rows.append({"start": p.start.isoformat(), "percent": str(p.referrer_percent), "spanText": span})
        return rows

    def _phase_in_force(self) -> str:
        if self._schedule is None:
            return ""
        index, phase = credit.phase_for(self._schedule, self._today())
        return (
            translate("Credit", "Today: phase %1, the referrer gets %2% and the seller %3%")
            .replace("%1", str(index + 1))
            .replace("%2", str(phase.referrer_percent))
            .replace("%3", str(100 - phase.referrer_percent))
        )

    def _allocating_text(self) -> str:
        x = self._allocating
        if x is None:
            return ""
        return (
            translate("Credit", "%1 · referred %2 · %3")
            .replace("%1", x.address_as or translate("Credit", "Customer"))
            .replace("%2", x.referral_date.isoformat())
            .replace("%3", money(x.total_fen))
        )

    monthText = Property(str, lambda self: self._month, notify=changed)
    isThisMonth = Property(bool, lambda self: self._month >= month_of(self._today()), notify=changed)
    isClosed = Property(bool, lambda self: self._closed is not None, notify=changed)
    teamTotalText = Property(str, _month_total, notify=changed)
    closedText = Property(str, _closed_text, notify=changed)
    dayText = Property(str, lambda self: self._day.isoformat() if self._day else "", notify=changed)
    dayTotalText = Property(
        str, lambda self: money(self._day_book.team_total_fen) if self._day_book else "", notify=changed
    )
    people = Property(QObject, lambda self: self._people, constant=True)
    days = Property(QObject, lambda self: self._days, constant=True)
    dayPeople = Property(QObject, lambda self: self._day_people, constant=True)
    exceptions = Property(QObject, lambda self: self._exceptions, constant=True)
    staff = Property(QObject, lambda self: self._staff, constant=True)
    openCount = Property(int, lambda self: len(self._book.open_exceptions) if self._book else 0, notify=changed)
    allocating = Property(bool, lambda self: self._allocating is not None, notify=changed)
    allocatingText = Property(str, _allocating_text, notify=changed)
    # The longest of the shares' amounts and the whole credit: the form's one column of amounts is sized by it.
    widestShareText = Property(str, lambda self: self._widest_share, notify=changed)
    phases = Property(list, _phases, notify=changed)
    scheduleHistory = Property(QObject, lambda self: self._history_rows, constant=True)
    shares = Property(QObject, lambda self: self._share_rows, constant=True)
    sharesTotal = Property(int, _shares_total, notify=changed)
    canAllocate = Property(bool, _can_allocate, notify=changed)
    allocatingWhy = Property(str, lambda self: self._why(self._allocating) if self._allocating else "", notify=changed)
    todayText = Property(str, lambda self: self._today().isoformat(), notify=changed)
    phaseInForceText = Property(str, _phase_in_force, notify=changed)
    errors = Property("QVariantMap", lambda self: dict(self._errors), notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)
