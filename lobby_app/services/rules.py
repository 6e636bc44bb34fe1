"""The branch's rules: referral standards and the credit phase schedule, each versioned."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Text, cast
from sqlmodel import Session, col, select

from ..domain import credit
from ..domain.errors import PermissionDenied, ValidationError
from ..domain.roles import MANAGERS, Actor
from ..domain.standards import Standards, default_standards, standards_from_dict, standards_to_dict
from ..domain.text import check_text
from ..protocol.commands import EditCreditPhases, EditStandards
from ..store.engine import forget_reads, kept_reads
from ..store.replication import core
from ..store.tables import CreditSchedule, Staff, StandardsVersion
from .context import Changed, Changes, Ctx, changes, record
from .month_close import check_schedule_keeps_closed_months

NOTE_MAX = 200


def standards_at(s: Session, at: datetime) -> Standards:
    """The standards version in force at `at` (the newest one effective by then; if every version starts
    later, the first).

    Every tag is judged by it: the versions (a handful) are read once per transaction through Core, with
    their data as the store's text, not decoded, and each version is parsed once (`_parsed`). A hub's push
    of 50 tags reads them once; what writes a version forgets them (`forget_reads`)."""
    reads = kept_reads(s)
    versions: list[tuple[datetime, int, str]] | None = reads.get(STANDARDS)
    if versions is None:
        versions = reads[STANDARDS] = sorted(tuple(row) for row in core(s).execute(_VERSIONS))
    if not versions:
        raise LookupError("no referral standards: run ensure_defaults first")
    in_force = [v for v in versions if v[0] <= at]
    _, version, data = max(in_force) if in_force else min(versions, key=lambda v: v[1])
    return _parsed(version, data)


STANDARDS = "standards_versions"
_VERSIONS = select(StandardsVersion.effective_from, StandardsVersion.version, cast(StandardsVersion.data, Text))


@lru_cache(maxsize=64)
def _parsed(version: int, data: str) -> Standards:
    """Every tag is judged by the standards in force: parse and check a version once, not per tag
    (keyed by its content too, as one process may hold several stores)."""
    return standards_from_dict(json.loads(data), version=version)


@dataclass(frozen=True, slots=True)
class SavedVersion:
    version: int
    standards: Standards
    effective_from: datetime
    created_at: datetime
    created_by: str | None  # the staff member's name; None for the defaults a new branch starts with
    note: str


def saved_versions(ctx: Ctx) -> list[SavedVersion]:
    """Every standards version, oldest first, with the name of who saved it: the history the head reads."""
    with ctx.db.read() as s:
        names: dict[int, str] = dict(s.exec(select(Staff.id, Staff.name)).all())  # type: ignore[arg-type]
        rows = s.exec(select(StandardsVersion).order_by(col(StandardsVersion.version))).all()
        return [
            SavedVersion(
                version=r.version,
                standards=standards_from_dict(r.data, version=r.version),
                effective_from=r.effective_from,
                created_at=r.created_at,
                created_by=names.get(r.created_by) if r.created_by is not None else None,
                note=r.note,
            )
            for r in rows
        ]


def current_standards(ctx: Ctx) -> Standards:
    with ctx.db.read() as s:
        return standards_at(s, ctx.now())


def schedule_in_force(s: Session) -> credit.PhaseSchedule:
    row = s.exec(select(CreditSchedule).order_by(col(CreditSchedule.version).desc())).first()
    if row is None:
        raise LookupError("no credit schedule: run ensure_defaults first")
    return credit.schedule_from_dict(row.data, version=row.version)


def current_schedule(ctx: Ctx) -> credit.PhaseSchedule:
    with ctx.db.read() as s:
        return schedule_in_force(s)


@dataclass(frozen=True, slots=True)
class ScheduleVersion:
    """One saved phase schedule, for its history: who saved it, when, and the team meeting that agreed to it."""

    version: int
    schedule: credit.PhaseSchedule
    created_at: datetime
    created_by: str | None  # the staff member's name; None for the defaults a new branch starts with
    agreed_on: date | None
    agreement_note: str


def schedule_history(ctx: Ctx) -> list[ScheduleVersion]:
    """Every phase schedule, newest first."""
    with ctx.db.read() as s:
        names: dict[int, str] = dict(s.exec(select(Staff.id, Staff.name)).all())  # type: ignore[arg-type]
        rows = s.exec(select(CreditSchedule).order_by(col(CreditSchedule.version).desc())).all()
        history = []
        for r in rows:
            schedule = credit.schedule_from_dict(r.data, version=r.version)
            history.append(
                ScheduleVersion(
                    version=r.version,
                    schedule=schedule,
                    created_at=r.created_at,
                    created_by=names.get(r.created_by) if r.created_by is not None else None,
                    agreed_on=schedule.agreed_on,
                    agreement_note=schedule.agreement_note,
                )
            )
        return history


def ensure_defaults(ctx: Ctx, *, rollout: date | None = None) -> Changes:
    """A new branch starts with DOMAIN.md's standards and phase schedule (version 1 of each)."""
    now = ctx.now()
    done = Changed.NONE
    with ctx.db.write() as s:
        if s.exec(select(StandardsVersion.version).limit(1)).first() is None:
            data = standards_to_dict(default_standards())
            s.add(StandardsVersion(version=1, data=data, effective_from=now, created_at=now, note="defaults"))
            forget_reads(s)
            record(s, ctx, staff_id=None, entity="standards", entity_id=1, action="edit_standards", data={"version": 1})
            done |= Changed.STANDARDS
        if s.exec(select(CreditSchedule.version).limit(1)).first() is None:
            data = credit.schedule_to_dict(credit.default_schedule(rollout or ctx.local_date(now)))
            s.add(CreditSchedule(version=1, data=data, created_at=now))
            record(s, ctx, staff_id=None, entity="credit_schedule", entity_id=1, action="edit_credit_phases", data=data)
            done |= Changed.CREDIT
    return Changes(done)


