"""the hub keeps when each device was last seen, who used it last, its app version and its waiting changes

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import lobby_app.store.types

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("hub_device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_seen_at", lobby_app.store.types.UTCDateTime(length=32), nullable=True))
        batch_op.add_column(sa.Column("last_staff_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("app_version", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("waiting", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("hub_device", schema=None) as batch_op:
        for column in ("waiting", "app_version", "last_staff_id", "last_seen_at"):
            batch_op.drop_column(column)
