"""Issue 12, items 2-4: a poison row is refused by the server and kept aside by a console,
the clock survives restarts and skew, a retried push is the first try byte for byte."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from sqlalchemy import text
from sync_helpers import PASSWORD, InProcessServer, snapshot

from callcenter.core.ids import HlcStamp, uuid7
from callcenter.store import replica
from callcenter.store.db import Store
from callcenter.store.models import Customer
from callcenter.sync import protocol, server_store
from callcenter.sync.client import SyncClient, SyncError


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


# -- item 2: the server refuses rows that do not fit their table ------------------------------
def _raw_push(client: SyncClient, changes: list[dict]) -> httpx.Response:
    return client.http.post(
        "/v1/push",
        content=protocol.pack({"batch_id": uuid7(), "changes": changes}),
        headers={**client._headers(), "Content-Encoding": "gzip", "Content-Type": "application/json"},
    )


def _pending_customer_change(client: SyncClient) -> dict:
    _customer(client.store)
    [change] = replica.collect_pending(client.store, 10).changes
    return change


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("customer_since", "not a date", "not_a_date"),
        ("customer_since", "2026-03-01T09:30:00", "not_a_date"),  # no UTC offset
        ("value_score", "ninety", "wrong_type"),
        ("vip", "yes", "wrong_type"),
        ("account_no", "A" * 33, "too_long"),
        ("display_name", None, "required"),
        ("no_such_column", 1, "unknown_column"),
    ],
)
def test_the_server_refuses_a_row_that_does_not_fit_its_table(server, tmp_path, field, value, reason):
    a = server.console(tmp_path / "a.db", "sup")
    change = _pending_customer_change(a)
    change["row"][field] = value
    before = server_store.stats(server.engine)
    resp = _raw_push(a, [change])
    assert resp.status_code == 422
    [bad] = resp.json()["errors"]  # the declared 422 body: a sentence in detail, the rows in errors
    assert (bad["table"], bad["id"], bad["field"], bad["type"]) == ("customers", change["id"], field, reason)
    assert bad["loc"] == ["body", "changes", 0, "row", field]
    assert server_store.stats(server.engine) == before  # nothing written


def test_a_required_column_left_out_is_refused(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    change = _pending_customer_change(a)
    del change["row"]["display_name"]
    resp = _raw_push(a, [change])
    assert resp.status_code == 422 and resp.json()["errors"][0]["field"] == "display_name"


@pytest.mark.parametrize("stamp", ["ffffffffffff-ffff-{d}", "{far}-0000-{d}"])
def test_the_server_refuses_a_stamp_far_ahead_of_its_clock(server, tmp_path, stamp):
    a = server.console(tmp_path / "a.db", "sup")
    change = _pending_customer_change(a)
    far = f"{int(time.time() * 1000) + 10 * 60 * 1000:012x}"  # ten minutes ahead
    change["hlc"] = change["row"]["hlc"] = stamp.format(d=a.store.device_id, far=far)
    resp = _raw_push(a, [change])
    assert resp.status_code == 422
    [bad] = resp.json()["errors"]  # the declared 422 body: a sentence in detail, the rows in errors
    assert bad["field"] == "hlc" and bad["id"] == change["id"]
    assert server.rows() == 1


def test_a_refused_row_is_named_in_the_console_words(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    cid = _customer(a.store)
    with a.store.engine.begin() as conn:  # a console with a broken value in its own store
        conn.exec_driver_sql("UPDATE customers SET customer_since = 'not a date' WHERE id = ?", (cid,))
    with pytest.raises(SyncError) as err:
        a.sync_round()
    assert err.value.status == 422 and not err.value.transient
    assert cid in str(err.value) and "customer_since" in str(err.value)
    assert err.value.problem.params["tables"] == ["customers"]
    assert a.store.pending_changes() == 1  # kept to send once it is mended


# -- item 2: a console keeps a poison row aside and goes on ----------------------------------
def _write_on_server(server: InProcessServer, change: dict) -> None:
    """A row stored as an older server (one that checked nothing) would have stored it."""
    with server.engine.begin() as conn:
        seq = server_store._lock_counter(conn)
        server_store._write_rows(
            conn, [((change["table"], change["id"]), change["row"], change["hlc"], "old", change["deleted"])], seq
        )


def _kept(store: Store) -> list[tuple[str, str, str, str]]:
    return [(k["table_name"], k["row_id"], k["field"], k["reason"]) for k in replica.kept_aside(store)]


def test_a_poison_row_is_kept_aside_and_the_rest_syncs(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    bad_date = _pending_customer_change(a)
    bad_date["row"]["customer_since"] = "not a date"
    _write_on_server(server, bad_date)
    a.sync_round()  # a's own copy is fine
    bad_stamp = dict(_pending_customer_change(a))
    bad_stamp["hlc"] = f"ffffffffffff-ffff-{a.store.device_id}"
    bad_stamp["row"] = {**bad_stamp["row"], "hlc": bad_stamp["hlc"]}
    a.sync_round()
    _write_on_server(server, bad_stamp)
    later = _customer(a.store, display_name="After the poison")
    a.sync_round()

    result = b.sync_round()  # no failure: the poison rows are set aside
    assert result.kept_aside == 2
    assert sorted(_kept(b.store)) == sorted(
        [
            ("customers", bad_date["id"], "customer_since", "not_a_date"),
            ("customers", bad_stamp["id"], "hlc", "out_of_range"),
        ]
    )
    with b.store.session() as s:
        assert s.get(Customer, later).display_name == "After the poison"
        assert s.get(Customer, bad_date["id"]) is None
    # b's clock was not dragged to the end of time: it still writes, and the server takes it
    mine = _customer(b.store, display_name="Written after")
    assert b.sync_round().pushed == 1
    with b.store.session() as s:
        assert s.get(Customer, mine).hlc < f"{int(time.time() * 1000) + 60_000:012x}"
    from callcenter.sync.client import status

    assert status(b.store).kept_aside == 2
    # a later valid version of the row replaces it
    with a.store.transaction() as s:
        s.get(Customer, bad_date["id"]).tier = "gold"
    a.sync_round()
    assert b.sync_round().kept_aside == 1
    assert _kept(b.store) == [("customers", bad_stamp["id"], "hlc", "out_of_range")]
    with b.store.session() as s:
        assert s.get(Customer, bad_date["id"]).tier == "gold"


# -- item 3: the clock is kept with the store; an edit is stamped above what it edits ---------
def _reopen(client: SyncClient, server: InProcessServer) -> SyncClient:
    path, token = client.store.path, client.token
    client.store.close()
    return SyncClient(Store(path), "http://testserver", token=token, http=server.http, backoff=0.01)


def _ahead(store: Store, ms: int) -> None:
    store.clock._now_ms = lambda: time.time_ns() // 1_000_000 + ms


def test_an_edit_after_a_restart_wins_over_a_console_90_s_ahead(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    _ahead(a.store, 90_000)
    cid = _customer(a.store, tier="silver")
    a.sync_round()
    b.sync_round()
    b = _reopen(b, server)  # the console restarts: its clock must not start from the wall clock
    with b.store.transaction() as s:
        s.get(Customer, cid).tier = "gold"
    b.sync_round()
    a.sync_round()
    for client in (a, b):
        with client.store.session() as s:
            assert s.get(Customer, cid).tier == "gold"
    assert snapshot(a.store) == snapshot(b.store)
    assert a.store.pending_changes() == b.store.pending_changes() == 0


def test_no_stamp_at_or_below_one_seen_before_a_restart(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    _ahead(a.store, 120_000)
    seen = _customer(a.store)
    a.sync_round()
    b.sync_round()
    with b.store.session() as s:
        pulled = s.get(Customer, seen).hlc
    b = _reopen(b, server)
    new = _customer(b.store)
    with b.store.session() as s:
        assert s.get(Customer, new).hlc > pulled
    # and its own stamps: a console whose clock ran an hour ahead, then was put right
    c = Store(tmp_path / "c.db")
    _ahead(c, 3_600_000)
    first = _customer(c)
    with c.session() as s:
        before = s.get(Customer, first).hlc
    c.close()
    c = Store(tmp_path / "c.db")
    second = _customer(c)
    with c.session() as s:
        assert s.get(Customer, second).hlc > before
    c.close()


def test_an_edit_of_a_row_stamped_in_2100_is_stamped_above_it(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    change = _pending_customer_change(a)
    a.store.close()
    y2100 = 4_102_444_800_000
    change["hlc"] = HlcStamp(y2100, 0, "elsewhere").encode()
    change["row"] = {**change["row"], "hlc": change["hlc"], "tier": "silver"}
    _write_on_server(server, change)  # stored before the server checked stamps
    b.sync_round()
    with b.store.session() as s:
        assert s.get(Customer, change["id"]).tier == "silver"
    assert b.store.clock.last.wall_ms < y2100  # a stamp that far ahead does not drag the clock
    b = _reopen(b, server)
    with b.store.transaction() as s:
        s.get(Customer, change["id"]).tier = "gold"
    with b.store.session() as s:
        assert s.get(Customer, change["id"]).hlc > change["hlc"]
    other = _customer(b.store)  # other rows keep ordinary stamps, which the server takes
    b.sync_round()
    assert b.store.pending_changes() == 0
    c = server.console(tmp_path / "c.db", "sup")
    c.sync_round()
    with c.store.session() as s:
        assert s.get(Customer, change["id"]).tier == "gold"
        assert s.get(Customer, other) is not None
    with server.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT data FROM sync_rows WHERE table_name = 'customers' AND row_id = :r"), {"r": change["id"]}
        ).scalar()
    assert json.loads(stored)["tier"] == "gold"


def test_a_store_from_before_starts_its_clock_above_the_stamps_it_holds(tmp_path):
    store = Store(tmp_path / "old.db")
    _ahead(store, 200_000)  # written while this machine's clock ran ahead
    cid = _customer(store)
    with store.session() as s:
        stamp = s.get(Customer, cid).hlc
    from alembic import command

    from callcenter.store.migrate import alembic_config

    # back to the revision before the kept clock (its downgrade drops the clock and the quarantine)
    command.downgrade(alembic_config(store.engine), "0007")
    store.close()
    store = Store(tmp_path / "old.db")  # migrates
    new = _customer(store)
    with store.session() as s:
        assert s.get(Customer, new).hlc > stamp
    assert replica.kept_aside(store) == []
    store.close()
