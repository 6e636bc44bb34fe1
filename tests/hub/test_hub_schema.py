"""Schemathesis against the hub's own OpenAPI, and JSON nested however deep: whatever a request holds,
the hub never answers 5xx."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient  # as schemathesis calls the app

from lobby_app.hub.access import enrol_device, make_enrolment_code
from lobby_app.hub.app import create_app
from tests.conftest import row_counts

pytestmark = pytest.mark.dialect  # each store refuses different values (NUL in text, integers past 64 bits)


def test_no_request_makes_the_hub_fail(ctx, team):
    hub_ctx = replace(ctx, outbox=False)
    app = create_app(hub_ctx, api_docs=True)
    _, token = enrol_device(hub_ctx, code=make_enrolment_code(hub_ctx, staff_no="8001", pin="580274"), name="平板")
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    # The event stream never ends: its 401 and 200 are tested with a real client elsewhere.
    operations = [op for op in operations if op.path != "/v1/events"]
    assert {op.path for op in operations} >= {
        "/v1/push",
        "/v1/pull",
        "/v1/rows",
        "/v1/devices",
        "/v1/sign-in",
        "/v1/pin",
    }
    for operation in operations:

        @settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def no_server_error(case) -> None:
            for headers in ({"Authorization": f"Bearer {token}"}, {}):
                response = case.call(headers=headers)
                assert response.status_code < 500, (case.method, case.path, case.body, response.text[:300])

        no_server_error()

    # JSON nested deep, where a device's body holds free-form values (a change's args) and anywhere else,
    # closed or not: the parser and everything that walks the value after it recurse.
    client = TestClient(app, headers={"Authorization": f"Bearer {token}"})
    paths = ("/v1/push", "/v1/rows", "/v1/devices", "/v1/enrolment-codes")
    elsewhere = [(path, where) for path in paths for where in ("all", "open")]

    @settings(max_examples=80, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(
        target=st.sampled_from([("/v1/push", "args")] * len(elsewhere) + elsewhere),
        # a few levels as a device sends; hundreds, which the parser takes and what walks the value after it
        # did not; thousands, which the parser itself cannot take
        depth=st.one_of(st.integers(1, 40), st.integers(100, 1000), st.integers(1000, 5000)),
        brackets=st.sampled_from([("[", "]"), ('{"a":', "}"), ('[{"a":', "}]")]),
    )
    def nested(target: tuple[str, str], depth: int, brackets: tuple[str, str]) -> None:
        (path, where), (opened, closed) = target, brackets
        value = opened * depth + "1" + closed * depth
        # a new change each time (one the hub has decided is answered again, unread), of an unknown person
        change = '{"id": "' + str(uuid.uuid4()) + '", "name": "tag_customer", "args": {"a": ' + value + "}"
        body = {"args": '{"mutations": [' + change + ', "staff_id": 99}]}', "all": value, "open": opened * depth}
        response = client.post(path, content=body[where].encode(), headers={"content-type": "application/json"})
        assert response.status_code < 500, (path, depth, where, response.text[:300])

    nested()
    assert row_counts(hub_ctx)["Staff"] == 6  # whatever was sent, the branch's staff are as they were
