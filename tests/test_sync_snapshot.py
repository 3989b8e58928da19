"""A console joins a site from the server's snapshot (``GET /v1/snapshot``), on both server
backends (SQLite and a real PostgreSQL): the rows equal the server's, other users' password
hashes stay withheld, the cursor is right for the next pull, a load that stops half-way is
never a joined console and the next join completes it; an imported customer base reaches
the server and a second console."""

from __future__ import annotations

import json

import orjson
import pytest
from sqlalchemy import text
from sync_helpers import PASSWORD, InProcessServer, plant_poison

from callcenter.benchmarks.import_bench import customer_row, write_customers, write_orders
from callcenter.ops import auth
from callcenter.ops import imports as import_ops
from callcenter.store import bootstrap, replica, repo, screenpop, search
from callcenter.store.db import Store
from callcenter.store.models import Customer, User
from callcenter.store.replica import encode_row, synced_tables
from callcenter.sync import withheld
from callcenter.sync.client import SyncClient, SyncError

CUSTOMERS = 2000


@pytest.fixture
def server(server_db_url):
    srv = InProcessServer(server_db_url)
    srv.user("sup", "supervisor")
    srv.user("agent1", "agent")
    yield srv
    srv.close()


def _imported_site(server, tmp_path) -> SyncClient:
    """Console A imports customers (with phones and e-mails) and their orders, and pushes them."""
    a = server.console(tmp_path / "a.db", "sup")
    write_customers(tmp_path / "customers.csv", CUSTOMERS)
    write_orders(tmp_path / "orders.csv", CUSTOMERS, 2)
    import_ops.import_file(a.store, None, "customers", tmp_path / "customers.csv", workers=0)
    import_ops.import_file(a.store, None, "orders", tmp_path / "orders.csv", workers=0)
    assert a.store.pending_changes() >= CUSTOMERS * 4  # every imported row is in the change log
    a.sync_round()
    assert a.store.pending_changes() == 0
    return a


def _joining(server, path, username="agent1", **kw) -> SyncClient:
    client = SyncClient(Store(path), "http://testserver", http=server.http, backoff=0.01, **kw)
    client.register(username, PASSWORD)
    return client


def _server_rows(server) -> dict[tuple[str, str], dict]:
    with server.engine.connect() as conn:
        rows = conn.execute(text("SELECT table_name, row_id, data FROM sync_rows")).all()
    return {(t, r): json.loads(d) for t, r, d in rows}


def _store_rows(store) -> dict[tuple[str, str], dict]:
    out = {}
    with store.engine.connect() as conn:
        for name, plan in synced_tables().items():
            for raw in conn.exec_driver_sql(f"SELECT {', '.join(plan.columns)} FROM {name}"):
                row = encode_row(plan, raw)
                out[(name, row["id"])] = row
    return out


def _pop(store, i: int) -> str | None:
    """The account the screen pop shows for the i-th imported customer's number."""
    with store.engine.connect() as conn:
        found = screenpop.pop(conn, customer_row(i)[3], "US")
    return found.view.account_no if found.view else None


def _indexes(store) -> list:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all()


def _comparable(row: dict) -> dict:
    return {k: v for k, v in row.items() if k != "password_hash"}


def test_a_joining_console_loads_the_snapshot_and_holds_the_servers_rows(server, tmp_path):
    a = _imported_site(server, tmp_path)
    b = _joining(server, tmp_path / "b.db")
    seen = []
    result = b.sync_round(progress=lambda done, total: seen.append((done, total)))
    on_server = _server_rows(server)
    assert result.snapshot_rows == len(on_server) and result.pulled == 0
    assert seen[-1] == (len(on_server), len(on_server)) and len(seen) >= 2
    mine = _store_rows(b.store)
    assert set(mine) == set(on_server)  # every row, by table and id
    for key, row in on_server.items():  # stamps and values, as the server keeps them
        plan = synced_tables()[key[0]]
        sent = [c for c in plan.columns if c in row]  # a column the server's row lacks takes its default
        assert _comparable({c: mine[key][c] for c in sent}) == _comparable({c: row[c] for c in sent}), key
    assert b.store.pending_changes() == 0  # the server's rows are not this console's changes
    assert not bootstrap.is_loading(b.store) and repo.has_users(b.store)
    assert _indexes(b.store) == _indexes(a.store)  # the indexes dropped for the load are back
    # ready to take calls: search and screen pop
    with b.store.engine.connect() as conn:
        assert len(search.search(conn, customer_row(7)[0])) == 1
    assert _pop(b.store, 7) == customer_row(7)[0]
    assert auth.sign_in(b.store, "agent1", PASSWORD).value.role.value == "agent"  # offline sign-in
    a.store.close()
    b.store.close()


