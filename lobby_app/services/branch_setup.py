"""Setting up a real branch on an empty store (the hub's, or a device's with no hub): its name and
code, its time zone, the day the referral credit rolls out, and its branch head.

The branch's identity lives in the shared `setting` table, so every device shows the same name and
keeps the branch's day in the branch's time zone (app_setup reads `branch_timezone` at start).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import select

from ..domain import credit
from ..domain.errors import DomainError, ValidationError
from ..domain.pins import check_new_pin, hash_pin
from ..domain.roles import Role
from ..domain.text import check_text
from ..store.tables import CreditSchedule, Setting, Staff
from .context import Changed, Changes, Ctx, changes, record
from .staff import NAME_MAX, STAFF_NO_MAX, add_person

BRANCH_NAME, BRANCH_CODE, BRANCH_TIMEZONE = "branch_name", "branch_code", "branch_timezone"
CODE_MAX = 16


@dataclass(frozen=True, slots=True)
class BranchSetup:
    name: str  # e.g. 城东支行
    code: str  # the bank's code for the branch, letters and digits
    timezone: str  # IANA, e.g. Asia/Shanghai
    rollout: date  # the first day of the credit's phase 1 (DOMAIN.md: 80/20)
    head_no: str
    head_name: str
    head_pin: str


def is_set_up(ctx: Ctx) -> bool:
    """Whether the store holds a branch (anyone on its staff)."""
    with ctx.db.read() as s:
        return s.exec(select(Staff.id).limit(1)).first() is not None


def setup_refusals(setup: BranchSetup) -> list[DomainError]:
    """Every field's refusal at once, in the form's order (a screen shows each under its field); empty
    when every field is right. Nothing is read or written."""
    checks: tuple[Callable[[], object], ...] = (
        lambda: check_text(setup.name, field="branch_name", max_len=NAME_MAX, required=True),
        lambda: _check_code(setup.code, field="branch_code", max_len=CODE_MAX),
        lambda: _check_zone(setup.timezone),
        lambda: _check_rollout(setup.rollout),
        lambda: _check_code(setup.head_no, field="staff_no", max_len=STAFF_NO_MAX),
        lambda: check_text(setup.head_name, field="name", max_len=NAME_MAX, required=True),
        lambda: check_new_pin(setup.head_pin, str(setup.head_no)),
    )
    refusals: list[DomainError] = []
    for check in checks:
        try:
            check()
        except DomainError as e:
            refusals.append(e)
    return refusals


def _check_code(value: object, *, field: str, max_len: int) -> str:
    code = check_text(value, field=field, max_len=max_len, required=True)
    if not code.isascii() or not code.isalnum():
        raise ValidationError(field, "bad_code", "may hold only letters and digits")
    return code


def _check_zone(zone: object) -> None:
    try:
        ZoneInfo(str(zone))
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("timezone", "unknown", f"{zone!r} is no time zone (e.g. Asia/Shanghai)") from None


def _check_rollout(rollout: object) -> None:
    if not isinstance(rollout, date) or isinstance(rollout, datetime):
        raise ValidationError("rollout", "bad_date", "must be a date (YYYY-MM-DD)")


def set_up_branch(ctx: Ctx, setup: BranchSetup) -> Changes:
    """Every field is checked before anything is written (the first refusal is raised; `setup_refusals`
    gives them all); a store that already holds a branch is refused."""
    refusals = setup_refusals(setup)
    if refusals:
        raise refusals[0]
    name, code = setup.name.strip(), setup.code.strip()
    head_no = setup.head_no.strip()
    pin_hash = hash_pin(setup.head_pin)  # slow: before the lock
    now = ctx.now()
    with ctx.db.write() as s:  # the head and the branch together, or neither
        if s.exec(select(Staff.id).limit(1)).first() is not None:
            raise ValidationError("branch", "already_set_up", "this store already holds a branch")
        head = setup.head_name.strip()
        add_person(s, ctx, None, staff_no=head_no, name=head, role=Role.BRANCH_HEAD, pin_hash=pin_hash)
        for key, value in ((BRANCH_NAME, name), (BRANCH_CODE, code), (BRANCH_TIMEZONE, setup.timezone)):
            s.merge(Setting(key=key, value=value, updated_at=now))
        # A new branch has only the default schedule, made today at the store's first start: it starts
        # at the branch's own roll-out day instead.
        first = s.get(CreditSchedule, 1)
        if (
            first is not None
            and s.exec(select(CreditSchedule.version).where(CreditSchedule.version > 1)).first() is None
        ):
            first.data = credit.schedule_to_dict(credit.default_schedule(setup.rollout))
            s.add(first)
        record(
            s,
            ctx,
            staff_id=None,
            entity="branch",
            entity_id=code,
            action="set_up_branch",
            data={"name": name, "code": code, "timezone": setup.timezone, "rollout": setup.rollout.isoformat()},
        )
    return changes(Changed.SETTINGS, Changed.STAFF, Changed.CREDIT)


def branch_identity(ctx: Ctx) -> tuple[str, str]:
    """(name, code) of the branch; empty before it is set up (a demo store)."""
    with ctx.db.read() as s:
        name, code = s.get(Setting, BRANCH_NAME), s.get(Setting, BRANCH_CODE)
    return (str(name.value) if name else "", str(code.value) if code else "")


def branch_timezone(ctx: Ctx) -> str | None:
    with ctx.db.read() as s:
        row = s.get(Setting, BRANCH_TIMEZONE)
    return str(row.value) if row is not None else None
