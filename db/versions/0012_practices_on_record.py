"""the article's practices on record: why an eligible customer was not referred, who raised a credit
exception and why (a dispute), and the branch head's problem and coaching notes

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import lobby_app.store.types

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customer_tag", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "not_referred_reason", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False, server_default=""
            )
        )
        batch_op.add_column(
            sa.Column(
                "not_referred_text", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False, server_default=""
            )
        )
    with op.batch_alter_table("credit_exception", schema=None) as batch_op:
        batch_op.add_column(sa.Column("raised_by", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("raised_reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("took_part", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.create_foreign_key("fk_credit_exception_raised_by", "staff", ["raised_by"], ["id"])
    op.create_table(
        "branch_note",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", lobby_app.store.types.UTCDateTime(length=32), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["staff.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("branch_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_branch_note_staff_id"), ["staff_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_branch_note_created_at"), ["created_at"], unique=False)


def downgrade() -> None:
    op.drop_table("branch_note")
    with op.batch_alter_table("credit_exception", schema=None) as batch_op:
        batch_op.drop_constraint("fk_credit_exception_raised_by", type_="foreignkey")
        batch_op.drop_column("took_part")
        batch_op.drop_column("raised_reason")
        batch_op.drop_column("raised_by")
    with op.batch_alter_table("customer_tag", schema=None) as batch_op:
        batch_op.drop_column("not_referred_text")
        batch_op.drop_column("not_referred_reason")
