"""Before the branch head saves new standards: how they would have judged the recent customers.

"With this change, N more of this week's customers would have been eligible." The recent tags are
judged again under the proposed standards and compared with the verdicts they got at the time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlmodel import col, select

from ..domain.roles import Role
from ..domain.standards import evaluate, standards_from_dict
from ..domain.tags import CustomerTag as Tag
from ..domain.tags import Purpose
from ..store.tables import CustomerTag
from .context import Ctx

PREVIEW_DAYS = 7


@dataclass(frozen=True, slots=True)
class Preview:
    days: int
    customers: int  # tagged in the last `days` days
    eligible_then: int  # under the standards in force when each was tagged
    eligible_now: int  # under the proposed standards
    newly_eligible: int
    no_longer_eligible: int


def preview_standards(ctx: Ctx, data: dict[str, Any], *, days: int = PREVIEW_DAYS) -> Preview:
    """Judge the last `days` days' customers by the proposed standards (`data` as edit_standards takes it).
    Proposed standards that would be refused are refused here too, naming the field."""
    proposed = standards_from_dict(data, version=0)
    since = ctx.now() - timedelta(days=days)
    with ctx.db.read() as s:
        rows = s.exec(select(CustomerTag).where(col(CustomerTag.created_at) >= since)).all()
    then = [r.eligible for r in rows]
    now = [evaluate(_tag(r), proposed).eligible for r in rows]
    return Preview(
        days=days,
        customers=len(rows),
        eligible_then=sum(then),
        eligible_now=sum(now),
        newly_eligible=sum(1 for a, b in zip(then, now, strict=True) if b and not a),
        no_longer_eligible=sum(1 for a, b in zip(then, now, strict=True) if a and not b),
    )


def _tag(row: CustomerTag) -> Tag:
    return Tag(
        purpose=Purpose(row.purpose),
        amount_fen=row.amount_fen,
        products=tuple(row.products),
        six_month_flow_fen=row.six_month_flow_fen,
        clear_intent=row.clear_intent,
        in_a_hurry=row.in_a_hurry,
        address_as="",
        phone=None,
        phone_consent=False,
        ticket="",
        tagged_by=row.tagged_by,
        tagged_by_role=Role.LOBBY_MANAGER,  # not part of any rule
        tagged_at=row.created_at,
    )
