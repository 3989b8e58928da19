"""Property-based API test (schemathesis) over the server's OpenAPI schema, on both
backends, with every check schemathesis has: whatever it sends, signed in or not, the
server never answers 5xx, answers only the status codes it declares, with the bodies
and headers it declares, refuses what the schema forbids and accepts what it allows.

Uses schemathesis' hypothesis strategies per operation (its pytest plugin does
not load under this pytest), one test per operation and backend, each bounded by
``EXAMPLES`` cases (a few seconds).

One expectation is narrowed: a push whose body fits the schema may still be refused
with 422 for what JSON Schema cannot say (a row's id, stamp and tombstone must match
its change's; each table's own column rules). That 422 must carry the declared body.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import CHECKS, load_all_checks, positive_data_acceptance
from sync_helpers import InProcessServer

from callcenter.sync import protocol

load_all_checks()
ALL_CHECKS = list(CHECKS.get_all())
EXAMPLES = 40
OPERATIONS = [
    "GET /healthz",
    "GET /metrics",
    "POST /v1/devices",
    "GET /v1/me",
    "POST /v1/push",
    "GET /v1/pull",
    "GET /v1/snapshot",
    "GET /v1/snapshot/file",
    "GET /v1/wait",
]
SIGNED_IN = [
    "GET /metrics",
    "GET /v1/me",
    "POST /v1/push",
    "GET /v1/pull",
    "GET /v1/snapshot",
    "GET /v1/snapshot/file",
    "GET /v1/wait",
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fuzz(request, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'server.db'}"
    else:
        url = request.getfixturevalue("pg_cluster").create_database("fuzz_api")
    server = InProcessServer(url)
    server.user("sup", "supervisor")
    token = server.http.post(
        "/v1/devices",
        json={"username": "sup", "password": "correct horse", "device_id": "fuzz"},
        headers={protocol.SCHEMA_HEADER: protocol.schema_version()},
    ).json()["token"]
    schema = schemathesis.openapi.from_asgi("/openapi.json", server.app)
    ops = {f"{o.method.upper()} {o.path}": o for o in (r.ok() for r in schema.get_all_operations())}
    yield ops, token, server
    server.close()


def test_the_schema_lists_every_operation(fuzz):
    assert sorted(fuzz[0]) == sorted(OPERATIONS)


def test_the_schema_declares_every_refusal(fuzz):
    spec = fuzz[2].http.get("/openapi.json").json()
    paths = spec["paths"]

    def answers(name):
        method, path = name.split(" ")
        return paths[path][method.lower()]["responses"]

    for name in SIGNED_IN:
        assert "401" in answers(name), name
    assert {"400", "401", "409", "422"} <= set(answers("POST /v1/devices"))
    invalid = spec["components"]["schemas"]["InvalidBody"]
    assert invalid["properties"]["detail"]["type"] == "string"
    for name in OPERATIONS[2:]:
        ref = answers(name)["422"]["content"]["application/json"]["schema"]["$ref"]
        assert ref.endswith("/InvalidBody"), name
    change = paths["/v1/push"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    table = change["properties"]["changes"]["items"]["properties"]["table"]
    assert table["pattern"] == "^[a-z][a-z0-9_]{0,63}$"


def test_a_refused_push_answers_the_declared_422_body(fuzz):
    _ops, token, server = fuzz
    headers = {protocol.SCHEMA_HEADER: protocol.schema_version(), "Authorization": f"Bearer {token}"}
    row = {"id": "other", "hlc": "01a235772d1c-0000-x", "deleted": False}
    bad = server.http.post(
        "/v1/push",
        json={
            "batch_id": "b1",
            "changes": [{"table": "customers", "id": "x1", "hlc": row["hlc"], "deleted": False, "row": row}],
        },
        headers=headers,
    )
    assert bad.status_code == 422
    body = bad.json()
    assert isinstance(body["detail"], str) and isinstance(body["errors"], list)
    schema_error = server.http.post("/v1/push", content=b"[]", headers={**headers, "Content-Type": "application/json"})
    assert schema_error.status_code == 422 and isinstance(schema_error.json()["detail"], str)


@pytest.mark.parametrize("name", OPERATIONS)
def test_every_check_passes(fuzz, name):
    ops, token, _server = fuzz
    signed_in = {protocol.SCHEMA_HEADER: protocol.schema_version(), "Authorization": f"Bearer {token}"}
    push = name == "POST /v1/push"
    checks = [c for c in ALL_CHECKS if not (push and c is positive_data_acceptance)]
    seen = []

    @given(case=ops[name].as_strategy(), sign_in=st.booleans())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def run(case, sign_in):
        if sign_in:
            case.headers = {**(case.headers or {}), **signed_in}
        if name == "GET /v1/wait":
            query = dict(case.query or {})
            wait = query.get("timeout")
            if wait is None or (type(wait) in (int, float) and 0 <= wait <= protocol.MAX_WAIT_S):
                query["timeout"] = 0.01  # a valid wait made short: the answer is under test, not the waiting
            case.query = query
        response = case.call()
        seen.append(response.status_code)
        assert response.status_code < 500, f"{name}: {response.status_code} {response.text[:300]}"
        case.validate_response(response, checks=checks)
        if push and sign_in and response.status_code == 422:
            body = response.json()
            assert isinstance(body.get("detail"), str) and isinstance(body.get("errors"), list), body

    run()
    assert seen and all(code < 500 for code in seen)


@pytest.mark.parametrize("field", ["username", "device_id", "name"])
def test_a_nul_character_in_a_registration_is_refused_not_a_server_error(fuzz, field):
    """PostgreSQL text cannot hold NUL: the schema refuses it (422) before any query runs
    (found by the fuzzing above as a 500 on PostgreSQL)."""
    body = {"username": "sup", "password": "wrong password", "device_id": "nul-test", "name": ""}
    body[field] = "a\x00b"
    answer = fuzz[2].http.post("/v1/devices", json=body, headers={protocol.SCHEMA_HEADER: protocol.schema_version()})
    assert answer.status_code == 422, answer.text
