"""indexes for the branch head's reports over years of data (each wealth manager's day, recent
meetings, a day's credit)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 22:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HANDOFF = {
    "ix_handoff_assignee_accepted": ["assignee_id", "accepted_at"],
    "ix_handoff_assignee_met": ["assignee_id", "met_at"],
    "ix_handoff_assignee_closed": ["assignee_id", "closed_at"],
    "ix_handoff_closed_at": ["closed_at"],
}


def upgrade() -> None:
    for name, columns in HANDOFF.items():
        op.create_index(name, "handoff", columns)
    op.create_index("ix_credit_entry_created_at", "credit_entry", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_credit_entry_created_at", table_name="credit_entry")
    for name in HANDOFF:
        op.drop_index(name, table_name="handoff")
