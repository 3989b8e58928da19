"""ops.orders on a real store: the order-entry context, recommendations from the customer's
own history and co-purchase counts, the credit check, placing an order in one audited
transaction that is synced and in the customer's history at once."""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from callcenter.core import orders as o
from callcenter.core.changes import Changed
from callcenter.core.errors import Invalid
from callcenter.core.money import Money
from callcenter.ops import customers as customer_ops
from callcenter.ops import orders
from callcenter.store import repo
from callcenter.store.models import AuditLog, ChangeLog, Customer, Order, OrderLine
from tests.orders_seed import NOW, seed_orders

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def shop(seeded):
    store, ids = seeded
    return store, seed_orders(store, ids)


def who(store, username):
    return next(a for a in repo.agents(store) if a.username == username)


def basket_of(ctx, *items):
    cat = {p.sku: p for p in ctx.products}
    b = o.Basket(ctx.currency)
    for sku, qty in items:
        b = o.add_item(b, cat[sku], qty)
    return b


def test_order_context_for_wang(shop):
    store, ids = shop
    ctx = orders.order_context(store, ids["wang"])
    assert ctx.currency == "CNY" and ctx.headroom_minor == 1000
    assert {p.sku for p in ctx.products} == {"P-1", "P-2", "S-1", "S-2", "D-1", "D-2"}  # CNY, active
    assert ctx.usual == ["P-1"]
    # P-1 with S-1 in 3 orders, with D-1 in 2; S-2 once (too little); D-2 only in a cancelled order
    assert [(r.sku, r.because_of, r.count) for r in ctx.recommendations] == [("S-1", "P-1", 3), ("D-1", "P-1", 2)]
    assert [(line.sku, line.quantity, line.unit_price_minor) for line in ctx.last_order.lines] == [("P-1", 2, 6400)]
    assert ctx.addresses == ["朝阳区建国路88号, 北京, CN"]


def test_a_customer_with_no_orders_gets_no_recommendation(shop):
    store, ids = shop
    ctx = orders.order_context(store, ids["tom"])
    assert ctx.recommendations == [] and ctx.usual == [] and ctx.last_order.lines == ()
    # once the basket holds P-2, what others bought with it shows up (S-2, 2 orders)
    recs = orders.recommendations(store, ids["tom"], basket_of(ctx, ("P-2", 1)))
    assert [(r.sku, r.because_of, r.count) for r in recs] == [("S-2", "P-2", 2)]


def test_card_over_the_limit_is_refused_in_words_and_nothing_is_written(shop):
    store, ids = shop
    agent = who(store, "agent1")
    ctx = orders.order_context(store, ids["wang"])
    basket = basket_of(ctx, ("P-2", 1), ("D-1", 1))  # 49.00 + 9.07 = 58.07; headroom 10.00
    with pytest.raises(o.CreditRefused) as info:
        orders.check_payment(store, ids["wang"], basket, "card")
    assert info.value.english() == "card payment would exceed the credit limit by ¥48.07 — ask for cash"
    with store.session() as s:
        before = s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1))
    request = o.OrderRequest(ids["wang"], basket, o.PaymentMethod.CARD, ctx.addresses[0])
    with pytest.raises(o.CreditRefused):
        orders.place_order(store, agent, request)
    with store.session() as s:
        assert s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1)) == before
        assert s.get(Customer, ids["wang"]).balance_minor == 499_000


def test_cash_order_is_saved_audited_synced_and_in_the_history_at_once(shop):
    store, ids = shop
    agent = who(store, "agent1")
    ctx = orders.order_context(store, ids["wang"])
    basket = basket_of(ctx, ("P-2", 1), ("D-1", 1), ("S-1", 1))  # 49.00 + 9.07 + 15.00 = 73.07
    seen = []
    store.events.subscribe(Changed, seen.append)
    done = orders.place_order(
        store,
        agent,
        o.OrderRequest(ids["wang"], basket, "cash", ctx.addresses[0]),
        now=NOW,  # type: ignore[arg-type]
    )
    placed = done.value
    assert placed.total == Money(7307, "CNY") and placed.payment == "cash"
    assert placed.minutes == 50 and placed.eta == NOW + timedelta(minutes=50)  # 3 items: 24 + 25 -> 50
    assert done.changes.touches("orders", "order_lines", "audit_log")
    assert done.changes.related("customer_id") >= {ids["wang"]}
    assert seen and seen[-1].changes == done.changes  # one commit, one Changed
    with store.session() as s:
        row = s.get(Order, placed.order_id)
        assert (row.status, row.channel, row.payment_method, row.taken_by) == ("placed", "phone", "cash", agent.user_id)
        assert row.delivery_address == "朝阳区建国路88号, 北京, CN"
        lines = s.scalars(select(OrderLine).where(OrderLine.order_id == row.id)).all()
        assert sorted((x.sku, x.amount_minor) for x in lines) == [("D-1", 907), ("P-2", 4900), ("S-1", 1500)]
        assert s.get(Customer, ids["wang"]).balance_minor == 499_000  # cash: nothing on the account
        logged = {(c.table_name, c.row_id) for c in s.scalars(select(ChangeLog).where(~ChangeLog.pushed))}
        assert ("orders", row.id) in logged and all(("order_lines", x.id) in logged for x in lines)
        audit = s.scalars(select(AuditLog).where(AuditLog.entity == "order")).one()
        assert (audit.action, audit.entity_id, audit.user_id) == ("create", row.id, agent.user_id)
    view = customer_ops.customer_view(store, agent, ids["wang"])
    assert view.orders[0].order_no == placed.order_no and view.orders[0].total_minor == 7307
    assert "Margherita pizza" in view.orders[0].items
    # the next order: recommendations and "repeat last order" now know this one
    ctx2 = orders.order_context(store, ids["wang"])
    assert sorted(line.sku for line in ctx2.last_order.lines) == ["D-1", "P-2", "S-1"]
    assert ctx2.addresses[0] == "朝阳区建国路88号, 北京, CN"


