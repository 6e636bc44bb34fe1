"""Schemathesis against the hub's own OpenAPI: whatever a request holds, the hub never answers 5xx."""

from __future__ import annotations

from dataclasses import replace

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from lobby_app.hub.access import enrol_device, make_enrolment_code
from lobby_app.hub.app import create_app
from tests.conftest import row_counts

pytestmark = pytest.mark.dialect  # each store refuses different values (NUL in text, integers past 64 bits)


def test_no_request_makes_the_hub_fail(ctx, team):
    hub_ctx = replace(ctx, outbox=False)
    app = create_app(hub_ctx)
    _, token = enrol_device(hub_ctx, code=make_enrolment_code(hub_ctx, staff_no="8001", pin="580274"), name="平板")
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    # The event stream never ends: its 401 and 200 are tested with a real client elsewhere.
    operations = [op for op in operations if op.path != "/v1/events"]
    assert {op.path for op in operations} >= {"/v1/push", "/v1/pull", "/v1/rows", "/v1/devices"}
    for operation in operations:

        @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def no_server_error(case) -> None:
            for headers in ({"Authorization": f"Bearer {token}"}, {}):
                response = case.call(headers=headers)
                assert response.status_code < 500, (case.method, case.path, case.body, response.text[:300])

        no_server_error()
    assert row_counts(hub_ctx)["Staff"] == 6  # whatever was sent, the branch's staff are as they were
