"""A device's own bookkeeping (`LocalState`) read and written through SQLAlchemy Core: the sync's hot
path (the feed's cursor, taken with every event from the hub) costs two statements, not the ORM's gets
and merges with their flushes. Nothing else holds these keys as ORM objects in the same session."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.dialects.sqlite import insert

from .tables import LocalState

_TABLE = LocalState.__table__  # type: ignore[attr-defined]
_READ = select(_TABLE.c.key, _TABLE.c.value).where(_TABLE.c.key.in_(bindparam("keys", expanding=True)))


@cache
def _put() -> Any:
    statement = insert(_TABLE)  # a device's store is SQLite
    return statement.on_conflict_do_update(index_elements=["key"], set_={"value": statement.excluded.value})


def read_local(conn: Connection, *keys: str) -> dict[str, Any]:
    """The values kept under `keys` (a key never written is absent)."""
    return {key: value for key, value in conn.execute(_READ, {"keys": list(keys)})}


def write_local(conn: Connection, values: Mapping[str, Any]) -> None:
    """Keep each value under its key, replacing what was there."""
    if values:
        conn.execute(_put(), [{"key": key, "value": value} for key, value in values.items()])
