"""Taking an order on the call: what the order-entry panel reads, the credit check, and
placing the order (one transaction, audited, synced like every row, and at once in the
customer's history because the pop follows the ``orders`` table).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from callcenter.core import orders as core
from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid
from callcenter.core.money import Money
from callcenter.ops import Done
from callcenter.store import orders as store_orders
from callcenter.store import repo
from callcenter.store.db import Store

ORDER_TABLES = ("orders", "order_lines", "products")
CreditPosition = store_orders.CreditPosition


@dataclass(frozen=True)
class OrderContext:
    """What the order-entry panel needs when it opens for a customer."""

    customer_id: str
    display_name: str
    currency: str
    balance_minor: int
    limit_minor: int
    products: list[core.Product]  # active, in the customer's currency
    usual: list[str]  # skus
    recommendations: list[core.Recommendation]
    last_order: core.Basket
    last_missing: list[str]
    addresses: list[str]
    history: list[core.PastOrder] = field(default_factory=list)

    @property
    def headroom_minor(self) -> int | None:
        return core.credit_headroom(self.balance_minor, self.limit_minor)


@dataclass(frozen=True)
class PlacedOrder:
    order_id: str
    order_no: str
    total: Money
    payment: str
    eta: datetime
    minutes: int


def order_context(store: Store, customer_id: str) -> OrderContext:
    """The catalogue in the customer's currency, their usual items, recommendations, their last
    order (at today's prices) and their addresses. ``NotFound("customer")``."""
    with store.engine.connect() as conn:
        pos = store_orders.credit_position(conn, customer_id)
        name = conn.exec_driver_sql("SELECT display_name FROM customers WHERE id = ?", (customer_id,)).scalar() or ""
        cat = store_orders.catalogue(conn, pos.currency)
        history = store_orders.past_orders(conn, customer_id)
        own = {line.sku for o in history for line in o.lines}
        counts = store_orders.co_purchase_counts(conn, own)
        addresses = store_orders.delivery_addresses(conn, customer_id)
    active = {sku: p for sku, p in cat.items() if p.active}
    last, missing = core.repeat_last(history, active, pos.currency)
    return OrderContext(
        customer_id,
        name,
        pos.currency,
        pos.balance_minor,
        pos.limit_minor,
        list(active.values()),
        core.usual_items(history, active),
        core.recommend(history, counts, active),
        last,
        missing,
        addresses,
        history,
    )


def recommendations(store: Store, customer_id: str, basket: core.Basket, limit: int = 3) -> list[core.Recommendation]:
    """Recommendations again as the basket grows (its items count as the customer's)."""
    with store.engine.connect() as conn:
        pos = store_orders.credit_position(conn, customer_id)
        cat = {s: p for s, p in store_orders.catalogue(conn, pos.currency).items() if p.active}
        history = store_orders.past_orders(conn, customer_id)
        seeds = {line.sku for o in history for line in o.lines} | set(basket.skus())
        counts = store_orders.co_purchase_counts(conn, seeds)
    return core.recommend(history, counts, cat, basket, limit=limit)


def credit_position(store: Store, customer_id: str) -> CreditPosition:
    """The balance and limit the credit check counts, as stored now."""
    with store.engine.connect() as conn:
        return store_orders.credit_position(conn, customer_id)


def check_payment(store: Store, customer_id: str, basket: core.Basket, payment: core.PaymentMethod | str) -> None:
    """The credit check alone (for the panel, before saving): raises ``CreditRefused``."""
    with store.engine.connect() as conn:
        pos = store_orders.credit_position(conn, customer_id)
    core.credit_check(payment, basket.total_minor, pos.balance_minor, pos.limit_minor, pos.currency)


def _reprice(basket: core.Basket, cat: dict[str, core.Product]) -> core.Basket:
    """The basket at the catalogue's prices now; an item no longer on sale is refused."""
    lines = []
    for line in basket.lines:
        product = cat.get(line.sku)
        if product is None or not product.active or product.currency != basket.currency:
            raise Invalid({"items": "not_on_sale"}, sku=line.sku)
        lines.append(replace(line, unit_price_minor=product.price_minor))
    return replace(basket, lines=tuple(lines))


def place_order(
    store: Store,
    actor: Identity,
    request: core.OrderRequest,
    now: datetime | None = None,
    policy: core.DeliveryPolicy = core.DeliveryPolicy(),
) -> Done[PlacedOrder]:
    """Save the order taken on the call: checked (items, address, payment), priced from the
    catalogue, credit-checked against the balance as it is in this very transaction, written with
    its lines, a card or account payment charged to the balance, audited as 'create order'.

    Raises ``Invalid(fields=...)`` (items required / not_on_sale, address required, payment
    unknown), ``CreditRefused`` (card or account past the limit), ``NotFound("customer")``."""
    core.check_order(request)
    now = now or datetime.now(UTC)
    payment = core.PaymentMethod(request.payment)
    with store.unit() as u:
        s = u.session
        conn = s.connection()
        pos = store_orders.credit_position(conn, request.customer_id)
        if request.basket.currency != pos.currency:
            raise Invalid({"items": "wrong_currency"})
        basket = _reprice(request.basket, store_orders.catalogue(conn, pos.currency))
        core.credit_check(payment, basket.total_minor, pos.balance_minor, pos.limit_minor, pos.currency)
        minutes = core.delivery_minutes(basket, policy)
        eta = core.delivery_eta(now, basket, policy)
        order = store_orders.add_order(s, replace(request, basket=basket), actor.user_id, now, eta)
        if payment in core.CREDIT_METHODS:
            store_orders.charge_account(s, request.customer_id, basket.total_minor, order.id, now)
        s.flush()
        repo.add_audit(
            s, actor.user_id, "create", "order", order.id, f"customer {request.customer_id}; payment {payment.value}"
        )
        placed = PlacedOrder(order.id, order.order_no, basket.total, payment.value, eta, minutes)
    return Done(placed, u.changes)


PAYMENT_METHODS = ("cash", "card", "transfer")


def record_payment(
    store: Store,
    actor: Identity,
    invoice_id: str,
    amount_minor: int,
    method: str = "transfer",
    now: datetime | None = None,
) -> Done[int]:
    """A payment against an open invoice, in part or in full: the invoice's paid amount, its
    status and the customer's balance follow in one audited transaction. Returns what the
    customer still owes. ``Invalid(fields=...)`` (amount out_of_range or more than is left,
    method unknown), ``NotFound("invoice")``."""
    from callcenter.core.errors import NotFound
    from callcenter.store.models import Invoice

    if method not in PAYMENT_METHODS:
        raise Invalid({"method": "unknown"})
    if amount_minor <= 0:
        raise Invalid({"amount": "out_of_range"})
    now = now or datetime.now(UTC)
    with store.unit() as u:
        s = u.session
        invoice = s.get(Invoice, invoice_id)
        if invoice is None or invoice.deleted or invoice.status != "open":
            raise NotFound("invoice")
        if amount_minor > invoice.amount_minor - (invoice.paid_minor or 0):
            raise Invalid({"amount": "more_than_owed"})
        store_orders.apply_payment(s, invoice.id, amount_minor, now, method)
        repo.add_audit(s, actor.user_id, "record_payment", "invoice", invoice.id, f"{amount_minor} {method}")
        owed = store_orders.outstanding_minor(s.connection(), invoice.customer_id)
    return Done(owed, u.changes)
