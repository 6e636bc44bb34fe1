"""The evening meeting (夕会, DOMAIN.md): one screen and one export for a day. The day's figures, the
calls due by the end of the next day (overdue ones first), and what went wrong during the day: what the
software noticed, and the problems the branch head noted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlmodel import select

from ..store.tables import Staff
from .context import Ctx
from .day_report import Report, day_report
from .desk import Task, tasks_in
from .notes import Note, NoteKind, notes
from .notifications import Notice, noted_between


@dataclass(frozen=True, slots=True)
class Evening:
    report: Report
    calls: tuple[Task, ...]  # callbacks and follow-ups due by the end of the next day, soonest first
    problems: tuple[Notice, ...]  # offers unanswered, customers every wealth manager declined
    notes: tuple[Note, ...] = ()  # problems the branch head noted during the day, oldest first


def evening_meeting(ctx: Ctx, day: date) -> Evening:
    start = datetime.combine(day, time(), tzinfo=ctx.tz)
    end = start + timedelta(days=1)
    with ctx.db.read() as s:
        names = dict(s.exec(select(Staff.id, Staff.name)).all())
        calls = tasks_in(s, None, ctx.now(), names)
    return Evening(
        report=day_report(ctx, day),
        calls=tuple(c for c in calls if c.due_at < end + timedelta(days=1)),
        problems=tuple(noted_between(ctx, start, end)),
        notes=tuple(notes(ctx, kind=NoteKind.PROBLEM, start=start, end=end)),
    )
