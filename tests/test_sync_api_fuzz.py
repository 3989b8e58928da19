"""Property-based API test (schemathesis) over the server's OpenAPI schema:
whatever it sends, signed in or not, the server never answers 5xx.

Uses schemathesis' hypothesis strategies per operation (its pytest plugin does
not load under this pytest), one test per operation of the schema.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import InProcessServer

from callcenter.sync import protocol


@pytest.fixture(scope="module")
def fuzz(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    server = InProcessServer(f"sqlite:///{root / 'server.db'}")
    server.user("sup", "supervisor")
    token = server.http.post(
        "/v1/devices",
        json={"username": "sup", "password": "correct horse", "device_id": "fuzz"},
        headers={protocol.SCHEMA_HEADER: protocol.schema_version()},
    ).json()["token"]
    schema = schemathesis.openapi.from_asgi("/openapi.json", server.app)
    ops = {f"{o.method.upper()} {o.path}": o for o in (r.ok() for r in schema.get_all_operations())}
    yield ops, token
    server.close()


OPERATIONS = ["GET /healthz", "GET /metrics", "POST /v1/devices", "GET /v1/me", "POST /v1/push", "GET /v1/pull"]


def test_the_schema_lists_every_operation(fuzz):
    assert sorted(fuzz[0]) == sorted(OPERATIONS)


@pytest.mark.parametrize("name", OPERATIONS)
def test_no_server_errors(fuzz, name):
    ops, token = fuzz
    signed_in = {protocol.SCHEMA_HEADER: protocol.schema_version(), "Authorization": f"Bearer {token}"}
    seen = []

    @given(case=ops[name].as_strategy(), sign_in=st.booleans())
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    def run(case, sign_in):
        if sign_in:
            case.headers = {**(case.headers or {}), **signed_in}
        response = case.call()
        seen.append(response.status_code)
        assert response.status_code < 500, f"{name}: {response.status_code} {response.text[:300]}"

    run()
    assert seen and all(code < 500 for code in seen)
