"""The balance the credit check counts is the customers' open invoices: an order on account
opens an invoice, partial payments reduce it, a full payment closes it, and the credit
check, the customers.balance_minor shown everywhere and the credit rating's invoices agree.
Hand-worked figures (CNY, minor units)."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

from callcenter.core import orders as o
from callcenter.ops import orders
from callcenter.store import orders as store_orders
from callcenter.store import repo
from callcenter.store.models import Customer, Invoice
from tests.orders_seed import NOW, seed_orders

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def shop(seeded):
    store, ids = seeded
    return store, seed_orders(store, ids)


def agent(store):
    return next(a for a in repo.agents(store) if a.username == "agent1")


def basket(ctx, *items):
    cat = {p.sku: p for p in ctx.products}
    b = o.Basket(ctx.currency)
    for sku, qty in items:
        b = o.add_item(b, cat[sku], qty)
    return b


def position(store, cid):
    with store.engine.connect() as conn:
        return store_orders.credit_position(conn, cid)


def test_order_on_account_opens_an_invoice_and_payments_bring_the_balance_down(shop):
    store, ids = shop
    ann = ids["ann"]  # limit 1,000.00; one open invoice of 200.00
    assert position(store, ann).balance_minor == 20_000
    ctx = orders.order_context(store, ann)
    done = orders.place_order(
        store,
        agent(store),
        o.OrderRequest(ann, basket(ctx, ("P-1", 2), ("D-1", 1)), o.PaymentMethod.ACCOUNT, "x"),
        now=NOW,
    )  # 2 x 64.00 + 9.07 = 137.07
    with store.session() as s:
        inv = s.query(Invoice).filter_by(order_id=done.value.order_id).one()
        assert (inv.amount_minor, inv.paid_minor, inv.status) == (13_707, 0, "open")
        assert inv.due_at.replace(tzinfo=NOW.tzinfo) == NOW + timedelta(days=14)  # a person: 14 days
        assert s.get(Customer, ann).balance_minor == 33_707
        invoice_id = inv.id
    assert position(store, ann).balance_minor == 20_000 + 13_707

    with store.transaction() as s:  # 50.00 paid on the new invoice: 87.07 left on it
        store_orders.apply_payment(s, invoice_id, 5_000, NOW + timedelta(days=3))
    assert position(store, ann).balance_minor == 20_000 + 8_707
    with store.transaction() as s:  # the rest: the invoice is paid and leaves the balance
        store_orders.apply_payment(s, invoice_id, 8_707, NOW + timedelta(days=5), "card")
    with store.session() as s:
        inv = s.get(Invoice, invoice_id)
        assert (inv.paid_minor, inv.status) == (13_707, "paid") and inv.paid_at is not None
        assert s.get(Customer, ann).balance_minor == 20_000
    assert position(store, ann).balance_minor == 20_000


def test_the_credit_check_counts_open_invoices_not_a_written_balance(shop):
    store, ids = shop
    wang = ids["wang"]  # limit 5,000.00; an open invoice of 4,990.00: headroom 10.00
    with store.transaction() as s:  # a stale written balance does not fool the check
        s.get(Customer, wang).balance_minor = 0
    ctx = orders.order_context(store, wang)
    assert ctx.headroom_minor == 1_000
    with pytest.raises(o.CreditRefused):
        orders.place_order(
            store, agent(store), o.OrderRequest(wang, basket(ctx, ("S-1", 1)), o.PaymentMethod.CARD, "x")
        )  # 15.00 > 10.00
    with store.transaction() as s:  # 4,985.00 paid: 5.00 left, headroom 4,995.00
        inv = s.query(Invoice).filter_by(customer_id=wang, status="open").one()
        store_orders.apply_payment(s, inv.id, 498_500, NOW)
    assert position(store, wang).balance_minor == 500
    ctx = orders.order_context(store, wang)
    assert ctx.headroom_minor == 500_000 - 500
    orders.place_order(store, agent(store), o.OrderRequest(wang, basket(ctx, ("S-1", 1)), o.PaymentMethod.CARD, "x"))
    assert position(store, wang).balance_minor == 500 + 1_500
    with store.session() as s:
        assert s.get(Customer, wang).balance_minor == 2_000  # what the pop shows agrees again


def test_demo_balances_are_their_open_invoices(tmp_path):
    from callcenter.store import demo
    from callcenter.store.db import Store

    path = tmp_path / "demo.db"
    demo.generate(path, 400, seed=3, quiet=True)
    store = Store(path)
    try:
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT c.id, c.balance_minor, coalesce(sum(i.amount_minor - i.paid_minor), 0) FROM customers c "
                "LEFT JOIN invoices i ON i.customer_id = c.id AND i.status = 'open' AND NOT i.deleted "
                "GROUP BY c.id"
            ).all()
            assert len(rows) == 400 and all(balance == open_ for _, balance, open_ in rows)
            assert any(balance > 0 for _, balance, _ in rows)
            cid = next(c for c, balance, _ in rows if balance > 0)
            assert store_orders.credit_position(conn, cid).balance_minor == next(b for c, b, _ in rows if c == cid)
            # the opening balances are not yet due: the payment record the rating reads is the orders' own
            assert (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM invoices WHERE invoice_no LIKE 'OB%' AND due_at <= ?",
                    (demo.DEMO_AS_OF.strftime("%Y-%m-%d %H:%M:%S"),),
                ).scalar()
                == 0
            )
    finally:
        store.close()


def test_record_payment_op_pays_down_and_refuses_more_than_is_owed(shop):
    from callcenter.core.errors import Invalid, NotFound

    store, ids = shop
    ann = ids["ann"]  # one open invoice of 200.00
    with store.session() as s:
        invoice_id = s.query(Invoice).filter_by(customer_id=ann, status="open").one().id
    with pytest.raises(Invalid) as info:
        orders.record_payment(store, agent(store), invoice_id, 20_001)
    assert info.value.params["fields"] == {"amount": "more_than_owed"}
    with pytest.raises(Invalid):
        orders.record_payment(store, agent(store), invoice_id, 0)
    done = orders.record_payment(store, agent(store), invoice_id, 7_500, "cash")
    assert done.value == 12_500 and done.changes.touches("invoices", "payments", "customers")
    assert orders.record_payment(store, agent(store), invoice_id, 12_500).value == 0
    with store.session() as s:
        assert s.get(Customer, ann).balance_minor == 0
    with pytest.raises(NotFound):  # paid: nothing left to pay on it
        orders.record_payment(store, agent(store), invoice_id, 1)
