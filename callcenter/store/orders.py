"""Orders taken on the call: the catalogue, a customer's order history, co-purchase counts,
the credit position, and writing an order with its lines.

``credit_position`` is the one place that reads a customer's balance for the credit check:
the outstanding amount of the customer's open invoices (amount less what partial payments
paid), the same invoices the credit rating reads. ``charge_account`` is the one place that
puts a card or account payment on it: it opens an invoice for the order. ``apply_payment``
pays an invoice (in part or in full). Both keep ``customers.balance_minor`` (what the pop,
the credit dialog and sync show) equal to that outstanding amount.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from callcenter.core import orders as core
from callcenter.core.errors import NotFound
from callcenter.core.ids import uuid7
from callcenter.store.models import Customer, Invoice, Order, OrderLine, Payment, Product

RECENT_ORDERS_FOR_COUNTS = 20_000  # co-purchase counts come from this many latest orders
HISTORY_ORDERS = 50
PAYMENT_TERMS = {"company": timedelta(days=30), "person": timedelta(days=14)}  # due after the order
OUTSTANDING_SQL = (
    "SELECT coalesce(sum(amount_minor - paid_minor), 0) FROM invoices "
    "WHERE customer_id = ? AND status = 'open' AND NOT deleted"
)


def _options(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    try:
        value = json.loads(text)
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def catalogue(conn: Connection, currency: str, active_only: bool = False) -> dict[str, core.Product]:
    """The catalogue in ``currency``, by sku."""
    sql = "SELECT sku, name_en, name_zh, price_minor, currency, options, active FROM products WHERE NOT deleted AND currency = ?"
    if active_only:
        sql += " AND active"
    return {
        sku: core.Product(sku, en, zh or "", int(price), cur, _options(opts), bool(active))
        for sku, en, zh, price, cur, opts, active in conn.exec_driver_sql(sql + " ORDER BY sku", (currency,))
    }


def add_product(s: Session, product: core.Product) -> Product:
    row = Product(
        sku=product.sku,
        name_en=product.name_en,
        name_zh=product.name_zh,
        price_minor=product.price_minor,
        currency=product.currency,
        options=json.dumps(list(product.options), ensure_ascii=False) if product.options else "",
        active=product.active,
    )
    s.add(row)
    return row


def past_orders(conn: Connection, customer_id: str, limit: int = HISTORY_ORDERS) -> list[core.PastOrder]:
    """The customer's latest orders with their lines, newest first."""
    heads = conn.exec_driver_sql(
        "SELECT id, ordered_at, status FROM orders WHERE customer_id = ? AND NOT deleted "
        "ORDER BY ordered_at DESC, id DESC LIMIT ?",
        (customer_id, limit),
    ).all()
    if not heads:
        return []
    marks = ",".join("?" * len(heads))
    lines: dict[str, list[core.PastLine]] = {}
    for order_id, sku, qty in conn.exec_driver_sql(
        f"SELECT order_id, sku, quantity FROM order_lines WHERE NOT deleted AND order_id IN ({marks}) ORDER BY rowid",
        tuple(h[0] for h in heads),
    ):
        lines.setdefault(order_id, []).append(core.PastLine(sku, int(qty)))
    return [
        core.PastOrder(oid, _as_dt(at), tuple(lines.get(oid, ())), status or "delivered") for oid, at, status in heads
    ]


def _as_dt(value: object) -> datetime:
    from datetime import UTC

    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def co_purchase_counts(
    conn: Connection, skus: frozenset[str] | set[str], recent: int = RECENT_ORDERS_FOR_COUNTS
) -> dict[tuple[str, str], int]:
    """For each sku in ``skus`` and each other sku: how many of the latest ``recent`` orders
    (not cancelled) held both. Keys are sorted pairs, as ``core.orders.co_purchase_counts``."""
    if not skus:
        return {}
    wanted = sorted(skus)
    marks = ",".join("?" * len(wanted))
    rows = conn.exec_driver_sql(
        "WITH recent AS (SELECT id FROM orders WHERE NOT deleted AND status <> 'cancelled' "
        "ORDER BY id DESC LIMIT ?) "
        "SELECT a.sku, b.sku, COUNT(DISTINCT r.id) FROM recent r "
        "JOIN order_lines a ON a.order_id = r.id "
        "JOIN order_lines b ON b.order_id = r.id AND b.sku <> a.sku "
        f"WHERE a.sku IN ({marks}) AND NOT a.deleted AND NOT b.deleted GROUP BY a.sku, b.sku",
        (recent, *wanted),
    )
    out: dict[tuple[str, str], int] = {}
    for a, b, n in rows:
        key = (a, b) if a < b else (b, a)
        out[key] = int(n)
    return out


@dataclass(frozen=True)
class CreditPosition:
    balance_minor: int
    limit_minor: int
    currency: str


