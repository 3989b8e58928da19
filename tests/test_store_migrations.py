"""Schema migrations: empty to head, from the previous revision, refusing newer files,
and models that agree with the migrations."""

from __future__ import annotations

import hashlib
import sqlite3
import sys

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from callcenter.store import search
from callcenter.store.db import Store, StoreError, make_engine
from callcenter.store.migrate import alembic_config, current_revision, head_revision, upgrade
from callcenter.store.models import Base
from callcenter.store.screenpop import pop

FTS_TABLES = {
    "customer_search",
    "customer_search_config",
    "customer_search_content",
    "customer_search_data",
    "customer_search_docsize",
    "customer_search_idx",
}


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_is_the_last_revision():
    assert head_revision() == "0007_intelcalc"


def test_empty_to_head_creates_every_model_table(tmp_path):
    store = Store(tmp_path / "new.db")
    try:
        tables = set(inspect(store.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert FTS_TABLES <= tables
        assert "alembic_version" in tables
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all() == [head_revision()]
        assert store.device_id and store.meta("device_id") == store.device_id
    finally:
        store.close()


def test_every_model_column_exists_after_migration(tmp_path):
    store = Store(tmp_path / "cols.db")
    try:
        insp = inspect(store.engine)
        for name, table in Base.metadata.tables.items():
            columns = {c["name"] for c in insp.get_columns(name)}
            assert {c.name for c in table.columns} == columns, name
    finally:
        store.close()


def test_reopening_a_head_store_keeps_its_device_and_data(tmp_path):
    path = tmp_path / "again.db"
    first = Store(path)
    first.set_meta("marker", "kept")
    device = first.device_id
    first.close()
    second = Store(path)
    try:
        assert second.device_id == device
        assert second.meta("marker") == "kept"
        assert current_revision(second.engine) == head_revision()
    finally:
        second.close()


CUSTOMER_SQL = """
INSERT INTO customers (id, account_no, kind, company_id, given_name, family_name, company_name, display_name,
    preferred_language, tier, vip, value_score, currency, credit_limit_minor, balance_minor, churn_risk,
    do_not_call, consent_marketing, consent_recording, id_number, card_number, customer_since,
    created_at, updated_at, hlc, origin, deleted)
VALUES ('0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b', 'ACC-OLD-1', 'person', NULL, '伟', '张', '', '张伟',
    'zh_CN', 'gold', 0, 75, 'CNY', 0, 0, 10, 0, 0, 1, '', '', '2020-01-01 00:00:00',
    '2020-01-01 00:00:00', '2020-01-01 00:00:00', '', 'old-device', 0)
"""
PHONE_SQL = """
INSERT INTO phones (id, customer_id, kind, raw, e164, extension, is_primary, created_at, updated_at, hlc, origin,
    deleted)
VALUES ('0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6c', '0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b', 'mobile', '138 0013 8000',
    '+8613800138000', NULL, 1, '2020-01-01 00:00:00', '2020-01-01 00:00:00', '', 'old-device', 0)
"""


def test_upgrade_from_the_previous_revision_keeps_and_indexes_rows(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    assert "customer_search" not in inspect(engine).get_table_names()
    with engine.begin() as conn:
        conn.exec_driver_sql(CUSTOMER_SQL)
        conn.exec_driver_sql(PHONE_SQL)
    engine.dispose()

    store = Store(path)  # upgrades to head
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT display_name, account_no FROM customers").all()
            assert row == [("张伟", "ACC-OLD-1")]
            for query in ["张伟", "伟", "13800138000", "138 0013 8000", "+86 138 0013 8000", "acc-old-1"]:
                hits = search.search(conn, query)
                assert [h.customer_id for h in hits] == ["0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b"], query
            assert search.search(conn, "李") == []
            found = pop(conn, "+86 138 0013 8000", "US")
            assert found.status.value == "matched" and found.view.display_name == "张伟"
    finally:
        store.close()


def test_upgrade_from_0002_adds_long_prefix_indexes_and_keeps_search(tmp_path):
    path = tmp_path / "v2.db"
    engine = make_engine(path)
    upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(CUSTOMER_SQL)
        conn.exec_driver_sql(PHONE_SQL)
        ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'customer_search'").scalar()
        assert "prefix = '2 3'" in ddl
    engine.dispose()
    store = Store(path)
    try:
        with store.engine.connect() as conn:
            ddl = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'customer_search'").scalar()
            assert "prefix = '2 3 4 5'" in ddl
            for query in ["8613", "86138", "1380", "张伟"]:
                assert [h.account_no for h in search.search(conn, query)] == ["ACC-OLD-1"], query
    finally:
        store.close()


def test_downgrade_and_upgrade_again_rebuilds_the_index(store):
    from callcenter.store.models import Customer

    with store.transaction() as s:
        s.add(Customer(account_no="A9", display_name="Grace Hopper", given_name="Grace", family_name="Hopper"))
    command.downgrade(alembic_config(store.engine), "0001")
    assert "customer_search" not in inspect(store.engine).get_table_names()
    upgrade(store.engine)
    with store.engine.connect() as conn:
        assert [h.display_name for h in search.search(conn, "hopper")] == ["Grace Hopper"]


def _future_db(path, journal_mode: str) -> None:
    if journal_mode == "wal":
        Store(path).close()  # a real store file, as a newer product would have written it
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode={journal_mode}")
    con.execute("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.execute("DELETE FROM alembic_version")
    con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.commit()
    con.close()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_newer_schema_is_refused_and_left_byte_identical(tmp_path, journal_mode):
    path = tmp_path / "future.db"
    _future_db(path, journal_mode)
    digest, files = sha(path), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StoreError, match="newer version"):
        Store(path)
    assert sha(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == files  # no -wal/-shm left: nothing holds it open


def test_upgrade_itself_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "future.db"
    _future_db(path, "wal")
    engine = make_engine(path)
    try:
        with pytest.raises(StoreError, match="9999_from_the_future"):
            upgrade(engine)
        assert current_revision(engine) == "9999_from_the_future"
    finally:
        engine.dispose()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 200)
    digest = sha(path)
    with pytest.raises(StoreError):
        Store(path)
    assert sha(path) == digest


def test_models_and_migrations_agree(store):
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        diff = compare_metadata(ctx, Base.metadata)
    unexpected = []
    for entry in diff:
        if isinstance(entry, tuple) and entry[0] == "remove_table" and entry[1].name in FTS_TABLES:
            continue
        unexpected.append(entry)
    assert unexpected == []
    # and the FTS table is really the only thing outside the models
    removed = {e[1].name for e in diff if isinstance(e, tuple) and e[0] == "remove_table"}
    assert removed == FTS_TABLES


@pytest.mark.parametrize(
    "name",
    [
        "plain.db",
        "with space.db",
        "a%20b.db",
        "hash#1.db",
        "张三的档案.db",
        pytest.param("what?.db", marks=pytest.mark.skipif(sys.platform == "win32", reason="'?' not allowed")),
    ],
)
def test_the_store_opens_exactly_the_file_it_was_given(tmp_path, name):
    path = tmp_path / "profile dir" / name
    store = Store(path)
    store.set_meta("marker", name)
    store.close()
    assert path.is_file()
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix == ".db") == [name]
    again = Store(path)
    try:
        assert again.meta("marker") == name
    finally:
        again.close()
