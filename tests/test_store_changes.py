"""Committed writes publish what they changed; rolled-back ones publish nothing."""

from __future__ import annotations

import pytest

from callcenter.core.changes import Changed, Changes
from callcenter.core.customers import CustomerForm
from callcenter.store import repo
from callcenter.store.models import Customer, Phone


def _listen(store):
    got: list[Changed] = []
    store.events.subscribe(Changed, got.append)
    return got


def test_a_committed_write_names_its_rows_and_their_customer(store):
    got = _listen(store)
    cid = repo.create_customer(store, CustomerForm(given_name="Ada", family_name="Li", phone="+1 212 555 0100"), None)
    assert len(got) == 1 and got[0].source == "local"
    changes = got[0].changes
    assert changes.ids("customers") == {cid}
    assert changes.touches("phones") and changes.touches("audit_log")
    assert changes.related("customer_id") == {cid}  # the customer row and its phone both point at it
    assert changes.touches_record("customer_id", cid) and not changes.touches_record("customer_id", "other")


def test_unit_returns_the_same_changes_it_publishes(store):
    got = _listen(store)
    with store.unit() as unit:
        unit.session.add(Customer(account_no="A1", display_name="X"))
    assert unit.changes == got[0].changes
    assert [c.kind for c in unit.changes.items] == ["insert"]


def test_a_rolled_back_write_publishes_nothing(store):
    got = _listen(store)
    with pytest.raises(RuntimeError), store.transaction() as s:
        s.add(Customer(account_no="A2", display_name="Y"))
        s.flush()
        raise RuntimeError("refused")
    assert got == []
    with store.transaction() as s:  # and the next write is not credited with the lost one
        s.add(Customer(account_no="A3", display_name="Z"))
    assert len(got) == 1 and len(got[0].changes) == 1


def test_a_tombstone_is_a_delete(store):
    cid = repo.create_customer(store, CustomerForm(given_name="Bo", family_name="Wu", phone="+1 212 555 0101"), None)
    got = _listen(store)
    with store.transaction() as s:
        phone = s.query(Phone).filter_by(customer_id=cid).one()
        phone.deleted = True
    assert [(c.table, c.kind) for c in got[0].changes.items] == [("phones", "delete")]


def test_a_sync_pull_publishes_its_rows_as_sync(tmp_path):
    from callcenter.store import replica
    from callcenter.store.db import Store

    a, b = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    try:
        cid = repo.create_customer(a, CustomerForm(given_name="Cy", family_name="Ng", phone="+1 212 555 0102"), None)
        outgoing = replica.collect_pending(a, 1000)
        got = _listen(b)
        replica.apply_remote(b, outgoing.changes)
        assert [e.source for e in got] == ["sync"]
        assert got[0].changes.touches_record("customer_id", cid)
        replica.apply_remote(b, outgoing.changes)  # nothing new: nothing published
        assert len(got) == 1
    finally:
        a.close()
        b.close()


def test_changes_merge_and_filter():
    one = Changes.of("complaints", "update", "k1", customer_id="c1")
    two = Changes.of("complaint_events", "insert", "e1", "e2", complaint_id="k1")
    both = one | two
    assert both.tables == {"complaints", "complaint_events"}
    assert both.related("complaint_id") == {"k1"}
    assert both.related("customer_id") == {"c1"}
    assert Changes.merge([one, two]) == both and not Changes()
