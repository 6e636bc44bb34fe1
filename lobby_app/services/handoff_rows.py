"""The bridge between a handoff row and the pure state machine's snapshot."""

from __future__ import annotations

from datetime import datetime

from ..domain import handoff as dh
from ..store.tables import Handoff


def snapshot(row: Handoff) -> dh.Handoff:
    return dh.Handoff(
        state=dh.State(row.state),
        referrer_id=row.referrer_id,
        fast_track=row.fast_track,
        assignee_id=row.assignee_id,
        escalations=row.escalations,
        declined_by=tuple(row.declined_by),
        outcome_sales=tuple((str(code), int(fen)) for code, fen in row.outcome_sales),
        outcome_reason=row.outcome_reason,
        follow_up_at=row.follow_up_at,
    )


def apply(row: Handoff, h: dh.Handoff, now: datetime) -> None:
    """Copy the new state onto the row; closing states stamp closed_at."""
    row.state = h.state
    row.assignee_id = h.assignee_id
    row.escalations = h.escalations
    row.declined_by = list(h.declined_by)
    row.outcome_sales = [[code, fen] for code, fen in h.outcome_sales]
    row.outcome_products = list(h.outcome_products)
    row.outcome_amount_fen = h.outcome_amount_fen
    row.outcome_reason = h.outcome_reason
    row.follow_up_at = h.follow_up_at
    row.updated_at = now
    if h.state in dh.TERMINAL or h.state is dh.State.FOLLOW_UP:
        row.closed_at = now