def test_account_payment_within_the_limit_goes_on_the_balance(shop):
    store, ids = shop
    ctx = orders.order_context(store, ids["ann"])  # limit 1,000.00, balance 200.00
    basket = basket_of(ctx, ("P-1", 2), ("D-1", 1))  # 128.00 + 9.07 = 137.07
    done = orders.place_order(
        store, who(store, "agent1"), o.OrderRequest(ids["ann"], basket, o.PaymentMethod.ACCOUNT, "1 Main St")
    )
    assert done.value.total == Money(13707, "CNY") and done.changes.touches("customers")
    with store.session() as s:
        assert s.get(Customer, ids["ann"]).balance_minor == 20_000 + 13707
    # a customer without a credit line cannot pay on account, but may pay by card
    tom = orders.order_context(store, ids["tom"])
    b = basket_of(tom, ("P-1", 1))
    with pytest.raises(o.CreditRefused) as info:
        orders.place_order(store, who(store, "agent1"), o.OrderRequest(ids["tom"], b, "account", "x"))  # type: ignore[arg-type]
    assert info.value.params["scope"] == "no_credit"
    orders.place_order(store, who(store, "agent1"), o.OrderRequest(ids["tom"], b, "card", "x"))  # type: ignore[arg-type]


def test_prices_come_from_the_catalogue_and_items_off_sale_are_refused(shop):
    store, ids = shop
    ctx = orders.order_context(store, ids["wang"])
    stale = basket_of(ctx, ("D-1", 1))
    stale = o.Basket("CNY", (o.BasketLine("D-1", "Cola", "可乐", 1, 1),))  # a price typed or stale: 0.01
    done = orders.place_order(store, who(store, "agent1"), o.OrderRequest(ids["wang"], stale, "cash", "x"))  # type: ignore[arg-type]
    assert done.value.total == Money(907, "CNY")
    gone = o.Basket("CNY", (o.BasketLine("X-9", "Old special", "", 1000, 1),))
    with pytest.raises(Invalid) as info:
        orders.place_order(store, who(store, "agent1"), o.OrderRequest(ids["wang"], gone, "cash", "x"))  # type: ignore[arg-type]
    assert info.value.params["fields"] == {"items": "not_on_sale"}
    with pytest.raises(Invalid) as info:
        orders.place_order(store, who(store, "agent1"), o.OrderRequest(ids["wang"], o.Basket("CNY"), "cash", ""))  # type: ignore[arg-type]
    assert info.value.params["fields"] == {"items": "required", "address": "required"}


def test_demo_data_has_a_catalogue_that_its_order_lines_reference(tmp_path):
    from callcenter.store import demo
    from callcenter.store.db import Store

    path = tmp_path / "demo.db"
    demo.generate(path, 200, seed=3, workers=0, quiet=True)
    store = Store(path)
    try:
        with store.engine.connect() as conn:
            q = conn.exec_driver_sql
            assert q("SELECT COUNT(DISTINCT currency) FROM products").scalar() >= 2
            # every order line's sku is on sale in its order's currency
            assert (
                q(
                    "SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                    "LEFT JOIN products p ON p.sku = l.sku AND p.currency = o.currency WHERE p.id IS NULL"
                ).scalar()
                == 0
            )
            busy = q(
                "SELECT customer_id FROM orders GROUP BY customer_id ORDER BY COUNT(*) DESC, customer_id LIMIT 1"
            ).scalar()
        ctx = orders.order_context(store, busy)
        assert ctx.products and ctx.usual and ctx.recommendations
        bought = {line.sku for o_ in ctx.history if o_.status != "cancelled" for line in o_.lines}
        assert all(r.sku not in bought for r in ctx.recommendations)  # a cancelled order's items may be offered
    finally:
        store.close()


def test_an_order_paid_by_card_reaches_the_sync_server(tmp_path):
    from sync_helpers import InProcessServer

    from callcenter.core.agents import Identity
    from callcenter.core.roles import Role
    from callcenter.store import orders as store_orders

    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        server.user("agent1", "agent")
        dev = server.console(tmp_path / "a.db", "agent1")
        me = dev.http.get("/v1/me", headers=dev._headers()).json()["user_id"]
        with dev.store.transaction() as s:
            c = Customer(
                account_no="C-1", display_name="Li Na", currency="CNY", credit_limit_minor=100_000, balance_minor=0
            )
            s.add(c)
            s.flush()
            cid = c.id
            store_orders.add_product(s, o.Product("P-1", "Pepperoni pizza", "意式辣香肠披萨", 6400, "CNY"))
        dev.sync_round()
        basket = o.add_item(o.Basket("CNY"), o.Product("P-1", "Pepperoni pizza", "", 6400, "CNY"), 2)
        agent = Identity(me, "agent1", "Agent", Role.AGENT)
        placed = orders.place_order(dev.store, agent, o.OrderRequest(cid, basket, o.PaymentMethod.CARD, "x")).value
        assert dev.sync_round().pushed >= 4  # order, line, customer balance, audit
        with server.engine.connect() as conn:
            q = "SELECT data FROM sync_rows WHERE table_name = ? AND row_id = ?"
            order = json.loads(conn.exec_driver_sql(q, ("orders", placed.order_id)).scalar())
            customer = json.loads(conn.exec_driver_sql(q, ("customers", cid)).scalar())
        assert (order["payment_method"], order["total_minor"]) == ("card", 12800)
        assert customer["balance_minor"] == 12800
    finally:
        server.close()
