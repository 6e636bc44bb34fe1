"""PIN hashes leave the shared staff table: the hub keeps them beside a random secret per person

A device no longer holds its colleagues' PIN hashes (they were replicated with each staff row): the
hash moves into `staff_key`, which only the hub (or a device with no hub) holds, beside a new random
secret that signs the person's sessions. On an enrolled device, which holds no `staff_key`, the hashes
are dropped; its people sign in once with the hub reachable. The hub's feed forgets them too.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 14:30:00
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import lobby_app.store.types

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staff_key", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("must_change", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(
            sa.Column("secret", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("previous_secret", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("previous_until", lobby_app.store.types.UTCDateTime(length=32), nullable=True))
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_set_at", lobby_app.store.types.UTCDateTime(length=32), nullable=True))

    conn = op.get_bind()
    staff_key = sa.table("staff_key", sa.column("staff_id"), sa.column("pin_hash"), sa.column("secret"))
    staff = sa.table("staff", sa.column("id"), sa.column("pin_hash"))
    for staff_id, pin_hash in conn.execute(sa.select(staff.c.id, staff.c.pin_hash)).all():
        conn.execute(
            staff_key.update()
            .where(staff_key.c.staff_id == staff_id)
            .values(pin_hash=pin_hash, secret=secrets.token_hex(32))
        )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("pin_hash")

    # The hub's feed kept each staff row as it was sent, hash included: those snapshots lose it.
    feed = sa.table("hub_change", sa.column("seq"), sa.column("table_name"), sa.column("data", sa.JSON))
    for seq, data in conn.execute(sa.select(feed.c.seq, feed.c.data).where(feed.c.table_name == "staff")).all():
        if isinstance(data, dict) and "pin_hash" in data:
            kept = {k: v for k, v in data.items() if k != "pin_hash"}
            conn.execute(feed.update().where(feed.c.seq == seq).values(data=kept))


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""))
    conn = op.get_bind()
    staff_key = sa.table("staff_key", sa.column("staff_id"), sa.column("pin_hash"))
    staff = sa.table("staff", sa.column("id"), sa.column("pin_hash"))
    for staff_id, pin_hash in conn.execute(sa.select(staff_key.c.staff_id, staff_key.c.pin_hash)).all():
        conn.execute(staff.update().where(staff.c.id == staff_id).values(pin_hash=pin_hash))
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("pin_set_at")
    with op.batch_alter_table("staff_key", schema=None) as batch_op:
        for column in ("previous_until", "previous_secret", "secret", "must_change", "pin_hash"):
            batch_op.drop_column(column)
