"""Who could have taken part in a sale besides its referrer and its seller: the colleagues the seller
may name on the outcome dialog (services.handoffs.check_took_part refuses anyone else)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from ..domain.roles import Actor, Role
from ..store.tables import Handoff, Staff
from .context import Ctx, get_or_404


@dataclass(frozen=True, slots=True)
class TookPartChoices:
    referrer_id: int
    referrer_name: str
    colleagues: tuple[tuple[int, str, Role], ...]  # (id, name, role) of the active staff, by staff number


def took_part_choices(ctx: Ctx, actor: Actor, *, handoff_id: str) -> TookPartChoices:
    """The referrer of `handoff_id`, and every active colleague but the referrer and `actor` (the seller)."""
    with ctx.db.read() as s:
        row = get_or_404(s, Handoff, handoff_id, field="handoff_id")
        referrer = s.get(Staff, row.referrer_id)
        rows = s.exec(select(Staff).where(col(Staff.active).is_(True)).order_by(col(Staff.staff_no))).all()
        return TookPartChoices(
            row.referrer_id,
            referrer.name if referrer is not None else "",
            tuple(
                (r.id, r.name, Role(r.role))
                for r in rows
                if r.id is not None and r.id not in (row.referrer_id, actor.staff_id)
            ),
        )
