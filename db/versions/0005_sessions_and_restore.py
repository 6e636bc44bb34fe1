"""staff sessions at the hub; a feed a device can check after the hub is restored from a backup

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 19:35:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "staff_key",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("staff_id"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("session_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("proof", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("deferrals", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("hub_change", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("stamp", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("hub_change", schema=None) as batch_op:
        batch_op.drop_column("stamp")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("deferrals")
        batch_op.drop_column("proof")
        batch_op.drop_column("session_id")
    op.drop_table("staff_key")
