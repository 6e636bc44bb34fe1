"""The branch head's whole-number settings: each with its default, its range and its unit.

Stored in the shared `setting` table, so every device and the hub see the same value; each change is
a mutation of its own name, checked again at the hub.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.roles import Actor, Role
from ..protocol.commands import SetCoachingDays, SetResponseTime, SetWholeValue
from ..store.tables import Setting
from .context import Changed, Changes, Ctx, changes, record


@dataclass(frozen=True, slots=True)
class WholeSetting:
    key: str  # in the setting table, and the field a refusal names
    what: str  # for messages: "the response time"
    default: int
    low: int
    high: int
    unit: str  # seconds · days
    command: type[SetWholeValue]  # what the hub is sent


RESPONSE_TIME = WholeSetting("response_time_s", "the response time", 120, 30, 30 * 60, "seconds", SetResponseTime)
COACHING_DAYS = WholeSetting("coaching_days", "the coaching period", 7, 1, 90, "days", SetCoachingDays)


def value(ctx: Ctx, setting: WholeSetting) -> int:
    with ctx.db.read() as s:
        return value_in(s, setting)


def value_in(s: Session, setting: WholeSetting) -> int:
    row = s.get(Setting, setting.key)
    return setting.default if row is None else int(row.value)


def set_value(ctx: Ctx, actor: Actor, setting: WholeSetting, new: object) -> Changes:
    """The branch head sets it; anything but a whole number in range is refused and nothing changes."""
    if actor.role is not Role.BRANCH_HEAD:
        raise PermissionDenied("actor", "wrong_role", f"only the branch head may set {setting.what}")
    if isinstance(new, bool) or not isinstance(new, int):
        raise ValidationError(setting.key, "not_a_number", f"must be a whole number of {setting.unit}")
    if not setting.low <= new <= setting.high:
        raise ValidationError(
            setting.key,
            "out_of_range",
            f"must be between {setting.low} and {setting.high} {setting.unit}",
            low=setting.low,
            high=setting.high,
        )
    now = ctx.now()
    with ctx.db.write() as s:
        row = s.get(Setting, setting.key) or Setting(key=setting.key, value=setting.default, updated_at=now)
        before = row.value
        row.value, row.updated_at = new, now
        s.add(row)
        record(
            s,
            ctx,
            staff_id=actor.staff_id,
            entity="setting",
            entity_id=setting.key,
            action=setting.command.NAME,
            data={"value": new, "before": before, "after": new},  # the audit log shows before → after
            command=setting.command(value=new),
        )
    return changes(Changed.SETTINGS)