def outstanding_minor(conn: Connection, customer_id: str) -> int:
    """What the customer owes: open invoices less what partial payments paid."""
    return int(conn.exec_driver_sql(OUTSTANDING_SQL, (customer_id,)).scalar() or 0)


def credit_position(conn: Connection, customer_id: str) -> CreditPosition:
    """The balance the credit check counts (the open invoices) and the limit. ``NotFound("customer")``."""
    row = conn.exec_driver_sql(
        "SELECT credit_limit_minor, currency FROM customers WHERE id = ? AND NOT deleted",
        (customer_id,),
    ).first()
    if row is None:
        raise NotFound("customer")
    return CreditPosition(outstanding_minor(conn, customer_id), int(row[0] or 0), row[1] or "USD")


def _keep_balance(s: Session, customer: Customer) -> None:
    s.flush()
    balance = outstanding_minor(s.connection(), customer.id)
    if customer.balance_minor != balance:
        customer.balance_minor = balance


def charge_account(
    s: Session, customer_id: str, amount_minor: int, order_id: str | None = None, now: datetime | None = None
) -> Invoice:
    """A card or account payment goes onto the customer's balance as an open invoice for the
    order, due after the customer's payment terms."""
    customer = s.get(Customer, customer_id)
    if customer is None:
        raise NotFound("customer")
    now = now or datetime.now().astimezone()
    invoice = Invoice(
        customer_id=customer_id,
        invoice_no=f"IV{now:%y%m%d}-{uuid7()[-8:].upper()}",
        order_id=order_id,
        issued_at=now,
        due_at=now + PAYMENT_TERMS.get(customer.kind, PAYMENT_TERMS["person"]),
        currency=customer.currency,
        amount_minor=amount_minor,
        paid_minor=0,
        status="open",
    )
    s.add(invoice)
    _keep_balance(s, customer)
    return invoice


def apply_payment(
    s: Session, invoice_id: str, amount_minor: int, paid_at: datetime, method: str = "transfer"
) -> Payment:
    """A payment against an open invoice: recorded, added to what the invoice has been paid,
    the invoice closed (paid) once nothing is left; the customer's balance follows.
    ``NotFound("invoice")``; a payment of more than is left is refused by the caller."""
    invoice = s.get(Invoice, invoice_id)
    if invoice is None or invoice.deleted:
        raise NotFound("invoice")
    payment = Payment(
        customer_id=invoice.customer_id,
        invoice_id=invoice.id,
        paid_at=paid_at,
        currency=invoice.currency,
        amount_minor=amount_minor,
        method=method,
    )
    s.add(payment)
    invoice.paid_minor = (invoice.paid_minor or 0) + amount_minor
    if invoice.paid_minor >= invoice.amount_minor:
        invoice.status, invoice.paid_at = "paid", paid_at
    customer = s.get(Customer, invoice.customer_id)
    if customer is not None:
        _keep_balance(s, customer)
    return payment


def new_order_no(now: datetime) -> str:
    return f"PH{now:%y%m%d}-{uuid7()[-8:].upper()}"


def add_order(
    s: Session,
    request: core.OrderRequest,
    taken_by: str,
    now: datetime,
    eta: datetime,
) -> Order:
    basket = request.basket
    order = Order(
        customer_id=request.customer_id,
        order_no=new_order_no(now),
        ordered_at=now,
        status="placed",
        channel="phone",
        currency=basket.currency,
        total_minor=basket.total_minor,
        payment_method=core.PaymentMethod(request.payment).value,
        delivery_address=request.address.strip(),
        delivery_eta=eta,
        interaction_id=request.interaction_id,
        taken_by=taken_by,
    )
    s.add(order)
    s.flush()
    for line in basket.lines:
        s.add(
            OrderLine(
                order_id=order.id,
                sku=line.sku,
                description=line.description(),
                quantity=line.quantity,
                unit_price_minor=line.unit_price_minor,
                amount_minor=line.amount_minor,
            )
        )
    return order


def delivery_addresses(conn: Connection, customer_id: str) -> list[str]:
    """The customer's addresses as one line each, delivery addresses first, then the last used."""
    rows = conn.exec_driver_sql(
        "SELECT kind, line1, line2, city, region, postcode, country FROM addresses "
        "WHERE customer_id = ? AND NOT deleted",
        (customer_id,),
    ).all()
    order = {"delivery": 0, "home": 1, "office": 2, "billing": 3}
    texts = [", ".join(p for p in r[1:] if p) for r in sorted(rows, key=lambda r: (order.get(r[0], 9), r[1] or ""))]
    last = conn.exec_driver_sql(
        "SELECT delivery_address FROM orders WHERE customer_id = ? AND NOT deleted AND delivery_address <> '' "
        "ORDER BY ordered_at DESC LIMIT 1",
        (customer_id,),
    ).scalar()
    if last and last not in texts:
        texts.insert(0, last)
    return texts
