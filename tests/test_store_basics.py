from sqlalchemy import select

from callcenter.core.ids import HlcStamp
from callcenter.store import search
from callcenter.store.models import ChangeLog, Customer, Phone


def test_store_is_wal_with_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_write_is_stamped_and_logged_in_same_transaction(store):
    with store.transaction() as s:
        c = Customer(account_no="A1", display_name="Ada Lovelace", given_name="Ada", family_name="Lovelace")
        s.add(c)
    with store.session() as s:
        row = s.get(Customer, c.id)
        log = s.scalars(select(ChangeLog)).all()
    assert row.origin == store.device_id
    assert HlcStamp.decode(row.hlc).device == store.device_id
    assert [(e.table_name, e.row_id, e.op, e.hlc) for e in log] == [("customers", c.id, "insert", row.hlc)]


def test_failed_transaction_leaves_nothing(store):
    try:
        with store.transaction() as s:
            s.add(Customer(account_no="A1", display_name="X"))
            s.flush()
            raise RuntimeError("crash mid-write")
    except RuntimeError:
        pass
    with store.session() as s:
        assert s.scalars(select(Customer)).all() == []
        assert s.scalars(select(ChangeLog)).all() == []


def test_search_finds_chinese_names_and_phone_digits(store):
    with store.transaction() as s:
        c = Customer(account_no="A2", display_name="王小明", given_name="小明", family_name="王")
        s.add(c)
        s.flush()
        s.add(Phone(customer_id=c.id, raw="138 0013 8000", e164="+8613800138000"))
    with store.engine.connect() as conn:
        for query in ["王", "小明", "王小明", "13800", "+86 138 0013 8000", "a2"]:
            assert [h.customer_id for h in search.search(conn, query)] == [c.id], query
        assert search.search(conn, "李") == []
