"""a staff number locked after 5 wrong PINs in a row, shared by every device and the hub

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import lobby_app.store.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pin_lock",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("locked_until", lobby_app.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("locks", sa.Integer(), nullable=False),
        sa.Column("day", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("updated_at", lobby_app.store.types.UTCDateTime(length=32), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("staff_id"),
    )


def downgrade() -> None:
    op.drop_table("pin_lock")
