"""Issue 12, items 2-4: a poison row is refused by the server and kept aside by a console,
the clock survives restarts and skew, a retried push is the first try byte for byte."""

from __future__ import annotations

import time

import httpx
import pytest
from sync_helpers import PASSWORD, InProcessServer

from callcenter.core.ids import uuid7
from callcenter.store.db import Store
from callcenter.store.models import Customer
from callcenter.sync import protocol
from callcenter.sync.client import SyncClient


@pytest.fixture
def server(tmp_path):
    srv = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}")
    srv.user("sup", "supervisor")
    yield srv
    srv.close()


def _customer(store: Store, **kw) -> str:
    with store.transaction() as s:
        c = Customer(account_no=kw.pop("account_no", uuid7()[-12:]), display_name=kw.pop("display_name", "Li Na"), **kw)
        s.add(c)
        s.flush()
        return c.id


# -- item 4: a retried push is byte-identical -----------------------------------------------
class Flaky(httpx.BaseTransport):
    """Records every request to /v1/push; fails the first ones as told, forwards the rest."""

    def __init__(self, inner: httpx.BaseTransport, failures: list[str]):
        self.inner, self.failures = inner, list(failures)
        self.pushes: list[tuple[dict, bytes]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/push":
            body = request.read()
            self.pushes.append((dict(request.headers), body))
            if self.failures:
                kind = self.failures.pop(0)
                if kind == "drop":
                    raise httpx.RemoteProtocolError("server disconnected without sending a response", request=request)
                if kind == "restart":
                    raise httpx.ConnectError("connection refused", request=request)
                return httpx.Response(int(kind), request=request, json={"detail": "try later"})
        return self.inner.handle_request(request)


def test_a_retried_push_is_byte_identical_to_the_first_try(server, tmp_path):
    flaky = Flaky(server.http._transport, ["503", "429", "drop", "restart", "500"])
    http = httpx.Client(base_url="http://testserver", transport=flaky)
    store = Store(tmp_path / "a.db")
    client = SyncClient(store, "http://testserver", http=http, backoff=0.001, retries=6)
    client.register("sup", PASSWORD)
    _customer(store)
    result = client.sync_round()
    assert result.pushed == 1 and store.pending_changes() == 0
    assert len(flaky.pushes) == 6  # five transient failures, then the one that got through
    first_headers, first_body = flaky.pushes[0]
    assert first_headers["content-encoding"] == "gzip"
    assert first_headers["content-type"] == "application/json"
    for headers, body in flaky.pushes[1:]:
        assert body == first_body
        for name in ("content-encoding", "content-type", "content-length", "authorization", "x-callcenter-schema"):
            assert headers.get(name) == first_headers.get(name)
    assert server.rows() == 2  # the user and the customer, once
    store.close()


def test_the_same_batch_packs_to_the_same_bytes():
    body = {"batch_id": "b", "cursor": 0, "changes": [{"table": "customers", "id": "x"}]}
    first = protocol.pack(body)
    time.sleep(1.1)  # gzip writes a time into its header unless told not to
    assert protocol.pack(body) == first
