"""the hub no longer keeps a key derived from each person's PIN: only version 2 devices signed with it

A hub of protocol 4 serves devices of version 3 and 4, which sign with the random secret the hub gives
at sign-in. The column held a key anyone who read the hub's store could have tried PINs against; it is
dropped with its values. A downgrade brings the column back empty: a version 2 device signs for nobody
until that person's PIN is set again by the older code.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 17:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff_key", schema=None) as batch_op:
        batch_op.drop_column("key")


def downgrade() -> None:
    with op.batch_alter_table("staff_key", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False, server_default="")
        )
