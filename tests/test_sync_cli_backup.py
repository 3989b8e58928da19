"""Backup and restore (online backup API), the sync benchmark's JSON, the server CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from callcenter.store.backup import backup, check_backup, restore
from callcenter.store.db import Store, StoreError
from callcenter.store.migrate import head_revision
from callcenter.store.models import Customer


def _add(store, account):
    with store.transaction() as s:
        s.add(Customer(account_no=account, display_name=f"Customer {account}"))


def _accounts(path):
    store = Store(path)
    try:
        with store.session() as s:
            return sorted(c.account_no for c in s.query(Customer))
    finally:
        store.close()


def test_backup_while_open_and_restore_keeps_the_previous_store(tmp_path):
    db = tmp_path / "console.db"
    store = Store(db)
    _add(store, "A1")
    backup(db, tmp_path / "b.ccbak")  # the store stays open and in use
    _add(store, "A2")
    device = store.device_id
    store.close()
    assert check_backup(tmp_path / "b.ccbak") == head_revision()
    kept = restore(tmp_path / "b.ccbak", db)
    assert _accounts(db) == ["A1"]
    assert _accounts(kept) == ["A1", "A2"]  # nothing lost: the replaced store is kept
    again = Store(db)
    assert again.device_id == device
    again.close()


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_restoring_a_bad_file_is_refused_and_the_store_untouched(tmp_path, content):
    db = tmp_path / "console.db"
    store = Store(db)
    _add(store, "A1")
    store.close()
    before = db.read_bytes()
    bad = tmp_path / "bad.ccbak"
    bad.write_bytes(content)
    with pytest.raises(StoreError) as err:
        restore(bad, db)
    assert "not a callcenter backup" in str(err.value) or "damaged" in str(err.value)
    assert db.read_bytes() == before
    assert not (tmp_path / "console.db.before-restore").exists()


def _run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "callcenter", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def test_backup_and_restore_commands(tmp_path):
    db = tmp_path / "c.db"
    store = Store(db)
    _add(store, "Z9")
    store.close()
    assert _run("backup", "--db", str(db), "--to", str(tmp_path / "x.ccbak")).returncode == 0
    done = _run("restore", "--db", str(db), "--from", str(tmp_path / "missing.ccbak"))
    assert done.returncode == 1 and "missing.ccbak does not exist" in done.stderr
    assert _run("restore", "--db", str(db), "--from", str(tmp_path / "x.ccbak")).returncode == 0
    assert _accounts(db) == ["Z9"]


def test_server_create_user_reads_the_password_from_stdin(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "callcenter",
            "server",
            "--database-url",
            url,
            "--create-user",
            "lead",
            "--role",
            "supervisor",
        ],
        input="s3cret\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["role"] == "supervisor"
    from callcenter.core.security import verify_password
    from callcenter.sync import server_store

    engine = server_store.open_engine(url)
    with engine.connect() as conn:
        user = server_store.find_user(conn, "lead")
    engine.dispose()
    assert verify_password(user["password_hash"], "s3cret") and "s3cret" not in json.dumps(user)
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "callcenter",
            "server",
            "--database-url",
            url,
            "--create-user",
            "lead",
            "--role",
            "agent",
        ],
        input="x\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 2 and "already exists" in again.stderr


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_bench_sync_prints_one_json_object(backend, pg_cluster):
    args = ["bench", "sync", "--changes", "400", "--backend", backend, "--json"]
    if backend == "postgresql":
        args += ["--database-url", pg_cluster.create_database(f"bench_{os.getpid()}")]
    done = _run(*args)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["changes"] == 400 and result["pushed"] == 400 and result["backend"] == backend
    assert result["pulled"] == 401  # the 400 customers and the benchmark's user
    for key in ("push_changes_per_s", "pull_changes_per_s", "incremental_round_trip_ms"):
        assert result[key] > 0
    # the rate is what was moved over the time it took
    assert abs(result["push_changes_per_s"] - 400 / result["push_seconds"]) / result["push_changes_per_s"] < 0.05


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_server_migrations_match_its_tables(backend, tmp_path, pg_cluster):
    """The server's Alembic schema is the one its code uses, on both databases."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from callcenter.sync import server_store

    url = (
        f"sqlite:///{tmp_path / 'server.db'}"
        if backend == "sqlite"
        else pg_cluster.create_database(f"mig_{os.getpid()}")
    )
    engine = server_store.open_engine(url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), server_store.metadata
            )
        assert diff == []
        server_store.upgrade(engine)  # a second start migrates nothing and fails nothing
    finally:
        engine.dispose()
