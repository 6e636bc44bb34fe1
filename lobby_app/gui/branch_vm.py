"""The branch head's day: the live hall, the funnel, each wealth manager against the branch median,
the referrers, the customers who met the standard and were not referred (with the reason given), the
coaching flags (with each person's last coaching note) and the credit earned, for today or an earlier
day; and the head's notes: a problem for the evening meeting, a coaching talk with one person."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain import handoff as dh
from ..domain.errors import DomainError
from ..domain.roles import Role
from ..private import private_dir, tighten
from ..protocol.commands import AddNote
from ..services.bus import ChangeBus
from ..services.coaching import Flag, coaching_flags
from ..services.context import Changed, Changes, Ctx
from ..services.day_report import Report, report
from ..services.day_summary import Behind, Span, Stage, Summary, customers, span_days, step, summary
from ..services.evening import Evening, evening_meeting
from ..services.lobby import Hall, hall
from ..services.notes import NOTE_MAX, Note, NoteKind, add_note, last_coaching
from .evening_export import not_referred_text, print_on, write_csv, write_pdf
from .formatting import chinese, clock_time, day_time, masked_phone, minutes_seconds, money, rate_text
from .hub_refusals import HubRefusals
from .list_model import RowsModel
from .ops import run_op
from .session_vm import SessionViewModel
from .wording import error_text, presence_text, problem_text, purpose_name, share_text, state_text

translate = QCoreApplication.translate  # the name lupdate looks for


class BranchViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        ctx: Ctx,
        session: SessionViewModel,
        bus: ChangeBus,
        *,
        exports: Path | None = None,
        hub: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub  # with a hub, the head's changes it refused (an edit arriving too late) show
        self._refusals = HubRefusals()
        self._ctx = ctx
        self._exports = exports  # where the evening meeting's PDF and CSV go; None: saving is off
        self._export_text = ""
        self._session = session
        self._bus = bus
        self._day = ctx.now().astimezone(ctx.tz).date()
        self._span = Span.DAY  # the figures, funnel, tables and credit: the day, its week or its month
        self._report: Report | None = None
        self._summary: Summary | None = None
        self._stage: Stage | None = None  # the figure whose customers are listed
        self._behind = RowsModel(
            ("key", "time", "customer", "ticket", "referrer", "stateText", "extra", "phone"), "key", self
        )
        self._evening: Evening | None = None
        self._hall: Hall | None = None
        self._flags: list[Flag] = []
        self._flag_days = (self._day, self._day)
        self._hall_rows = RowsModel(("staffId", "name", "presenceText", "holding", "onDuty"), "staffId", self)
        self._wms = RowsModel(
            ("staffId", "name", "accepted", "outcomes", "converted", "rateText", "responseText", "rateLow", "slow"),
            "staffId",
            self,
        )
        self._referrers = RowsModel(
            ("staffId", "name", "tagged", "eligible", "referred", "converted", "missed"), "staffId", self
        )
        self._missed = RowsModel(
            ("tagId", "time", "customer", "purposeText", "referrer", "reasonText", "reasonGiven"), "tagId", self
        )
        self._flag_rows = RowsModel(("staffId", "name", "flagText", "coachingText"), "staffId", self)
        self._credit = RowsModel(("staffId", "name", "amountText"), "staffId", self)
        self._calls = RowsModel(("key", "dueText", "customer", "phone", "caller", "overdue"), "key", self)
        self._problems = RowsModel(("key", "time", "problemText"), "key", self)
        self._notes = RowsModel(("key", "time", "by", "noteText"), "key", self)
        self._note_error = ""
        self._as_of: datetime | None = None  # the hub away: the hall is as of then
        session.changed.connect(self._follow_session)

    @property
    def active(self) -> bool:
        actor = self._session.actor
        return actor is not None and actor.role is Role.BRANCH_HEAD

    def _follow_session(self) -> None:
        if self.active:
            self._day = self._today()
            self.refresh()

    def on_changes(self, change: Changes) -> None:
        kinds = (
            Changed.TAGS
            | Changed.HANDOFFS
            | Changed.PRESENCE
            | Changed.CALLBACKS
            | Changed.CREDIT
            | Changed.SETTINGS
            | Changed.STANDARDS
            | Changed.CLOCK
            | Changed.SYNC
            | Changed.NOTES
        )
        if self.active and kinds in change:
            self.refresh()

    def retranslate(self) -> None:
        if self.active:
            self.refresh()

    def _today(self) -> date:
        return self._ctx.now().astimezone(self._ctx.tz).date()

    def refresh(self) -> None:
        self._evening = evening = evening_meeting(self._ctx, self._day)
        first, last = span_days(self._span, self._day)
        self._report = r = evening.report if self._span is Span.DAY else report(self._ctx, first, last)
        self._summary = summary(self._ctx, self._span, self._day, of=r)
        self._refresh_behind()
        self._hall = hall(self._ctx)
        actor = self._session.actor
        if self._hub and actor is not None:
            self._refusals.refresh(self._ctx, actor)
        first, last, self._flags = coaching_flags(self._ctx, self._day)
        self._flag_days = (first, last)
        self._hall_rows.set_rows(
            [
                {
                    "staffId": w.staff_id,
                    "name": w.name,
                    "presenceText": presence_text(w.presence, w.since, w.away_reason, self._ctx.tz),
                    "holding": w.holding,
                    "onDuty": w.wait is not None,
                }
                for w in self._hall.wealth_managers
            ]
        )
        flagged = {(f.staff_id, f.kind) for f in self._flags}
        self._wms.set_rows(
            [
                {
                    "staffId": w.staff_id,
                    "name": w.name,
                    "accepted": w.accepted,
                    "outcomes": w.converted + w.not_converted,
                    "converted": w.converted,
                    # converted over the outcomes recorded (a follow-up is still open), both in sight
                    "rateText": share_text(w.converted, w.converted + w.not_converted),
                    "responseText": minutes_seconds(w.average_response.total_seconds()) if w.average_response else "—",
                    "rateLow": (w.staff_id, "low_conversion") in flagged,
                    "slow": (w.staff_id, "slow_response") in flagged,
                }
                for w in r.wealth_managers
            ]
        )
        self._referrers.set_rows(
            [
                {
                    "staffId": p.staff_id,
                    "name": p.name,
                    "tagged": p.tagged,
                    "eligible": p.eligible,
                    "referred": p.referred,
                    "converted": p.converted,
                    "missed": p.eligible_not_referred,
                }
                for p in r.referrers
            ]
        )
        self._missed.set_rows(
            [
                {
                    "tagId": m.tag_id,
                    "time": self._when(m.at),
                    "customer": " · ".join(x for x in (m.address_as, m.ticket) if x) or translate("Branch", "Customer"),
                    "purposeText": purpose_name(m.purpose),
                    "referrer": m.referrer,
                    "reasonText": not_referred_text(m.reason, m.reason_text),
                    "reasonGiven": bool(m.reason),
                }
                for m in r.missed
            ]
        )
        coached = last_coaching(self._ctx)
        people: dict[int, list[Flag]] = {}
        for f in self._flags:  # one row per person, their flags together, in the order the flags came
            people.setdefault(f.staff_id, []).append(f)
        self._flag_rows.set_rows(
            [
                {
                    "staffId": staff_id,
                    "name": flags[0].name,
                    "flagText": "\n".join(self._flag_text(f) for f in flags),
                    "coachingText": self._coaching_text(coached.get(staff_id)),
                }
                for staff_id, flags in people.items()
            ]
        )
        self._credit.set_rows([{"staffId": c.staff_id, "name": c.name, "amountText": money(c.fen)} for c in r.credit])
        self._calls.set_rows(
            [
                {
                    "key": c.callback_id or c.handoff_id,
                    "dueText": c.due_at.astimezone(self._ctx.tz).strftime("%m-%d %H:%M"),
                    "customer": c.address_as or translate("Branch", "Customer"),
                    "phone": masked_phone(c.phone),  # the head does not make the call
                    "caller": c.caller,
                    "overdue": c.overdue,
                }
                for c in evening.calls
            ]
        )
        self._problems.set_rows(
            [
                {"key": p.id, "time": clock_time(p.created_at, self._ctx.tz), "problemText": problem_text(p)}
                for p in evening.problems
            ]
        )
        self._notes.set_rows(
            [
                {"key": n.id, "time": clock_time(n.at, self._ctx.tz), "by": n.by, "noteText": n.text}
                for n in evening.notes
            ]
        )
        self.changed.emit()

    # -- the summary figures and the customers behind them -------------------------------------

    def _before_name(self) -> str:
        """The period compared with, as the change line names it: last Tue, last week, last month."""
        if self._span is Span.WEEK:
            return translate("Branch", "last week")
        if self._span is Span.MONTH:
            return translate("Branch", "last month")
        return (
            translate("Branch", "last Mon"),
            translate("Branch", "last Tue"),
            translate("Branch", "last Wed"),
            translate("Branch", "last Thu"),
            translate("Branch", "last Fri"),
            translate("Branch", "last Sat"),
            translate("Branch", "last Sun"),
        )[self._day.weekday()]

    @staticmethod
    def _duration(wait: timedelta | None) -> str:
        """A wait: 4:05 (minutes and seconds) within the hour, 13 h 53 min beyond it; — for none."""
        if wait is None:
            return "—"
        seconds = int(wait.total_seconds())
        if seconds < 3600:
            return minutes_seconds(seconds)
        hours, minutes = str(seconds // 3600), str(seconds % 3600 // 60)
        return translate("Branch", "%1 h %2 min").replace("%1", hours).replace("%2", minutes)

    def _change(self, now: int, before: int, text: Any, *, more_is_better: bool = True) -> tuple[str, str]:
        """The change line ("+3 vs last Tue") and its tone: "good", "bad" or "" (the sign says it too)."""
        name = self._before_name()
        if now == before:
            return translate("Branch", "same as %1").replace("%1", name), ""
        sign = "+" if now > before else "−"
        change = translate("Branch", "%1 vs %2").replace("%1", sign + text(abs(now - before))).replace("%2", name)
        return change, "good" if (now > before) == more_is_better else "bad"

    def _figures(self) -> list[dict[str, object]]:
        sm = self._summary
        if sm is None:
            return []
        now, before = sm.now, sm.before
        cards: list[dict[str, object]] = []
        for stage, label, a, b in (
            (Stage.TAGGED, translate("Branch", "Tagged"), now.tagged, before.tagged),
            (Stage.REFERRED, translate("Branch", "Referred"), now.referred, before.referred),
            (Stage.CONVERTED, translate("Branch", "Converted"), now.converted, before.converted),
        ):
            change, tone = self._change(a, b, str)
            cards.append({"stage": str(stage), "label": label, "value": str(a), "change": change, "tone": tone})
        change, tone = self._change(now.credit_fen, before.credit_fen, _whole_yuan)
        cards.append(
            {
                "stage": str(Stage.CREDIT),
                "label": translate("Branch", "Team credit"),
                "value": _whole_yuan(now.credit_fen),
                "change": change,
                "tone": tone,
            }
        )
        if now.longest_wait is None or before.longest_wait is None:
            was = self._duration(before.longest_wait)
            change = translate("Branch", "%1: %2").replace("%1", self._before_name()).replace("%2", was)
            tone = ""
        else:
            change, tone = self._change(
                int(now.longest_wait.total_seconds()),
                int(before.longest_wait.total_seconds()),
                lambda n: self._duration(timedelta(seconds=n)),
                more_is_better=False,
            )
        cards.append(
            {
                "stage": str(Stage.WAIT),
                "label": translate("Branch", "Longest wait"),
                "value": self._duration(now.longest_wait),
                "change": change,
                "tone": tone,
            }
        )
        return cards

    def _stage_name(self, stage: Stage) -> str:
        return {
            Stage.TAGGED: translate("Branch", "Tagged"),
            Stage.ELIGIBLE: translate("Branch", "Eligible"),
            Stage.REFERRED: translate("Branch", "Referred"),
            Stage.ACCEPTED: translate("Branch", "Accepted"),
            Stage.MET: translate("Branch", "Met"),
            Stage.CONVERTED: translate("Branch", "Converted"),
            Stage.CREDIT: translate("Branch", "Team credit"),
            Stage.WAIT: translate("Branch", "Longest wait"),
        }[stage]

    def _when(self, at: datetime) -> str:
        """A customer's time in a list: 09:16 within a day, 11-24 09:16 within a week or a month."""
        return clock_time(at, self._ctx.tz) if self._span is Span.DAY else day_time(at, self._ctx.tz)

    def _behind_row(self, b: Behind) -> dict[str, object]:
        if b.state:
            where = state_text(dh.State(b.state))
        else:
            where = translate("Branch", "Not referred") if b.eligible else translate("Branch", "Not eligible")
        extra = ""
        if self._stage is Stage.WAIT:
            extra = self._duration(b.wait)
        elif self._stage is Stage.CREDIT:
            extra = money(b.credit_fen)
        return {
            "key": b.tag_id,
            "time": self._when(b.at),
            "customer": b.address_as or translate("Branch", "Customer"),
            "ticket": b.ticket or "—",
            "referrer": b.referrer,
            "stateText": where,
            "extra": extra,
            "phone": masked_phone(b.phone),  # the head does not make the call
        }

    def _refresh_behind(self) -> None:
        if self._stage is None:
            self._behind.set_rows([])
            return
        found = customers(self._ctx, *span_days(self._span, self._day), self._stage)
        self._behind.set_rows([self._behind_row(b) for b in found])

    def _behind_title(self) -> str:
        if self._stage is None:
            return ""
        return (
            translate("Branch", "%1 · %2 customers")
            .replace("%1", self._stage_name(self._stage))
            .replace("%2", str(self._behind.rowCount()))
        )

    def _behind_extra(self) -> str:
        if self._stage is Stage.WAIT:
            return translate("Branch", "Waited")
        if self._stage is Stage.CREDIT:
            return translate("Branch", "Team credit")
        return ""

    @Slot(str)
    def showCustomers(self, stage: str) -> None:
        """The customers behind a figure or a step of the funnel, for the span shown."""
        self._stage = Stage(stage)
        self._refresh_behind()
        self.changed.emit()

    @Slot()
    def closeCustomers(self) -> None:
        self._stage = None
        self._refresh_behind()
        self.changed.emit()

    @Slot(str)
    def setSpan(self, span: str) -> None:
        """Day, week (Monday to Sunday) or month around the day shown."""
        if Span(span) is not self._span:
            self._span = Span(span)
            self.refresh()

    def _coaching_text(self, note: Note | None) -> str:
        if note is None:
            return translate("Branch", "No coaching talk on record yet")
        day = note.at.astimezone(self._ctx.tz).strftime("%Y-%m-%d")
        return translate("Branch", "Last coaching talk, %1: %2").replace("%1", day).replace("%2", note.text)

    def _flag_text(self, f: Flag) -> str:
        e = f.evidence
        if f.kind == "low_conversion":
            return (
                translate("Branch", "Conversion %1 against the branch's %2 (%3 of %4 converted): coach on closing")
                .replace("%1", rate_text(e["rate"]))
                .replace("%2", rate_text(e["median"]))
                .replace("%3", str(e["converted"]))
                .replace("%4", str(e["decided"]))
            )
        if f.kind == "slow_response":
            return (
                translate("Branch", "Answers in %1 on average against the branch's %2 (%3 customers): check presence")
                .replace("%1", minutes_seconds(e["average"].total_seconds()))
                .replace("%2", minutes_seconds(e["median"].total_seconds()))
                .replace("%3", str(e["accepted"]))
            )
        return (
            translate("Branch", "Referred %1 of %2 eligible customers: go over the standards together")
            .replace("%1", str(e["referred"]))
            .replace("%2", str(e["eligible"]))
        )

    # -- properties -----------------------------------------------------------------------------

    def _day_text(self) -> str:
        day = self._day.strftime("%Y-%m-%d")
        first, last = span_days(self._span, self._day)
        current = first <= self._today() <= last
        if self._span is Span.WEEK:
            sep = "至" if chinese() else " to "
            days = f"{first:%Y-%m-%d}{sep}{last:%m-%d}"
            return translate("Branch", "This week, %1").replace("%1", days) if current else days
        if self._span is Span.MONTH:
            month = f"{first:%Y-%m}"
            return translate("Branch", "This month, %1").replace("%1", month) if current else month
        if self._day == self._today():
            return translate("Branch", "Today, %1").replace("%1", day)
        return day

    def _funnel(self) -> list[dict[str, object]]:
        if self._report is None:
            return []
        f = self._report.funnel
        steps = (
            (translate("Branch", "Tagged"), f.tagged),
            (translate("Branch", "Eligible"), f.eligible),
            (translate("Branch", "Referred"), f.referred),
            (translate("Branch", "Accepted"), f.accepted),
            (translate("Branch", "Met"), f.met),
            (translate("Branch", "Converted"), f.converted),
        )
        stages = (Stage.TAGGED, Stage.ELIGIBLE, Stage.REFERRED, Stage.ACCEPTED, Stage.MET, Stage.CONVERTED)
        return [
            {
                "stage": str(stages[i]),
                "label": label,
                "count": n,
                "fraction": n / f.tagged if f.tagged else 0.0,
                # stage to stage, over the step above: "5/6 (83%)"; nothing on the first step
                "stepText": share_text(n, steps[i - 1][1]) if i else "",
            }
            for i, (label, n) in enumerate(steps)
        ]

    def _charts(self) -> dict[str, object]:
        """Numbers for the charts: referrals per referrer; conversion (%) and response (minutes) per
        wealth manager with the branch medians (-1: no median to draw)."""
        r = self._report
        if r is None:
            return {}
        wms = r.wealth_managers
        return {
            "referrers": [p.name for p in r.referrers],
            "eligible": [p.eligible for p in r.referrers],
            "referred": [p.referred for p in r.referrers],
            "wealthManagers": [w.name for w in wms],
            "conversion": [round(100 * (w.conversion_rate or 0)) for w in wms],
            "response": [round(w.average_response.total_seconds() / 60, 1) if w.average_response else 0 for w in wms],
            "medianConversion": round(100 * r.median_conversion) if r.median_conversion is not None else -1,
            "medianResponse": round(r.median_response.total_seconds() / 60, 1) if r.median_response else -1,
        }

    def set_stale_since(self, as_of: datetime | None) -> None:
        """The hub away: the hall now is what it last said, as of `as_of`; None: live."""
        self._as_of = as_of
        self.changed.emit()

    def _queue_text(self) -> str:
        h = self._hall
        if h is None or not h.queued:
            text = translate("Branch", "Nobody waiting in the queue")
        else:
            oldest = minutes_seconds((self._ctx.now() - h.oldest_since).total_seconds()) if h.oldest_since else "—"
            text = translate("Branch", "%1 waiting · the longest for %2").replace("%1", str(h.queued))
            text = text.replace("%2", oldest)
            if h.fast_track_waiting:
                text += " · " + translate("Branch", "%1 fast-track").replace("%1", str(h.fast_track_waiting))
        if self._as_of is not None:
            stale = translate("Branch", "branch hub away: as of %1")
            text += " · " + stale.replace("%1", clock_time(self._as_of, self._ctx.tz))
        return text

    def _median_text(self) -> str:
        r = self._report
        if r is None:
            return ""
        response = minutes_seconds(r.median_response.total_seconds()) if r.median_response else "—"
        return (
            translate("Branch", "Branch median: conversion %1 · response %2")
            .replace("%1", rate_text(r.median_conversion))
            .replace("%2", response)
        )

    def _flags_title(self) -> str:
        first, last = self._flag_days
        sep = "至" if chinese() else " to "
        return translate("Branch", "Who needs coaching (%1)").replace("%1", f"{first:%m-%d}{sep}{last:%m-%d}")

    dayText = Property(str, _day_text, notify=changed)
    dayIso = Property(str, lambda self: self._day.isoformat(), notify=changed)
    todayIso = Property(str, lambda self: self._today().isoformat(), notify=changed)
    isToday = Property(bool, lambda self: self._day == self._today(), notify=changed)
    span = Property(str, lambda self: str(self._span), notify=changed)
    # a later span has begun: the arrow forward may go there
    canForward = Property(bool, lambda self: span_days(self._span, self._day)[1] < self._today(), notify=changed)
    figures = Property(list, _figures, notify=changed)
    customers = Property(QObject, lambda self: self._behind, constant=True)
    customersTitle = Property(str, _behind_title, notify=changed)
    customersExtra = Property(str, _behind_extra, notify=changed)
    customersStage = Property(str, lambda self: str(self._stage or ""), notify=changed)
    queueText = Property(str, _queue_text, notify=changed)
    funnel = Property(list, _funnel, notify=changed)
    charts = Property("QVariantMap", _charts, notify=changed)
    medianText = Property(str, _median_text, notify=changed)
    flagsTitle = Property(str, _flags_title, notify=changed)
    creditTotalText = Property(
        str, lambda self: money(self._report.credit_total_fen) if self._report else "", notify=changed
    )
    hallRows = Property(QObject, lambda self: self._hall_rows, constant=True)
    wealthManagers = Property(QObject, lambda self: self._wms, constant=True)
    referrers = Property(QObject, lambda self: self._referrers, constant=True)
    missed = Property(QObject, lambda self: self._missed, constant=True)
    flags = Property(QObject, lambda self: self._flag_rows, constant=True)
    credit = Property(QObject, lambda self: self._credit, constant=True)
    calls = Property(QObject, lambda self: self._calls, constant=True)
    problems = Property(QObject, lambda self: self._problems, constant=True)
    notes = Property(QObject, lambda self: self._notes, constant=True)
    noteError = Property(str, lambda self: self._note_error, notify=changed)
    noteMax = Property(int, lambda self: NOTE_MAX, constant=True)
    exportText = Property(str, lambda self: self._export_text, notify=changed)
    hubRefusalText = Property(str, lambda self: self._refusals.text(), notify=changed)
    canExport = Property(bool, lambda self: self._exports is not None, notify=changed)
    missedCount = Property(int, lambda self: len(self._report.missed) if self._report else 0, notify=changed)
    flagCount = Property(int, lambda self: len(self._flags), notify=changed)

    @Slot(str)
    def export(self, kind: str) -> None:
        """Save the evening meeting as "pdf" or "csv" in the exports folder, and say where."""
        if self._exports is None or self._evening is None:
            return
        path = self._exports / f"evening-{self._day:%Y-%m-%d}.{kind}"
        try:
            private_dir(self._exports)  # inside the 0700 data directory, and 0700 itself
            if kind == "pdf":
                write_pdf(self._evening, path, self._ctx.tz)
            else:
                write_csv(self._evening, path)
            tighten(path)  # staff names and figures: 0600 as every file of the data directory
        except OSError as e:
            self._export_text = translate("Branch", "Could not save: %1").replace("%1", e.strerror or str(e))
        else:
            self._export_text = translate("Branch", "Saved: %1").replace("%1", str(path))
        self.changed.emit()

    def _add_note(self, command: AddNote) -> bool:
        def refused(e: DomainError) -> None:
            self._note_error = self._note_refusal(e)
            self.changed.emit()

        self._note_error = ""
        return run_op(self._bus, self._session, lambda a: add_note(self._ctx, a, command), refused) is not None

    @staticmethod
    def _note_refusal(e: DomainError) -> str:
        if (e.field, e.rule) == ("text", "required"):
            return translate("Branch", "Write what happened")
        if (e.field, e.rule) == ("staff_id", "required"):
            return translate("Branch", "This colleague is no longer on the staff")
        return error_text(e)

    @Slot(str, result=bool)
    def addProblemNote(self, text: str) -> bool:
        """A problem noticed during the day, for the evening meeting; False when refused (the reason shows)."""
        return self._add_note(AddNote(kind=str(NoteKind.PROBLEM), text=text))

    @Slot(int, str, result=bool)
    def addCoachingNote(self, staff_id: int, text: str) -> bool:
        """A coaching talk with one colleague, shown beside their flags."""
        return self._add_note(AddNote(kind=str(NoteKind.COACHING), staff_id=staff_id, text=text))

    @Slot()
    def clearNoteError(self) -> None:
        if self._note_error:
            self._note_error = ""
            self.changed.emit()

    @Slot()
    def dismissHubRefusals(self) -> None:
        self._refusals.dismiss()
        self.changed.emit()

    @Slot()
    def printEvening(self) -> None:
        """Print the evening meeting on a printer the head picks; without one, say how else."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo  # only when printing

        if self._evening is None:
            return
        if not QPrinterInfo.availablePrinters():
            self._export_text = translate("Branch", "No printer is set up on this computer: save as PDF and print that")
            self.changed.emit()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"evening-{self._day:%Y-%m-%d}")
        if QPrintDialog(printer).exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_on(self._evening, printer, self._ctx.tz)
        self._export_text = translate("Branch", "Sent to the printer %1").replace("%1", printer.printerName())
        self.changed.emit()

    @Slot()
    def previousDay(self) -> None:
        """The day, week or month before."""
        self._day = step(self._span, self._day, -1)
        self.refresh()

    @Slot()
    def nextDay(self) -> None:
        """The day, week or month after, never past today."""
        if span_days(self._span, self._day)[1] < self._today():
            self._day = min(step(self._span, self._day, 1), self._today())
            self.refresh()

    @Slot(str)
    def showDate(self, day: str) -> None:
        """A day picked on the calendar (YYYY-MM-DD); the future has no figures yet."""
        picked = date.fromisoformat(day)
        if picked <= self._today():
            self._day = picked
            self.refresh()

    @Slot()
    def showToday(self) -> None:
        self._day = self._today()
        self.refresh()


def _whole_yuan(fen: int) -> str:
    """Credit on a summary card: whole yuan, ¥1,817,000 (the credit panel has it to the fen)."""
    return f"¥{fen // 100:,}"
