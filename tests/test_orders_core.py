"""core.orders on hand-worked cases: basket and pricing, usual items, repeat last order,
co-purchase recommendations, the credit check in words, the delivery estimate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from callcenter.core import orders as o
from callcenter.core.errors import Invalid
from callcenter.core.money import Money

T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
CAT = {
    p.sku: p
    for p in [
        o.Product("P-1", "Pepperoni pizza", "意式辣香肠披萨", 6400, "CNY", ("large",)),
        o.Product("P-2", "Margherita pizza", "玛格丽特披萨", 4900, "CNY"),
        o.Product("S-1", "Garlic bread", "蒜香面包", 1500, "CNY"),
        o.Product("D-1", "Cola", "可乐", 907, "CNY"),
        o.Product("X-9", "Old special", "旧款", 1000, "CNY", active=False),
    ]
}


def order(oid, days, *lines, status="delivered"):
    return o.PastOrder(oid, T0 + timedelta(days=days), tuple(o.PastLine(s, q) for s, q in lines), status)


def test_basket_adds_merges_and_totals_in_minor_units():
    b = o.add_item(o.Basket("CNY"), CAT["P-1"], 2)
    b = o.add_item(b, CAT["D-1"])
    b = o.add_item(b, CAT["D-1"])  # same item: one line, quantity 2
    b = o.add_item(b, CAT["P-1"], 1, "large")  # another option: its own line
    assert [(line.sku, line.quantity, line.option) for line in b.lines] == [
        ("P-1", 2, ""),
        ("D-1", 2, ""),
        ("P-1", 1, "large"),
    ]
    # 2 x 64.00 + 2 x 9.07 + 1 x 64.00 = 128.00 + 18.14 + 64.00 = 210.14
    assert b.total == Money(21014, "CNY") and b.item_count == 5
    assert b.lines[2].name("zh_CN") == "意式辣香肠披萨 (large)"
    b = o.set_quantity(b, 1, 3)
    assert b.total_minor == 12800 + 3 * 907 + 6400
    assert o.remove_line(b, 0).total_minor == 3 * 907 + 6400


@pytest.mark.parametrize(
    ("product", "qty", "option", "fields"),
    [
        (CAT["X-9"], 1, "", {"item": "inactive"}),
        (o.Product("P-1", "x", "", 1200, "USD"), 1, "", {"item": "wrong_currency"}),
        (CAT["P-2"], 1, "large", {"item": "unknown_option"}),
        (CAT["P-2"], 0, "", {"quantity": "out_of_range"}),
        (CAT["P-2"], 100, "", {"quantity": "out_of_range"}),
    ],
)
def test_basket_refuses_what_cannot_be_sold(product, qty, option, fields):
    with pytest.raises(Invalid) as info:
        o.add_item(o.Basket("CNY"), product, qty, option)
    assert info.value.params["fields"] == fields


def test_usual_items_count_orders_then_units_and_skip_cancelled_and_inactive():
    history = [
        order("a", 1, ("P-1", 1), ("D-1", 1)),
        order("b", 2, ("P-1", 2)),
        order("c", 3, ("S-1", 5)),
        order("d", 4, ("S-1", 1), ("X-9", 9)),
        order("e", 5, ("D-1", 9), status="cancelled"),
    ]
    # orders holding: P-1 2, S-1 2 (units 6 > 3), D-1 1 (the cancelled one not counted), X-9 inactive
    assert o.usual_items(history, CAT) == ["S-1", "P-1", "D-1"]


def test_repeat_last_order_at_todays_prices_and_names_what_is_gone():
    history = [
        order("old", 1, ("P-2", 1)),
        order("new", 9, ("P-1", 2), ("X-9", 1)),
        order("x", 10, ("D-1", 1), status="cancelled"),
    ]
    basket, missing = o.repeat_last(history, CAT, "CNY")
    assert [(line.sku, line.quantity) for line in basket.lines] == [("P-1", 2)]
    assert basket.total_minor == 12800 and missing == ["X-9"]
    assert o.repeat_last([], CAT, "CNY") == (o.Basket("CNY"), [])


def test_co_purchase_counts_and_recommendations_by_hand():
    orders = [["P-1", "S-1"], ["P-1", "S-1"], ["S-1", "P-1", "D-1"], ["P-1", "D-1"], ["P-2", "D-1"]]
    counts = o.co_purchase_counts(orders)
    assert counts == {("P-1", "S-1"): 3, ("D-1", "S-1"): 1, ("D-1", "P-1"): 2, ("D-1", "P-2"): 1}
    assert o.also_bought(counts, "D-1") == {"S-1": 1, "P-1": 2, "P-2": 1}
    own = [order("a", 1, ("P-1", 1))]
    # bought P-1: S-1 together 3 times, D-1 2 times
    recs = o.recommend(own, counts, CAT)
    assert recs == [
        o.Recommendation("S-1", "also_bought", "P-1", 3, 3),
        o.Recommendation("D-1", "also_bought", "P-1", 2, 2),
    ]
    # with D-1 in the basket too: S-1 = 3 (with P-1) + 1 (with D-1) = 4, P-2 = 1 (below 2: left out)
    basket = o.add_item(o.Basket("CNY"), CAT["D-1"])
    assert o.recommend(own, counts, CAT, basket) == [o.Recommendation("S-1", "also_bought", "P-1", 3, 4)]
    assert o.recommend(own, counts, CAT, basket, min_count=1)[1] == o.Recommendation("P-2", "also_bought", "D-1", 1, 1)
    # a customer with no orders and an empty basket gets nothing: no data they never gave
    assert o.recommend([], counts, CAT) == []


def test_credit_check_in_words_with_the_amount_over_the_limit():
    # limit 5,000.00, balance 4,990.00, order 58.07 -> 5,048.07: 48.07 over
    with pytest.raises(o.CreditRefused) as info:
        o.credit_check("card", 5807, 499_000, 500_000, "CNY")
    p = info.value.params
    assert p["over"] == Money(4807, "CNY") and p["limit"] == Money(500_000, "CNY") and p["method"] == "card"
    assert info.value.english() == "card payment would exceed the credit limit by ¥48.07 — ask for cash"
    with pytest.raises(o.CreditRefused) as info:
        o.credit_check("account", 1001, 499_000, 500_000, "USD")
    assert info.value.english() == "account payment would exceed the credit limit by $0.01 — ask for cash"
    assert o.credit_check("card", 1000, 499_000, 500_000, "CNY") is None  # exactly at the limit
    assert o.credit_check("cash", 10**9, 499_000, 500_000, "CNY") is None  # cash is never checked
    assert o.credit_check("card", 10**6, 0, 0, "CNY") is None  # no credit line: card not checked
    with pytest.raises(o.CreditRefused) as info:
        o.credit_check("account", 100, 0, 0, "CNY")
    assert info.value.params["scope"] == "no_credit"
    assert o.credit_headroom(499_000, 500_000) == 1000 and o.credit_headroom(0, 0) is None


def test_delivery_estimate_by_hand():
    b = o.add_item(o.add_item(o.Basket("CNY"), CAT["P-1"], 2), CAT["D-1"])  # 3 items
    # prep 20 + 2 x 2 extra items = 24, travel 25: 49 -> rounded up to 50 minutes
    assert o.delivery_minutes(b) == 50
    assert o.delivery_eta(T0, b) == T0 + timedelta(minutes=50)
    big = o.add_item(o.Basket("CNY"), CAT["D-1"], 40)  # prep capped at 60, + 25 = 85
    assert o.delivery_minutes(big) == 85


def test_check_order_names_every_missing_field():
    with pytest.raises(Invalid) as info:
        o.check_order(o.OrderRequest("c", o.Basket("CNY"), "cheque", " "))  # type: ignore[arg-type]
    assert info.value.params["fields"] == {"items": "required", "address": "required", "payment": "unknown"}
