"""A console joins a site from the server's prebuilt snapshot file (``sync.snapshot_file``,
``GET /v1/snapshot/file``, ``SnapshotLoader.copy_file``), on both server backends: the rows
equal the server's and the streamed join's, the own user's hash comes from the stream and
every other stays withheld, changes after the file's position come by the pull, a tampered
row is kept aside, a damaged, foreign or missing file falls back to the stream, a join
killed mid-copy completes next time, and a full disk is refused in words."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sync_helpers import PASSWORD, InProcessServer
from test_sync_snapshot import (
    Boom,
    _imported_site,
    _indexes,
    _joining,
    _pop,
    _server_rows,
    _store_rows,
    server_position,
)

from callcenter.benchmarks.import_bench import customer_row
from callcenter.ops import auth
from callcenter.store import bootstrap, replica, search
from callcenter.store.db import Store
from callcenter.store.errors import StoreError
from callcenter.store.models import Customer
from callcenter.store.replica import synced_tables
from callcenter.sync import server_store, snapshot_file, validate, withheld
from callcenter.sync.client import SyncClient


@pytest.fixture
def server(server_db_url, tmp_path):
    srv = InProcessServer(server_db_url, snapshot_dir=tmp_path / "snapshots")
    srv.user("sup", "supervisor")
    srv.user("agent1", "agent")
    yield srv
    srv.close()


def _published(server) -> Path:
    found = snapshot_file.current(server.snapshot_dir, server_store.site_mark(server.engine))
    assert found is not None
    return found[1]


def _tamper(server, *statements: str) -> None:
    """Change the published file by hand and give it a manifest that matches again (a file
    written into the folder by something other than the build)."""
    path = _published(server)
    with sqlite3.connect(path) as conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()
    manifest_path = server.snapshot_dir / snapshot_file.MANIFEST
    manifest = json.loads(manifest_path.read_text())
    manifest["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest["size"] = path.stat().st_size
    manifest_path.write_text(json.dumps(manifest))


def _fts_whole(store) -> None:
    with store.engine.connect() as conn:  # raises when the index and its customers disagree
        conn.exec_driver_sql("INSERT INTO customer_search(customer_search, rank) VALUES ('integrity-check', 1)")


def test_a_console_joins_from_the_file_and_holds_what_the_stream_would_give(server, tmp_path):
    a = _imported_site(server, tmp_path)
    streamed = _joining(server, tmp_path / "streamed.db")
    assert streamed.sync_round().snapshot_source == "stream"  # no file built yet
    manifest = server.build_snapshot()
    assert manifest.cursor == server_position(server) and manifest.rows == len(_server_rows(server))

    b = _joining(server, tmp_path / "b.db")
    seen: list[tuple[int, int]] = []
    result = b.sync_round(progress=lambda done, total: seen.append((done, total)))
    assert result.snapshot_source == "file" and result.pulled == 0
    assert result.snapshot_rows == len(_server_rows(server)) and seen[-1][0] == seen[-1][1]
    assert _store_rows(b.store) == _store_rows(streamed.store)  # the same rows, values and stamps
    assert set(_store_rows(b.store)) == set(_server_rows(server))
    assert b.store.pending_changes() == 0 and not bootstrap.is_loading(b.store)
    assert int(b.store.meta("sync.cursor")) == manifest.cursor
    assert _indexes(b.store) == _indexes(a.store)
    _fts_whole(b.store)
    with b.store.engine.connect() as conn:
        assert len(search.search(conn, customer_row(7)[0])) == 1
    assert _pop(b.store, 7) == customer_row(7)[0]
    assert auth.sign_in(b.store, "agent1", PASSWORD).value.role.value == "agent"  # own hash: offline sign-in
    with b.store.engine.connect() as conn:
        hashes = dict(conn.exec_driver_sql("SELECT username, password_hash FROM users").all())
    assert hashes["sup"] == withheld.WITHHELD and hashes["agent1"].startswith("$argon2")
    assert not list(tmp_path.glob("b.db.snapshot-download*"))  # the download is gone
    for store in (a.store, b.store, streamed.store):
        store.close()


def test_the_file_holds_no_password_hash_and_is_only_for_registered_devices(server, tmp_path):
    _imported_site(server, tmp_path)
    assert server.http.get("/v1/snapshot/file").status_code == 401
    b = _joining(server, tmp_path / "b.db")
    missing = server.http.get("/v1/snapshot/file", headers=b._headers())
    assert missing.status_code == 404 and missing.json()["detail"]["code"] == "no_snapshot_file"
    server.build_snapshot()
    with sqlite3.connect(_published(server)) as conn:
        hashes = {h for (h,) in conn.execute("SELECT password_hash FROM users")}
    assert hashes == {withheld.WITHHELD}
    answer = server.http.get("/v1/snapshot/file", headers={**b._headers(), "Accept-Encoding": "identity"})
    assert answer.status_code == 200
    assert answer.headers["x-snapshot-sha256"] == hashlib.sha256(answer.content).hexdigest()
    assert int(answer.headers["x-snapshot-cursor"]) == server_position(server)
    b.store.close()


def test_changes_after_the_files_position_come_by_the_pull(server, tmp_path):
    a = _imported_site(server, tmp_path)
    server.build_snapshot()
    at_build = server_position(server)
    with a.store.transaction() as s:  # after the file: a change and a new user
        c = s.query(Customer).filter_by(account_no=customer_row(3)[0]).one()
        c.display_name = "Renamed After The File"
        cid = c.id
    a.sync_round()
    server.user("agent2", "agent")
    b = _joining(server, tmp_path / "b.db", username="agent2")  # a user the file does not know
    result = b.sync_round()
    assert result.snapshot_source == "file" and result.pulled >= 1
    assert int(b.store.meta("sync.cursor")) == server_position(server) > at_build
    with b.store.session() as s:
        assert s.get(Customer, cid).display_name == "Renamed After The File"
    with b.store.engine.connect() as conn:
        assert [h.customer_id for h in search.search(conn, "Renamed")] == [cid]
    assert auth.sign_in(b.store, "agent2", PASSWORD).value.role.value == "agent"
    a.store.close()
    b.store.close()


def test_rows_tampered_in_the_file_are_kept_aside_and_the_rest_is_loaded(server, tmp_path):
    _imported_site(server, tmp_path)
    server.build_snapshot()
    with sqlite3.connect(_published(server)) as conn:
        (bad_customer,) = conn.execute("SELECT id FROM customers ORDER BY id LIMIT 1").fetchone()
        (bad_phone,) = conn.execute("SELECT id FROM phones ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    _tamper(
        server,
        f"UPDATE customers SET created_at = 'not a date' WHERE id = '{bad_customer}'",
        f"UPDATE phones SET deleted = 7 WHERE id = '{bad_phone}'",
    )
    b = _joining(server, tmp_path / "b.db")
    result = b.sync_round()
    assert result.snapshot_source == "file"
    assert {k["row_id"] for k in replica.kept_aside(b.store)} == {bad_customer, bad_phone}
    mine, on_server = set(_store_rows(b.store)), set(_server_rows(server))
    assert on_server - mine == {("customers", bad_customer), ("phones", bad_phone)}
    _fts_whole(b.store)  # rebuilt: the index holds no customer the store does not
    with b.store.engine.connect() as conn:
        assert len(search.search(conn, customer_row(9)[0])) == 1
    b.store.close()


@pytest.mark.parametrize(
    "damage",
    [
        "bytes",  # the file no longer matches its SHA-256
        "schema",  # a file of another store schema
        "not_sqlite",  # not a database at all (and a matching SHA-256)
        "other_site",  # the folder holds another site's file
    ],
)
def test_a_damaged_or_foreign_file_falls_back_to_the_stream(server, tmp_path, damage):
    _imported_site(server, tmp_path)
    server.build_snapshot()
    path = _published(server)
    if damage == "bytes":
        with open(path, "r+b") as f:
            f.seek(path.stat().st_size // 2)
            f.write(b"\x00" * 512)
    elif damage == "schema":
        _tamper(server, "UPDATE alembic_version SET version_num = '0001'")
    elif damage == "not_sqlite":
        path.write_bytes(b"this is not a database " * 100)
        _tamper(server)
    else:
        manifest_path = server.snapshot_dir / snapshot_file.MANIFEST
        manifest = json.loads(manifest_path.read_text())
        manifest["site"] += 1
        manifest_path.write_text(json.dumps(manifest))
    b = _joining(server, tmp_path / "b.db")
    result = b.sync_round()
    assert result.snapshot_source == "stream"
    assert set(_store_rows(b.store)) == set(_server_rows(server)) and not bootstrap.is_loading(b.store)
    assert _pop(b.store, 4) == customer_row(4)[0]
    b.store.close()


def test_a_join_killed_mid_copy_is_not_joined_and_the_next_join_completes(server, tmp_path, monkeypatch):
    _imported_site(server, tmp_path)
    server.build_snapshot()
    b = _joining(server, tmp_path / "b.db")
    real = bootstrap.SnapshotLoader._copy_table
    copied: list[str] = []

    def copy_then_die(self, table):
        copied.append(table)
        if len(copied) == 4:
            raise Boom("killed mid-copy")
        return real(self, table)

    monkeypatch.setattr(bootstrap.SnapshotLoader, "_copy_table", copy_then_die)
    with pytest.raises(Boom):
        b.sync_round()
    monkeypatch.setattr(bootstrap.SnapshotLoader, "_copy_table", real)
    b.store.close()
    half = Store(tmp_path / "b.db")
    assert bootstrap.is_loading(half)
    with half.engine.connect() as conn:
        assert sum(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in copied[:3]) > 0
    again = SyncClient(half, "http://testserver", http=server.http, token=b.token, backoff=0.01)
    result = again.sync_round()
    assert result.snapshot_source == "file"
    assert set(_store_rows(half)) == set(_server_rows(server)) and not bootstrap.is_loading(half)
    _fts_whole(half)
    half.close()


def test_a_disk_without_room_for_the_file_is_refused_in_words(server, tmp_path, monkeypatch):
    import shutil
    from collections import namedtuple

    _imported_site(server, tmp_path)
    server.build_snapshot()
    b = _joining(server, tmp_path / "b.db", retries=0)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(StoreError) as refused:
        b.load_snapshot()
    assert refused.value.params["reason"] == "disk_full" and "GB free" in str(refused.value)
    assert bootstrap.is_empty(b.store) and not bootstrap.is_loading(b.store)  # nothing half-written
    assert not list(tmp_path.glob("b.db.snapshot-download*"))
    b.store.close()


def test_the_streamed_snapshot_of_named_tables_holds_only_them(server, tmp_path):
    _imported_site(server, tmp_path)
    b = _joining(server, tmp_path / "b.db")
    frames = list(b._snapshot_frames(("users",)))
    assert {t for t, _rows in frames} == {"users"}
    assert sum(len(r) for _t, r in frames) == 2
    b.store.close()


# -- the server's side -------------------------------------------------------------------------


def test_the_cli_builds_the_file_publishes_it_whole_and_prunes_the_older_one(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    folder = tmp_path / "snapshots"
    engine = server_store.open_engine(url)
    server_store.create_user(engine, "sup", PASSWORD, "supervisor")

    def build() -> dict:
        done = subprocess.run(
            [sys.executable, "-m", "callcenter", "server", "--build-snapshot", "--snapshot-dir", str(folder)],
            env={**os.environ, "CALLCENTER_DATABASE_URL": url},
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout)

    first = build()
    path = folder / first["file"]
    assert first["cursor"] == server_store.position(engine) and first["tables"]["users"] == 1
    assert first["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest() and first["size"] == path.stat().st_size
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file, no log beside it
    conn.close()
    server_store.create_user(engine, "agent1", PASSWORD, "agent")
    keeper = snapshot_file.Keeper(engine, url, folder, 0.2)
    assert keeper.due()  # the site moved on since the file: the server's keeper builds again
    keeper.start()
    try:
        deadline = time.monotonic() + 120
        while keeper.due() and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        keeper.stop()
    second = json.loads((folder / snapshot_file.MANIFEST).read_text())
    assert second["cursor"] == server_store.position(engine) > first["cursor"] and not keeper.due()
    assert sorted(p.name for p in folder.iterdir()) == sorted([second["file"], snapshot_file.MANIFEST])
    with sqlite3.connect(folder / second["file"]) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone() == (2,)
    conn.close()
    engine.dispose()


# (column, a value a file could hold, the same value as a pulled row would carry it)
SPOILS = [
    ("hlc", "short", "short"),
    ("hlc", "zzzzzzzzzzzz-0000-x", "zzzzzzzzzzzz-0000-x"),
    ("hlc", "ffffffffffff-ffff-x", "ffffffffffff-ffff-x"),  # beyond the last wall clock
    ("hlc", "0190a0b0c0d0-0000-a\u00a0b", "0190a0b0c0d0-0000-a\u00a0b"),  # a space that is not ' '
    ("id", None, None),
    ("id", b"\x01\x02", b"\x01\x02"),  # (a number in a text column is stored as text: not a spoil)
    ("display_name", None, None),
    ("display_name", b"bytes", b"bytes"),
    ("value_score", "high", "high"),
    ("value_score", 1.5, 1.5),
    ("created_at", "not a date", "not a date"),
    ("created_at", 20261201, 20261201),
    ("deleted", 2, 2),
    ("deleted", "no", "no"),
    ("vip", None, None),
]


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    from callcenter.store import demo

    path = tmp_path_factory.mktemp("demo") / "site.db"
    demo.generate(path, 60, 5, quiet=True)
    return path


@pytest.mark.parametrize(("column", "stored", "pulled"), SPOILS)
def test_the_sql_check_refuses_what_the_pulls_checks_refuse(demo_site, column, stored, pulled):
    """``validate.sql_row_check`` is never looser than ``row_checker``: each way of spoiling
    a good customer row fails both, the row stored in a file and the row as pulled; and
    ``sql_row_fault`` names the spoiled column."""
    site = Store(demo_site)
    plan = synced_tables()["customers"]
    with site.engine.connect() as conn:
        raw = conn.exec_driver_sql(f"SELECT {', '.join(plan.columns)} FROM customers LIMIT 1").one()
        row = replica.encode_row(plan, tuple(raw))
        assert validate.row_checker("customers")(row)  # the good row passes
        # the spoiled copy in a table without the store's constraints, as a file could hold it
        conn.exec_driver_sql("CREATE TEMP TABLE spoiled AS SELECT * FROM customers WHERE id = ?", (row["id"],))
        conn.exec_driver_sql(f'UPDATE spoiled SET "{column}" = ?', (stored,))
        check, fault = validate.sql_row_check("customers"), validate.sql_row_fault("customers")
        assert conn.exec_driver_sql(f"SELECT {check}, {fault} FROM spoiled").one() == (0, column)
        conn.rollback()
    assert not validate.row_checker("customers")({**row, column: pulled})
    site.close()


def test_the_sql_check_and_row_checker_agree_on_every_row_of_a_demo_site(demo_site):
    site = Store(demo_site)
    with site.engine.connect() as conn:
        for table, plan in synced_tables().items():
            check = validate.sql_row_check(table)
            rows = conn.exec_driver_sql(f"SELECT {check}, {', '.join(plan.columns)} FROM {table}").all()
            test = validate.row_checker(table)
            for r in rows:
                assert r[0] == 1 and test(replica.encode_row(plan, tuple(r[1:]))), table
    site.close()
