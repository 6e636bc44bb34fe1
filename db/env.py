"""Alembic environment: runs on the connection handed over by lobby_app.store.migrate."""

from alembic import context
from sqlmodel import SQLModel

import lobby_app.store.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `lobby-app migrate` (lobby_app.store.migrate)")

context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