def test_other_users_password_hashes_stay_withheld(server, tmp_path):
    b = _joining(server, tmp_path / "b.db")
    with server.http.stream(
        "GET", "/v1/snapshot", headers=b._headers()
    ) as resp:  # the wire itself, not only what the console keeps
        lines = [orjson.loads(line) for line in resp.iter_lines() if line]
    users = [r for f in lines if f.get("table") == "users" for r in f["rows"]]
    me = b.store.meta("sync.user_id")
    assert {u["username"] for u in users} == {"sup", "agent1"}
    for u in users:
        if u["id"] == me:
            assert u["password_hash"].startswith("$argon2")
        else:
            assert u["password_hash"] == withheld.WITHHELD
    b.sync_round()
    with b.store.engine.connect() as conn:
        hashes = dict(conn.exec_driver_sql("SELECT username, password_hash FROM users").all())
    assert hashes["sup"] == withheld.WITHHELD and hashes["agent1"].startswith("$argon2")


def test_the_snapshot_needs_a_registered_device(server):
    assert server.http.get("/v1/snapshot").status_code == 401
    assert server.http.get("/v1/snapshot", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_after_the_join_changes_come_by_the_normal_pull(server, tmp_path):
    a = _imported_site(server, tmp_path)
    b = _joining(server, tmp_path / "b.db")
    b.sync_round()
    cursor = int(b.store.meta("sync.cursor"))
    assert cursor == server_position(server)
    with a.store.transaction() as s:  # another console changes a customer and pushes
        c = s.query(Customer).filter_by(account_no=customer_row(3)[0]).one()
        c.display_name = "Renamed After Join"
        cid = c.id
    a.sync_round()
    again = b.sync_round()
    assert again.snapshot_rows == 0 and again.pulled == 1  # only what came after the snapshot
    with b.store.session() as s:
        assert s.get(Customer, cid).display_name == "Renamed After Join"
    with b.store.engine.connect() as conn:
        assert [h.customer_id for h in search.search(conn, "Renamed")] == [cid]
    a.store.close()
    b.store.close()


def server_position(server) -> int:
    with server.engine.connect() as conn:
        return conn.execute(text("SELECT value FROM sync_counters WHERE name = 'seq'")).scalar_one()


class Boom(RuntimeError):
    pass


def _half_joined(server, tmp_path, monkeypatch) -> SyncClient:
    """Console B's join killed at its third frame, with the rows of the first frames committed;
    the loader is itself again afterwards."""
    b = _joining(server, tmp_path / "b.db")
    real_add = bootstrap.SnapshotLoader.add
    frames = []

    def add_then_die(self, table, rows):
        frames.append(table)
        if len(frames) == 3:
            raise Boom("killed mid-load")
        real_add(self, table, rows)

    monkeypatch.setattr(bootstrap, "COMMIT_ROWS", 100)  # rows of the first frames are committed
    monkeypatch.setattr(bootstrap.SnapshotLoader, "add", add_then_die)
    with pytest.raises(Boom):
        b.sync_round()
    monkeypatch.setattr(bootstrap.SnapshotLoader, "add", real_add)
    return b


def test_a_load_stopped_half_way_is_not_a_joined_console_and_the_next_join_completes(server, tmp_path, monkeypatch):
    _imported_site(server, tmp_path)
    b = _half_joined(server, tmp_path, monkeypatch)
    b.store.close()
    half = Store(tmp_path / "b.db")  # as a restarted console finds it
    assert bootstrap.is_loading(half) and not repo.has_users(half)  # the wizard offers to join again
    with half.engine.connect() as conn:
        assert sum(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in synced_tables()) > 0
    again = SyncClient(half, "http://testserver", http=server.http, token=b.token, backoff=0.01)
    assert again.needs_snapshot()
    result = again.sync_round()
    assert result.snapshot_rows == len(_server_rows(server))
    assert set(_store_rows(half)) == set(_server_rows(server))  # nothing twice, nothing missing
    assert not bootstrap.is_loading(half) and repo.has_users(half)
    assert _indexes(half) == _indexes(Store(tmp_path / "fresh.db"))
    half.close()


def test_a_cut_stream_leaves_the_store_loading(server, tmp_path):
    _imported_site(server, tmp_path)
    b = _joining(server, tmp_path / "b.db", retries=0)

    class Cut:
        """The server's answer without its last line (the trailer)."""

        def __init__(self, http):
            self.http = http

        def stream(self, *args, **kw):
            import contextlib

            @contextlib.contextmanager
            def cut():
                with self.http.stream(*args, **kw) as resp:
                    body = b"".join(resp.iter_bytes())
                    lines = body.rstrip(b"\n").split(b"\n")[:-1]
                    resp.iter_bytes = lambda *_a, **_k: iter([b"\n".join(lines) + b"\n"])
                    yield resp

            return cut()

        def __getattr__(self, name):
            return getattr(self.http, name)

    b.http = Cut(server.http)
    with pytest.raises(SyncError) as failed:
        b.load_snapshot()
    assert failed.value.transient and bootstrap.is_loading(b.store)
    b.store.close()


def test_imported_rows_on_one_console_reach_another_through_the_server(server, tmp_path):
    """Console B joined first (an empty site); A imports; B's next round brings the base."""
    b = _joining(server, tmp_path / "b.db", username="sup")
    b.sync_round()
    a = _imported_site(server, tmp_path)
    got = b.sync_round()
    assert got.snapshot_rows == 0 and got.pulled >= CUSTOMERS * 4
    with b.store.session() as s:
        assert s.query(Customer).count() == CUSTOMERS
    assert _pop(b.store, 11) == customer_row(11)[0]
    with b.store.engine.connect() as conn:
        orders = conn.exec_driver_sql("SELECT count(*) FROM orders").scalar()
        lines = conn.exec_driver_sql("SELECT count(*) FROM order_lines").scalar()
    assert orders == CUSTOMERS * 2 and lines == CUSTOMERS * 2
    a.store.close()
    b.store.close()


@pytest.mark.parametrize("kinds", [("end_of_time",), ("wrong_type",), ("bad_date", "end_of_time", "wrong_type")])
def test_rows_a_pull_keeps_aside_are_kept_aside_by_a_joining_console_too(server, tmp_path, kinds):
    """Rows on the server that no console's pull takes in (stored by a server that checked
    nothing): a console that joins from the snapshot keeps the same rows aside, takes every
    good row, and its clock is not carried to the end of time."""
    a = _imported_site(server, tmp_path)
    poison = {plant_poison(server, kind, n) for n, kind in enumerate(kinds)}
    a.sync_round()  # the console that pulls them
    b = _joining(server, tmp_path / "b.db")
    result = b.sync_round()
    assert result.snapshot_rows > CUSTOMERS
    for store in (a.store, b.store):
        assert {k["row_id"] for k in replica.kept_aside(store)} == poison
        with store.session() as s:
            assert all(s.get(Customer, p) is None for p in poison)
            assert s.query(Customer).count() == CUSTOMERS
    assert b.store.clock.last.wall_ms < 0xFFFFFFFFFFFF
    assert _pop(b.store, 5) == customer_row(5)[0]
    a.store.close()
    b.store.close()


def test_a_console_whose_join_stopped_half_way_can_create_a_site_of_its_own(server, tmp_path, monkeypatch):
    """The first-run wizard offers 'create a site' on a half-loaded store too: the other site's
    rows, indexes dropped for the load and server settings are forgotten, and the new site's
    first sync would go nowhere until it is registered to a server of its own."""
    from callcenter.core.site import SiteSettings
    from callcenter.ops import site as site_ops
    from callcenter.sync import credentials

    _imported_site(server, tmp_path)
    b = _half_joined(server, tmp_path, monkeypatch)
    b.store.close()
    half = Store(tmp_path / "b.db")
    assert bootstrap.is_loading(half) and half.meta("sync.server_url")
    settings = SiteSettings("Second Site", "US", "America/New_York", "en", "USD")
    done = site_ops.create_site(half, settings, site_ops.AdminAccount("owner", "long-enough-pass", "Owner"))
    assert not bootstrap.is_loading(half)
    assert half.meta("sync.server_url") is None and half.meta("sync.cursor") is None
    assert credentials.load_token("http://testserver", half.device_id) is None
    with half.session() as s:
        assert s.query(Customer).count() == 0  # the other site's customers are gone
        assert [u.username for u in s.query(User).all()] == ["owner"]
    assert site_ops.site_settings(half) == settings
    assert _indexes(half) == _indexes(Store(tmp_path / "fresh.db"))
    assert auth.sign_in(half, "owner", "long-enough-pass").value.user_id == done.value.user_id
    half.close()
