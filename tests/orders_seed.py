"""A pizza catalogue (CNY) and other customers' orders for the order-taking tests, on top of tests/seed.py.

Wang (seed) bought 2x P-1 Pepperoni 20 days ago; credit limit ¥5,000.00, balance ¥4,990.00.
Other customers' orders (co-purchase counts):
    {P-1, S-1} x2, {P-1, S-1, D-1}, {P-1, D-1}, {P-1, S-2}, {P-2, S-2} x2, and a cancelled {P-1, D-2}
so with P-1: S-1 3 orders, D-1 2, S-2 1 (below the evidence threshold of 2); D-2 only in a
cancelled order (not counted).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from callcenter.core.orders import Product
from callcenter.store import orders as store_orders
from callcenter.store.models import Customer, Invoice, Order, OrderLine

NOW = datetime.now(UTC)

PIZZA = [
    Product("P-1", "Pepperoni pizza", "意式辣香肠披萨", 6400, "CNY", ("large", "medium")),
    Product("P-2", "Margherita pizza", "玛格丽特披萨", 4900, "CNY", ("large", "medium")),
    Product("S-1", "Garlic bread", "蒜香面包", 1500, "CNY"),
    Product("S-2", "Chicken wings", "烤鸡翅", 2800, "CNY"),
    Product("D-1", "Cola", "可乐", 907, "CNY"),
    Product("D-2", "Lemon tea", "柠檬茶", 800, "CNY"),
    Product("X-9", "Old special", "旧款特价", 1000, "CNY", active=False),
    Product("P-1", "Pepperoni pizza", "意式辣香肠披萨", 1200, "USD"),
]
PRICE = {p.sku: p.price_minor for p in PIZZA if p.currency == "CNY"}

OTHER_ORDERS = [
    ["P-1", "S-1"],
    ["P-1", "S-1"],
    ["P-1", "S-1", "D-1"],
    ["P-1", "D-1"],
    ["P-1", "S-2"],
    ["P-2", "S-2"],
    ["P-2", "S-2"],
]


def seed_orders(store, ids) -> dict:
    with store.transaction() as s:
        for p in PIZZA:
            store_orders.add_product(s, p)
        buyer = Customer(account_no="B-1", display_name="Other buyer", currency="CNY")
        s.add(buyer)
        s.flush()
        ids["buyer"] = buyer.id
        for n, skus in enumerate([*OTHER_ORDERS, ["P-1", "D-2"]]):
            cancelled = n == len(OTHER_ORDERS)
            order = Order(
                customer_id=buyer.id,
                order_no=f"OB-{n}",
                ordered_at=NOW - timedelta(days=40 - n),
                currency="CNY",
                status="cancelled" if cancelled else "delivered",
                total_minor=sum(PRICE[k] for k in skus),
            )
            s.add(order)
            s.flush()
            for sku in skus:
                s.add(
                    OrderLine(
                        order_id=order.id,
                        sku=sku,
                        description=sku,
                        quantity=1,
                        unit_price_minor=PRICE[sku],
                        amount_minor=PRICE[sku],
                    )
                )
        ann = s.get(Customer, ids["ann"])
        ann.currency, ann.credit_limit_minor, ann.balance_minor = "CNY", 100_000, 20_000
        tom = s.get(Customer, ids["tom"])
        tom.currency = "CNY"
        for who in ("wang", "ann"):  # the balances are open invoices (what the credit check counts)
            c = s.get(Customer, ids[who])
            s.add(
                Invoice(
                    customer_id=c.id,
                    invoice_no=f"IV-SEED-{who}",
                    issued_at=NOW - timedelta(days=10),
                    due_at=NOW + timedelta(days=4),
                    currency=c.currency,
                    amount_minor=c.balance_minor,
                    status="open",
                )
            )
    return ids