def edit_standards(
    ctx: Ctx, actor: Actor, *, data: dict[str, Any], effective_from: datetime | None = None, note: str = ""
) -> Changes:
    """Save a new standards version; verdicts already made keep the version they were made under."""
    _require_head(actor)
    now = ctx.now()
    when = effective_from or now
    if when.tzinfo is None:
        raise ValidationError("effective_from", "naive_time", "must carry a time zone")
    if when < now:
        raise ValidationError("effective_from", "in_the_past", "must not be in the past")
    note_ = check_text(note, field="note", max_len=NOTE_MAX, required=False)
    with ctx.db.write() as s:
        last = s.exec(select(StandardsVersion.version).order_by(col(StandardsVersion.version).desc())).first() or 0
        version = last + 1
        validated = standards_to_dict(standards_from_dict(data, version=version))
        forget_reads(s)
        s.add(
            StandardsVersion(
                version=version,
                data=validated,
                effective_from=when,
                created_at=now,
                created_by=actor.staff_id,
                note=note_,
            )
        )
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="standards",
            entity_id=version,
            action="edit_standards",
            data={"version": version, "effective_from": when.isoformat(), "note": note_},
            command=EditStandards(version=version, data=validated, effective_from=when, note=note_),
        )
    return changes(Changed.STANDARDS, id=str(version))


def edit_credit_phases(ctx: Ctx, actor: Actor, *, data: dict[str, Any]) -> Changes:
    """Save a new phase schedule; splits already made keep the schedule they were made under. The
    schedule says when the team agreed to it (the article: 全员协商), on a day not after today."""
    _require_head(actor)
    with ctx.db.write() as s:
        last = s.exec(select(CreditSchedule.version).order_by(col(CreditSchedule.version).desc())).first() or 0
        version = last + 1
        new = credit.schedule_from_dict(data, version=version)
        if new.agreed_on is None:
            raise ValidationError("agreed_on", "required", "say when the team agreed to the new schedule")
        if new.agreed_on > ctx.local_date(ctx.now()):
            raise ValidationError("agreed_on", "in_future", "the team's meeting must have taken place")
        check_schedule_keeps_closed_months(s, new, schedule_in_force(s))
        validated = credit.schedule_to_dict(new)
        s.add(CreditSchedule(version=version, data=validated, created_at=ctx.now(), created_by=actor.staff_id))
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="credit_schedule",
            entity_id=version,
            action="edit_credit_phases",
            data=validated,
            command=EditCreditPhases(version=version, data=validated),
        )
    return changes(Changed.CREDIT, id=str(version))


def _require_head(actor: Actor) -> None:
    if actor.role not in MANAGERS:
        raise PermissionDenied("actor", "wrong_role", "only the branch head may change the branch's rules")
