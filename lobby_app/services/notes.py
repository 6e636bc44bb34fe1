"""The branch head's notes (DOMAIN.md: the head watches the day and coaches): a problem noticed during
the day, read out at the evening meeting, and a coaching talk with one person, shown beside their
coaching flags the next time they come up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement
from sqlmodel import col, select

from ..domain.errors import PermissionDenied, ValidationError, one_of
from ..domain.roles import Actor, Role
from ..domain.text import check_text
from ..protocol.commands import AddNote
from ..store.tables import BranchNote, Staff
from .context import Changed, Changes, Ctx, changes, record

NOTE_MAX = 500


class NoteKind(StrEnum):
    PROBLEM = "problem"
    COACHING = "coaching"


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    kind: NoteKind
    staff_id: int | None
    about: str  # the coached person's name
    text: str
    by: str
    at: datetime


def add_note(ctx: Ctx, actor: Actor, command: AddNote) -> Changes:
    if actor.role is not Role.BRANCH_HEAD:
        raise PermissionDenied("actor", "wrong_role", "only the branch head keeps problem and coaching notes")
    kind = one_of(NoteKind, command.kind, field="kind")
    text = check_text(command.text, field="text", max_len=NOTE_MAX, required=True)
    with ctx.db.write() as s:
        if kind is NoteKind.COACHING:
            person = s.get(Staff, command.staff_id) if command.staff_id is not None else None
            if person is None or not person.active:
                raise ValidationError("staff_id", "required", "name the colleague the talk was with")
        elif command.staff_id is not None:
            raise ValidationError("staff_id", "not_for_problem", "a problem note names no one")
        if s.get(BranchNote, command.id) is not None:
            raise ValidationError("id", "duplicate", "this note is already kept")
        note = BranchNote(
            id=command.id,
            kind=str(kind),
            staff_id=command.staff_id,
            text=text,
            created_by=actor.staff_id,
            created_at=ctx.now(),
        )
        s.add(note)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="note",
            entity_id=note.id,
            action="add_note",
            data={"kind": str(kind), "staff_id": command.staff_id},
            command=AddNote(id=note.id, kind=str(kind), staff_id=command.staff_id, text=text),
        )
    return changes(Changed.NOTES, id=note.id)


def notes(ctx: Ctx, *, kind: NoteKind, start: datetime | None = None, end: datetime | None = None) -> list[Note]:
    """Notes of a kind, oldest first; within [start, end) when given."""
    where: list[ColumnElement[bool]] = [col(BranchNote.kind) == str(kind)]
    if start is not None:
        where.append(col(BranchNote.created_at) >= start)
    if end is not None:
        where.append(col(BranchNote.created_at) < end)
    with ctx.db.read() as s:
        names = dict(s.exec(select(Staff.id, Staff.name)).all())
        rows = s.exec(select(BranchNote).where(*where).order_by(col(BranchNote.created_at))).all()
    return [
        Note(
            n.id,
            NoteKind(n.kind),
            n.staff_id,
            names.get(n.staff_id, "") if n.staff_id is not None else "",
            n.text,
            names.get(n.created_by, ""),
            n.created_at,
        )
        for n in rows
    ]


def last_coaching(ctx: Ctx) -> dict[int, Note]:
    """Each person's latest coaching note."""
    return {n.staff_id: n for n in notes(ctx, kind=NoteKind.COACHING) if n.staff_id is not None}
