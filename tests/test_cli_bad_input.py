"""Bad input and an unlucky machine on the real command line (a subprocess each):
read-only folders, a full disk, deeply nested YAML, a folder given for a file, another
program's database, a store left with its WAL after a crash. Each case gets one plain
sentence on stderr, a non-zero exit, no traceback, and every file as it was.

Read-only folders are folders without write permission. Root ignores permissions, so
as root the command runs without the capabilities that let it (``setpriv``). A full
disk is SQLite's own "database or disk is full": the command runs with every database
it opens capped at the pages it has (``PRAGMA max_page_count``), the same error a
full disk gives, without a real full disk.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from callcenter.store.db import Store
from callcenter.store.models import Customer

PASSWORD = "correct horse"
FULL_DISK = """
import sqlite3, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine

@event.listens_for(Engine, "connect")
def _full(dbapi_conn, _record):
    if isinstance(dbapi_conn, sqlite3.Connection):
        dbapi_conn.execute("PRAGMA max_page_count = 1")  # never more pages than now: the disk is full

from callcenter.cli import main
raise SystemExit(main(sys.argv[1:]))
"""
NO_WRITE_OVERRIDE = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]


def _prefix() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("as root, read-only folders need setpriv to drop the override")
    return NO_WRITE_OVERRIDE


def cli(*args: str, env: dict | None = None, full_disk: bool = False, stdin: str = "") -> subprocess.CompletedProcess:
    program = ["-c", FULL_DISK] if full_disk else ["-m", "callcenter"]
    return subprocess.run(
        [*_prefix(), sys.executable, *program, *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **(env or {})},
        timeout=300,
    )


def digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and its content."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def plain_failure(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode != 0, done.stdout
    assert "Traceback" not in done.stderr and "sqlalchemy" not in done.stderr.lower(), done.stderr
    assert "Error" not in done.stderr, done.stderr  # no exception class names either
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert 1 <= len(lines) <= 2, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A demo store, a backup of it, a deep YAML file, and a read-only folder holding a store."""
    root = tmp_path_factory.mktemp("bad_input")
    ro = root / "ro"
    ro.mkdir()
    store = ro / "c.db"
    assert (
        subprocess.run(
            [sys.executable, "-m", "callcenter", "demo-data", "--customers", "60", "--db", str(store)],
            capture_output=True,
            timeout=300,
        ).returncode
        == 0
    )
    assert (
        subprocess.run(
            [sys.executable, "-m", "callcenter", "backup", "--db", str(store), "--to", str(root / "good.ccbak")],
            capture_output=True,
            timeout=300,
        ).returncode
        == 0
    )
    (root / "deep.yaml").write_text("queues: " + "[" * 3000 + "]" * 3000 + "\n")
    (root / "deep-map.yaml").write_text("".join("  " * i + f"k{i}:\n" for i in range(400)) + "  " * 400 + "x: 1\n")
    (root / "a-folder").mkdir()
    (root / "data").mkdir()
    os.chmod(ro, 0o555)
    yield root
    os.chmod(ro, 0o755)


def _ro_cases() -> list[tuple[str, list[str], dict, str]]:
    """(name, arguments with {root}, extra environment, a word the sentence must hold)."""
    return [
        (
            "sync on a new store",
            ["sync", "--db", "{root}/ro/new.db", "--server", "http://127.0.0.1:9"],
            {},
            "read-only",
        ),
        (
            "sync on an existing store",
            ["sync", "--db", "{root}/ro/c.db", "--server", "http://127.0.0.1:9"],
            {},
            "read-only",
        ),
        ("complaints report", ["complaints", "report", "--db", "{root}/ro/c.db"], {}, "read-only"),
        ("complaints check-deadlines", ["complaints", "check-deadlines", "--db", "{root}/ro/c.db"], {}, "read-only"),
        ("backup --to", ["backup", "--db", "{root}/good.ccbak", "--to", "{root}/ro/x.ccbak"], {}, "read-only"),
        (
            "backup --to a new folder",
            ["backup", "--db", "{root}/good.ccbak", "--to", "{root}/ro/sub/x.ccbak"],
            {},
            "read-only",
        ),
        ("restore --db", ["restore", "--db", "{root}/ro/c.db", "--from", "{root}/good.ccbak"], {}, "read-only"),
        ("restore --db new", ["restore", "--db", "{root}/ro/n.db", "--from", "{root}/good.ccbak"], {}, "read-only"),
        (
            "bench screenpop",
            ["bench", "screenpop", "--customers", "10", "--lookups", "5", "--db", "{root}/ro/b.db"],
            {},
            "read-only",
        ),
        (
            "server --create-user",
            ["server", "--database-url", "sqlite:///{root}/ro/server.db", "--create-user", "lead", "--role", "agent"],
            {"CALLCENTER_PASSWORD": PASSWORD},
            "read-only",
        ),
        (
            "server --create-user, default database",
            ["server", "--create-user", "lead", "--role", "agent"],
            {"CALLCENTER_PASSWORD": PASSWORD, "CALLCENTER_DATA_DIR": "{root}/ro/data"},
            "read-only",
        ),
        ("demo-data", ["demo-data", "--customers", "5", "--db", "{root}/ro/d.db"], {}, "read-only"),
        ("simulate --scenario, nested lists", ["simulate", "--scenario", "{root}/deep.yaml"], {}, "nested too deeply"),
        (
            "simulate --scenario, nested maps",
            ["simulate", "--scenario", "{root}/deep-map.yaml"],
            {},
            "nested too deeply",
        ),
        ("scenario validate, nested lists", ["scenario", "validate", "{root}/deep.yaml"], {}, "nested too deeply"),
        ("scenario validate, nested maps", ["scenario", "validate", "{root}/deep-map.yaml"], {}, "nested too deeply"),
        (
            "restore --from a folder",
            ["restore", "--db", "{root}/data/z.db", "--from", "{root}/a-folder"],
            {},
            "a-folder is a folder",
        ),
    ]


