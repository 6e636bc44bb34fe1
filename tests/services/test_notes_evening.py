"""The branch head's notes at their boundaries, and the evening meeting's share of them: the day's problem
notes only (one noted at 23:59 the day before is not the day's; one at 00:00 is)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from lobby_app.domain.errors import DomainError, PermissionDenied, ValidationError
from lobby_app.protocol.commands import AddNote, DeactivateStaff
from lobby_app.services.evening import evening_meeting
from lobby_app.services.notes import NOTE_MAX, NoteKind, add_note, last_coaching, notes
from lobby_app.services.staff_admin import deactivate_staff

from ..conftest import row_counts

TUESDAY = date(2026, 3, 10)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A branch time in March 2026 (Shanghai is UTC+8)."""
    return datetime(2026, 3, day - (1 if hour < 8 else 0), (hour - 8) % 24, minute, tzinfo=UTC)


def refused(ctx, actor, command: AddNote) -> DomainError:
    before = row_counts(ctx)
    with pytest.raises(DomainError) as e:
        add_note(ctx, actor, command)
    assert row_counts(ctx) == before  # nothing written on a refusal
    assert notes(ctx, kind=NoteKind.PROBLEM) == notes(ctx, kind=NoteKind.COACHING) == []
    return e.value


@pytest.mark.parametrize("who", ["lobby", "teller", "wm1"])
def test_only_the_branch_head_keeps_notes(ctx, team, who):
    e = refused(ctx, getattr(team, who), AddNote(kind="problem", text="叫号机故障"))
    assert isinstance(e, PermissionDenied) and e.field == "actor"


@pytest.mark.parametrize(
    ("text", "rule"),
    [("", "required"), ("   ", "required"), ("长" * (NOTE_MAX + 1), "too_long")],
)
def test_a_note_needs_words_and_at_most_500_characters(ctx, team, text, rule):
    e = refused(ctx, team.head, AddNote(kind="problem", text=text))
    assert isinstance(e, ValidationError) and e.field == "text"
    assert e.rule == rule


def test_a_note_of_exactly_500_characters_is_kept(ctx, team):
    add_note(ctx, team.head, AddNote(kind="problem", text="长" * NOTE_MAX))
    assert [len(n.text) for n in notes(ctx, kind=NoteKind.PROBLEM)] == [NOTE_MAX]


def test_a_coaching_note_names_an_active_colleague(ctx, team):
    e = refused(ctx, team.head, AddNote(kind="coaching", text="谈了一句话推荐"))
    assert (e.field, e.rule) == ("staff_id", "required")
    e = refused(ctx, team.head, AddNote(kind="coaching", staff_id=99_999, text="谈了一句话推荐"))
    assert (e.field, e.rule) == ("staff_id", "required")
    deactivate_staff(ctx, team.head, DeactivateStaff(staff_id=team.teller.staff_id))
    e = refused(ctx, team.head, AddNote(kind="coaching", staff_id=team.teller.staff_id, text="谈了一句话推荐"))
    assert (e.field, e.rule) == ("staff_id", "required")
    add_note(ctx, team.head, AddNote(kind="coaching", staff_id=team.wm1.staff_id, text="谈了如何促成"))
    [note] = last_coaching(ctx).values()
    assert (note.staff_id, note.about, note.text, note.by) == (
        team.wm1.staff_id,
        "员工3001",
        "谈了如何促成",
        "员工8001",
    )


def test_the_evening_meeting_lists_the_days_problem_notes_only(ctx, team, clock):
    clock.now = at(9, 23, 59)  # Monday 23:59: the day before
    add_note(ctx, team.head, AddNote(kind="problem", text="昨天的问题"))
    clock.now = at(10, 0)  # Tuesday 00:00: the day's first minute
    add_note(ctx, team.head, AddNote(kind="problem", text="零点的问题"))
    clock.now = at(10, 11, 30)
    add_note(ctx, team.head, AddNote(kind="problem", text="叫号机上午故障半小时"))
    add_note(ctx, team.head, AddNote(kind="coaching", staff_id=team.wm1.staff_id, text="辅导不是问题"))
    clock.now = at(11, 0)  # Wednesday 00:00: the next day's
    add_note(ctx, team.head, AddNote(kind="problem", text="明天的问题"))
    evening = evening_meeting(ctx, TUESDAY)
    assert [(n.text, n.by, n.at) for n in evening.notes] == [
        ("零点的问题", "员工8001", at(10, 0)),
        ("叫号机上午故障半小时", "员工8001", at(10, 11, 30)),
    ]
    assert evening.problems == ()  # the notifications stay beside them, untouched
