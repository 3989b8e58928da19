"""Taking an order on the call: catalogue items, the basket, pricing, recommendations,
"repeat last order", delivery estimate and the credit check. Pure functions, no SQL, no Qt.

Money is integer minor units in one currency (the customer's); a basket never mixes
currencies.

Recommendations use only what the customer gave us by buying: their own past orders
(the usual items) and anonymous co-purchase counts over all orders ("customers who
bought X also bought Y": how many orders held both X and Y). Nothing about the
customer that they never gave (no demographics, no inferred traits) goes in.

The credit check: card and account payments are charged to the customer's credit line
(``balance + order total`` must stay within ``credit_limit``); cash is never checked. A
customer without a credit line (limit 0) may pay by card (no line to check against)
but not on account. A refusal is ``CreditRefused`` (an ``OverLimit``) with the amount
over the limit as ``Money``: "card payment would exceed the credit limit by ¥48.07 — ask
for cash".
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import combinations

from callcenter.core.errors import Invalid, OverLimit
from callcenter.core.money import Money

MAX_QUANTITY = 99
MAX_LINES = 50


class PaymentMethod(str, enum.Enum):
    CASH = "cash"
    CARD = "card"
    ACCOUNT = "account"


CREDIT_METHODS = frozenset({PaymentMethod.CARD, PaymentMethod.ACCOUNT})


@dataclass(frozen=True)
class Product:
    """One catalogue item in one currency."""

    sku: str
    name_en: str
    name_zh: str
    price_minor: int
    currency: str
    options: tuple[str, ...] = ()
    active: bool = True

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") and self.name_zh else self.name_en


@dataclass(frozen=True)
class BasketLine:
    sku: str
    name_en: str
    name_zh: str
    unit_price_minor: int
    quantity: int = 1
    option: str = ""

    @property
    def amount_minor(self) -> int:
        return self.unit_price_minor * self.quantity

    def name(self, lang: str) -> str:
        base = self.name_zh if lang.startswith("zh") and self.name_zh else self.name_en
        return f"{base} ({self.option})" if self.option else base

    def description(self) -> str:
        """What an order line stores: the English name, with the option."""
        return self.name("en")


@dataclass(frozen=True)
class Basket:
    currency: str
    lines: tuple[BasketLine, ...] = ()

    @property
    def total_minor(self) -> int:
        return sum(line.amount_minor for line in self.lines)

    @property
    def total(self) -> Money:
        return Money(self.total_minor, self.currency)

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    def skus(self) -> frozenset[str]:
        return frozenset(line.sku for line in self.lines)


def add_item(basket: Basket, product: Product, quantity: int = 1, option: str = "") -> Basket:
    """The basket with ``quantity`` more of ``product`` (same sku and option: one line).
    ``Invalid(fields={"item": "inactive"|"wrong_currency"|"unknown_option"})`` or
    ``{"quantity": "out_of_range"}``."""
    if not product.active:
        raise Invalid({"item": "inactive"}, sku=product.sku)
    if product.currency != basket.currency:
        raise Invalid({"item": "wrong_currency"}, sku=product.sku)
    if option and option not in product.options:
        raise Invalid({"item": "unknown_option"}, sku=product.sku)
    lines = list(basket.lines)
    for i, line in enumerate(lines):
        if line.sku == product.sku and line.option == option:
            lines[i] = replace(line, quantity=_quantity(line.quantity + quantity))
            return replace(basket, lines=tuple(lines))
    if len(lines) >= MAX_LINES:
        raise Invalid({"item": "too_many_lines"})
    line = BasketLine(product.sku, product.name_en, product.name_zh, product.price_minor, _quantity(quantity), option)
    return replace(basket, lines=(*lines, line))


def set_quantity(basket: Basket, index: int, quantity: int) -> Basket:
    """Line ``index`` with a new quantity; 0 removes it."""
    lines = list(basket.lines)
    if not 0 <= index < len(lines):
        return basket
    if quantity == 0:
        del lines[index]
    else:
        lines[index] = replace(lines[index], quantity=_quantity(quantity))
    return replace(basket, lines=tuple(lines))


def remove_line(basket: Basket, index: int) -> Basket:
    return set_quantity(basket, index, 0)


def _quantity(quantity: int) -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
        raise Invalid({"quantity": "out_of_range"}, max=MAX_QUANTITY)
    return quantity


# -- history: usual items, repeat last order, co-purchase recommendations ---------------------
@dataclass(frozen=True)
class PastLine:
    sku: str
    quantity: int
    option: str = ""


@dataclass(frozen=True)
class PastOrder:
    order_id: str
    ordered_at: datetime
    lines: tuple[PastLine, ...]
    status: str = "delivered"


def usual_items(history: Iterable[PastOrder], catalogue: Mapping[str, Product], limit: int = 3) -> list[str]:
    """The skus the customer bought most often (number of orders holding the sku, then units),
    still on sale; cancelled orders do not count. Ties: sku order."""
    orders: Counter[str] = Counter()
    units: Counter[str] = Counter()
    for order in history:
        if order.status == "cancelled":
            continue
        for sku in {line.sku for line in order.lines}:
            orders[sku] += 1
        for line in order.lines:
            units[line.sku] += line.quantity
    ranked = sorted(orders, key=lambda sku: (-orders[sku], -units[sku], sku))
    return [sku for sku in ranked if sku in catalogue and catalogue[sku].active][:limit]


def repeat_last(
    history: Sequence[PastOrder], catalogue: Mapping[str, Product], currency: str
) -> tuple[Basket, list[str]]:
    """A basket holding the customer's latest (not cancelled) order at today's prices, and the
    skus of it that are no longer on sale (left out)."""
    latest = max(
        (o for o in history if o.status != "cancelled"), key=lambda o: (o.ordered_at, o.order_id), default=None
    )
    basket = Basket(currency)
    missing: list[str] = []
    if latest is None:
        return basket, missing
    for line in latest.lines:
        product = catalogue.get(line.sku)
        if product is None or not product.active or product.currency != currency:
            missing.append(line.sku)
            continue
        option = line.option if line.option in product.options else ""
        basket = add_item(basket, product, min(line.quantity, MAX_QUANTITY), option)
    return basket, missing


def co_purchase_counts(orders: Iterable[Iterable[str]]) -> dict[tuple[str, str], int]:
    """For each pair of skus (a < b), how many orders held both."""
    counts: Counter[tuple[str, str]] = Counter()
    for skus in orders:
        for a, b in combinations(sorted(set(skus)), 2):
            counts[(a, b)] += 1
    return dict(counts)


def also_bought(counts: Mapping[tuple[str, str], int], sku: str) -> dict[str, int]:
    """Per other sku, the number of orders that held it together with ``sku``."""
    out: dict[str, int] = {}
    for (a, b), n in counts.items():
        if a == sku:
            out[b] = out.get(b, 0) + n
        elif b == sku:
            out[a] = out.get(a, 0) + n
    return out


@dataclass(frozen=True)
class Recommendation:
    sku: str
    kind: str  # usual | also_bought
    because_of: str = ""  # the customer's sku it was bought with most often
    count: int = 0  # orders holding both it and ``because_of``
    score: int = 0  # orders holding it and any of the customer's skus, summed over them


def recommend(
    history: Iterable[PastOrder],
    co_counts: Mapping[tuple[str, str], int],
    catalogue: Mapping[str, Product],
    basket: Basket | None = None,
    limit: int = 3,
    min_count: int = 2,
) -> list[Recommendation]:
    """What to offer: items often bought together with what the customer buys (their past
    orders and what is in the basket), that they have not bought and that are not in the
    basket yet. Score of a candidate = the sum over the customer's items of the orders holding
    both; ``because_of`` names the item contributing most and ``count`` its orders. Candidates seen together fewer than
    ``min_count`` times are left out (too little evidence). Ties: sku order."""
    own: set[str] = set()
    for order in history:
        if order.status != "cancelled":
            own.update(line.sku for line in order.lines)
    in_basket = set(basket.skus()) if basket else set()
    seeds = own | in_basket
    score: Counter[str] = Counter()
    best: dict[str, tuple[int, str]] = {}
    for seed in sorted(seeds):
        for other, n in also_bought(co_counts, seed).items():
            if other in seeds:
                continue
            product = catalogue.get(other)
            if product is None or not product.active:
                continue
            score[other] += n
            if n > best.get(other, (0, ""))[0]:
                best[other] = (n, seed)
    ranked = sorted((sku for sku in score if score[sku] >= min_count), key=lambda sku: (-score[sku], sku))
    return [Recommendation(sku, "also_bought", best[sku][1], best[sku][0], score[sku]) for sku in ranked[:limit]]


# -- credit check -----------------------------------------------------------------------
class CreditRefused(OverLimit):
    """Card or account payment past the credit limit: ``limit``, ``amount`` (the balance after
    the order) and ``over`` (how much past the limit) as ``Money``, ``method``; or ``no_credit``
    when the customer has no credit line to pay on account."""

    code = "credit_refused"

    def english(self) -> str:
        p = self.params
        method = str(getattr(p.get("method"), "value", p.get("method")))
        if p.get("scope") == "no_credit":
            return "this customer has no credit line to pay on account — ask for cash or card"
        over = p["over"].format() if isinstance(p.get("over"), Money) else str(p.get("over"))
        return f"{method} payment would exceed the credit limit by {over} — ask for cash"


def credit_check(
    method: PaymentMethod | str, total_minor: int, balance_minor: int, limit_minor: int, currency: str
) -> None:
    """None when the payment may go ahead; raises ``CreditRefused`` otherwise."""
    method = PaymentMethod(method)
    if method not in CREDIT_METHODS:
        return None
    if limit_minor <= 0:
        if method is PaymentMethod.ACCOUNT:
            raise CreditRefused(Money(0, currency), Money(total_minor, currency), "no_credit", method=method.value)
        return None
    after = balance_minor + total_minor
    if after > limit_minor:
        raise CreditRefused(
            Money(limit_minor, currency),
            Money(after, currency),
            "credit",
            method=method.value,
            over=Money(after - limit_minor, currency),
        )
    return None


def credit_headroom(balance_minor: int, limit_minor: int) -> int | None:
    """How much more may go on the credit line (None: no credit line)."""
    return None if limit_minor <= 0 else max(0, limit_minor - balance_minor)


# -- delivery ----------------------------------------------------------------------------
@dataclass(frozen=True)
class DeliveryPolicy:
    """Estimated delivery: preparation (a base plus per extra item) and travel, rounded up
    to ``round_to`` minutes."""

    base_minutes: int = 20
    per_extra_item_minutes: int = 2
    travel_minutes: int = 25
    round_to: int = 5
    max_prep_minutes: int = 60


def delivery_minutes(basket: Basket, policy: DeliveryPolicy = DeliveryPolicy()) -> int:
    items = max(1, basket.item_count)
    prep = min(policy.max_prep_minutes, policy.base_minutes + policy.per_extra_item_minutes * (items - 1))
    total = prep + policy.travel_minutes
    step = max(1, policy.round_to)
    return -(-total // step) * step


def delivery_eta(now: datetime, basket: Basket, policy: DeliveryPolicy = DeliveryPolicy()) -> datetime:
    return now + timedelta(minutes=delivery_minutes(basket, policy))


# -- the order as taken ---------------------------------------------------------------------
@dataclass(frozen=True)
class OrderRequest:
    customer_id: str
    basket: Basket
    payment: PaymentMethod
    address: str
    interaction_id: str | None = None
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def check_order(request: OrderRequest) -> None:
    """``Invalid(fields=...)``: items required, address required, payment unknown."""
    fields: dict[str, str] = {}
    if not request.basket.lines:
        fields["items"] = "required"
    if not request.address.strip():
        fields["address"] = "required"
    try:
        PaymentMethod(request.payment)
    except ValueError:
        fields["payment"] = "unknown"
    if fields:
        raise Invalid(fields)
