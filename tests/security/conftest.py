"""The attacks are made against the same real hub as the hub's tests (tests/hub/conftest.py): on
loopback, over TLS, on SQLite and (for a test marked `dialect`) on PostgreSQL."""

from ..hub.conftest import (  # noqa: F401  (fixtures and the store parametrisation, shared)
    ctx,
    hub,
    migrated_postgres_db,
    migrated_postgres_template,
    postgres_db,
    pytest_generate_tests,
)
