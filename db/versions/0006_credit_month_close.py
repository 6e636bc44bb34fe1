"""the branch head closes a month of referral credit: its splits are locked from then on

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 22:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import lobby_app.store.types

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "credit_month",
        sa.Column("month", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        sa.Column("closed_at", lobby_app.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("team_total_fen", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["closed_by"], ["staff.id"]),
        sa.PrimaryKeyConstraint("month"),
    )


def downgrade() -> None:
    op.drop_table("credit_month")