CASES = _ro_cases()


@pytest.mark.parametrize(("name", "args", "extra", "word"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_one_sentence_and_changes_nothing(world, name, args, extra, word):
    before = digest(world)
    fill = {"root": str(world)}
    env = {"CALLCENTER_DATA_DIR": str(world / "data"), **{k: v.format(**fill) for k, v in extra.items()}}
    done = cli(*(a.format(**fill) for a in args), env=env)
    plain_failure(done, word)
    assert digest(world) == before  # nothing written, nothing lost


def test_a_full_disk_during_check_deadlines_says_so(seeded, tmp_path):
    from datetime import UTC, datetime, timedelta

    from callcenter.core.agents import Identity
    from callcenter.core.complaints.capture import ComplaintForm
    from callcenter.core.roles import Role
    from callcenter.store import complaints

    store, ids = seeded
    agent = Identity(ids["agent1"], "agent1", "Alice Agent", Role.AGENT)
    long_ago = datetime.now(UTC) - timedelta(days=20)
    for n in range(120):  # overdue cases: escalating them needs new pages
        form = ComplaintForm(
            customer_id=ids["wang"],
            category="delivery_late",
            severity="high",
            summary=f"late {n}",
            customer_words="late",
        )
        complaints.create(store, form, agent, at=long_ago)
    db = store.path
    store.close()
    before = digest(db.parent)
    done = cli("complaints", "check-deadlines", "--db", str(db), full_disk=True)
    plain_failure(done, "the disk is full")
    assert digest(tmp_path) == before
    again = cli("complaints", "check-deadlines", "--db", str(db), "--json")  # space is back
    assert again.returncode == 0, again.stderr


# -- another program's database ---------------------------------------------------------------------
def _foreign(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('my own data')")
    con.commit()
    con.close()


@pytest.mark.parametrize(
    "args",
    [
        ["demo-data", "--customers", "5", "--db", "{db}"],
        ["sync", "--db", "{db}", "--server", "http://127.0.0.1:9"],
        ["complaints", "report", "--db", "{db}"],
        ["complaints", "check-deadlines", "--db", "{db}"],
    ],
    ids=["demo-data", "sync", "complaints report", "complaints check-deadlines"],
)
def test_another_programs_database_is_refused_and_left_byte_for_byte(tmp_path, args):
    db = tmp_path / "other-app.db"
    _foreign(db)
    before = digest(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "callcenter", *(a.format(db=db) for a in args)],
        capture_output=True,
        text=True,
        env={**os.environ, "CALLCENTER_DATA_DIR": str(tmp_path / "data")},
        timeout=300,
    )
    plain_failure(done, "not a callcenter database")
    assert {k: v for k, v in digest(tmp_path).items() if not k.startswith("data")} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["other-app.db"]  # no -wal, no -shm


def test_an_empty_sqlite_file_is_taken_as_a_new_store(tmp_path):
    db = tmp_path / "empty.db"
    sqlite3.connect(db).close()  # a database with no tables yet: nothing to spoil
    Store(db).close()


# -- a sound store with its WAL: never refused as damaged ----------------------------------------------
_NO_CHECKPOINT = r"""
import os, sys
from callcenter.store import db
pragmas = db._sqlite_pragmas
def no_checkpoint(conn, record):
    pragmas(conn, record)
    conn.execute("PRAGMA wal_autocheckpoint=0")
db._sqlite_pragmas = no_checkpoint
store = db.Store(sys.argv[1])
from callcenter.store.models import Customer
with store.transaction() as s:
    for i in range(50):
        s.add(Customer(account_no=f"A{i:03d}", display_name=f"Customer {i}"))
os._exit(0)  # killed: nothing checkpointed, everything is in the WAL
"""


def _killed_during_checkpoint(folder: Path, pages: int) -> Path:
    """A store whose process died while a checkpoint had copied only ``pages`` pages of its
    WAL into the file (pages go in page order): the file alone is half-written, the WAL whole."""
    crashed = folder / "crashed.db"
    subprocess.run([sys.executable, "-c", _NO_CHECKPOINT, str(crashed)], check=True, timeout=120)
    wal = crashed.with_name("crashed.db-wal").read_bytes()
    done = folder / "done.db"
    shutil.copy(crashed, done)
    done.with_name("done.db-wal").write_bytes(wal)
    con = sqlite3.connect(done)
    con.execute("PRAGMA wal_checkpoint(FULL)")
    con.close()
    store = folder / "store.db"
    store.write_bytes(done.read_bytes()[: pages * 4096])
    store.with_name("store.db-wal").write_bytes(wal)
    return store


@pytest.mark.parametrize("pages", [1, 3, 20])
def test_a_store_killed_during_a_checkpoint_opens_with_everything(tmp_path, pages):
    path = _killed_during_checkpoint(tmp_path, pages)
    store = Store(path)
    try:
        with store.session() as s:
            assert s.query(Customer).count() == 50
    finally:
        store.close()


# -- files only their owner can read --------------------------------------------------------------------
def test_store_server_database_and_folders_are_private(tmp_path):
    from callcenter.sync import server_store

    store = Store(tmp_path / "new" / "console.db")
    with store.transaction() as s:
        s.add(Customer(account_no="P1", display_name="Private"))
    for p in (tmp_path / "new").iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    store.close()
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    engine = server_store.open_engine(f"sqlite:///{tmp_path / 'srv' / 'server.db'}")
    server_store.create_user(engine, "lead", PASSWORD, "supervisor")
    for p in (tmp_path / "srv").iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    engine.dispose()
    assert stat.S_IMODE((tmp_path / "srv").stat().st_mode) == 0o700
    done = cli("backup", "--db", str(tmp_path / "new" / "console.db"), "--to", str(tmp_path / "b.ccbak"))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE((tmp_path / "b.ccbak").stat().st_mode) == 0o600


def test_the_token_file_and_a_new_data_folder_are_private(tmp_path, monkeypatch):
    from callcenter.sync import credentials

    monkeypatch.setenv("CALLCENTER_DATA_DIR", str(tmp_path / "fresh" / "data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert credentials.save_token("http://server", "device", "a-token") == credentials.FILE_BACKEND
    assert stat.S_IMODE((tmp_path / "fresh" / "data").stat().st_mode) == 0o700
    (token,) = (tmp_path / "fresh" / "data" / "sync-tokens").iterdir()
    assert stat.S_IMODE(token.stat().st_mode) == 0o600


# -- a full disk during a pull ------------------------------------------------------------------------
def test_a_full_disk_during_a_pull_says_so_and_the_next_sync_finishes(tmp_path, monkeypatch):
    """The first failure says the disk is full in words; the store is not refused afterwards,
    and once space is back the same command pulls everything."""
    from callcenter.benchmarks.server_process import ServerProcess
    from callcenter.ops.sync import register_console

    server = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)
    server.create_user("sup", PASSWORD, "supervisor")
    env = {"CALLCENTER_DATA_DIR": str(tmp_path / "data"), "CALLCENTER_PASSWORD": PASSWORD}
    with server:
        source = Store(tmp_path / "source.db")
        with source.transaction() as s:
            for i in range(1500):
                s.add(Customer(account_no=f"S{i:05d}", display_name=f"Customer {i}"))
        client = server.client(source, "sup", PASSWORD)
        client.sync_round()
        client.close()
        source.close()
        db = tmp_path / "console.db"
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
        console = Store(db)
        register_console(console, server.url, "sup", PASSWORD)  # registered, nothing pulled yet
        console.close()
        full = cli("sync", "--db", str(db), "--json", env=env, full_disk=True)
        plain_failure(full, "the disk is full")
        assert full.stdout == ""
        again = cli("sync", "--db", str(db), "--json", env=env)  # space is back
        assert again.returncode == 0, again.stderr
    store = Store(db)
    try:
        with store.session() as s:
            assert s.query(Customer).count() == 1500
    finally:
        store.close()


def test_a_timeout_is_not_told_as_a_file_problem(capsys):
    from callcenter.cli_errors import guarded

    def waits() -> int:
        raise TimeoutError("timed out")

    assert guarded("bench", waits) == 1
    said = capsys.readouterr().err
    assert "did not answer in time" in said and "file" not in said
