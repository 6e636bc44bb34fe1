"""What "purge now" would clear, counted before the branch head confirms it: read only.

The same customers as privacy.purge_now(): tagged before the retention period, not purged yet, and
not converted (tests/services/test_day_summary_purge.py checks the count against the purge itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, func, select

from ..domain import handoff as dh
from ..store.tables import CustomerTag, Handoff
from .branch_settings import value
from .context import Ctx
from .privacy import RETENTION_DAYS


@dataclass(frozen=True, slots=True)
class PurgeDue:
    customers: int
    before: datetime  # customers tagged before this moment
    retention_days: int


def purge_count(ctx: Ctx) -> PurgeDue:
    days = value(ctx, RETENTION_DAYS)
    before = ctx.now() - timedelta(days=days)
    with ctx.db.read() as s:
        converted = select(Handoff.tag_id).where(Handoff.state == dh.State.CONVERTED)
        n = s.exec(
            select(func.count())
            .select_from(CustomerTag)
            .where(
                col(CustomerTag.created_at) < before,
                col(CustomerTag.purged_at).is_(None),
                col(CustomerTag.id).not_in(converted),
            )
        ).one()
    return PurgeDue(int(n), before, days)
