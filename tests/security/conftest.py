"""The hub's own fixtures (tests/hub/conftest.py): a real hub on loopback over SQLite, and over PostgreSQL
too for a test marked `dialect`."""

from ..hub.conftest import (  # noqa: F401
    ctx,
    hub,
    migrated_postgres_db,
    migrated_postgres_template,
    postgres_db,
    pytest_generate_tests,
)
